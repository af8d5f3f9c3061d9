// The scenario runtime. Like ink's, it is pulled: the UI asks for a state, renders it, and hands
// back the player's intent; the story never calls the UI. States and events are plain data.
import type { MessageCode, Params } from './messages';
import type { Choice, Condition, Conversation, Level, LocalText, Node, NodeOf, Role } from './schema';
import { shuffle, type Seed } from './shuffle';
import type { TrailStep } from './trail';
import { unreachable } from './unreachable';

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
  /** The decisions taken, in order (./trail.ts). */
  readonly trail: readonly TrailStep[];
  /** The conversation the phone shows, when the level has conversations. */
  readonly conversation?: string;
}

export type StoryEvent =
  | { type: 'message'; nodeId: string; from: string; role: Role; name: LocalText; text: LocalText; conversation?: string }
  /** The phone switches to another conversation (also once at the start of a level that has them). */
  | { type: 'conversation'; conversation: Conversation }
  | { type: 'chose'; nodeId: string; choice: Choice; conversation?: string }
  | { type: 'score'; delta: number; score: number }
  | { type: 'consequence'; node: NodeOf<'consequence'> }
  | { type: 'ending'; node: NodeOf<'ending'>; score: number };

export interface Step {
  readonly state: StoryState;
  readonly events: readonly StoryEvent[];
}

export class StoryError extends Error {
  override name = 'StoryError';

  /** The node the error is about, where there is one; and the error as a code for ./messages. */
  constructor(
    message: string,
    readonly nodeId?: string,
    readonly code: MessageCode = 'storyFailure',
    readonly params: Params = { detail: message },
  ) {
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

export interface StoryOptions {
  /**
   * Shuffles the choices at each decision, in an order fixed by this seed and the decision's id.
   * The game passes a fresh seed per play, a class session a fixed one; without it the choices
   * keep the file's order (tests, the checker).
   */
  readonly seed?: Seed;
  /**
   * A play started inside the level (the studio's "play from here"): the decisions that lead to its
   * start. The trail begins with them, so the play is rated as the same play from the level's start.
   */
  readonly before?: readonly TrailStep[];
  /**
   * Called at every node the story passes or stops at, with the state it has there: how the
   * studio finds the flags a play has on arriving at a node, with the game's own stepping.
   */
  readonly visit?: (nodeId: string, state: Pick<StoryState, 'flags' | 'score' | 'trail'>) => void;
}

/** A level made playable: start it, then feed it the player's intents. */
export interface Story {
  readonly level: Level;
  node(id: string): Node;
  start(): Step;
  /** The choices offered at the state's decision (filtered by their conditions), in play order. */
  choices(state: StoryState): Choice[];
  choose(state: StoryState, choiceId: string): Step;
  /** Moves on from a consequence screen. */
  proceed(state: StoryState): Step;
}

export function createStory(level: Level, options: StoryOptions = {}): Story {
  const nodes = new Map(level.nodes.map((n) => [n.id, n]));
  const characters = new Map(level.characters.map((c) => [c.id, c]));
  const conversations = new Map((level.conversations ?? []).map((c) => [c.id, c]));
  const { seed, before = [], visit } = options;
  const orders = new Map<string, Choice[]>();
  /** The decision's choices in this play's order (computed once per decision). */
  const ordered = (decision: NodeOf<'choice'>): Choice[] => {
    if (seed === undefined) return decision.choices;
    let order = orders.get(decision.id);
    if (!order) orders.set(decision.id, (order = shuffle(decision.choices, `${seed}|${decision.id}`)));
    return order;
  };

  const node = (id: string): Node => {
    const found = nodes.get(id);
    if (!found) throw new StoryError(`${level.id}: unknown node "${id}"`, undefined, 'unknownNode', { id });
    return found;
  };

  const withFlags = (flags: Flags, set: Record<string, FlagValue> | undefined): Flags =>
    set ? { ...flags, ...set } : flags;

  /** Follows messages and branches from `from` until the story needs the player. */
  const run = (base: Omit<StoryState, 'at' | 'status'>, from: string, events: StoryEvent[]): Step => {
    let flags = base.flags;
    let current = node(from);
    let conversation = base.conversation;
    /** A node with "conversation" switches the phone there (announced once per switch). */
    const switchTo = (id: string | undefined) => {
      if (id === undefined || id === conversation) return;
      const found = conversations.get(id);
      if (!found) throw new StoryError(`${level.id}: unknown conversation "${id}"`, current.id, 'unknownConversation', { id });
      conversation = id;
      events.push({ type: 'conversation', conversation: found });
    };
    const here = () => ({ ...base, flags, ...(conversation === undefined ? {} : { conversation }) });
    // Between two decisions the story is deterministic: meeting the same node with the same flags
    // again means it will go round for ever.
    const passed = new Set<string>();
    for (let steps = 0; steps < MAX_AUTO_STEPS; steps++) {
      const key = `${current.id}|${JSON.stringify(flags)}`;
      if (passed.has(key)) {
        throw new StoryError(`${level.id}: endless loop: from "${current.id}" the story comes back to "${current.id}" without a decision or an ending`, current.id, 'endlessLoop', { id: current.id });
      }
      passed.add(key);
      visit?.(current.id, here());
      switch (current.type) {
        case 'message': {
          const speaker = characters.get(current.from);
          if (!speaker) throw new StoryError(`${level.id}: unknown character "${current.from}"`, current.id, 'unknownCharacter', { id: current.from });
          switchTo(current.conversation);
          events.push({
            type: 'message', nodeId: current.id, from: current.from, role: speaker.role, name: speaker.name, text: current.text,
            ...(conversation === undefined ? {} : { conversation }),
          });
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
          switchTo(current.conversation);
          return { state: { ...here(), at: current.id, status: 'choosing' }, events };
        case 'consequence':
          events.push({ type: 'consequence', node: current });
          return { state: { ...here(), at: current.id, status: 'consequence' }, events };
        case 'ending':
          events.push({ type: 'ending', node: current, score: base.score });
          return { state: { ...here(), at: current.id, status: 'ended' }, events };
        default:
          return unreachable(current, 'node kind');
      }
    }
    throw new StoryError(`${level.id}: endless loop after node "${from}" (more than ${MAX_AUTO_STEPS} steps without a decision)`, from, 'endlessSteps', { id: from, max: MAX_AUTO_STEPS });
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
    start: () => {
      const events: StoryEvent[] = [];
      const first = level.conversations?.[0];
      if (first) events.push({ type: 'conversation', conversation: first });
      const base = { levelId: level.id, score: level.startScore, flags: { ...level.flags }, trail: [...before], ...(first ? { conversation: first.id } : {}) };
      return run(base, level.start, events);
    },
    choices(state) {
      if (state.status !== 'choosing') return [];
      return ordered(waitingAt(state, 'choice')).filter((c) => allHold(c.when, state.flags));
    },
    choose(state, choiceId) {
      const decision = waitingAt(state, 'choice');
      const choice = story.choices(state).find((c) => c.id === choiceId);
      if (!choice) throw new StoryError(`${level.id}: no choice "${choiceId}" is offered at "${decision.id}"`);
      const score = state.score + choice.score;
      const events: StoryEvent[] = [{ type: 'chose', nodeId: decision.id, choice, ...(state.conversation === undefined ? {} : { conversation: state.conversation }) }];
      if (choice.score !== 0) events.push({ type: 'score', delta: choice.score, score });
      const base = {
        levelId: state.levelId, score, flags: withFlags(state.flags, choice.set), trail: [...state.trail, { node: decision.id, choice: choice.id }],
        ...(state.conversation === undefined ? {} : { conversation: state.conversation }),
      };
      return run(base, choice.next, events);
    },
    proceed(state) {
      const consequence = waitingAt(state, 'consequence');
      return run(state, consequence.next, []);
    },
  };
  return story;
}
