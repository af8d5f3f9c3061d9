// The scenario runtime. Like ink's, it is pulled: the UI asks for a state, renders it, and hands
// back the player's intent; the story never calls the UI. States and events are plain data.
import type { Choice, Condition, Level, LocalText, Node, NodeOf } from './schema';

export type FlagValue = boolean | number;
export type Flags = Readonly<Record<string, FlagValue>>;

export type Status = 'choosing' | 'consequence' | 'ended';

export interface StoryState {
  readonly levelId: string;
  /** The node the story waits at: a choice, a consequence or an ending. */
  readonly at: string;
  readonly status: Status;
  readonly score: number;
  readonly flags: Flags;
  /** Ids of the choices taken, in order, as "node/choice". */
  readonly trail: readonly string[];
}

export type StoryEvent =
  | { type: 'message'; nodeId: string; from: string; role: 'contact' | 'narrator' | 'player'; name: LocalText; text: LocalText }
  | { type: 'chose'; nodeId: string; choice: Choice }
  | { type: 'score'; delta: number; score: number }
  | { type: 'consequence'; node: NodeOf<'consequence'> }
  | { type: 'ending'; node: NodeOf<'ending'>; score: number };

export interface Step {
  readonly state: StoryState;
  readonly events: readonly StoryEvent[];
}

export class StoryError extends Error {
  override name = 'StoryError';

  /** The node the error is about, where there is one. */
  constructor(message: string, readonly nodeId?: string) {
    super(message);
  }
}

/** Steps a story may take between two stops before it is called an endless loop. */
const MAX_AUTO_STEPS = 10_000;

export function testCondition(condition: Condition, flags: Flags): boolean {
  const value = flags[condition.flag];
  if ('is' in condition) return value === condition.is;
  return typeof value === 'number' && value >= condition.atLeast;
}

export const allHold = (when: readonly Condition[] | undefined, flags: Flags): boolean =>
  !when || when.every((c) => testCondition(c, flags));

/** A level made playable: start it, then feed it the player's intents. */
export interface Story {
  readonly level: Level;
  node(id: string): Node;
  start(): Step;
  /** The choices offered at the state's decision (filtered by their conditions). */
  choices(state: StoryState): Choice[];
  choose(state: StoryState, choiceId: string): Step;
  /** Moves on from a consequence screen. */
  proceed(state: StoryState): Step;
}

export function createStory(level: Level): Story {
  const nodes = new Map(level.nodes.map((n) => [n.id, n]));
  const characters = new Map(level.characters.map((c) => [c.id, c]));

  const node = (id: string): Node => {
    const found = nodes.get(id);
    if (!found) throw new StoryError(`${level.id}: unknown node "${id}"`);
    return found;
  };

  const withFlags = (flags: Flags, set: Record<string, FlagValue> | undefined): Flags =>
    set ? { ...flags, ...set } : flags;

  /** Follows messages and branches from `from` until the story needs the player. */
  const run = (base: Omit<StoryState, 'at' | 'status'>, from: string, events: StoryEvent[]): Step => {
    let flags = base.flags;
    let current = node(from);
    // Between two decisions the story is deterministic: meeting the same node with the same flags
    // again means it will go round for ever.
    const passed = new Set<string>();
    for (let steps = 0; steps < MAX_AUTO_STEPS; steps++) {
      const here = `${current.id}|${JSON.stringify(flags)}`;
      if (passed.has(here)) throw new StoryError(`${level.id}: endless loop: from "${current.id}" the story comes back to "${current.id}" without a decision or an ending`, current.id);
      passed.add(here);
      switch (current.type) {
        case 'message': {
          const speaker = characters.get(current.from);
          if (!speaker) throw new StoryError(`${level.id}: unknown character "${current.from}"`);
          events.push({ type: 'message', nodeId: current.id, from: current.from, role: speaker.role, name: speaker.name, text: current.text });
          flags = withFlags(flags, current.set);
          current = node(current.next);
          break;
        }
        case 'branch': {
          const taken = current.branches.find((b) => allHold(b.when, flags));
          current = node(taken ? taken.next : current.otherwise);
          break;
        }
        case 'choice':
          return { state: { ...base, flags, at: current.id, status: 'choosing' }, events };
        case 'consequence':
          events.push({ type: 'consequence', node: current });
          return { state: { ...base, flags, at: current.id, status: 'consequence' }, events };
        case 'ending':
          events.push({ type: 'ending', node: current, score: base.score });
          return { state: { ...base, flags, at: current.id, status: 'ended' }, events };
      }
    }
    throw new StoryError(`${level.id}: endless loop after node "${from}" (more than ${MAX_AUTO_STEPS} steps without a decision)`, from);
  };

  const waitingAt = <T extends Node['type']>(state: StoryState, type: T): NodeOf<T> => {
    const current = node(state.at);
    if (state.levelId !== level.id) throw new StoryError(`state belongs to level "${state.levelId}", not "${level.id}"`);
    if (current.type !== type) throw new StoryError(`${level.id}: the story waits at a ${current.type}, not a ${type}`);
    return current as NodeOf<T>;
  };

  const story: Story = {
    level,
    node,
    start: () => run({ levelId: level.id, score: level.startScore, flags: { ...level.flags }, trail: [] }, level.start, []),
    choices(state) {
      if (state.status !== 'choosing') return [];
      return waitingAt(state, 'choice').choices.filter((c) => allHold(c.when, state.flags));
    },
    choose(state, choiceId) {
      const decision = waitingAt(state, 'choice');
      const choice = story.choices(state).find((c) => c.id === choiceId);
      if (!choice) throw new StoryError(`${level.id}: no choice "${choiceId}" is offered at "${decision.id}"`);
      const score = state.score + choice.score;
      const events: StoryEvent[] = [{ type: 'chose', nodeId: decision.id, choice }];
      if (choice.score !== 0) events.push({ type: 'score', delta: choice.score, score });
      const base = { levelId: state.levelId, score, flags: withFlags(state.flags, choice.set), trail: [...state.trail, `${decision.id}/${choice.id}`] };
      return run(base, choice.next, events);
    },
    proceed(state) {
      const consequence = waitingAt(state, 'consequence');
      return run(state, consequence.next, []);
    },
  };
  return story;
}
