// The ending's stars: earned ones filled gold, the rest outlined. The number of stars is also
// written out in the DOM layer beside them.
import type Phaser from 'phaser';
import { COLOUR, reducedMotion } from './theme';

export function drawStars(scene: Phaser.Scene, at: { x: number; y: number; size: number; gap: number }, earned: number): void {
  for (let i = 0; i < 3; i++) {
    const star = scene.add.star(at.x + i * at.gap, at.y, 5, at.size * 0.45, at.size, i < earned ? COLOUR.gold : 0x000000, i < earned ? 1 : 0);
    star.setStrokeStyle(6, COLOUR.gold, 1);
    if (!reducedMotion() && i < earned) {
      star.setScale(0);
      scene.tweens.add({ targets: star, scale: 1, duration: 450, delay: 300 + i * 250, ease: 'Back.out' });
    }
  }
}
