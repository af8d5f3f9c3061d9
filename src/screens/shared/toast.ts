// A short spoken and shown notice, for things a key press changed (e.g. sound on or off).
import { el } from './element';

let current: HTMLElement | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;

export function toast(text: string, ms = 2000): void {
  current ??= document.body.appendChild(el('p', { className: 'toast', attrs: { role: 'status' } }));
  current.textContent = text;
  current.classList.add('shown');
  clearTimeout(timer);
  timer = setTimeout(() => current?.classList.remove('shown'), ms);
}
