// Walks every way a level can be played, using the story runtime itself, so the checker, the
// star rating and the tests all judge the level by the same rules the game plays it with.
import type { MessageCode, Params } from './messages';
import { seededRandom, type Seed } from './shuffle';
import { rate, starsAt, startTrack, starsOf, trackChoice, type Stars, type StarTrack } from './stars';
import { StoryError, type Story, type StoryEvent, type StoryState } from './story';

/** Something that stops a play, as a code for ./messages, with the node it is about. */
export interface ExploreFailure {
  readonly code: MessageCode;
  readonly params: Params;
  /** In English, for logs and old callers. */
  readonly message: string;
  readonly nodeId?: string;
}

export interface Exploration {
  /** Ids of nodes some play shows (messages, decisions, consequences, endings). */
  readonly shown: ReadonlySet<string>;
  readonly endings: ReadonlySet<string>;
  /** Lowest and highest final score over all plays. */
  readonly bounds: { readonly min: number; readonly max: number };
  /** Decisions where, with the flags a play can have, no choice is offered. */
  readonly stuckAt: readonly string[];
  /** Nodes from which a play can never reach an ending. */
  readonly noWayOut: readonly string[];
  /** Runtime failures, e.g. an endless loop of messages, with the node each is about. */
  readonly failures: readonly ExploreFailure[];
  /** True when a loop of choices lets the score grow or shrink without limit. */
  readonly unboundedScore: boolean;
  readonly states: number;
  /** The star counts some play earns (./stars.ts), lowest first. */
  readonly stars: readonly Stars[];
  /** For each reachable ending, the fewest decisions a play takes to reach it. */
  readonly fewestDecisions: ReadonlyMap<string, number>;
  /** For each decision some play meets, each distinct set of choice ids it offers (in file order). */
  readonly offered: ReadonlyMap<string, readonly (readonly string[])[]>;
}

interface Edge {
  readonly to: string;
  readonly delta: number;
  /** 1 for a decision, 0 for moving on from a consequence. */
  readonly decisions: 0 | 1;
}

const MAX_STATES = 50_000;

/** A play's place: node, flags, and what the star rule remembers of its choices (./stars.ts). */
interface Place {
  readonly state: StoryState;
  readonly track: StarTrack;
}

const keyOf = ({ state: s, track }: Place): string =>
  `${s.at}|${s.status}|${track.cap}|${track.victim ? 'v' : ''}${track.helped ? 'h' : ''}|${JSON.stringify(Object.entries(s.flags).sort(([a], [b]) => (a < b ? -1 : 1)))}`;

/** The star track after a step: a choice (rated at its decision) moves it, "continue" does not. */
function trackAfter(story: Story, track: StarTrack, events: readonly StoryEvent[]): StarTrack {
  const chose = events.find((e) => e.type === 'chose');
  if (chose?.type !== 'chose') return track;
  const decision = story.node(chose.nodeId);
  return decision.type === 'choice' ? trackChoice(track, rate(story.level, decision, chose.choice)) : track;
}

type Next = { intent: string; state: StoryState; events: readonly StoryEvent[] };

/** Each thing the player can do in a state, not yet done: each offered choice, or "continue". */
function intentsOf(story: Story, state: StoryState): (() => Next)[] {
  if (state.status === 'ended') return [];
  if (state.status === 'consequence') return [() => ({ intent: 'continue', ...story.proceed(state) })];
  return story.choices(state).map((c) => () => ({ intent: c.id, ...story.choose(state, c.id) }));
}

/** One step for each thing the player can do in a state: each offered choice, or "continue". */
export const nextSteps = (story: Story, state: StoryState): Next[] => intentsOf(story, state).map((take) => take());

export function explore(story: Story): Exploration {
  const shown = new Set<string>();
  const endings = new Set<string>();
  const failures = new Map<string, ExploreFailure>();
  const fail = (error: unknown) => {
    const failure = failureOf(error);
    failures.set(failure.message, failure);
  };
  const stuck = new Set<string>();
  const edges = new Map<string, Edge[]>();
  const nodeOfKey = new Map<string, string>();
  const ended = new Set<string>();
  const starsReached = new Set<Stars>();
  const endingOfKey = new Map<string, string>();
  const offered = new Map<string, Map<string, string[]>>();

  const note = (events: readonly StoryEvent[]) => {
    for (const e of events) {
      if (e.type === 'message' || e.type === 'chose') shown.add(e.nodeId);
      if (e.type === 'consequence' || e.type === 'ending') shown.add(e.node.id);
      if (e.type === 'ending') endings.add(e.node.id);
    }
  };

  let first: Place;
  try {
    const begin = story.start();
    note(begin.events);
    first = { state: begin.state, track: startTrack() };
  } catch (error) {
    fail(error);
    return {
      shown, endings, bounds: { min: 0, max: 0 }, stuckAt: [], noWayOut: [], failures: [...failures.values()], unboundedScore: false, states: 0,
      stars: [], fewestDecisions: new Map(), offered: new Map(),
    };
  }

  const queue: Place[] = [first];
  const seen = new Set<string>([keyOf(first)]);
  while (queue.length > 0) {
    if (seen.size > MAX_STATES) {
      fail(new StoryError(`more than ${MAX_STATES} combinations of node and flags: simplify the flags`, undefined, 'tooManyStates', { max: MAX_STATES }));
      break;
    }
    const place = queue.shift()!;
    const { state } = place;
    const key = keyOf(place);
    nodeOfKey.set(key, state.at);
    if (state.status === 'ended') {
      ended.add(key);
      endingOfKey.set(key, state.at);
      const ending = story.node(state.at);
      if (ending.type === 'ending') starsReached.add(starsAt(place.track, ending.outcome));
    }
    const out: Edge[] = [];
    // Each intent on its own, so that one failing choice does not hide the others.
    const steps = intentsOf(story, state).flatMap((take) => {
      try {
        return [take()];
      } catch (error) {
        fail(error);
        return [];
      }
    });
    if (state.status === 'choosing') {
      const ids = story.choices(state).map((c) => c.id);
      if (ids.length === 0) stuck.add(state.at);
      else {
        const sets = offered.get(state.at) ?? new Map<string, string[]>();
        sets.set(ids.join(' '), ids);
        offered.set(state.at, sets);
      }
    }
    for (const step of steps) {
      note(step.events);
      const next: Place = { state: step.state, track: trackAfter(story, place.track, step.events) };
      const to = keyOf(next);
      out.push({ to, delta: step.state.score - state.score, decisions: step.intent === 'continue' ? 0 : 1 });
      if (!seen.has(to)) {
        seen.add(to);
        queue.push(next);
      }
    }
    edges.set(key, out);
  }

  // Which states can still reach an ending (reverse reachability).
  const canEnd = new Set(ended);
  for (let changed = true; changed; ) {
    changed = false;
    for (const [key, out] of edges) {
      if (!canEnd.has(key) && out.some((e) => canEnd.has(e.to))) {
        canEnd.add(key);
        changed = true;
      }
    }
  }
  const noWayOut = new Set<string>();
  for (const key of edges.keys()) if (!canEnd.has(key) && !stuck.has(nodeOfKey.get(key)!)) noWayOut.add(nodeOfKey.get(key)!);

  // Score bounds: best and worst total of deltas from a state to an ending. A loop is cut where
  // it closes; if going round it changes the score, the score has no bound.
  let unboundedScore = false;
  const memo = new Map<string, { min: number; max: number } | null>();
  const onPath = new Set<string>();
  const range = (key: string): { min: number; max: number } | null => {
    if (memo.has(key)) return memo.get(key)!;
    if (ended.has(key)) return { min: 0, max: 0 };
    onPath.add(key);
    let min = Infinity;
    let max = -Infinity;
    for (const edge of edges.get(key) ?? []) {
      if (onPath.has(edge.to)) {
        if (edge.delta !== 0) unboundedScore = true;
        continue;
      }
      const sub = range(edge.to);
      if (!sub) continue;
      min = Math.min(min, edge.delta + sub.min);
      max = Math.max(max, edge.delta + sub.max);
    }
    onPath.delete(key);
    const result = min === Infinity ? null : { min, max };
    memo.set(key, result);
    return result;
  };
  const total = range(keyOf(first));
  const startScore = first.state.score;
  const bounds = total ? { min: startScore + total.min, max: startScore + total.max } : { min: startScore, max: startScore };

  // The fewest decisions to each state (0-1 breadth-first: moving on from a consequence is free).
  const distance = new Map<string, number>([[keyOf(first), 0]]);
  const deque: string[] = [keyOf(first)];
  while (deque.length > 0) {
    const key = deque.shift()!;
    const d = distance.get(key)!;
    for (const edge of edges.get(key) ?? []) {
      const via = d + edge.decisions;
      if (via < (distance.get(edge.to) ?? Infinity)) {
        distance.set(edge.to, via);
        if (edge.decisions === 0) deque.unshift(edge.to);
        else deque.push(edge.to);
      }
    }
  }
  const fewestDecisions = new Map<string, number>();
  for (const [key, endingId] of endingOfKey) {
    const d = distance.get(key);
    if (d !== undefined && d < (fewestDecisions.get(endingId) ?? Infinity)) fewestDecisions.set(endingId, d);
  }

  return {
    shown,
    endings,
    bounds,
    stuckAt: [...stuck],
    noWayOut: [...noWayOut],
    failures: [...failures.values()],
    unboundedScore,
    states: seen.size,
    stars: [...starsReached].sort(),
    fewestDecisions,
    offered: new Map([...offered].map(([id, sets]) => [id, [...sets.values()]])),
  };
}

/** How often plays that pick uniformly at random at every decision end with each number of stars. */
export interface RandomPlays {
  readonly plays: number;
  /** Share of plays (0–1) ending with 0, 1, 2 and 3 stars. */
  readonly shares: readonly [number, number, number, number];
}

/**
 * `plays` plays that pick one of the offered choices at random at every decision (randomness from
 * `seed`, so the figure is the same on every run): the star rate a player who does not read gets.
 */
export function randomPlays(story: Story, { plays, seed }: { plays: number; seed: Seed }): RandomPlays {
  const random = seededRandom(seed);
  const counts = [0, 0, 0, 0];
  for (let play = 0; play < plays; play++) {
    let state = story.start().state;
    for (let step = 0; state.status !== 'ended'; step++) {
      if (step > 500) throw new StoryError('a random play took more than 500 steps', undefined, 'storyFailure', { detail: 'endless play' });
      if (state.status === 'consequence') state = story.proceed(state).state;
      else {
        const choices = story.choices(state);
        state = story.choose(state, choices[Math.floor(random() * choices.length)]!.id).state;
      }
    }
    counts[starsOf(story, state)]!++;
  }
  return { plays, shares: counts.map((n) => n / plays) as unknown as RandomPlays['shares'] };
}

function failureOf(error: unknown): ExploreFailure {
  if (error instanceof StoryError) {
    return { code: error.code, params: error.params, message: error.message.replace(/^[^:]*: /, ''), ...(error.nodeId ? { nodeId: error.nodeId } : {}) };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'storyFailure', params: { detail: message }, message };
}
