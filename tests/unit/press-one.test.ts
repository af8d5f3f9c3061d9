// A player who presses 1 at every decision, without reading, does not win: three stars on a level
// by chance at most about one time in three, on all six almost never. The engine's side of that
// promise, over many plays. The choices are shuffled per play
// (src/core/shuffle.ts), so "1" is a different choice in each; the end-to-end test
// (tests/e2e/teach.spec.ts) checks that key 1 takes the choice numbered 1 on screen and that the
// ending shows the stars the engine gives that play.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { starsOf, type Level, type Seed } from '../../src/core';
import { pressOne } from '../fixtures/plays';
import { shippedLevel } from './load';

const levels = readdirSync('levels')
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((file) => shippedLevel(file.replace(/\.json$/, '')));

/** The stars of the play that takes the first choice shown at every decision. */
function starsPressingOne(level: Level, seed: Seed): number {
  const { story, state } = pressOne(level, seed);
  return starsOf(story, state);
}

describe('pressing 1 at every decision', () => {
  it('earns three stars on no more than one level with the seed the end-to-end test pins', () => {
    expect(levels.filter((level) => starsPressingOne(level, 'press-1') === 3).length).toBeLessThanOrEqual(1);
  });

  it('earns three stars on a level in at most 40 % of 1,000 plays, and on every level in none', () => {
    const plays = Array.from({ length: 1000 }, (_, seed) => levels.map((level) => starsPressingOne(level, seed) === 3));
    levels.forEach((level, i) => {
      const share = plays.filter((play) => play[i]).length / plays.length;
      expect(share, level.id).toBeLessThanOrEqual(0.4);
    });
    expect(plays.filter((play) => play.every(Boolean)).length, 'plays with three stars on all six').toBe(0);
  }, 60_000); // 6,000 plays: longer levels, on two busy cores
});
