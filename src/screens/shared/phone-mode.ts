// Whether the screen is laid out as a phone (./phone-layout.css), and the classes that layout keys
// on. A class on <html>, not a `:has()` in the CSS: Chromium 86–104 (old kernels on school PCs and
// phones) drop any rule with `:has()`, and laid the phone out as a letterbox.
// - `html.phone`: a narrow window or one held upright, not projected, showing screens that have a
//   phone layout (all a student meets; the teacher's studio, handbook, plan and debrief keep the
//   scaled 16:9 layer). The chat reads it too: on a phone the story waits on the feedback
//   (../chat/playback.ts).
// - on a screen's root, a class per part that has something in it (`watchFilled`), where the CSS
//   would ask "does the decision hold anything?".
import type Phaser from 'phaser';
import { onSettingsChange, projectorMode } from '../../services/settings';
import { refitAll } from './fit';
import './phone-layout.css';
import './phone-screens.css';

export const PHONE_QUERY = '(max-width: 820px), (orientation: portrait)';

/** The screens a teacher uses at a desk or a projector: laid out at 16:9 even on a phone. */
const LETTERBOXED = ['studio-screen', 'handbook-screen', 'plan-screen', 'debrief-screen'];

const phoneSized = (): boolean => !projectorMode() && (globalThis.matchMedia?.(PHONE_QUERY).matches ?? false);

export const phoneLayout = (): boolean => phoneSized();

/**
 * Keeps `html.phone` in step with the window's size and orientation, the projector setting and
 * the screens in Phaser's DOM layer (a letterboxed one anywhere in it, asleep or not, letterboxes
 * the layer: the layer is one box, scaled or not).
 */
export function watchPhoneLayout(game: Phaser.Game): void {
  const apply = () => {
    const layer = game.domContainer;
    const boxed = Boolean(layer) && LETTERBOXED.some((name) => layer.getElementsByClassName(name).length > 0);
    const phone = phoneSized() && !boxed;
    if (phone === document.documentElement.classList.contains('phone')) return;
    document.documentElement.classList.toggle('phone', phone);
    refitAll(); // a box shrunk to fit a 16:9 screen takes the player's size again on a phone, and back
  };
  globalThis.matchMedia?.(PHONE_QUERY).addEventListener('change', apply);
  onSettingsChange(apply);
  const observe = () => {
    // Screens come and go as the layer's children: only that list is watched, not each screen's text.
    if (game.domContainer) new MutationObserver(apply).observe(game.domContainer, { childList: true });
    apply();
  };
  if (game.isBooted) observe();
  else game.events.once('ready', observe);
  apply();
}

/**
 * Sets `className` on `root` while `part` has any child, and takes it away when it has none: what
 * `.screen:has(> .part:not(:empty))` says, for a kernel without `:has()`.
 */
export function watchFilled(root: HTMLElement, parts: Record<string, HTMLElement>): void {
  for (const [className, part] of Object.entries(parts)) {
    const apply = () => root.classList.toggle(className, part.childNodes.length > 0);
    new MutationObserver(apply).observe(part, { childList: true });
    apply();
  }
}
