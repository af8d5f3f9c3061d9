// The ending's discussion prompts: the questions of the decisions a play went through, once each,
// in the order they were met. A rule about the play, so it lives in the engine, next to the trail
// it reads, not in the ending screen.
import type { Level, LocalText } from './schema';
import type { TrailStep } from './trail';

export function discussionPrompts(level: Pick<Level, 'nodes'>, trail: readonly TrailStep[]): LocalText[] {
  const decisions = new Set(trail.map((step) => step.node));
  return [...decisions].flatMap((id) => {
    const node = level.nodes.find((n) => n.id === id);
    return node?.type === 'choice' && node.discussion ? [node.discussion] : [];
  });
}
