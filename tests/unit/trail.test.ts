// A play's trail as structured steps, the play finished in one place (core's finishPlay), the stars'
// reasons from the star rule itself, and the class hub's "node/choice" strings — the form its wire
// and its session files keep — still read.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  STAR_REASONS, createStory, finishPlay, parseStep, ratingAt, startTrack, starsFor, stepKey, trackChoice, type Outcome, type RatedChoice,
  type StarReason, type Story, type StoryState,
} from '../../src/core';
import { createSession, dashboard, join, report, setLevel, type HubDeps } from '../../src/class/hub-state';
import { restore } from '../../src/class/session-file';
import { templateLevel } from '../../src/studio/model/templates';

function play(story: Story, picks: string[]): StoryState {
  let state = story.start().state;
  const left = [...picks];
  while (state.status !== 'ended') state = state.status === 'choosing' ? story.choose(state, left.shift()!).state : story.proceed(state).state;
  return state;
}

describe('a trail step', () => {
  it('is written and read as "node/choice" in one place, cut at the last slash', () => {
    expect(stepKey({ node: 'offer', choice: 'refuse' })).toBe('offer/refuse');
    expect(parseStep('offer/refuse')).toEqual({ node: 'offer', choice: 'refuse' });
    expect(parseStep('a/b/c')).toEqual({ node: 'a/b', choice: 'c' });
    for (const bad of ['offer', '/refuse', 'offer/', '']) expect(parseStep(bad), bad).toBeUndefined();
  });

  it('is what the story records at each decision', () => {
    const story = createStory(templateLevel());
    expect(play(story, ['agree']).trail).toEqual([{ node: 'd1', choice: 'agree' }]);
  });

  it('starts with the way there for a play started inside the level (the studio’s play from here)', () => {
    const before = [{ node: 'd1', choice: 'agree' }];
    const story = createStory({ ...templateLevel(), start: 'law' }, { before });
    expect(story.start().state.trail).toEqual(before);
  });

  it('lets a caller follow every node the story passes, with the state it has there', () => {
    const passed: string[] = [];
    const story = createStory(templateLevel(), { visit: (id, { trail }) => passed.push(`${id}:${trail.length}`) });
    play(story, ['agree']);
    expect(passed[0]).toBe(`${templateLevel().start}:0`);
    expect(passed).toContain('law:1');
  });
});

describe('finishing a play', () => {
  it('gives the ending, score, stars, their reasons and the prompts, computed once by the engine', () => {
    const story = createStory(templateLevel());
    const state = play(story, ['agree']);
    const finished = finishPlay(story, state);
    expect(finished).toMatchObject({ levelId: story.level.id, outcome: 'harmed', score: state.score, stars: 1, trail: state.trail });
    expect(finished.ending.id).toBe(state.at);
    expect(finished.reasons).toEqual(['risky', 'harmed']);
    const safe = finishPlay(story, play(story, ['refuse']));
    expect(safe).toMatchObject({ stars: 3, reasons: ['clean'] });
  });

  it('refuses a play that has not ended', () => {
    const story = createStory(templateLevel());
    expect(() => finishPlay(story, story.start().state)).toThrow(/not ended/);
  });
});

describe('the stars’ reasons come from the rule that counts them', () => {
  const safe = { kind: 'safe' as const };
  const risky = { kind: 'risky' as const };
  const harms = { kind: 'risky' as const, harmsOthers: true };
  const image = { ...harms, intimateImage: true };
  const gaveIn = { kind: 'risky' as const, pressured: true };
  const gotHelp = { kind: 'safe' as const, pressured: true };
  it.each<[string, RatedChoice[], Outcome, StarReason[]]>([
    ['nothing risky', [safe, safe], 'safe', ['clean']],
    ['a risky choice', [safe, risky], 'safe', ['risky']],
    ['stopped in time', [safe], 'recovered', ['recovered']],
    ['a risky choice, stopped in time (the cap says it)', [risky], 'recovered', ['risky']],
    ['harm to others', [harms, safe], 'safe', ['harmsOthers']],
    ['a risky choice and harm at the end', [risky], 'harmed', ['risky', 'harmed']],
    ['an intimate image', [image, safe], 'recovered', ['intimateImage']],
    ['gave in, then got help', [gaveIn, gotHelp], 'recovered', ['victimHelped']],
    ['got help, harm went on', [gaveIn, gotHelp], 'harmed', ['victimHelped', 'harmed']],
    ['gave in, someone noticed', [gaveIn, safe], 'recovered', ['victimNoticed']],
    ['gave in, nobody knows yet', [gaveIn], 'harmed', ['victimNotYet']],
    ['a victim who harmed others', [gaveIn, gotHelp, harms], 'recovered', ['harmsOthers', 'victimHelped']],
  ])('%s', (_name, choices, outcome, reasons) => {
    const rating = ratingAt(choices.reduce(trackChoice, startTrack()), outcome);
    expect(rating.reasons).toEqual(reasons);
    expect(rating.stars).toBe(starsFor(choices, outcome));
  });

  it('has words for every reason in both languages', () => {
    for (const file of ['src/locales/zh-CN.json', 'src/locales/en.json']) {
      const words = (JSON.parse(readFileSync(file, 'utf8')) as { teach: { stars: Record<string, string> } }).teach.stars;
      for (const reason of STAR_REASONS) expect(words[reason], `${file}: teach.stars.${reason}`).toMatch(/\S/);
    }
  });
});

describe('a class session file keeps its "node/choice" steps', () => {
  it('restores a file whose devices’ trails are strings, and the dashboard reads each step', () => {
    let clock = 1_000_000;
    let n = 0;
    const deps: HubDeps = {
      now: () => clock,
      token: () => `token-${String(++n).padStart(20, '0')}`,
      randomInt: (k) => (n * 7919) % k,
      hash: (s) => createHash('sha256').update(s).digest('base64url'),
    };
    const { state } = createSession(deps, 'self', 'number', new Set());
    const seat = join(deps, state).seat;
    const text = { 'zh-CN': 'L', en: 'L' };
    setLevel(deps, state, { levelId: 'L', title: text, nodes: ['n1', 'n2', 'end'], decisions: [{ node: 'n1', choices: ['safe', 'risky'] }, { node: 'n2', choices: ['safe'] }] });
    report(deps, state, seat, { levelId: 'L', at: 'n2', status: 'playing', trail: ['n1/risky'] });
    clock += 1000;
    const file = JSON.stringify(state);
    expect(file).toContain('"trail":["n1/risky"]'); // on disk, as hubs have always written it
    const { state: back } = restore(file);
    expect(dashboard(back, clock).splits).toEqual({ 'L/n1': { risky: 1 } });
  });
});
