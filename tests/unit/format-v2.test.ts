// The rules of format 2, on a small level built here: seeded choice order, stars from the trail,
// spotting signs, victims' screens, techniques, conversations and level-local registry entries.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkLevel, createStory, emptyTally, explore, Level, registryFor, renderMessage, shippedChecklist, shuffle, signRanges, spot,
  discernment, starsFor, starsOf, techniquesAtDecision, techniquesSpotted, type LevelInput, type LevelIssue, type Stars, type StoryEvent,
} from '../../src/core';
import { registry, techniques } from '../../src/content/registry';

const text = (s: string, zh = s) => ({ 'zh-CN': zh, en: s });

/** A small format-2 level: a game lobby, a DM, a scam with signs, harmless chat, a victim path. */
function level(change: (l: any) => void = () => {}): Level {
  const input: any = {
    formatVersion: 2,
    id: 'mini',
    title: text('Mini'),
    summary: text('A test level'),
    case: 3,
    ageBand: '12-15',
    minutes: 6,
    objectives: [text('Test')],
    contentNote: text('Note'),
    characters: [
      { id: 'lu', name: text('Lu'), role: 'contact', look: { seed: 'lu-7', style: 'adventurer' } },
      { id: 'mum', name: text('Mum'), role: 'contact' },
      { id: 'sys', name: text('System'), role: 'system' },
      { id: 'me', name: text('Me'), role: 'player' },
    ],
    conversations: [
      { id: 'lobby', title: text('Lobby'), app: 'game', members: ['lu', 'me'] },
      { id: 'dm', title: text('Lu'), app: 'dm', members: ['lu', 'me'] },
      { id: 'home', title: text('Mum'), app: 'sms', members: ['mum', 'me'] },
    ],
    flags: {},
    start: 'hi',
    nodes: [
      { id: 'hi', type: 'message', from: 'lu', text: text('gg, nice game', '打得好'), next: 'greet' },
      {
        id: 'greet', type: 'choice', prompt: text('Reply?'),
        choices: [
          { id: 'gg', text: text('gg'), kind: 'neutral', score: 0, feedback: text('ok'), next: 'gift' },
          { id: 'quiet', text: text('…'), kind: 'neutral', score: 0, mode: 'think', feedback: text('ok'), next: 'gift' },
        ],
      },
      {
        id: 'gift', type: 'message', from: 'lu', conversation: 'dm', next: 'ask',
        text: text("I'm 13 too. Here's a skin, our secret", '我也13岁。送你皮肤，这是我们的秘密'),
        signs: [
          { technique: 'fake-identity', phrase: text("I'm 13 too", '我也13岁') },
          { technique: 'flattery-gifts', phrase: text("Here's a skin", '送你皮肤') },
          { technique: 'secrecy-move-app', phrase: text('our secret', '我们的秘密') },
        ],
      },
      {
        id: 'ask', type: 'choice', prompt: text('Reply?'), techniques: ['flattery-gifts'],
        choices: [
          { id: 'thanks', text: text('thx'), kind: 'neutral', score: 0, feedback: text('hm'), next: 'photo' },
          { id: 'tell', text: text('tell mum'), kind: 'safe', score: 10, mode: 'do', feedback: text('good'), next: 'mum' },
        ],
      },
      {
        id: 'photo', type: 'choice', prompt: text('He wants a photo'),
        choices: [
          { id: 'send', text: text('send'), kind: 'risky', score: 0, feedback: text('not your fault'), next: 'victim' },
          { id: 'forward', text: text('forward it'), kind: 'risky', score: -20, harmsOthers: true, feedback: text('no'), next: 'actor' },
          { id: 'block', text: text('block'), kind: 'safe', score: 10, mode: 'do', feedback: text('yes'), next: 'mum' },
        ],
      },
      {
        id: 'victim', type: 'consequence', perspective: 'victim', case: 3, charge: text('Indecency'), laws: ['criminal-237'],
        story: text('A girl was tricked. The man was caught.'), takeaway: text('It is never your fault.'),
        happened: text('He was sentenced.'), prosecutors: text('They charged him.'), nextStep: text('Tell an adult.'), help: ['110'], next: 'recover',
      },
      {
        id: 'actor', type: 'consequence', perspective: 'actor', case: 3, charge: text('Spreading'), laws: ['criminal-364'],
        story: text('A boy forwarded it. He was charged.'), takeaway: text('Forwarding is a crime.'),
        happened: text('Court.'), prosecutors: text('Charged.'), next: 'harmed-end',
      },
      {
        id: 'recover', type: 'choice', prompt: text('Now?'),
        choices: [
          { id: 'tell-now', text: text('tell mum'), kind: 'safe', score: 5, feedback: text('good'), next: 'sys-line' },
          { id: 'hide', text: text('hide it'), kind: 'risky', score: 0, feedback: text('tell someone'), next: 'victim2' },
        ],
      },
      {
        id: 'victim2', type: 'consequence', perspective: 'victim', case: 3, charge: text('Indecency'), laws: ['criminal-237'],
        story: text('s'), takeaway: text('t'), happened: text('h'), prosecutors: text('p'), nextStep: text('n'), help: ['110'], next: 'harmed-end',
      },
      { id: 'sys-line', type: 'message', from: 'sys', text: text('You blocked Lu'), next: 'recovered-end' },
      { id: 'mum', type: 'message', from: 'mum', conversation: 'home', text: text('Thanks for telling me', '谢谢你告诉我'), next: 'mum2' },
      { id: 'mum2', type: 'message', from: 'mum', text: text('We report it together', '我们一起举报'), next: 'report' },
      {
        id: 'report', type: 'choice', prompt: text('Report?'),
        choices: [
          { id: 'report-now', text: text('report'), kind: 'safe', score: 10, feedback: text('good'), next: 'safe-end' },
          { id: 'later', text: text('later'), kind: 'neutral', score: 0, feedback: text('ok'), next: 'safe-end' },
        ],
      },
      { id: 'safe-end', type: 'ending', outcome: 'safe', title: text('Safe'), text: text('Safe'), lessons: [text('L')], help: ['110'] },
      { id: 'recovered-end', type: 'ending', outcome: 'recovered', title: text('R'), text: text('R'), lessons: [text('L')], help: ['110'] },
      { id: 'harmed-end', type: 'ending', outcome: 'harmed', title: text('H'), text: text('H'), lessons: [text('L')], help: ['110'] },
    ],
  };
  change(input);
  return Level.parse(input as LevelInput);
}

const check = (l: Level, shipped = false) => checkLevel(l, registry, { techniques, shipped });
const errors = (issues: readonly LevelIssue[]) => issues.filter((i) => i.severity === 'error');
const node = (l: any, id: string) => l.nodes.find((n: any) => n.id === id);

describe('a format-2 level', () => {
  it('checks clean and meets the shipped-level checklist', () => {
    const report = check(level(), true);
    expect(report.issues.map((i) => i.message)).toEqual([]);
    expect(report.checklist?.filter((c) => !c.pass)).toEqual([]);
  });
});

describe('choice order', () => {
  it('is a permutation, the same for the same seed (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 8 }), fc.oneof(fc.integer(), fc.string()), (items, seed) => {
        const once = shuffle(items, seed);
        expect(shuffle(items, seed)).toEqual(once);
        expect([...once].sort((a, b) => a - b)).toEqual([...items].sort((a, b) => a - b));
      }),
    );
  });

  it('differs between seeds, so pressing 1 does not always pick the same option', () => {
    const l = level();
    const firsts = new Set<string>();
    for (let seed = 0; seed < 40; seed++) {
      const story = createStory(l, { seed });
      firsts.add(story.choices(story.choose(story.start().state, 'gg').state)[0]!.id);
    }
    expect(firsts).toEqual(new Set(['thanks', 'tell']));
  });

  it('is fixed for a play: every call at a decision gives the same order', () => {
    const story = createStory(level(), { seed: 'class-42' });
    const start = story.start().state;
    expect(story.choices(start).map((c) => c.id)).toEqual(story.choices(start).map((c) => c.id));
    expect(createStory(level(), { seed: 'class-42' }).choices(start).map((c) => c.id)).toEqual(story.choices(start).map((c) => c.id));
  });

  it('keeps the file order without a seed', () => {
    const story = createStory(level());
    expect(story.choices(story.choose(story.start().state, 'gg').state).map((c) => c.id)).toEqual(['thanks', 'tell']);
  });
});

describe('stars from the trail', () => {
  const safe = { kind: 'safe' as const };
  const risky = { kind: 'risky' as const };
  const harms = { kind: 'risky' as const, harmsOthers: true };
  const gaveIn = { kind: 'risky' as const, pressured: true };
  const gotHelp = { kind: 'safe' as const, pressured: true };
  it.each<[string, Parameters<typeof starsFor>[0], Parameters<typeof starsFor>[1], Stars]>([
    ['no risky choice, safe ending', [safe, safe], 'safe', 3],
    ['a risky choice', [safe, risky], 'safe', 2],
    ['a recovered ending', [safe], 'recovered', 2],
    ['a risky choice and a recovered ending', [risky], 'recovered', 2],
    ['a choice that harms others', [harms, safe], 'safe', 1],
    ['a harmed ending after a risky choice', [risky], 'harmed', 1],
    ['harming others and a harmed ending', [harms], 'harmed', 0],
    ['a harmed ending with no risky choice', [safe], 'harmed', 2],
    ['asking for, buying or forwarding an intimate video, then putting it right', [{ ...harms, intimateImage: true }, safe], 'recovered', 0],
    // Never blame a victim: giving in under a threat or a trick caps nothing; the stars reward getting help.
    ['gave in under pressure, then got help', [gaveIn, gotHelp], 'recovered', 3],
    ['gave in twice, then got help', [gaveIn, gaveIn, gotHelp], 'recovered', 3],
    ['got help, then gave in again and nobody knows', [gaveIn, gotHelp, gaveIn], 'harmed', 1],
    ['gave in; someone else noticed', [gaveIn, safe], 'recovered', 2],
    ['gave in; the play still ends "safe"', [gaveIn], 'safe', 2],
    ['gave in; nobody knows yet', [gaveIn], 'harmed', 1],
    ['refused under pressure: never a victim', [gotHelp], 'safe', 3],
    ['a neutral move under pressure makes no victim', [{ kind: 'neutral' as const, pressured: true }], 'harmed', 2],
    ['got help, but harm went on to a friend', [gaveIn, gotHelp], 'harmed', 2],
    ['a victim who also harmed others', [gaveIn, gotHelp, harms], 'recovered', 1],
    ['a victim who forwarded an intimate video', [gaveIn, gotHelp, { ...harms, intimateImage: true }], 'harmed', 0],
  ])('%s', (_name, choices, outcome, stars) => {
    expect(starsFor(choices, outcome)).toBe(stars);
  });

  it('are what explore() says plays reach, on every path', () => {
    const story = createStory(level());
    const seen = new Set<Stars>();
    const walk = (state: ReturnType<typeof story.start>['state']) => {
      if (state.status === 'ended') return void seen.add(starsOf(story, state));
      if (state.status === 'consequence') return walk(story.proceed(state).state);
      for (const c of story.choices(state)) walk(story.choose(state, c.id).state);
    };
    walk(story.start().state);
    expect([...seen].sort()).toEqual([...explore(story).stars]);
    // The victim who sends the photo and then hides it ends with 1 star (nobody has helped yet), the
    // one a recovered ending reaches with 2 (telling at an unpressured decision is not "getting help").
    expect(explore(story).stars).toEqual([0, 1, 2, 3]);
  });

  it('a level no play can earn 3 stars in is an error', () => {
    const l = level((x) => {
      node(x, 'ask').choices[1].kind = 'risky';
      node(x, 'photo').choices[2].kind = 'risky';
    });
    expect(errors(check(l).issues).map((i) => renderMessage(i, 'en'))).toEqual([expect.stringMatching(/no play can earn 3 stars \(plays reach 0, 1, 2\)/)]);
  });
});

describe('spotting signs', () => {
  it('scores +5 once per sign per play, −2 for a false alarm, and counts discernment', () => {
    const l = level();
    let tally = emptyTally();
    const hit = spot(l, tally, 'gift', 0);
    expect(hit.result).toMatchObject({ kind: 'hit', technique: 'fake-identity', points: 5 });
    tally = hit.tally;
    expect(spot(l, tally, 'gift', 0).result.kind).toBe('already');
    tally = spot(l, tally, 'gift', 2).tally;
    const alarm = spot(l, tally, 'hi');
    expect(alarm.result).toEqual({ kind: 'false-alarm', points: -2 });
    tally = alarm.tally;
    expect(spot(l, tally, 'hi').result.kind).toBe('already');
    expect(spot(l, tally, 'gift').result.kind).toBe('near');
    expect(spot(l, tally, 'sys-line').result.kind).toBe('not-flaggable');
    expect(tally.points).toBe(5 + 5 - 2);
    expect(discernment(tally)).toBe(1);
    expect(techniquesSpotted(l, tally)).toEqual(['fake-identity', 'secrecy-move-app']);
    expect(techniquesAtDecision(l, 'ask', tally)).toEqual({ spotted: [], missed: ['flattery-gifts'] });
    expect(techniquesAtDecision(l, 'ask', spot(l, tally, 'gift', 1).tally)).toEqual({ spotted: ['flattery-gifts'], missed: [] });
  });

  it('finds where each sign sits in the text, in each language', () => {
    const gift = node(level(), 'gift');
    expect(signRanges(gift, 'en').map((r) => [r.start, r.end, r.technique])).toEqual([[0, 10, 'fake-identity'], [12, 25, 'flattery-gifts'], [27, 37, 'secrecy-move-app']]);
    expect(signRanges(gift, 'zh-CN')[0]).toMatchObject({ start: 0, end: 5 });
  });

  it('refuses a phrase that is not in the message, and an unknown technique with "did you mean"', () => {
    const l = level((x) => {
      node(x, 'gift').signs[0].phrase.en = "I'm 14 too";
      node(x, 'gift').signs[1].technique = 'flatery-gifts';
      node(x, 'ask').techniques = ['urgency'];
    });
    const messages = errors(check(l).issues).map((i) => renderMessage(i, 'en'));
    expect(messages).toContain('the sign\'s English ("en") phrase "I\'m 14 too" is not in the message\'s English ("en") text: copy it exactly');
    expect(messages).toContain('unknown technique "flatery-gifts": see levels/registry/techniques.json — did you mean "flattery-gifts"?');
    expect(messages.some((m) => m.startsWith('unknown technique "urgency"'))).toBe(true);
  });
});

describe('victims', () => {
  it('a victim screen may not carry an age rule, and needs a next step and help', () => {
    const l = level((x) => {
      node(x, 'victim').ageRule = text('From 14 …');
      delete node(x, 'victim').nextStep;
      delete node(x, 'victim').help;
    });
    const codes = errors(check(l).issues).map((i) => i.code);
    expect(codes).toEqual(expect.arrayContaining(['victimAgeRule', 'victimNeedsNextStep', 'victimNeedsHelp']));
    expect(renderMessage({ code: 'victimAgeRule' }, 'en')).toBe('a victim\'s screen has no liability or age-rule section: remove "ageRule"');
  });

  it('a choice leading to a victim screen may not cost points, even through messages and branches', () => {
    const direct = level((x) => (node(x, 'photo').choices[0].score = -25));
    expect(errors(check(direct).issues).map((i) => [i.code, i.path.join('.')])).toEqual([['victimNegativeScore', 'nodes.4.choices.0.score']]);
    const via = level((x) => {
      node(x, 'photo').choices[0].score = -5;
      node(x, 'photo').choices[0].next = 'before';
      x.nodes.push({ id: 'before', type: 'message', from: 'lu', text: text('ok'), next: 'victim' });
    });
    expect(errors(check(via).issues).map((i) => i.code)).toEqual(['victimNegativeScore']);
  });
});

describe('conversations, looks and system lines', () => {
  it('switches the phone at a message or decision and stays there', () => {
    const story = createStory(level());
    const shown = (events: readonly StoryEvent[]) =>
      events.map((e) => (e.type === 'conversation' ? `→${e.conversation.id}` : e.type === 'message' ? `${e.nodeId}@${e.conversation}` : e.type));
    const begin = story.start();
    expect(shown(begin.events)).toEqual(['→lobby', 'hi@lobby']);
    const { state, events } = story.choose(begin.state, 'gg');
    expect(shown(events)).toEqual(['chose', '→dm', 'gift@dm']);
    expect(state.conversation).toBe('dm');
    const told = story.choose(state, 'tell');
    expect(told.events.filter((e) => e.type === 'conversation').map((e) => e.type === 'conversation' && e.conversation.id)).toEqual(['home']);
    expect(told.events.filter((e) => e.type === 'message').map((e) => e.type === 'message' && e.conversation)).toEqual(['home', 'home']);
  });

  it('reports unknown conversations and members, with "did you mean"', () => {
    const l = level((x) => {
      node(x, 'gift').conversation = 'dn';
      x.conversations[0].members.push('luu');
    });
    expect(errors(check(l).issues).map((i) => renderMessage(i, 'en'))).toEqual(
      expect.arrayContaining(['unknown character "luu" among the members — did you mean "lu"?', 'unknown conversation "dn" — did you mean "dm"?']),
    );
  });

  it('gives system lines their role and characters their look', () => {
    const l = level();
    expect(l.characters.find((c) => c.id === 'sys')?.role).toBe('system');
    expect(l.characters[0]?.look).toEqual({ seed: 'lu-7', style: 'adventurer' });
    expect(() => level((x) => (x.characters[0].look = { style: 'x' }))).toThrow();
  });
});

describe('level-local registry', () => {
  const local = {
    laws: [{ id: 'district-rule-1', law: text('Rule'), article: text('Art. 1'), name: text('Rule'), summary: text('A rule') }],
    cases: [{ number: 101, title: text('District case'), place: text('Here'), released: '2025-06-01', source: text('District procuratorate') }],
    help: [{ id: 'district-hotline', contact: text('12345'), name: text('Hotline'), use: text('Call') }],
  };

  it('resolves the level\'s own entries first, then the shared ones', () => {
    const l = level((x) => {
      x.registry = local;
      x.case = 101;
      node(x, 'actor').case = 101;
      node(x, 'actor').laws = ['district-rule-1', 'criminal-364'];
      node(x, 'victim').help = ['district-hotline', '110'];
    });
    expect(errors(check(l).issues)).toEqual([]);
    const merged = registryFor(l, registry);
    expect(merged.laws[0]?.id).toBe('district-rule-1');
    expect(merged.laws.length).toBe(registry.laws.length + 1);
  });

  it('refuses an id the shared registry already has', () => {
    const l = level((x) => (x.registry = { laws: [{ ...local.laws[0], id: 'criminal-17' }], cases: [{ ...local.cases[0], number: 3 }] }));
    const issues = errors(check(l).issues);
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['registryClash', 'registry.laws.0.id'],
      ['registryClash', 'registry.cases.0.number'],
    ]);
    expect(renderMessage(issues[0]!, 'zh-CN')).toMatch(/^法条 "criminal-17" 在共用登记表/);
  });
});

describe('the shipped-level checklist', () => {
  it('names each rule with pass or fail and the nodes concerned', () => {
    const l = level((x) => {
      delete x.contentNote;
      delete node(x, 'actor').story;
      node(x, 'gift').signs.pop();
      node(x, 'mum').signs = [{ technique: 'flattery-gifts', phrase: text('Thanks', '谢谢') }];
      node(x, 'mum2').signs = [{ technique: 'urgency-pressure', phrase: text('together', '一起') }];
    });
    const report = check(l);
    const failed = Object.fromEntries(shippedChecklist(l, report.exploration!).filter((c) => !c.pass).map((c) => [c.rule, c.nodeIds]));
    expect(failed).toEqual({ contentNote: [], readableConsequences: ['actor'], twoHarmless: ['hi'] });
    expect(errors(check(l, true).issues).map((i) => renderMessage(i, 'en'))).toEqual(
      expect.arrayContaining(['shipped level: a content note for a sensitive topic (cases 3, 4, 5)', 'shipped level: perspective, story and takeaway on every consequence']),
    );
  });

  it('counts the fewest decisions to each ending', () => {
    const report = check(level((x) => (node(x, 'ask').choices[1].next = 'safe-end')));
    expect(report.exploration?.fewestDecisions.get('safe-end')).toBe(2);
    expect(report.exploration?.fewestDecisions.get('harmed-end')).toBe(3);
    expect(report.checklist?.find((c) => c.rule === 'threeDecisions')).toEqual({ rule: 'threeDecisions', pass: false, nodeIds: ['safe-end'] });
  });
});
