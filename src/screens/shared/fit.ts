// The layout rule (docs/layout.md): a projected screen is paged, never scrolled, and a screen at
// 150 % text keeps every choice and help line on it. A box that holds more than its room shrinks
// its text, not its content: its text scale (--text-scale, which every font size multiplies) is
// set on the box to the largest value, up to the player's own, at which everything fits, but never
// below a floor that keeps it readable (from the back of a hall when projected). What still does
// not fit at the floor scrolls on a desk, and is paged by → when projected (./more-below.ts).
import { onSettingsChange, projectorMode } from '../../services/settings';

export interface FitOptions {
  /** The smallest share of the player's text scale the box may take (default 0.6). */
  least?: number;
  /** The smallest absolute text scale (1 = 100 % on a desk; default 1, projected 1.2). */
  floor?: number;
}

const boxes = new Map<HTMLElement, FitOptions>();
let watching = false;

/** The box's own text scale, as inherited: the player's text size, times the projector's factor (or a screen's own). */
const baseScale = (box: HTMLElement): number => Number(getComputedStyle(box).getPropertyValue('--text-scale')) || 1;

const overflows = (box: HTMLElement): boolean => box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1;

/** Fits one box now: the largest scale that fits, found in a few halvings. True if it fits. */
export function fitNow(box: HTMLElement, { least = 0.6, floor = projectorMode() ? 1.2 : 1 }: FitOptions = {}): boolean {
  box.style.removeProperty('--text-scale');
  // On a phone (./phone-mode.ts) a box scrolls at the player's text size: its text never shrinks.
  if (document.documentElement.classList.contains('phone')) return true;
  const base = baseScale(box);
  if (!box.isConnected || box.clientHeight === 0 || !overflows(box)) return true;
  let lo = Math.min(base, Math.max(base * least, floor));
  let hi = base;
  box.style.setProperty('--text-scale', String(lo));
  if (overflows(box)) return false; // at its floor it still overflows: it scrolls (or pages)
  for (let i = 0; i < 6; i++) {
    const mid = (lo + hi) / 2;
    box.style.setProperty('--text-scale', String(mid));
    if (overflows(box)) hi = mid;
    else lo = mid;
  }
  box.style.setProperty('--text-scale', String(lo));
  return true;
}

/**
 * Keeps `box` fitted: now, when its content or its size changes (it shows), when the fonts arrive
 * and when the text size changes. The box needs a fixed or maximum height and overflow other than visible.
 */
export function keepFitted(box: HTMLElement, options: FitOptions = {}): void {
  boxes.set(box, options);
  let queued = false;
  const refit = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      fitNow(box, boxes.get(box));
    });
  };
  new MutationObserver(refit).observe(box, { childList: true, subtree: true, characterData: true });
  // A box fitted while hidden (the chat under a consequence) has no room to measure: it is fitted
  // again when it shows, as when its room changes.
  new ResizeObserver(refit).observe(box);
  box.addEventListener('toggle', refit, true); // a <details> opened inside it
  fitNow(box, options);
  void document.fonts?.ready.then(refit);
  if (!watching) {
    watching = true;
    onSettingsChange(refitAll);
  }
}

/** Fits every kept box again: the text size changed, or the screen became a phone's or stopped being one. */
export function refitAll(): void {
  for (const [b, o] of boxes) {
    if (!b.isConnected) boxes.delete(b);
    else fitNow(b, o);
  }
}
