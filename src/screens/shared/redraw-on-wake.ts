// A screen that slept under the settings redraws itself when it wakes, if the language or a
// display setting changed meanwhile.
import type Phaser from 'phaser';
import { language } from '../../services/i18n';
import { reducedMotion, textSize } from '../../services/settings';

const snapshot = () => `${language()}|${textSize()}|${reducedMotion()}`;

export function redrawOnWake(scene: Phaser.Scene, redraw: () => void = () => scene.scene.restart()): void {
  let drawnWith = snapshot();
  scene.events.once('shutdown', () => scene.events.off('wake', check));
  function check(): void {
    if (snapshot() === drawnWith) return;
    drawnWith = snapshot();
    // After the wake, not inside it: the scene's DOM elements hear the same event, and one the
    // redraw removed before its turn would be woken with no element (a second redraw in one level
    // did that).
    queueMicrotask(() => {
      if (scene.sys.isActive()) redraw();
    });
  }
  scene.events.on('wake', check);
}
