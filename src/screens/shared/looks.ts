// What a frame of the game's canvas is made of, as numbers: equal numbers draw an equal frame.
// Used by src/calm-game.ts to skip drawing a frame that would look like the last one drawn.
import type Phaser from 'phaser';

export type Looks = number[];

/** A number for each object ever looked at: a new object (a scene restarted) is a new frame. */
const ids = new WeakMap<object, number>();
let lastId = 0;
const idOf = (object: object): number => {
  let id = ids.get(object);
  if (id === undefined) ids.set(object, (id = ++lastId));
  return id;
};

/** Appends what a game object contributes to a frame: which it is, where and how it is drawn, and what. */
export function lookAtObject(object: Phaser.GameObjects.GameObject, out: Looks): void {
  const o = object as Partial<Phaser.GameObjects.Shape> & Partial<Phaser.GameObjects.Graphics>;
  out.push(idOf(object), +(o.visible ?? true), o.depth ?? 0, o.x ?? 0, o.y ?? 0, o.alpha ?? 1, o.scaleX ?? 1, o.scaleY ?? 1, o.rotation ?? 0);
  // A Graphics' drawing is its list of commands (numbers: command codes, coordinates, colours).
  if (o.commandBuffer) out.push(o.commandBuffer.length, ...o.commandBuffer.map(Number));
  // A Shape's is its path, fill and stroke.
  if (o.pathData) {
    out.push(o.pathData.length, ...o.pathData, +(o.isFilled ?? 0), o.fillColor ?? 0, o.fillAlpha ?? 0, +(o.isStroked ?? 0));
    out.push(o.strokeColor ?? 0, o.strokeAlpha ?? 0, o.lineWidth ?? 0, o.width ?? 0, o.height ?? 0);
  }
}

export function sameLooks(a: Looks, b: Looks): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}
