// The phone the chat happens on: body, screen, header bar and the typing dots.
import type Phaser from 'phaser';
import { COLOUR, reducedMotion } from '../shared/theme';

/** Draws a phone whose outer edge is `PHONE` (the screen's layout.ts says where). */
export function drawPhone(scene: Phaser.Scene, PHONE: { x: number; y: number; width: number; height: number }): void {
  const g = scene.add.graphics();
  g.fillStyle(0x000000, 0.35);
  g.fillRoundedRect(PHONE.x + 10, PHONE.y + 14, PHONE.width, PHONE.height, 56);
  g.fillStyle(COLOUR.phone, 1);
  g.fillRoundedRect(PHONE.x, PHONE.y, PHONE.width, PHONE.height, 56);
  g.lineStyle(4, COLOUR.line, 1);
  g.strokeRoundedRect(PHONE.x, PHONE.y, PHONE.width, PHONE.height, 56);
  g.fillStyle(COLOUR.phoneScreen, 1);
  g.fillRoundedRect(PHONE.x + 18, PHONE.y + 20, PHONE.width - 36, PHONE.height - 40, 40);
  g.fillStyle(COLOUR.phoneBar, 1);
  g.fillRoundedRect(PHONE.x + 18, PHONE.y + 20, PHONE.width - 36, 100, { tl: 40, tr: 40, bl: 0, br: 0 });
  g.fillStyle(COLOUR.phone, 1);
  g.fillRoundedRect(PHONE.x + PHONE.width / 2 - 70, PHONE.y + 28, 140, 18, 9);
}

/** Three dots that bounce while someone is typing. */
export class TypingDots {
  private readonly dots: Phaser.GameObjects.Arc[];
  private readonly tweens: Phaser.Tweens.Tween[] = [];

  constructor(private readonly scene: Phaser.Scene, x: number, y: number) {
    this.dots = [0, 1, 2].map((i) => scene.add.circle(x + i * 26, y, 9, COLOUR.phoneInk).setVisible(false));
  }

  show(): void {
    this.dots.forEach((dot, i) => {
      dot.setVisible(true);
      if (!reducedMotion()) {
        this.tweens.push(this.scene.tweens.add({ targets: dot, y: dot.y - 10, duration: 300, yoyo: true, repeat: -1, delay: i * 120 }));
      }
    });
  }

  hide(): void {
    for (const tween of this.tweens.splice(0)) tween.stop();
    for (const dot of this.dots) dot.setVisible(false);
  }
}
