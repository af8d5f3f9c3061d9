// A level as the projector gives it to the hub: its title and its own ids (every node, every
// decision's choices). The hub takes a device's progress only in these ids. Pure.
import type { Level } from '../core';
import { type LevelInfo, MAX_LEVEL_DECISIONS, MAX_LEVEL_NODES } from './protocol';

export function levelInfo(level: Level): LevelInfo {
  return {
    levelId: level.id,
    title: level.title,
    nodes: level.nodes.map((n) => n.id).slice(0, MAX_LEVEL_NODES),
    decisions: level.nodes
      .flatMap((n) => (n.type === 'choice' ? [{ node: n.id, choices: n.choices.map((c) => c.id) }] : []))
      .slice(0, MAX_LEVEL_DECISIONS),
  };
}
