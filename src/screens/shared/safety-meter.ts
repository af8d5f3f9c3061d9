// The safety meter: a bar between the level's worst and best possible scores. The number is
// always shown beside it, so the bar's colour never carries meaning alone.
import type Phaser from 'phaser';
import { COLOUR, reducedMotion } from './theme';

export class SafetyMeter {
  private readonly bar: Phaser.GameObjects.Graphics;
  private shown: number;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly box: { x: number; y: number; width: number; height: number },
    private readonly bounds: { min: number; max: number },
    score: number,
  ) {
    const frame = scene.add.graphics();
    frame.fillStyle(0x000000, 0.3);
    frame.fillRoundedRect(box.x, box.y, box.width, box.height, box.height / 2);
    frame.lineStyle(3, COLOUR.line, 1);
    frame.strokeRoundedRect(box.x, box.y, box.width, box.height, box.height / 2);
    this.bar = scene.add.graphics();
    this.shown = score;
    this.draw(score);
  }

  set(score: number): void {
    if (reducedMotion()) return this.draw(score);
    const from = { value: this.shown };
    this.scene.tweens.add({ targets: from, value: score, duration: 600, ease: 'Cubic.out', onUpdate: () => this.draw(from.value) });
  }

  private draw(score: number): void {
    this.shown = score;
    const { x, y, width, height } = this.box;
    const span = this.bounds.max - this.bounds.min || 1;
    const share = Math.min(1, Math.max(0, (score - this.bounds.min) / span));
    this.bar.clear();
    if (share <= 0) return;
    const colour = share >= 0.6 ? COLOUR.safe : share >= 0.35 ? COLOUR.gold : COLOUR.risky;
    this.bar.fillStyle(colour, 1);
    this.bar.fillRoundedRect(x + 4, y + 4, Math.max(height - 8, (width - 8) * share), height - 8, (height - 8) / 2);
  }
}
