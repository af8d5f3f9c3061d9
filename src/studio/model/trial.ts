// "Play from here": the level started at any node with the flags and score a play would have on
// arriving there. The engine walks the plays (the same runtime the game uses); the first play
// that shows the node gives the flags. The result is an ordinary level whose start is that node
// and whose starting flags and score are those, so the game's chat plays it unchanged.
import { allHold, createStory, nextSteps, type Flags, type Level, type Node, type StoryState } from '../../core';

export interface Arrival {
  readonly flags: Flags;
  readonly score: number;
  /** The decisions taken to get there, as "node/choice". */
  readonly trail: readonly string[];
}

const MAX_STATES = 20_000;

/** Flags and score on arriving at `nodeId` by the shortest play, or undefined if no play reaches it. */
export function arrivalAt(level: Level, nodeId: string): Arrival | undefined {
  const story = createStory(level);
  const byId = new Map(level.nodes.map((n) => [n.id, n]));
  const first = story.start();
  if (level.start === nodeId) return { flags: { ...level.flags }, score: level.startScore, trail: [] };
  // Between two stops the story runs through messages and branches: replay that stretch to know
  // the flags exactly at the node asked for.
  const within = (from: string, flags: Flags, score: number, trail: readonly string[]): Arrival | undefined => {
    let current: Node | undefined = byId.get(from);
    let f = flags;
    const seen = new Set<string>();
    while (current && !seen.has(current.id)) {
      if (current.id === nodeId) return { flags: f, score, trail };
      seen.add(current.id);
      if (current.type === 'message') {
        f = { ...f, ...(current.set ?? {}) };
        current = byId.get(current.next);
      } else if (current.type === 'branch') {
        const taken = current.branches.find((b) => allHold(b.when, f));
        current = byId.get(taken ? taken.next : current.otherwise);
      } else return undefined;
    }
    return undefined;
  };
  const atStart = within(level.start, { ...level.flags }, level.startScore, []);
  if (atStart) return atStart;
  const queue: StoryState[] = [first.state];
  const seen = new Set<string>();
  while (queue.length > 0 && seen.size < MAX_STATES) {
    const state = queue.shift()!;
    const key = `${state.at}|${state.status}|${JSON.stringify(state.flags)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (state.status === 'ended') continue;
    const node = byId.get(state.at);
    if (state.status === 'choosing' && node?.type === 'choice') {
      for (const choice of story.choices(state)) {
        const arrived = within(choice.next, { ...state.flags, ...(choice.set ?? {}) }, state.score + choice.score, [...state.trail, `${node.id}/${choice.id}`]);
        if (arrived) return arrived;
      }
    } else if (state.status === 'consequence' && node?.type === 'consequence') {
      const arrived = within(node.next, state.flags, state.score, state.trail);
      if (arrived) return arrived;
    }
    for (const step of nextSteps(story, state)) queue.push(step.state);
  }
  return undefined;
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
