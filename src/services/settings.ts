// Display settings, remembered on this computer: text size and reduced motion. Applied to the
// page at once; scenes read them when they draw.
import { load, save, storageKey } from './storage';

export const TEXT_SIZES = [100, 125, 150] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

const listeners = new Set<() => void>();

export function textSize(): TextSize {
  const saved = Number(load('text-size'));
  return (TEXT_SIZES as readonly number[]).includes(saved) ? (saved as TextSize) : 100;
}

export function setTextSize(size: TextSize): void {
  save('text-size', String(size));
  applySettings();
}

/** True when the player asked for less motion, here or in their system settings. */
export function reducedMotion(): boolean {
  return load('reduced-motion') === 'true' || (globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false);
}

export const reducedMotionChosen = (): boolean => load('reduced-motion') === 'true';

export function setReducedMotion(on: boolean): void {
  save('reduced-motion', String(on));
  applySettings();
}

/**
 * Projector mode: for a class or an assembly watching one screen. Larger text, a layout without
 * the phone, and the presenter paces the story with keys or a clicker.
 */
export const projectorMode = (): boolean => load('projector') === 'true';

export function setProjectorMode(on: boolean): void {
  save('projector', String(on));
  applySettings();
}

/** `?mode=projector` (or `?mode=normal`) in the address sets the mode, and it is remembered. */
export function modeFromAddress(search = location.search): void {
  const mode = new URLSearchParams(search).get('mode');
  if (mode === 'projector' || mode === 'normal') save('projector', String(mode === 'projector'));
}

/** Projector text is large enough to read from the back of a hall: body text ≥ 1/25 of the height. */
const PROJECTOR_TEXT_SCALE = 1.7;

export type MessageSpeed = 'normal' | 'fast';

/** How fast chat messages follow each other: "fast" for quick readers and rehearsing teachers. */
export const messageSpeed = (): MessageSpeed => (load('message-speed') === 'fast' ? 'fast' : 'normal');

export function setMessageSpeed(speed: MessageSpeed): void {
  save('message-speed', speed);
  applySettings();
}

export function onSettingsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The display settings another window of the game may change under this one. */
const FOLLOWED = new Set(['text-size', 'reduced-motion'].map(storageKey));

/**
 * Another window of the game on this computer (the speaker notes, a second tab) changed the text
 * size or motion: this one shows it at once, and the screen on show refits (fit.ts listens), as
 * when the settings screen changes it. Projector mode is not followed: a screen is drawn for one.
 */
export function followOtherWindows(): void {
  window.addEventListener('storage', (event) => {
    if (event.key === null || FOLLOWED.has(event.key)) applySettings();
  });
}

/** Puts the settings on the page: the text scale, and a class that stills CSS motion. */
export function applySettings(): void {
  const root = document.documentElement;
  root.style.setProperty('--text-scale', String((textSize() / 100) * (projectorMode() ? PROJECTOR_TEXT_SCALE : 1)));
  root.classList.toggle('reduce-motion', reducedMotion());
  root.classList.toggle('projector', projectorMode());
  for (const listener of listeners) listener();
}
