// A scrolling column whose foot fades while there is more below (base.css, "more-below"): it
// brings a <details> opened inside it into view, and pages down on request (a presenter's →).
import { reducedMotion } from './theme';

/** How much of the column's content is below its foot, in pixels. */
const hiddenBelow = (box: HTMLElement): number => box.scrollHeight - box.clientHeight - box.scrollTop;

/** Scrolls a <details> opened inside `box` into view, once its content is in. */
export function revealOpened(box: HTMLElement): void {
  box.addEventListener(
    'toggle',
    (event) => {
      const opened = event.target as HTMLDetailsElement;
      // A toggle listener of its own may add the content: look a frame later.
      requestAnimationFrame(() => {
        if (opened.open) box.scrollTop = opened.offsetTop;
      });
    },
    true,
  );
}

/** Scrolls `box` a screenful further down if there is more below; true if it moved. */
export function pageDown(box: HTMLElement): boolean {
  if (hiddenBelow(box) < 2) return false;
  box.scrollBy({ top: box.clientHeight * 0.8, behavior: reducedMotion() ? 'auto' : 'smooth' });
  return true;
}
