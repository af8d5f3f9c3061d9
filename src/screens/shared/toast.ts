// A short spoken and shown notice, for things a key press changed (e.g. sound on or off).
import { clock, Timeout } from '../../services/clock';
import { el } from './element';

let current: HTMLElement | undefined;
const hiding = new Timeout();

/**
 * `top`: shown along the top edge instead of the bottom, for a long notice on a screen whose
 * buttons are at the bottom. Any key or click puts the notice away: it has been seen, and it must
 * not stay over what the person is now looking at.
 */
export function toast(text: string, ms = 2000, { top = false, className = '' } = {}): void {
  current ??= document.body.appendChild(el('p', { className: 'toast', attrs: { role: 'status' } }));
  current.textContent = text;
  // `className`: a look of its own, e.g. "on-phone", no wider than the phone it speaks about.
  current.className = ['toast', className].filter(Boolean).join(' ');
  current.classList.toggle('top', top);
  current.classList.add('shown');
  hiding.set(ms, hideToast);
  // Listened for after this event's own dispatch, so the key that caused the notice keeps it.
  clock().after(0, () => {
    window.addEventListener('keydown', hideToast, { once: true, capture: true });
    window.addEventListener('pointerdown', hideToast, { once: true, capture: true });
  });
}

function hideToast(): void {
  current?.classList.remove('shown');
  window.removeEventListener('keydown', hideToast, { capture: true });
  window.removeEventListener('pointerdown', hideToast, { capture: true });
}
