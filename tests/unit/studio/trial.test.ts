// "Play from here" in the studio gives the stars the game gives: the chat starts the trial's story
// with the decisions that lead to its node (StoryOptions.before), so the engine's finishPlay rates
// the play from that node by the game's own rule, together with the way there.
import { describe, expect, it } from 'vitest';
import { createStory, finishPlay, starsOf, type Level, type Story, type StoryState } from '../../../src/core';
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
    expect(arrival.trail).toEqual([{ node: 'd1', choice: 'agree' }]);
    expect(arrival.score).toBe(-10);
  });

  it('does not arrive at a node no play reaches', () => {
    const island: Level = { ...level, nodes: [...level.nodes, { id: 'island', type: 'ending', outcome: 'safe', title: level.title, text: level.title, lessons: [], help: [] }] };
    expect(arrivalAt(island, 'island')).toBeUndefined();
  });

  it('rates a play from the consequence after a risky choice as the game rates the whole play', () => {
    const game = starsOf(createStory(level), play(createStory(level), ['agree']));
    const arrival = arrivalAt(level, 'law')!;
    const trial = trialLevel(level, 'law', arrival);
    const story = createStory(trial, { before: arrival.trail });
    const finished = finishPlay(story, play(story, []));
    expect(finished.trail).toEqual(arrival.trail); // the way there, then nothing more was decided
    expect(finished.stars).toBe(game);
    expect(game).toBe(1);
    // Without the way there, the same play would have earned a star more than the game gives.
    const alone = createStory(trial);
    expect(finishPlay(alone, play(alone, [])).stars).toBe(2);
  });

  it('gives a safe play from the decision the same stars as the game', () => {
    const arrival = arrivalAt(level, 'd1')!;
    const story = createStory(trialLevel(level, 'd1', arrival), { before: arrival.trail });
    expect(finishPlay(story, play(story, ['refuse'])).stars).toBe(starsOf(createStory(level), play(createStory(level), ['refuse'])));
  });
});
