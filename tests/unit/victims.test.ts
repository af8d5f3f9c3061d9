// Never blame a victim, over every shipped level: a choice made under a threat or a trick is never
// labelled risky and never limits the stars; a victim's stars reward getting help; harm done to
// someone else's intimate image keeps no star. And the decisions cannot be won by their wording:
// random play rarely earns three stars, and the longest option is rarely the best.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  capOf, createStory, decisionWording, explore, LONGEST_BEST_LIMIT, randomPlays, RANDOM_THREE_STAR_LIMIT, rate, starsOf, verdictOf,
  type Level, type StoryState,
} from '../../src/core';
import { shippedLevel } from './load';

const ids = readdirSync('levels').filter((f) => f.endsWith('.json')).sort().map((f) => f.replace(/\.json$/, ''));

/** Plays choice ids in order, moving on from every consequence; the state at the end. */
function play(level: Level, choices: readonly string[]): StoryState {
  const story = createStory(level);
  let state = story.start().state;
  for (const id of choices) {
    while (state.status === 'consequence') state = story.proceed(state).state;
    expect(story.choices(state).map((c) => c.id), `at ${state.at}`).toContain(id);
    state = story.choose(state, id).state;
  }
  while (state.status === 'consequence') state = story.proceed(state).state;
  expect(state.status, `the play waits at ${state.at}`).toBe('ended');
  return state;
}
const starsOfPlay = (level: Level, choices: readonly string[]) => starsOf(createStory(level), play(level, choices));

describe.each(ids)('levels/%s.json', (id) => {
  const level = shippedLevel(id);
  const decisions = level.nodes.flatMap((n) => (n.type === 'choice' ? [n] : []));

  it('labels no choice under a threat or a trick "risky", and lets none of them limit the stars', () => {
    for (const decision of decisions) {
      for (const choice of decision.choices) {
        const rated = rate(level, decision, choice);
        if (!rated.pressured) continue;
        expect(verdictOf(rated), `${decision.id}/${choice.id}`).not.toBe('risky');
        expect(capOf(rated), `${decision.id}/${choice.id}`).toBe(3);
      }
    }
  });

  it('offers the real mistakes at every threat: at least two ways of giving in or going it alone beside getting help', () => {
    for (const decision of decisions.filter((d) => d.pressure === 'threat')) {
      expect(decision.choices.filter((c) => c.kind === 'risky').length, decision.id).toBeGreaterThanOrEqual(2);
      expect(decision.choices.some((c) => c.kind === 'safe'), decision.id).toBe(true);
    }
  });

  it(`earns three stars by random play in at most ${RANDOM_THREE_STAR_LIMIT * 100} % of plays`, () => {
    expect(randomPlays(createStory(level), { plays: 4000, seed: 'levels:check' }).shares[3]).toBeLessThanOrEqual(RANDOM_THREE_STAR_LIMIT);
  });

  it('makes the longest option the best one in at most half the decisions, in each language', () => {
    const exploration = explore(createStory(level));
    for (const lang of ['zh-CN', 'en'] as const) expect(decisionWording(level, exploration, lang).share, lang).toBeLessThanOrEqual(LONGEST_BEST_LIMIT);
  });
});

describe("a victim's stars reward getting help", () => {
  const friend = shippedLevel('new-friend');
  const anan = ['warn', 'go-together']; // Monday: Anan, and going to a teacher with her

  it('new-friend: sent a photo under pressure, then told Mum and called 110: full stars', () => {
    expect(starsOfPlay(friend, ['boundary', 'send', 'call-110', ...anan])).toBe(3);
  });

  it('new-friend: sent a photo, then went to meet him alone: fewer stars, never "risky"', () => {
    expect(starsOfPlay(friend, ['boundary', 'send', 'go'])).toBe(1);
  });

  const post = shippedLevel('pay-or-post');
  it('pay-or-post: paid once, then went to the teacher: full stars, and an ending that says it is not their fault', () => {
    const state = play(post, ['pay', 'teacher', 'refuse-report', 'stop-it']);
    expect(starsOf(createStory(post), state)).toBe(3);
    const ending = post.nodes.find((n) => n.id === state.at);
    expect(ending?.type === 'ending' && ending.title['zh-CN']).toBe('这不是你的错');
    expect(ending?.type === 'ending' && ending.text['zh-CN']).not.toMatch(/买|走错/);
    expect(ending?.type === 'ending' && ending.text.en).not.toMatch(/bought|wrong step/);
  });

  it('pay-or-post: a victim who then forwards a schoolmate\'s video keeps no star', () => {
    expect(starsOfPlay(post, ['pay', 'teacher', 'buy', 'forward-mine'])).toBe(0);
    expect(starsOfPlay(post, ['tell', 'refuse-report', 'forward-copy'])).toBe(0);
  });

  it('class-video: forwarding the video keeps no star, even after owning up', () => {
    expect(starsOfPlay(shippedLevel('class-video'), ['refuse', 'forward-it', 'report-chat', 'stand-by', 'own-up'])).toBe(0);
  });
});
