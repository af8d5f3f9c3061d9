// A projected screen is paged, never scrolled (docs/layout.md): a box too long for the screen is
// turned a screenful at a time by → / PageDown (a clicker) and ← / PageUp, and a line under it says
// which page is shown. The debrief pages its long lesson this way, the level list its cards.
import { t } from '../../services/i18n';

export interface Pager {
  /** Turns a page forward or back; false if there was none that way. */
  turn(by: 1 | -1): boolean;
  /** Says the page again (the box's content or size changed). */
  refresh(): void;
}

/**
 * Pages `box` and says which page it shows in `line`. One page is `step()` pixels: by default a
 * screenful less a little overlap, so no line is lost between pages; a grid whose rows fill the box
 * exactly passes its own step so each page starts on a row.
 */
export function pager(box: HTMLElement, line: HTMLElement, step: () => number = () => Math.max(1, box.clientHeight - 48)): Pager {
  // Marked for the layout audit: its text below the fold is its next pages, reached by →.
  box.dataset.paged = '';
  // 2 px of slack: a scaled layer's rounding is not another page.
  const pages = () => 1 + Math.max(0, Math.ceil((box.scrollHeight - box.clientHeight - 2) / step()));
  // The last page may be shorter than a step: scrolled to the end is the last page.
  const shown = () => (box.scrollTop >= box.scrollHeight - box.clientHeight - 2 ? pages() : Math.min(pages(), Math.round(box.scrollTop / step()) + 1));
  const refresh = () => {
    const total = pages();
    line.hidden = total <= 1;
    line.textContent = t('debrief.page', { n: shown(), total });
  };
  box.addEventListener('scroll', refresh, { passive: true });
  return {
    turn(by) {
      const to = shown() - 1 + by;
      if (to < 0 || to >= pages()) return false;
      box.scrollTo({ top: to * step(), behavior: 'instant' });
      refresh();
      return true;
    },
    refresh,
  };
}
