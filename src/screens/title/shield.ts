// The game's emblem, drawn on the title. (The backdrop every screen shares is CSS: style.css.)
import Phaser from 'phaser';
import { COLOUR } from '../shared/theme';

/** A shield outline, the game's emblem. */
export function drawShield(scene: Phaser.Scene, x: number, y: number, size: number): Phaser.GameObjects.Graphics {
  const g = scene.add.graphics({ x, y });
  const w = size;
  const h = size * 1.18;
  const outline = [
    [0, -h / 2],
    [w / 2, -h / 2 + h * 0.16],
    [w / 2 - w * 0.04, h * 0.08],
    [0, h / 2],
    [-w / 2 + w * 0.04, h * 0.08],
    [-w / 2, -h / 2 + h * 0.16],
  ].map(([px, py]) => new Phaser.Math.Vector2(px, py));
  g.fillStyle(COLOUR.sky, 0.18);
  g.fillPoints(outline, true);
  g.lineStyle(8, COLOUR.sky, 0.9);
  g.strokePoints(outline, true);
  // A tick inside the shield: "seen through".
  g.lineStyle(14, COLOUR.gold, 1);
  g.beginPath();
  g.moveTo(-w * 0.2, 0);
  g.lineTo(-w * 0.04, h * 0.15);
  g.lineTo(w * 0.24, -h * 0.17);
  g.strokePath();
  return g;
}
