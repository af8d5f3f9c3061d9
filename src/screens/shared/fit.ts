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

/**
 * The room (client width × height) each box was last fitted in. A resize observer reports a box
 * once as it starts watching, in the room it was just fitted in: that needs no second fit (a box
 * at 150 % costs eight layouts of the page). Any other size is new room, even one the fit itself
 * made (a box with a maximum height shrinks round its text; a neighbour fitted beside it gives it
 * more room or less): it is fitted again.
 */
const fittedIn = new WeakMap<HTMLElement, string>();
const sizeOf = (box: HTMLElement): string => `${box.clientWidth}×${box.clientHeight}`;

/** The box's own text scale, as inherited: the player's text size, times the projector's factor (or a screen's own). */
const baseScale = (box: HTMLElement): number => Number(getComputedStyle(box).getPropertyValue('--text-scale')) || 1;

const overflows = (box: HTMLElement): boolean => box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1;

/** Fits one box now: the largest scale that fits, found in a few halvings. True if it fits. */
export const fitNow = (box: HTMLElement, options: FitOptions = {}): boolean => fitTogether([[box, options]])[0]!;

/**
 * Fits boxes now, side by side: each halving sets every box's next scale, then reads every box, so
 * the browser lays the page out once per halving for all of them, not once per box (a level list's
 * ten cards at 150 % took half a second on a slow PC, one card after another). A read after a
 * write is what makes the browser lay out, so each loop writes all, then reads all. True for each
 * box that fits.
 */
function fitTogether(entries: readonly (readonly [HTMLElement, FitOptions])[]): boolean[] {
  for (const [box] of entries) box.style.removeProperty('--text-scale');
  // On a phone (./phone-mode.ts) a box scrolls at the player's text size: its text never shrinks.
  if (document.documentElement.classList.contains('phone')) return entries.map(() => true);
  const fits = entries.map(() => true);
  type Search = { box: HTMLElement; at: number; lo: number; hi: number };
  const searches: Search[] = [];
  entries.forEach(([box, { least = 0.6, floor = projectorMode() ? 1.2 : 1 }], at) => {
    fittedIn.set(box, sizeOf(box));
    if (!box.isConnected || box.clientHeight === 0 || !overflows(box)) return;
    const base = baseScale(box);
    searches.push({ box, at, lo: Math.min(base, Math.max(base * least, floor)), hi: base });
  });
  const setAll = (list: readonly Search[], scale: (s: Search) => number) => {
    for (const s of list) s.box.style.setProperty('--text-scale', String(scale(s)));
  };
  const mid = (s: Search) => (s.lo + s.hi) / 2;
  setAll(searches, (s) => s.lo);
  // At its floor a box that still overflows scrolls (or pages): it stays there.
  for (const s of searches) if (overflows(s.box)) fits[s.at] = false;
  const open = searches.filter((s) => fits[s.at]);
  for (let i = 0; i < 6 && open.length > 0; i++) {
    setAll(open, mid);
    for (const s of open) {
      if (overflows(s.box)) s.hi = mid(s);
      else s.lo = mid(s);
    }
  }
  setAll(open, (s) => s.lo);
  return fits;
}

/** Boxes waiting for the next frame to be fitted again, all together. */
const queued = new Set<HTMLElement>();
let frameAsked = false;

function refitSoon(box: HTMLElement): void {
  queued.add(box);
  if (frameAsked) return;
  frameAsked = true;
  requestAnimationFrame(() => {
    frameAsked = false;
    const now = [...queued].filter((b) => boxes.has(b));
    queued.clear();
    fitTogether(now.map((b) => [b, boxes.get(b)!]));
  });
}

/**
 * Keeps each box fitted: now, when its content or its size changes (it shows), when a font
 * arrives and when the text size changes; boxes that change in one frame are fitted together. A
 * box needs a fixed or maximum height and overflow other than visible.
 */
export function keepFitted(box: HTMLElement | readonly HTMLElement[], options: FitOptions = {}): void {
  const list = box instanceof HTMLElement ? [box] : box;
  for (const b of list) {
    boxes.set(b, options);
    const refit = () => refitSoon(b);
    new MutationObserver(refit).observe(b, { childList: true, subtree: true, characterData: true });
    // A box fitted while hidden (the chat under a consequence) has no room to measure: it is fitted
    // again when it shows, as when its room changes.
    // The observer reports after layout: reading the size there lays nothing out.
    new ResizeObserver(() => fittedIn.get(b) !== sizeOf(b) && refit()).observe(b);
    b.addEventListener('toggle', refit, true); // a <details> opened inside it
  }
  fitTogether(list.map((b) => [b, options]));
  if (!watching) {
    watching = true;
    onSettingsChange(refitAll);
    // The game's own font is fetched when text first needs it, perhaps after a box was fitted in
    // the fallback's wider or narrower letters: every kept box is fitted again once it is in.
    document.fonts?.addEventListener('loadingdone', refitAll);
  }
}

/** Fits every kept box again: the text size changed, or the screen became a phone's or stopped being one. */
export function refitAll(): void {
  for (const b of boxes.keys()) if (!b.isConnected) boxes.delete(b);
  fitTogether([...boxes]);
}
