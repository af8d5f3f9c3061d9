// Mounts a scene's DOM layer: one element the size of the design screen, laid over the canvas and
// scaled with it by Phaser. Phaser removes it when the scene shuts down.
import type Phaser from 'phaser';
import { el } from './element';

/**
 * `page`: the children are laid out in one column filling the screen (.page in base.css), so
 * what wraps to more lines pushes what follows down instead of being drawn over it. They go in a
 * wrapper because Phaser sets the root's own `display` on every frame.
 */
export function mountScreen(scene: Phaser.Scene, className: string, children: readonly (Node | null)[], { page = false } = {}): HTMLElement {
  const root = el('main', { className: `screen ${className}` }, page ? [el('div', { className: 'page' }, children)] : children);
  scene.add.dom(0, 0, root).setOrigin(0, 0);
  return root;
}

/** Moves keyboard focus into a new screen, so keyboard and screen-reader users start there. */
export function focusFirst(root: HTMLElement, selector = 'h1, button'): void {
  const target = root.querySelector<HTMLElement>(selector);
  if (!target) return;
  if (!target.matches('button, a, input')) target.tabIndex = -1;
  target.focus({ preventScroll: true });
}
