// "Play from here" in the studio gives the stars the game gives: the play from a node is rated,
// by the game's own rule (core's starsOfTrail), together with the decisions that lead to that node.
import { describe, expect, it } from 'vitest';
import { createStory, starsOf, starsOfTrail, type Level, type Story, type StoryState } from '../../../src/core';
import { arrivalAt, trialLevel } from '../../../src/studio/model/trial';
import { templateLevel } from '../../../src/studio/model/templates';

/** Plays a story to its end, taking the choices given in order at each decision. */
function play(story: Story, picks: string[]): StoryState {
  let state = story.start().state;
  const left = [...picks];
  while (state.status !== 'ended') state = state.status === 'choosing' ? story.choose(state, left.shift()!).state : story.proceed(state).state;
  return state;
}

describe('playing from a node in the studio', () => {
  const level: Level = templateLevel();

  it('arrives with the decisions that lead there, the flags and the score', () => {
    const arrival = arrivalAt(level, 'law')!;
    expect(arrival.trail).toEqual(['d1/agree']);
    expect(arrival.score).toBe(-10);
  });

  it('rates a play from the consequence after a risky choice as the game rates the whole play', () => {
    const game = starsOf(createStory(level), play(createStory(level), ['agree']));
    const arrival = arrivalAt(level, 'law')!;
    const trial = trialLevel(level, 'law', arrival);
    const fromHere = play(createStory(trial), []);
    // What the studio's trial earns: its own trail after the decisions that led to its start.
    const studio = starsOfTrail(trial, [...arrival.trail, ...fromHere.trail], 'harmed');
    expect(studio).toBe(game);
    expect(game).toBe(1);
    // Without the way there, the same play would have earned a star more than the game gives.
    expect(starsOfTrail(trial, fromHere.trail, 'harmed')).toBe(2);
  });

  it('gives a safe play from the decision the same stars as the game', () => {
    const arrival = arrivalAt(level, 'd1')!;
    const trial = trialLevel(level, 'd1', arrival);
    const fromHere = play(createStory(trial), ['refuse']);
    expect(starsOfTrail(trial, [...arrival.trail, ...fromHere.trail], 'safe')).toBe(starsOf(createStory(level), play(createStory(level), ['refuse'])));
  });
});
