// "Play from here": the level started at any node with the flags and score a play would have on
// arriving there. The story itself walks the plays (the game's own runtime, through its `visit`
// option), so a node kind is stepped in one place only; the first play that passes the node gives
// the flags. The result is an ordinary level whose start is that node and whose starting flags and
// score are those, so the game's chat plays it unchanged, starting its trail with the way there.
import { createStory, type Flags, type Level, type StoryState, type TrailStep } from '../../core';

export interface Arrival {
  readonly flags: Flags;
  readonly score: number;
  /** The decisions taken to get there. */
  readonly trail: readonly TrailStep[];
}

const MAX_STATES = 20_000;

/** Flags and score on arriving at `nodeId` by the shortest play, or undefined if no play reaches it. */
export function arrivalAt(level: Level, nodeId: string): Arrival | undefined {
  let arrival: Arrival | undefined;
  const story = createStory(level, {
    visit: (id, { flags, score, trail }) => {
      if (id === nodeId && !arrival) arrival = { flags: { ...flags }, score, trail: [...trail] };
    },
  });
  /** Each thing the player can do in a state; a way a draft cannot play yet is left out. */
  const next = (state: StoryState): StoryState[] => {
    const takes = state.status === 'consequence' ? [() => story.proceed(state)] : story.choices(state).map((c) => () => story.choose(state, c.id));
    return takes.flatMap((take) => {
      if (arrival) return [];
      try {
        return [take().state];
      } catch {
        return [];
      }
    });
  };
  let first: StoryState;
  try {
    first = story.start().state;
  } catch {
    return arrival;
  }
  // Breadth first, each state's next steps in the order offered: the first arrival is by the fewest decisions.
  const queue: StoryState[] = [first];
  const seen = new Set<string>();
  while (!arrival && queue.length > 0 && seen.size < MAX_STATES) {
    const state = queue.shift()!;
    const key = `${state.at}|${state.status}|${JSON.stringify(state.flags)}`;
    if (seen.has(key) || state.status === 'ended') continue;
    seen.add(key);
    queue.push(...next(state));
  }
  return arrival;
}

/** The level to play from `nodeId`: same nodes, started there with the flags of the way there. */
export function trialLevel(level: Level, nodeId: string, arrival: Arrival | undefined = arrivalAt(level, nodeId)): Level {
  return {
    ...level,
    start: nodeId,
    flags: { ...level.flags, ...(arrival?.flags ?? {}) },
    startScore: arrival?.score ?? level.startScore,
  };
}
