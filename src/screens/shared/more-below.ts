// A scrolling column that shows when there is more below: it fades at its foot (class "more"),
// brings a <details> opened inside it into view, and pages down on request (a presenter's →).
import { reducedMotion } from './theme';

/** How much of the column's content is below its foot, in pixels. */
const hiddenBelow = (box: HTMLElement): number => box.scrollHeight - box.clientHeight - box.scrollTop;

/** Keeps `box` marked while there is more below; call the result after changing its content. */
export function markMoreBelow(box: HTMLElement): () => void {
  const mark = () => box.classList.toggle('more', hiddenBelow(box) >= 2);
  box.addEventListener('scroll', mark);
  box.addEventListener(
    'toggle',
    (event) => {
      const opened = event.target as HTMLDetailsElement;
      // Once its content is in (a toggle listener of its own may add it), the opened part in view.
      requestAnimationFrame(() => {
        if (opened.open) box.scrollTop = opened.offsetTop;
        mark();
      });
    },
    true,
  );
  return () => requestAnimationFrame(mark); // laid out by then
}

/** Scrolls `box` a screenful further down if there is more below; true if it moved. */
export function pageDown(box: HTMLElement): boolean {
  if (hiddenBelow(box) < 2) return false;
  box.scrollBy({ top: box.clientHeight * 0.8, behavior: reducedMotion() ? 'auto' : 'smooth' });
  return true;
}
