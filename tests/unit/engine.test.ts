import { describe, expect, it } from 'vitest';
import { createStory, explore, Level, StoryError, type LevelInput } from '../../src/core';

const text = (s: string) => ({ 'zh-CN': s, en: s });

/** A small level exercising flags, conditional choices and branches. */
function miniLevel(overrides: Partial<LevelInput> = {}): Level {
  return Level.parse({
    id: 'mini',
    title: text('Mini'),
    summary: text('A test level'),
    case: 1,
    ageBand: '12-15',
    minutes: 3,
    objectives: [text('Test')],
    characters: [{ id: 'x', name: text('X'), role: 'contact' }],
    flags: { warned: false, strikes: 0 },
    start: 'hello',
    nodes: [
      { id: 'hello', type: 'message', from: 'x', text: text('Hi'), next: 'ask' },
      {
        id: 'ask',
        type: 'choice',
        prompt: text('?'),
        choices: [
          { id: 'warn', kind: 'safe', score: 5, feedback: text('ok'), text: text('Warn'), set: { warned: true, strikes: 1 }, next: 'again' },
          { id: 'skip', kind: 'neutral', score: 0, feedback: text('meh'), text: text('Skip'), next: 'again' },
        ],
      },
      {
        id: 'again',
        type: 'choice',
        prompt: text('again?'),
        choices: [
          { id: 'only-if-warned', kind: 'safe', score: 10, feedback: text('ok'), text: text('Told you'), when: [{ flag: 'warned', is: true }], next: 'fork' },
          { id: 'any', kind: 'risky', score: -5, feedback: text('no'), text: text('Any'), next: 'fork' },
        ],
      },
      { id: 'fork', type: 'branch', branches: [{ when: [{ flag: 'strikes', atLeast: 1 }], next: 'good' }], otherwise: 'bad' },
      { id: 'good', type: 'ending', outcome: 'safe', title: text('Good'), text: text('Good'), lessons: [text('L')], help: ['110'] },
      { id: 'bad', type: 'ending', outcome: 'harmed', title: text('Bad'), text: text('Bad'), lessons: [text('L')], help: ['110'] },
    ],
    ...overrides,
  });
}

describe('the story runtime', () => {
  it('starts by playing messages up to the first decision', () => {
    const { state, events } = createStory(miniLevel()).start();
    expect(state).toMatchObject({ at: 'ask', status: 'choosing', score: 0, trail: [] });
    expect(events.map((e) => e.type)).toEqual(['message']);
  });

  it('offers a choice only when its conditions hold on flags set earlier', () => {
    const story = createStory(miniLevel());
    const start = story.start().state;
    const afterSkip = story.choose(start, 'skip').state;
    const afterWarn = story.choose(start, 'warn').state;
    expect(story.choices(afterSkip).map((c) => c.id)).toEqual(['any']);
    expect(story.choices(afterWarn).map((c) => c.id)).toEqual(['only-if-warned', 'any']);
    expect(() => story.choose(afterSkip, 'only-if-warned')).toThrow(StoryError);
  });

  it('follows a branch on a number flag and adds up the score', () => {
    const story = createStory(miniLevel());
    const start = story.start().state;
    const good = story.choose(story.choose(start, 'warn').state, 'only-if-warned');
    const bad = story.choose(story.choose(start, 'skip').state, 'any');
    expect(good.state).toMatchObject({ at: 'good', status: 'ended', score: 15 });
    expect(bad.state).toMatchObject({ at: 'bad', status: 'ended', score: -5 });
    expect(good.events.at(-1)).toMatchObject({ type: 'ending', score: 15 });
  });

  it('never changes the state it was given', () => {
    const story = createStory(miniLevel());
    const start = story.start().state;
    const frozen = JSON.stringify(start);
    story.choose(start, 'warn');
    expect(JSON.stringify(start)).toBe(frozen);
  });

  it('refuses intents that do not fit the state', () => {
    const story = createStory(miniLevel());
    const start = story.start().state;
    expect(() => story.proceed(start)).toThrow(/waits at a choice/);
    expect(() => story.choose(start, 'nope')).toThrow(/no choice "nope"/);
  });

  it('stops an endless loop of messages instead of hanging', () => {
    const looping = miniLevel({
      start: 'a',
      nodes: [
        { id: 'a', type: 'message', from: 'x', text: text('a'), next: 'b' },
        { id: 'b', type: 'message', from: 'x', text: text('b'), next: 'a' },
        { id: 'end', type: 'ending', outcome: 'safe', title: text('E'), text: text('E'), lessons: [text('L')], help: ['110'] },
      ],
    });
    expect(() => createStory(looping).start()).toThrow(/endless loop/);
    expect(explore(createStory(looping)).failures[0]).toMatchObject({ message: expect.stringMatching(/endless loop/), nodeId: "a" });
  });

  it('explores the score range and every ending', () => {
    const result = explore(createStory(miniLevel()));
    expect(result.bounds).toEqual({ min: -5, max: 15 });
    expect([...result.endings].sort()).toEqual(['bad', 'good']);
    expect(result.stuckAt).toEqual([]);
  });
});

describe('what if', () => {
  it('lists the other choices at a decision, with the consequence each would show', async () => {
    const { whatIf } = await import('../../src/core');
    const { shippedLevel } = await import('./load');
    const story = createStory(shippedLevel('bank-card'));
    const start = story.start().state;
    const alternatives = whatIf(story, start, 'refuse');
    const byId = new Map(alternatives.map((a) => [a.choice.id, a]));
    expect([...byId.keys()].sort()).toEqual(['accept', 'ask', 'try-month']);
    expect(byId.get('ask')!.consequence).toBeUndefined();
    expect(byId.get('accept')!.consequence?.id).toBe('lending-law');
    expect(byId.get('try-month')!.consequence?.id).toBe('lending-law');
  });
});
