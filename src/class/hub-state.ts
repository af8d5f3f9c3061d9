// The hub's state machine: sessions, seats, rounds and self-paced progress, as plain data changed
// by plain functions. Pure: the clock, the random tokens and the hash are injected, so tests run it
// on a fake clock and the server (server/hub.ts) only moves frames and files.
//
// A session's whole state is one JSON-able object (SessionState): the server writes it to a file on
// every change and reads it back after a restart, so nothing the class did is lost.
import { z } from 'zod';
import { parseStep } from '../core/trail';
import {
  type Changes,
  type CheckForm,
  type CheckResult,
  type Dashboard,
  type FormTally,
  Id,
  MAX_CHECK_ITEMS,
  MAX_MISSED,
  type HostRound,
  type HostView,
  LevelRef,
  LocalText,
  Mode,
  Option,
  type Progress,
  type RoundSpec,
  SeatStyle,
  type Seat,
  type StudentRound,
  type StudentView,
  type Summary,
  type ErrorCode,
  LevelInfo,
  MAX_HISTORY,
  MAX_STUCK,
} from './protocol';

/** A device with no progress report for this long is shown as stuck (self-paced). */
export const STUCK_MS = 3 * 60_000;
/** At most this many devices in one session (a lecture hall, not a stadium). */
export const MAX_SEATS = 1000;
/** At most this many rounds kept per session (a lesson is a few levels of a few decisions). */
export const MAX_ROUNDS = 300;
/** At most this many levels a session follows (each with its ids, to check devices' progress against). */
export const MAX_LEVELS = 24;
/** The format of a session's file; older ones are migrated when read (3: checks carry the items missed, and the booster). */
export const FORMAT = 3;

export interface HubDeps {
  now(): number;
  /** A fresh unguessable string (a secret or a seat token), 20–64 chars of [A-Za-z0-9_-]. */
  token(): string;
  /** A fresh random integer in [0, n). */
  randomInt(n: number): number;
  /** A one-way hash: files keep hashes of secrets and tokens, never the secrets. */
  hash(secret: string): string;
}

/**
 * The learning check's bank as the hub knows it: each form's item ids. A device's check is taken
 * only when it names the form's own items (server/check-bank.ts reads the shipped forms).
 */
export type CheckBank = Readonly<Record<CheckForm, readonly string[]>>;

export class HubError extends Error {
  override name = 'HubError';
  constructor(readonly code: ErrorCode, message: string) {
    super(message);
  }
}

const RoundState = z.strictObject({
  id: z.string(),
  kind: z.enum(['decision', 'signs']),
  levelId: z.string(),
  prompt: LocalText,
  options: z.array(Option),
  state: z.enum(['open', 'revealed', 'closed']),
  openedAt: z.number(),
  /** Each seat's picks, by seat number: a seat counts once, its last vote before the reveal. */
  votes: z.record(z.string(), z.array(z.string())),
  played: z.string().nullable(),
});
export type RoundState = z.infer<typeof RoundState>;

/** One form of the learning check as a device took it: percent right, and the items missed (null: not known, a format-2 file). */
const Sitting = z.strictObject({ percent: z.number().min(0).max(100), missed: z.array(Id).max(MAX_CHECK_ITEMS).nullable() });
export type Sitting = z.infer<typeof Sitting>;

const SeatState = z.strictObject({
  number: z.number().int(),
  animal: LocalText,
  tokenHash: z.string(),
  joinedAt: z.number(),
  lastSeen: z.number(),
  progress: z
    .strictObject({ levelId: z.string(), at: z.string(), status: z.enum(['playing', 'ended']), trail: z.array(z.string()), since: z.number() })
    .nullable(),
  checks: z.strictObject({ A: Sitting.nullable(), B: Sitting.nullable(), booster: Sitting.nullable() }),
});
export type SeatState = z.infer<typeof SeatState>;

/** Everything a session is; what its file holds. */
export const SessionState = z.strictObject({
  format: z.literal(FORMAT),
  /** Counts every change: of two copies of a file, the higher is the newer. */
  rev: z.number().int().min(0),
  code: z.string().regex(/^\d{6}$/),
  secretHash: z.string(),
  mode: Mode,
  seats: SeatStyle,
  createdAt: z.number(),
  updatedAt: z.number(),
  level: LevelRef.nullable(),
  /** The levels the projector gave, with their ids: a device's progress is checked against them. */
  levels: z.array(LevelInfo),
  seatList: z.array(SeatState),
  rounds: z.array(RoundState),
  current: z.string().nullable(),
  ended: z.boolean(),
});
export type SessionState = z.infer<typeof SessionState>;

/** Animals for anonymous seats: a class sees "熊猫 · Panda", never a name. */
export const ANIMALS: readonly LocalText[] = [
  ['熊猫', 'Panda'], ['老虎', 'Tiger'], ['海豚', 'Dolphin'], ['企鹅', 'Penguin'], ['狐狸', 'Fox'], ['考拉', 'Koala'],
  ['长颈鹿', 'Giraffe'], ['大象', 'Elephant'], ['猫头鹰', 'Owl'], ['松鼠', 'Squirrel'], ['兔子', 'Rabbit'], ['刺猬', 'Hedgehog'],
  ['海龟', 'Turtle'], ['鲸鱼', 'Whale'], ['孔雀', 'Peacock'], ['骆驼', 'Camel'], ['斑马', 'Zebra'], ['袋鼠', 'Kangaroo'],
  ['水獭', 'Otter'], ['仙鹤', 'Crane'], ['金鱼', 'Goldfish'], ['蜜蜂', 'Bee'], ['蝴蝶', 'Butterfly'], ['海豹', 'Seal'],
  ['狮子', 'Lion'], ['小鹿', 'Deer'], ['浣熊', 'Raccoon'], ['鹦鹉', 'Parrot'], ['青蛙', 'Frog'], ['羊驼', 'Alpaca'],
].map(([zh, en]) => ({ 'zh-CN': zh!, en: en! }));

const fail = (code: ErrorCode, message: string): never => {
  throw new HubError(code, message);
};

export function createSession(deps: HubDeps, mode: Mode, seats: SeatStyle, takenCodes: ReadonlySet<string>): { state: SessionState; secret: string } {
  let code = '';
  for (let tries = 0; tries < 1000 && (code === '' || takenCodes.has(code)); tries++) code = String(100000 + deps.randomInt(900000));
  if (takenCodes.has(code)) fail('full', 'no free join code');
  const secret = deps.token();
  const now = deps.now();
  const state: SessionState = {
    format: FORMAT, rev: 0, code, secretHash: deps.hash(secret), mode, seats, createdAt: now, updatedAt: now,
    level: null, levels: [], seatList: [], rounds: [], current: null, ended: false,
  };
  return { state, secret };
}

export const isHost = (deps: HubDeps, state: SessionState, secret: string): boolean => deps.hash(secret) === state.secretHash;

const touch = (deps: HubDeps, state: SessionState) => {
  state.updatedAt = deps.now();
  state.rev += 1;
};

/** A new secret for a session taken back from the hub's list: the old one stops working. */
export function rekey(deps: HubDeps, state: SessionState): string {
  const secret = deps.token();
  state.secretHash = deps.hash(secret);
  touch(deps, state);
  return secret;
}
const open = (state: SessionState) => {
  if (state.ended) fail('closed', 'this session has ended');
};

export const seatOf = (s: SeatState, style: SeatStyle): Seat => ({ number: s.number, animal: s.animal, style });

/** A new anonymous seat: the next number, an animal not yet taken while any is free. */
export function join(deps: HubDeps, state: SessionState): { seat: SeatState; token: string } {
  open(state);
  if (state.seatList.length >= MAX_SEATS) fail('full', `a session holds at most ${MAX_SEATS} devices`);
  const number = state.seatList.length + 1;
  const taken = new Set(state.seatList.map((s) => s.animal.en));
  const free = ANIMALS.filter((a) => !taken.has(a.en));
  const pool = free.length ? free : ANIMALS;
  const base = pool[deps.randomInt(pool.length)]!;
  // When every animal is out, the second panda is "熊猫 2" / "Panda 2".
  const round = Math.floor(state.seatList.length / ANIMALS.length) + 1;
  const animal = round > 1 && !free.length ? { 'zh-CN': `${base['zh-CN']} ${round}`, en: `${base.en} ${round}` } : base;
  const token = deps.token();
  const now = deps.now();
  const seat: SeatState = { number, animal, tokenHash: deps.hash(token), joinedAt: now, lastSeen: now, progress: null, checks: { A: null, B: null, booster: null } };
  state.seatList.push(seat);
  touch(deps, state);
  return { seat, token };
}

/** The seat a returning device's token belongs to (it keeps the token in its session storage). */
export function findSeat(deps: HubDeps, state: SessionState, token: string): SeatState | undefined {
  const hash = deps.hash(token);
  return state.seatList.find((s) => s.tokenHash === hash);
}

export function setMode(deps: HubDeps, state: SessionState, mode: Mode): void {
  open(state);
  state.mode = mode;
  if (mode === 'self') closeCurrent(state);
  touch(deps, state);
}

/** The level the class plays now; its ids are kept (the last MAX_LEVELS levels) to check progress against. */
export function setLevel(deps: HubDeps, state: SessionState, level: LevelInfo | null): void {
  open(state);
  if (level) {
    const nodes = new Set(level.nodes);
    if (level.decisions.some((d) => !nodes.has(d.node))) fail('bad-message', 'a decision that is not one of the level\'s nodes');
    state.levels = [...state.levels.filter((l) => l.levelId !== level.levelId), structuredClone(level)].slice(-MAX_LEVELS);
  }
  state.level = level && { levelId: level.levelId, title: level.title };
  touch(deps, state);
}

const levelOf = (state: SessionState, levelId: string): LevelInfo | undefined => state.levels.find((l) => l.levelId === levelId);

const currentRound = (state: SessionState): RoundState | undefined => state.rounds.find((r) => r.id === state.current);

function closeCurrent(state: SessionState): void {
  const round = currentRound(state);
  if (round) round.state = 'closed';
  state.current = null;
}

/** Puts a decision or a spot-the-sign round to the class; any round still open closes. */
export function openRound(deps: HubDeps, state: SessionState, spec: RoundSpec): RoundState {
  open(state);
  if (state.mode !== 'live') fail('conflict', 'rounds are for live mode');
  const existing = state.rounds.find((r) => r.id === spec.id);
  if (existing) {
    // The projector reopening its own round after a reload is the same round, votes kept.
    if (existing.state !== 'open') fail('conflict', `round "${spec.id}" was already revealed`);
    state.current = existing.id;
    return existing;
  }
  if (state.rounds.length >= MAX_ROUNDS) fail('full', `a session holds at most ${MAX_ROUNDS} rounds`);
  closeCurrent(state);
  const round: RoundState = { ...structuredClone(spec), state: 'open', openedAt: deps.now(), votes: {}, played: null };
  state.rounds.push(round);
  state.current = round.id;
  touch(deps, state);
  return round;
}

const roundById = (state: SessionState, roundId: string): RoundState =>
  state.rounds.find((r) => r.id === roundId) ?? fail('not-found', `no round "${roundId}"`);

/** A seat's vote: one pick for a decision, any set for a spot-the-sign round; changeable until the reveal. */
export function vote(deps: HubDeps, state: SessionState, seat: SeatState, roundId: string, picks: readonly string[]): void {
  open(state);
  const round = roundById(state, roundId);
  if (round.state !== 'open' || state.current !== round.id) fail('closed', 'voting on this round has closed');
  const ids = new Set(round.options.map((o) => o.id));
  const unique = [...new Set(picks)];
  if (unique.some((p) => !ids.has(p))) fail('bad-message', 'a pick that is not one of the options');
  if (round.kind === 'decision' && unique.length !== 1) fail('bad-message', 'a decision takes exactly one pick');
  round.votes[String(seat.number)] = unique;
  seat.lastSeen = deps.now();
  touch(deps, state);
}

export function counts(round: RoundState): number[] {
  const tally = round.options.map(() => 0);
  const index = new Map(round.options.map((o, i) => [o.id, i]));
  for (const picks of Object.values(round.votes))
    for (const p of picks) {
      const i = index.get(p);
      if (i !== undefined) tally[i]! += 1; // a file from elsewhere may name an option this round lacks
    }
  return tally;
}

/** A seat's picks in a round: an own property only (votes are keyed by seat number, never by a client's string). */
const picksOf = (round: RoundState, seat: number): string[] =>
  Object.prototype.hasOwnProperty.call(round.votes, String(seat)) ? (round.votes[String(seat)] ?? []) : [];

/** The most-voted choice; a tie goes to the one shown first (the order is fixed for the class). */
export function majority(round: RoundState): string {
  const tally = counts(round);
  let best = 0;
  tally.forEach((n, i) => {
    if (n > tally[best]!) best = i;
  });
  return round.options[best]!.id;
}

export function reveal(deps: HubDeps, state: SessionState, roundId: string): RoundState {
  open(state);
  const round = roundById(state, roundId);
  if (round.state === 'closed') fail('closed', 'this round has closed');
  round.state = 'revealed';
  touch(deps, state);
  return round;
}

/** Plays the majority or a chosen option of a decision: recorded, and the round closes. */
export function play(deps: HubDeps, state: SessionState, roundId: string, choice: string): string {
  open(state);
  const round = roundById(state, roundId);
  if (round.kind !== 'decision') fail('conflict', 'only a decision is played');
  if (round.state === 'closed') fail('closed', 'this round has closed');
  const played = choice === 'majority' ? majority(round) : choice;
  if (!round.options.some((o) => o.id === played)) fail('not-found', `no option "${played}"`);
  round.state = 'closed';
  round.played = played;
  if (state.current === round.id) state.current = null;
  touch(deps, state);
  return played;
}

/** Closes the current round: the projector moves on (after a spot-the-sign reveal, or skipping). */
export function advance(deps: HubDeps, state: SessionState): void {
  open(state);
  closeCurrent(state);
  touch(deps, state);
}

export function end(deps: HubDeps, state: SessionState): void {
  closeCurrent(state);
  state.ended = true;
  touch(deps, state);
}

/** A self-paced device says where it is; `since` moves only when the point changes. Every id is one of the level's own. */
export function report(deps: HubDeps, state: SessionState, seat: SeatState, progress: Progress): void {
  open(state);
  const level = levelOf(state, progress.levelId) ?? fail('conflict', `this session does not follow level "${progress.levelId}"`);
  if (!level.nodes.includes(progress.at)) fail('bad-message', `level "${level.levelId}" has no node "${progress.at}"`);
  const decisions = new Map(level.decisions.map((d) => [d.node, d.choices]));
  for (const key of progress.trail) {
    const step = parseStep(key);
    if (!step || !decisions.get(step.node)?.includes(step.choice)) fail('bad-message', `level "${level.levelId}" has no choice "${key}"`);
  }
  const now = deps.now();
  const same = seat.progress && seat.progress.levelId === progress.levelId && seat.progress.at === progress.at && seat.progress.status === progress.status;
  seat.progress = { ...progress, trail: [...progress.trail], since: same ? seat.progress!.since : now };
  seat.lastSeen = now;
  touch(deps, state);
}

/**
 * A device's learning check: taken only in the bank's own ids, the form's whole count, the items
 * missed the form's own. A later sitting of the same form replaces the earlier.
 */
export function check(deps: HubDeps, state: SessionState, seat: SeatState, result: CheckResult, bank: CheckBank): void {
  open(state);
  const items = bank[result.form];
  if (result.total !== items.length) fail('bad-message', `form ${result.form} has ${items.length} items, not ${result.total}`);
  const known = new Set(items);
  const stranger = result.missed.find((id) => !known.has(id));
  if (stranger !== undefined) fail('bad-message', `form ${result.form} has no item "${stranger}"`);
  seat.checks[result.form] = { percent: Math.round((1000 * result.correct) / result.total) / 10, missed: [...result.missed] };
  seat.lastSeen = deps.now();
  touch(deps, state);
}

const mean = (xs: number[]): number | null => (xs.length ? Math.round((10 * xs.reduce((a, b) => a + b, 0)) / xs.length) / 10 : null);

/** One form across the class: how many took it, their mean, the items most missed (counted in a Map). */
function formTally(sittings: readonly Sitting[]): FormTally {
  const known = sittings.filter((s) => s.missed !== null);
  const missed = new Map<string, number>();
  for (const s of known) for (const item of s.missed!) missed.set(item, (missed.get(item) ?? 0) + 1);
  return {
    n: sittings.length,
    percent: mean(sittings.map((s) => s.percent)),
    itemsFrom: known.length,
    missed: [...missed].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_MISSED).map(([item, devices]) => ({ item, devices })),
  };
}

/** Each device's change between two forms, as counts of devices per change (one decimal), lowest first. */
function changes(seats: readonly SeatState[], from: CheckForm, to: CheckForm): Changes {
  const tally = new Map<number, number>();
  for (const s of seats) {
    const [a, b] = [s.checks[from], s.checks[to]];
    if (!a || !b) continue;
    const points = Math.round(10 * (b.percent - a.percent)) / 10;
    tally.set(points, (tally.get(points) ?? 0) + 1);
  }
  return [...tally].sort((x, y) => x[0] - y[0]).map(([points, devices]) => ({ points, devices }));
}

/** The teacher's self-paced view at time `now`: counts, splits, stuck devices, the check's gain. */
export function dashboard(state: SessionState, now: number): Dashboard {
  // Maps, never plain objects, keyed by ids: a choice named "constructor" is counted like any other.
  const at = new Map<string, number>();
  const splits = new Map<string, Map<string, number>>();
  const stuck: Dashboard['stuck'] = [];
  for (const seat of state.seatList) {
    const p = seat.progress;
    if (!p) continue;
    const point = `${p.levelId}/${p.status === 'ended' ? '#end' : p.at}`;
    at.set(point, (at.get(point) ?? 0) + 1);
    for (const step of p.trail.flatMap((key) => parseStep(key) ?? [])) {
      const decision = `${p.levelId}/${step.node}`;
      const choice = step.choice;
      let split = splits.get(decision);
      if (!split) splits.set(decision, (split = new Map()));
      split.set(choice, (split.get(choice) ?? 0) + 1);
    }
    if (p.status === 'playing' && now - p.since >= STUCK_MS) stuck.push({ seat: seat.number, animal: seat.animal, point, minutes: Math.floor((now - p.since) / 60_000) });
  }
  const taken = (form: CheckForm) => formTally(state.seatList.flatMap((s) => (s.checks[form] ? [s.checks[form]] : [])));
  return {
    // Object.fromEntries defines own properties: a key "__proto__" stays a key, never a prototype.
    at: Object.fromEntries(at),
    splits: Object.fromEntries([...splits].map(([k, v]) => [k, Object.fromEntries(v)])),
    stuck: stuck.sort((a, b) => b.minutes - a.minutes || a.seat - b.seat).slice(0, MAX_STUCK),
    checks: { A: taken('A'), B: taken('B'), booster: taken('booster'), gain: changes(state.seatList, 'A', 'B'), kept: changes(state.seatList, 'B', 'booster') },
  };
}

export const hostRound = (round: RoundState): HostRound => ({
  id: round.id, kind: round.kind, levelId: round.levelId, prompt: round.prompt, options: round.options,
  state: round.state, counts: counts(round), voters: Object.keys(round.votes).length, played: round.played,
});

/** The projector's view: bounded (the last rounds, the longest-stuck devices), however long the lesson or big the class. */
const SAVED: Pick<HostView, 'storage' | 'notices'> = { storage: { ok: true, pending: 0, error: null, dir: '' }, notices: [] };

export function hostView(state: SessionState, now: number, connected: number, extra = SAVED): HostView {
  const current = currentRound(state);
  return {
    code: state.code, mode: state.mode, seats: state.seats, level: state.level, joined: state.seatList.length, connected,
    round: current ? hostRound(current) : null,
    history: state.rounds.filter((r) => (r.state === 'closed' || r.state === 'revealed') && r.id !== state.current).slice(-MAX_HISTORY).map(hostRound),
    dashboard: dashboard(state, now),
    ended: state.ended,
    ...extra,
  };
}

export function studentView(state: SessionState, seat: SeatState | undefined): StudentView {
  const current = currentRound(state) ?? lastRevealed(state);
  const round: StudentRound | null = current
    ? {
        id: current.id, kind: current.kind, prompt: current.prompt, options: current.options, state: current.state,
        mine: seat ? picksOf(current, seat.number) : [],
        counts: current.state === 'open' ? null : counts(current),
        played: current.played,
      }
    : null;
  return { mode: state.mode, level: state.level, round, ended: state.ended };
}

/** After a round is played, devices keep showing its result until the next one opens. */
const lastRevealed = (state: SessionState): RoundState | undefined => {
  const last = state.rounds.at(-1);
  return last && last.played !== null ? last : undefined;
};

/** What the teacher downloads: counts only, nothing about any person (not even seat numbers). */
export function summary(state: SessionState, now: number): Summary {
  const board = dashboard(state, now);
  return {
    mode: state.mode,
    devices: state.seatList.length,
    rounds: state.rounds.filter((r) => r.state !== 'open').map(hostRound),
    dashboard: { ...board, stuck: [] },
  };
}
