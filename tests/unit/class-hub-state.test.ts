// The class hub's state machine on a fake clock: join, vote, reveal, advance, reconnect, resume.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  ANIMALS, type CheckBank, type HubDeps, HubError, STUCK_MS, advance, check, createSession, dashboard, end, findSeat, hostView, isHost, join,
  majority, openRound, play, report, reveal, setLevel, setMode, studentView, summary, vote,
} from '../../src/class/hub-state';
import type { CheckForm, LevelInfo } from '../../src/class/protocol';
import { restore } from '../../src/class/session-file';
import { type RoundSpec, parseClientFrame, ClientMessage, MAX_FRAME_BYTES } from '../../src/class/protocol';
import { summaryCsv } from '../../src/class/summary-csv';

function fakeDeps() {
  let clock = 1_000_000;
  let n = 0;
  const deps: HubDeps & { tick(ms: number): void } = {
    now: () => clock,
    tick: (ms) => (clock += ms),
    token: () => `token-${String(++n).padStart(20, '0')}`,
    randomInt: (k) => (n * 7919) % k,
    hash: (s) => createHash('sha256').update(s).digest('base64url'),
  };
  return deps;
}

const text = (s: string) => ({ 'zh-CN': s, en: s });
const decision = (id: string, options = ['a', 'b', 'c']): RoundSpec => ({ id, kind: 'decision', levelId: 'bank-card', prompt: text(`Q ${id}`), options: options.map((o) => ({ id: o, text: text(o) })) });

/** A level as the projector gives it: n1 → n2 → n3 decisions of safe/risky, and an ending. */
const level = (levelId: string, choices = ['safe', 'risky']): LevelInfo => ({
  levelId, title: text(levelId), nodes: ['n1', 'n2', 'n3', 'n4', 'end-good'], decisions: ['n1', 'n2', 'n3'].map((node) => ({ node, choices })),
});

/** A learning-check bank of three 12-item forms (the hub's, as server/check-bank.ts reads the shipped one). */
const bank: CheckBank = { A: Array.from({ length: 12 }, (_, i) => `a${i}`), B: Array.from({ length: 12 }, (_, i) => `b${i}`), booster: Array.from({ length: 12 }, (_, i) => `x${i}`) };
/** A sitting of a form: right on all but the first `wrong` items. */
const sitting = (form: CheckForm, correct: number) => ({ form, correct, total: 12, missed: bank[form].slice(0, 12 - correct) });

const codeOf = (e: unknown) => (e instanceof HubError ? e.code : String(e));
const thrown = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return codeOf(e);
  }
  return 'no error';
};

describe('class hub state', () => {
  it('creates a session with a six-digit code and a secret only its hash is kept of', () => {
    const deps = fakeDeps();
    const { state, secret } = createSession(deps, 'live', 'animal', new Set());
    expect(state.code).toMatch(/^\d{6}$/);
    expect(JSON.stringify(state)).not.toContain(secret);
    expect(isHost(deps, state, secret)).toBe(true);
    expect(isHost(deps, state, 'token-someone-else-0000000')).toBe(false);
  });

  it('never gives a code already in use', () => {
    const deps = fakeDeps();
    const first = createSession(deps, 'live', 'number', new Set()).state.code;
    const second = createSession({ ...deps, randomInt: (() => { let i = 0; return (k: number) => (i++ === 0 ? Number(first) - 100000 : 5) % k; })() }, 'live', 'number', new Set([first])).state.code;
    expect(second).not.toBe(first);
  });

  it('seats devices anonymously: numbers in order, animals all different while any is free', () => {
    const deps = fakeDeps();
    const { state } = createSession(deps, 'live', 'animal', new Set());
    const seats = Array.from({ length: ANIMALS.length + 2 }, () => join(deps, state).seat);
    expect(seats.map((s) => s.number)).toEqual(seats.map((_, i) => i + 1));
    expect(new Set(seats.slice(0, ANIMALS.length).map((s) => s.animal.en)).size).toBe(ANIMALS.length);
    expect(seats.at(-1)!.animal.en).toMatch(/ 2$/);
    expect(JSON.stringify(state)).not.toMatch(/"name"/);
  });

  it('counts each seat once, its last vote before the reveal, and plays the majority', () => {
    const deps = fakeDeps();
    const { state } = createSession(deps, 'live', 'number', new Set());
    const [s1, s2, s3] = [join(deps, state).seat, join(deps, state).seat, join(deps, state).seat];
    const round = openRound(deps, state, decision('n1'));
    vote(deps, state, s1, 'n1', ['a']);
    vote(deps, state, s1, 'n1', ['b']); // changed its mind
    vote(deps, state, s1, 'n1', ['b']); // pressed twice
    vote(deps, state, s2, 'n1', ['b']);
    vote(deps, state, s3, 'n1', ['c']);
    expect(hostView(state, deps.now(), 3).round!.counts).toEqual([0, 2, 1]);
    expect(hostView(state, deps.now(), 3).round!.voters).toBe(3);
    expect(studentView(state, s1).round!.counts).toBeNull(); // no counts before the reveal
    expect(studentView(state, s1).round!.mine).toEqual(['b']);
    reveal(deps, state, 'n1');
    expect(thrown(() => vote(deps, state, s3, 'n1', ['b']))).toBe('closed');
    expect(studentView(state, s3).round!.counts).toEqual([0, 2, 1]);
    expect(majority(round)).toBe('b');
    expect(play(deps, state, 'n1', 'majority')).toBe('b');
    expect(state.current).toBeNull();
    expect(studentView(state, s3).round!.played).toBe('b'); // devices show what the class played
    expect(hostView(state, deps.now(), 3).history.map((r) => r.played)).toEqual(['b']);
  });

  it('breaks a tie for the choice shown first, and plays a chosen option when told', () => {
    const deps = fakeDeps();
    const { state } = createSession(deps, 'live', 'number', new Set());
    const [s1, s2] = [join(deps, state).seat, join(deps, state).seat];
    openRound(deps, state, decision('n1'));
    vote(deps, state, s1, 'n1', ['c']);
    vote(deps, state, s2, 'n1', ['b']);
    expect(majority(state.rounds[0]!)).toBe('b');
    expect(play(deps, state, 'n1', 'c')).toBe('c');
    expect(thrown(() => play(deps, state, 'n1', 'a'))).toBe('closed');
  });

  it('refuses picks that are not options, two picks at a decision, and rounds outside live mode', () => {
    const deps = fakeDeps();
    const { state } = createSession(deps, 'live', 'number', new Set());
    const seat = join(deps, state).seat;
    openRound(deps, state, decision('n1'));
    expect(thrown(() => vote(deps, state, seat, 'n1', ['zzz']))).toBe('bad-message');
    expect(thrown(() => vote(deps, state, seat, 'n1', ['a', 'b']))).toBe('bad-message');
    expect(thrown(() => vote(deps, state, seat, 'nope', ['a']))).toBe('not-found');
    setMode(deps, state, 'self');
    expect(thrown(() => openRound(deps, state, decision('n2')))).toBe('conflict');
  });

  it('takes any set of flags in a spot-the-sign round and advances past it', () => {
    const deps = fakeDeps();
    const { state } = createSession(deps, 'live', 'number', new Set());
    const [s1, s2] = [join(deps, state).seat, join(deps, state).seat];
    openRound(deps, state, { ...decision('signs-1', ['m1', 'm2', 'm3', 'm4']), kind: 'signs' });
    vote(deps, state, s1, 'signs-1', ['m1', 'm3', 'm3']);
    vote(deps, state, s2, 'signs-1', []);
    expect(hostView(state, deps.now(), 2).round!.counts).toEqual([1, 0, 1, 0]);
    reveal(deps, state, 'signs-1');
    expect(thrown(() => play(deps, state, 'signs-1', 'majority'))).toBe('conflict');
    advance(deps, state);
    expect(state.current).toBeNull();
    expect(hostView(state, deps.now(), 2).history).toHaveLength(1);
  });

  it('opening the next round closes the one before; reopening the same open round keeps its votes', () => {
    const deps = fakeDeps();
    const { state } = createSession(deps, 'live', 'number', new Set());
    const seat = join(deps, state).seat;
    openRound(deps, state, decision('n1'));
    vote(deps, state, seat, 'n1', ['a']);
    openRound(deps, state, decision('n1'));
    expect(hostView(state, deps.now(), 1).round!.counts).toEqual([1, 0, 0]);
    openRound(deps, state, decision('n2'));
    expect(thrown(() => vote(deps, state, seat, 'n1', ['b']))).toBe('closed');
    expect(thrown(() => openRound(deps, state, decision('n1')))).toBe('conflict');
  });

  it('a device that drops returns to its own seat by its token, and its vote stands', () => {
    const deps = fakeDeps();
    const { state } = createSession(deps, 'live', 'animal', new Set());
    const { seat, token } = join(deps, state);
    join(deps, state);
    openRound(deps, state, decision('n1'));
    vote(deps, state, seat, 'n1', ['c']);
    const back = findSeat(deps, state, token)!;
    expect(back.number).toBe(seat.number);
    expect(studentView(state, back).round!.mine).toEqual(['c']);
    expect(findSeat(deps, state, 'token-unknown-000000000000')).toBeUndefined();
    expect(JSON.stringify(state)).not.toContain(token);
  });

  it('resumes from its file with every vote and every device’s progress', () => {
    const deps = fakeDeps();
    const { state, secret } = createSession(deps, 'live', 'number', new Set());
    const tokens = Array.from({ length: 5 }, () => join(deps, state).token);
    openRound(deps, state, decision('n1'));
    state.seatList.forEach((s, i) => vote(deps, state, s, 'n1', [['a', 'b', 'c'][i % 3]!]));
    setLevel(deps, state, level('bank-card', ['a', 'b', 'c']));
    report(deps, state, state.seatList[0]!, { levelId: 'bank-card', at: 'n4', status: 'playing', trail: ['n1/a'] });
    check(deps, state, state.seatList[0]!, sitting('A', 6), bank);
    const file = JSON.stringify(state);
    const { state: back, notes } = restore(file);
    expect(notes).toEqual([]);
    expect(back).toEqual(state);
    expect(isHost(deps, back, secret)).toBe(true);
    expect(findSeat(deps, back, tokens[3]!)!.number).toBe(4);
    expect(hostView(back, deps.now(), 0).round!.counts).toEqual([2, 2, 1]);
    expect(back.seatList[0]!.progress!.at).toBe('n4');
    expect(() => restore(file.replace('"mode":"live"', '"mode":"loud"'))).toThrow(/mode/);
    expect(() => restore(file.slice(0, -20))).toThrow();
  });

  it('migrates a format-1 file, reads a newer one as far as it knows, and names the keys it leaves out', () => {
    const deps = fakeDeps();
    const { state } = createSession(deps, 'live', 'number', new Set());
    join(deps, state);
    const { format: _f, rev: _r, levels: _l, ...v1 } = state;
    const old = restore(JSON.stringify({ ...v1, format: 1 }));
    expect(old.notes).toEqual([{ kind: 'migrated', detail: 'format 1 → 3' }]);
    expect(old.state.seatList).toHaveLength(1);
    const newer = restore(JSON.stringify({ ...state, format: 7, teacherNote: 'x', seatList: [{ ...state.seatList[0], colour: 'red' }] }));
    expect(newer.notes.map((n) => n.kind)).toEqual(['newer-format', 'unknown-keys']);
    expect(newer.notes[1]!.detail.split(', ').sort()).toEqual(['seatList.colour', 'teacherNote']);
    expect(newer.state.seatList[0]).toEqual(state.seatList[0]);
  });

  it('migrates a format-2 file: each check keeps its percent, its items missed unknown, no booster', () => {
    const deps = fakeDeps();
    const { state } = createSession(deps, 'self', 'number', new Set());
    join(deps, state);
    join(deps, state);
    const v2 = { ...state, format: 2, seatList: state.seatList.map((s, i) => ({ ...s, checks: { A: [50, 60][i], B: [75, null][i] } })) };
    const { state: back, notes } = restore(JSON.stringify(v2));
    expect(notes).toEqual([{ kind: 'migrated', detail: 'format 2 → 3' }]);
    expect(back.seatList.map((s) => s.checks)).toEqual([
      { A: { percent: 50, missed: null }, B: { percent: 75, missed: null }, booster: null },
      { A: { percent: 60, missed: null }, B: null, booster: null },
    ]);
    const board = dashboard(back, deps.now()).checks;
    expect(board.A).toEqual({ n: 2, percent: 55, itemsFrom: 0, missed: [] });
    expect(board.gain).toEqual([{ points: 25, devices: 1 }]);
    // A device that takes the form again on the new hub is counted with its items.
    check(deps, back, back.seatList[1]!, sitting('A', 9), bank);
    expect(dashboard(back, deps.now()).checks.A).toEqual({ n: 2, percent: 62.5, itemsFrom: 1, missed: ['a0', 'a1', 'a2'].map((item) => ({ item, devices: 1 })) });
  });

  it('takes a learning check only in the bank\'s own items, the form\'s whole count, a later sitting replacing the earlier', () => {
    const deps = fakeDeps();
    const { state } = createSession(deps, 'self', 'animal', new Set());
    const seat = join(deps, state).seat;
    expect(thrown(() => check(deps, state, seat, { form: 'A', correct: 7, total: 10, missed: ['a0', 'a1', 'a2'] }, bank))).toBe('bad-message'); // not the form's 12
    expect(thrown(() => check(deps, state, seat, { form: 'A', correct: 11, total: 12, missed: ['b0'] }, bank))).toBe('bad-message'); // form B's item
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty'])
      expect(thrown(() => check(deps, state, seat, { form: 'booster', correct: 11, total: 12, missed: [name] }, bank))).toBe('bad-message');
    expect(seat.checks).toEqual({ A: null, B: null, booster: null });
    const rev = state.rev;
    check(deps, state, seat, sitting('booster', 9), bank);
    check(deps, state, seat, sitting('booster', 10), bank);
    expect(seat.checks.booster).toEqual({ percent: 83.3, missed: ['x0', 'x1'] });
    expect(state.rev).toBe(rev + 2);
    // The message's own rules: the counts add up, no item twice, a known form.
    const frame = (result: unknown) => parseClientFrame(JSON.stringify({ v: 3, t: 'check', result }));
    expect(frame(sitting('B', 10))).toMatchObject({ ok: true });
    expect(frame({ form: 'B', correct: 10, total: 12, missed: ['b0'] })).toMatchObject({ ok: false, code: 'bad-message' });
    expect(frame({ form: 'B', correct: 10, total: 12, missed: ['b0', 'b0'] })).toMatchObject({ ok: false, code: 'bad-message' });
    expect(frame({ form: 'C', correct: 12, total: 12, missed: [] })).toMatchObject({ ok: false, code: 'bad-message' });
    expect(frame({ form: 'B', correct: 12, total: 12 })).toMatchObject({ ok: false, code: 'bad-message' });
    end(deps, state);
    expect(thrown(() => check(deps, state, seat, sitting('A', 12), bank))).toBe('closed');
  });

  it('counts ids every object inherits like any other, and takes progress only in the level\'s own ids', () => {
    const deps = fakeDeps();
    const { state } = createSession(deps, 'self', 'animal', new Set());
    const names = ['constructor', 'tostring', 'valueof', 'hasownproperty'];
    setLevel(deps, state, { levelId: 'constructor', title: text('c'), nodes: ['constructor', 'n2'], decisions: [{ node: 'constructor', choices: names }] });
    const seats = names.map(() => join(deps, state).seat);
    seats.forEach((seat, i) => report(deps, state, seat, { levelId: 'constructor', at: 'n2', status: 'playing', trail: [`constructor/${names[i]}`] }));
    const board = dashboard(state, deps.now());
    expect(board.splits['constructor/constructor']).toEqual({ constructor: 1, tostring: 1, valueof: 1, hasownproperty: 1 });
    expect(board.at).toEqual({ 'constructor/n2': 4 });
    expect(Object.getPrototypeOf(board.at)).toBe(Object.prototype);
    // Names the level does not have are refused, so none reaches the dashboard.
    expect(thrown(() => report(deps, state, seats[0]!, { levelId: 'constructor', at: 'n2', status: 'playing', trail: ['constructor/__proto__'] }))).toBe('bad-message');
    expect(thrown(() => report(deps, state, seats[0]!, { levelId: 'constructor', at: 'toString', status: 'playing', trail: [] }))).toBe('bad-message');
    expect(thrown(() => report(deps, state, seats[0]!, { levelId: 'other', at: 'n2', status: 'playing', trail: [] }))).toBe('conflict');
    expect(thrown(() => setLevel(deps, state, { levelId: 'x', title: text('x'), nodes: ['a'], decisions: [{ node: 'b', choices: ['c'] }] }))).toBe('bad-message');
  });

  it('shows the teacher counts at each point, the split at each decision, devices stuck, and the gain', () => {
    const deps = fakeDeps();
    const { state } = createSession(deps, 'self', 'number', new Set());
    const seats = Array.from({ length: 4 }, () => join(deps, state).seat);
    setLevel(deps, state, level('L'));
    report(deps, state, seats[0]!, { levelId: 'L', at: 'n2', status: 'playing', trail: ['n1/safe'] });
    report(deps, state, seats[1]!, { levelId: 'L', at: 'n2', status: 'playing', trail: ['n1/risky'] });
    report(deps, state, seats[2]!, { levelId: 'L', at: 'end-good', status: 'ended', trail: ['n1/safe', 'n2/safe'] });
    deps.tick(STUCK_MS - 1000);
    report(deps, state, seats[1]!, { levelId: 'L', at: 'n2', status: 'playing', trail: ['n1/risky'] }); // same point: still counts as waiting
    report(deps, state, seats[0]!, { levelId: 'L', at: 'n3', status: 'playing', trail: ['n1/safe', 'n2/risky'] });
    deps.tick(2000);
    check(deps, state, seats[0]!, sitting('A', 6), bank);
    check(deps, state, seats[0]!, sitting('B', 9), bank);
    check(deps, state, seats[1]!, sitting('A', 3), bank);
    const board = dashboard(state, deps.now());
    expect(board.at).toEqual({ 'L/n3': 1, 'L/n2': 1, 'L/#end': 1 });
    expect(board.splits).toEqual({ 'L/n1': { safe: 2, risky: 1 }, 'L/n2': { safe: 1, risky: 1 } });
    expect(board.stuck).toEqual([{ seat: 2, animal: seats[1]!.animal, point: 'L/n2', minutes: 3 }]);
    expect(board.checks).toEqual({
      A: { n: 2, percent: 37.5, itemsFrom: 2, missed: ['a0', 'a1', 'a2', 'a3', 'a4'].map((item) => ({ item, devices: 2 })) },
      B: { n: 1, percent: 75, itemsFrom: 1, missed: ['b0', 'b1', 'b2'].map((item) => ({ item, devices: 1 })) },
      booster: { n: 0, percent: null, itemsFrom: 0, missed: [] },
      gain: [{ points: 25, devices: 1 }],
      kept: [],
    });
  });

  it('ends: nothing more is taken, and the summary holds counts and no seat', () => {
    const deps = fakeDeps();
    const { state } = createSession(deps, 'live', 'number', new Set());
    const seat = join(deps, state).seat;
    openRound(deps, state, decision('n1'));
    vote(deps, state, seat, 'n1', ['a']);
    setLevel(deps, state, level('L'));
    report(deps, state, seat, { levelId: 'L', at: 'n2', status: 'playing', trail: [] });
    deps.tick(STUCK_MS * 2);
    end(deps, state);
    expect(thrown(() => join(deps, state))).toBe('closed');
    expect(thrown(() => vote(deps, state, seat, 'n1', ['b']))).toBe('closed');
    const result = summary(state, deps.now());
    expect(result.devices).toBe(1);
    expect(result.rounds[0]!.counts).toEqual([1, 0, 0]);
    expect(result.dashboard.stuck).toEqual([]);
    const csv = summaryCsv(result, 'en');
    expect(csv).toContain('vote,bank-card,Q n1,a,1');
    expect(csv).not.toMatch(/seat|token|animal/i);
  });
});

describe('class protocol', () => {
  it('refuses bad JSON, another version, unknown types, long strings and big frames, each with its code', () => {
    expect(parseClientFrame('{').ok).toBe(false);
    expect(parseClientFrame('[]')).toMatchObject({ ok: false, code: 'bad-message' });
    expect(parseClientFrame('{"v":1,"t":"ping"}')).toMatchObject({ ok: false, code: 'version' });
    expect(parseClientFrame('{"v":3,"t":"shout"}')).toMatchObject({ ok: false, code: 'bad-message' });
    expect(parseClientFrame('{"v":3,"t":"join","code":"12345"}')).toMatchObject({ ok: false, code: 'bad-message' });
    expect(parseClientFrame('{"v":3,"t":"join","code":"123456","extra":1}')).toMatchObject({ ok: false, code: 'bad-message' });
    const long = JSON.stringify({ v: 3, t: 'host.open', round: { ...decision('n1'), prompt: text('x'.repeat(401)) } });
    expect(parseClientFrame(long)).toMatchObject({ ok: false, code: 'bad-message' });
    expect(parseClientFrame(' '.repeat(MAX_FRAME_BYTES + 1))).toMatchObject({ ok: false, code: 'too-big' });
    expect(parseClientFrame('{"v":3,"t":"vote","roundId":"n1","picks":["a"],"rid":7}')).toEqual({ ok: true, message: { v: 3, t: 'vote', roundId: 'n1', picks: ['a'], rid: 7 } });
  });

  it('takes a decision of 2–8 distinct choices', () => {
    const open = (round: RoundSpec) => ClientMessage.safeParse({ v: 3, t: 'host.open', round }).success;
    expect(open(decision('n1', ['a', 'b']))).toBe(true);
    expect(open(decision('n1', ['a']))).toBe(false);
    expect(open(decision('n1', ['a', 'a']))).toBe(false);
    expect(open(decision('n1', 'abcdefghi'.split('')))).toBe(false);
  });
});
