// The ending's celebration: confetti and a burst of stars, in CSS over the screen for a few
// seconds, then removed. Nothing under reduced motion (the game's setting or the system's).
// Decoration only: hidden from assistive technology, never takes a click.
import './celebration.css';
import { reducedMotion } from '../services/settings';

const COLOURS = ['#ffc94d', '#6cb8ff', '#3ddc97', '#ff8a8a', '#f4f7ff', '#c0aede'];

/** Puts a celebration over `host` (the ending screen); returns it, or null under reduced motion. */
export function celebrate(host: HTMLElement, pieces = 48): HTMLElement | null {
  if (reducedMotion()) return null;
  const layer = document.createElement('div');
  layer.className = 'celebration';
  layer.setAttribute('aria-hidden', 'true');
  // A fixed pattern rather than Math.random: the same ending looks the same each time, and a
  // screenshot test can compare it.
  for (let i = 0; i < pieces; i++) {
    const piece = document.createElement('span');
    piece.className = i % 3 === 0 ? 'confetti round' : 'confetti';
    const x = (i * 37) % 100;
    piece.style.setProperty('--x', `${x}%`);
    piece.style.setProperty('--drift', `${((i * 53) % 160) - 80}px`);
    piece.style.setProperty('--delay', `${((i * 29) % 100) / 100}s`);
    piece.style.setProperty('--spin', `${((i * 71) % 720) - 360}deg`);
    piece.style.setProperty('--colour', COLOURS[i % COLOURS.length]!);
    layer.append(piece);
  }
  host.append(layer);
  layer.addEventListener('animationend', (event) => {
    if (event.target === layer) layer.remove();
  });
  return layer;
}
