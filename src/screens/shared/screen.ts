// Mounts a scene's DOM layer: one element the size of the design screen, laid over the canvas and
// scaled with it by Phaser. Phaser removes it when the scene shuts down.
import type Phaser from 'phaser';
import { el } from './element';

export function mountScreen(scene: Phaser.Scene, className: string, children: readonly (Node | null)[]): HTMLElement {
  const root = el('main', { className: `screen ${className}` }, children);
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
