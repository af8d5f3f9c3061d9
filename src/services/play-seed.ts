// The seed that fixes the order of the choices in one play (src/core/shuffle.ts). Core never draws
// one: the game does, here at the edge (newPlaySeed), for each play, so no key press wins by
// position. Projected, the class sees one fixed order, so the vote, the debrief and the printed
// handout line up; `?seed=…` in the address pins it too (a teacher rehearsing, or a test).
import type { Seed } from '../core';
import { projectorMode } from './settings';

/** A fresh seed for a student's own play. */
const newPlaySeed = (): number => crypto.getRandomValues(new Uint32Array(1))[0]!;

/** The order a projected class play uses, the same on every projector. */
export const CLASS_SEED = 'class';

export function playSeed(search: string = globalThis.location?.search ?? ''): Seed {
  const pinned = new URLSearchParams(search).get('seed');
  if (pinned) return pinned;
  if (projectorMode()) return CLASS_SEED;
  return newPlaySeed();
}
