// The calm game draws a frame only when the numbers describing it change: a change to anything
// drawn must change them, and nothing else may.
import type Phaser from 'phaser';
import { describe, expect, it } from 'vitest';
import { lookAtObject, sameLooks, type Looks } from '../../src/screens/shared/looks';

const looksOf = (...objects: object[]): Looks => {
  const out: Looks = [];
  for (const o of objects) lookAtObject(o as Phaser.GameObjects.GameObject, out);
  return out;
};

/** A Graphics as Phaser keeps it: transform, then its commands as numbers. */
const graphics = (commands: number[], extra: object = {}) => ({ visible: true, depth: 0, x: 0, y: 0, alpha: 1, scaleX: 1, scaleY: 1, rotation: 0, commandBuffer: commands, ...extra });
/** A Shape (a star, a circle): its path, fill and stroke. */
const shape = (extra: object = {}) => ({ ...graphics([]), commandBuffer: undefined, pathData: [0, 0, 10, 0, 5, 8], isFilled: true, fillColor: 0xffc94d, fillAlpha: 1, isStroked: true, strokeColor: 0xffc94d, strokeAlpha: 1, lineWidth: 6, width: 10, height: 8, ...extra });

describe('the looks of a frame', () => {
  it('are the same for the same objects drawn the same way', () => {
    const objects = [graphics([1, 2, 3]), shape()];
    expect(sameLooks(looksOf(...objects), looksOf(...objects))).toBe(true);
  });

  it('differ when an object is replaced by an equal new one (a scene restarted: its DOM must be placed)', () => {
    expect(sameLooks(looksOf(graphics([1, 2, 3])), looksOf(graphics([1, 2, 3])))).toBe(false);
  });

  it.each([
    ['a graphics redrawn with other numbers (the meter at a new score)', [graphics([1, 2, 3])], [graphics([1, 2, 4])]],
    ['a graphics given another command', [graphics([1, 2, 3])], [graphics([1, 2, 3, 7])]],
    ['a graphics cleared', [graphics([1, 2, 3])], [graphics([])]],
    ['an object moved', [graphics([1], { x: 0 })], [graphics([1], { x: 0.5 })]],
    ['an object shown', [graphics([1], { visible: false })], [graphics([1], { visible: true })]],
    ['an object fading', [graphics([1], { alpha: 1 })], [graphics([1], { alpha: 0.99 })]],
    ['an object scaled (a star popping in)', [shape({ scaleX: 0.5 })], [shape({ scaleX: 0.6 })]],
    ['a shape filled in another colour', [shape()], [shape({ fillColor: 0x3ddc97 })]],
    ['a shape with another path', [shape()], [shape({ pathData: [0, 0, 10, 0, 5, 9] })]],
    ['an object added', [graphics([1])], [graphics([1]), graphics([1])]],
  ])('differ for %s', (_, before, after) => {
    // The same objects, changed in place, as Phaser changes them.
    const objects = before.map((o) => ({ ...o }));
    const first = looksOf(...objects);
    after.forEach((changed, i) => (objects[i] ? Object.assign(objects[i], changed) : objects.push({ ...changed })));
    expect(sameLooks(first, looksOf(...objects))).toBe(false);
  });

  it('are the same for the same objects changed and changed back', () => {
    const meter = graphics([1, 2, 3]);
    const first = looksOf(meter);
    meter.commandBuffer = [1, 2, 4];
    meter.commandBuffer = [1, 2, 3];
    expect(sameLooks(first, looksOf(meter))).toBe(true);
  });

  it('treat a number that is not a number as equal to itself, so a frame with one is not drawn forever', () => {
    expect(sameLooks([Number.NaN], [Number.NaN])).toBe(true);
  });
});
