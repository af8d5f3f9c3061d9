// The map of a level: a layered layout (dagre) of its nodes and arrows, with the nodes no play
// reaches and the dead ends marked. The layout depends only on the level's shape (ids, kinds,
// arrows), so typing in a text field reuses it: `shapeOf` tells when a new layout is needed.
import { Graph, layout } from '@dagrejs/dagre';
import type { Exploration, Level, Node } from '../../core';
import { refsOf } from './edits';

export interface MapNode {
  readonly id: string;
  readonly type: Node['type'];
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface MapEdge {
  readonly from: string;
  readonly to: string;
  readonly points: readonly { readonly x: number; readonly y: number }[];
}

export interface MapLayout {
  readonly nodes: readonly MapNode[];
  readonly edges: readonly MapEdge[];
  readonly width: number;
  readonly height: number;
}

export interface Marks {
  /** Nodes no arrow leads to from the start. */
  readonly unreachable: ReadonlySet<string>;
  /** Nodes where a play stops or goes round for ever: a missing "next", no way to an ending, or no choice offered. */
  readonly deadEnds: ReadonlySet<string>;
}

export const NODE_SIZE = { width: 150, height: 46 } as const;

const edgesOf = (level: Level) => {
  const ids = new Set(level.nodes.map((n) => n.id));
  return refsOf(level).filter((r) => r.from !== undefined && ids.has(r.to)) as { from: string; to: string }[];
};

/** A key that changes exactly when the layout would: node ids and kinds, and the arrows. */
export function shapeOf(level: Level): string {
  return `${level.nodes.map((n) => `${n.id}:${n.type}`).join(',')}|${edgesOf(level).map((e) => `${e.from}>${e.to}`).join(',')}`;
}

export function layoutLevel(level: Level): MapLayout {
  const g = new Graph({ multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: 24, ranksep: 48, marginx: 16, marginy: 16 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of level.nodes) g.setNode(n.id, { ...NODE_SIZE });
  edgesOf(level).forEach((e, i) => g.setEdge(e.from, e.to, {}, `e${i}`));
  layout(g);
  const nodes = level.nodes.map((n): MapNode => {
    const p = g.node(n.id) as { x: number; y: number };
    return { id: n.id, type: n.type, x: p.x, y: p.y, ...NODE_SIZE };
  });
  const edges = g.edges().map((e): MapEdge => ({ from: e.v, to: e.w, points: ((g.edge(e) as { points?: { x: number; y: number }[] }).points ?? []).map((p) => ({ x: p.x, y: p.y })) }));
  const size = g.graph() as { width?: number; height?: number };
  return { nodes, edges, width: size.width ?? 0, height: size.height ?? 0 };
}

/**
 * Unreachable nodes and dead ends, from the arrows alone (so they show while the level is still
 * full of errors), joined with what the engine's exploration found when the level can be played
 * (a decision where no choice is offered, a loop with no way out).
 */
export function marksOf(level: Level, exploration?: Exploration): Marks {
  const byId = new Map(level.nodes.map((n) => [n.id, n]));
  const out = new Map<string, string[]>();
  for (const ref of refsOf(level)) if (ref.from !== undefined) out.set(ref.from, [...(out.get(ref.from) ?? []), ref.to]);

  const reached = new Set<string>();
  const pending = byId.has(level.start) ? [level.start] : [];
  while (pending.length > 0) {
    const id = pending.pop()!;
    if (reached.has(id) || !byId.has(id)) continue;
    reached.add(id);
    pending.push(...(out.get(id) ?? []));
  }
  const unreachable = new Set(level.nodes.filter((n) => !reached.has(n.id)).map((n) => n.id));

  // Which nodes can reach an ending, walking the arrows backwards from the endings.
  const into = new Map<string, string[]>();
  for (const [from, targets] of out) for (const to of targets) into.set(to, [...(into.get(to) ?? []), from]);
  const canEnd = new Set<string>();
  const back = level.nodes.filter((n) => n.type === 'ending').map((n) => n.id);
  while (back.length > 0) {
    const id = back.pop()!;
    if (canEnd.has(id)) continue;
    canEnd.add(id);
    back.push(...(into.get(id) ?? []));
  }
  const deadEnds = new Set<string>();
  for (const n of level.nodes) {
    if (n.type === 'ending') continue;
    const targets = out.get(n.id) ?? [];
    if (targets.length === 0 || targets.some((t) => !byId.has(t)) || !canEnd.has(n.id)) deadEnds.add(n.id);
  }
  for (const id of exploration?.stuckAt ?? []) deadEnds.add(id);
  for (const id of exploration?.noWayOut ?? []) deadEnds.add(id);
  return { unreachable, deadEnds };
}
