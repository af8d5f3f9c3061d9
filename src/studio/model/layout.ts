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

/**
 * Above this many nodes the map is laid out by `quickLayout`: dagre's crossing reduction grows
 * faster than linearly (500 nodes take over a second in Chromium on a school PC), which would make
 * every changed arrow stall the studio. Every shipped level is far below it.
 */
export const DAGRE_LIMIT = 150;

const GAP = { x: 24, y: 48, margin: 16 } as const;

export function layoutLevel(level: Level): MapLayout {
  return level.nodes.length > DAGRE_LIMIT ? quickLayout(level) : dagreLayout(level);
}

/** dagre's layered layout (network-simplex ranks, crossing reduction, edge routing around nodes). */
export function dagreLayout(level: Level): MapLayout {
  const g = new Graph({ multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: GAP.x, ranksep: GAP.y, marginx: GAP.margin, marginy: GAP.margin });
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
 * A layered layout in linear time for large levels: layers by the longest path from the start
 * (arrows that go back up are left out of the layering, as dagre's acyclic step does), one
 * barycentre pass down and one up to order each layer, nodes unreachable from the start in a
 * last layer. Arrows are drawn straight from the bottom of one box to the top of the next.
 */
export function quickLayout(level: Level): MapLayout {
  const ids = level.nodes.map((n) => n.id);
  const known = new Set(ids);
  const out = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const e of edgesOf(level)) out.get(e.from)!.push(e.to);
  // Depth-first order from the start, to tell arrows back (cycles) from arrows forward.
  const order: string[] = [];
  const state = new Map<string, 1 | 2>();
  const back = new Set<string>();
  const visit = (root: string) => {
    const stack: [string, number][] = [[root, 0]];
    state.set(root, 1);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const targets = out.get(top[0])!;
      if (top[1] < targets.length) {
        const to = targets[top[1]++]!;
        if (state.get(to) === 1) back.add(`${top[0]}>${to}`);
        else if (!state.has(to)) {
          state.set(to, 1);
          stack.push([to, 0]);
        }
      } else {
        state.set(top[0], 2);
        order.push(top[0]);
        stack.pop();
      }
    }
  };
  if (known.has(level.start)) visit(level.start);
  const reached = new Set(order);
  for (const id of ids) if (!state.has(id)) visit(id);
  // Longest path in reverse post-order (a topological order of the forward arrows).
  const rank = new Map<string, number>(ids.map((id) => [id, 0]));
  for (const id of [...order].reverse()) {
    for (const to of out.get(id)!) if (!back.has(`${id}>${to}`)) rank.set(to, Math.max(rank.get(to)!, rank.get(id)! + 1));
  }
  const deepest = Math.max(0, ...[...reached].map((id) => rank.get(id)!));
  for (const id of ids) if (!reached.has(id)) rank.set(id, deepest + 1 + (rank.get(id)! > 0 ? 1 : 0));
  const layers: string[][] = [];
  for (const id of ids) (layers[rank.get(id)!] ??= []).push(id);
  const filled = layers.filter((l) => l !== undefined);
  // Barycentre ordering: each layer by the mean position of its neighbours in the layer above, then below.
  const into = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const [from, targets] of out) for (const to of targets) into.get(to)!.push(from);
  const position = new Map<string, number>();
  filled.forEach((layer) => layer.forEach((id, i) => position.set(id, i)));
  const sweep = (layer: string[], neighbours: Map<string, string[]>) => {
    const score = (id: string) => {
      const ps = neighbours.get(id)!.map((n) => position.get(n)!).filter((p) => p !== undefined);
      return ps.length ? ps.reduce((a, b) => a + b, 0) / ps.length : position.get(id)!;
    };
    const scored = layer.map((id) => [id, score(id)] as const).sort((a, b) => a[1] - b[1]);
    scored.forEach(([id], i) => {
      layer[i] = id;
      position.set(id, i);
    });
  };
  for (let l = 1; l < filled.length; l++) sweep(filled[l]!, into);
  for (let l = filled.length - 2; l >= 0; l--) sweep(filled[l]!, out);
  const widest = Math.max(1, ...filled.map((l) => l.length));
  const rowWidth = (n: number) => n * NODE_SIZE.width + (n - 1) * GAP.x;
  const width = rowWidth(widest) + 2 * GAP.margin;
  const place = new Map<string, { x: number; y: number }>();
  filled.forEach((layer, l) => {
    const left = GAP.margin + (rowWidth(widest) - rowWidth(layer.length)) / 2;
    layer.forEach((id, i) => place.set(id, { x: left + i * (NODE_SIZE.width + GAP.x) + NODE_SIZE.width / 2, y: GAP.margin + l * (NODE_SIZE.height + GAP.y) + NODE_SIZE.height / 2 }));
  });
  const typeOf = new Map(level.nodes.map((n) => [n.id, n.type]));
  return {
    nodes: ids.map((id) => ({ id, type: typeOf.get(id)!, ...place.get(id)!, ...NODE_SIZE })),
    edges: edgesOf(level).map((e) => {
      const a = place.get(e.from)!;
      const b = place.get(e.to)!;
      const down = b.y >= a.y;
      return { from: e.from, to: e.to, points: [{ x: a.x, y: a.y + (down ? 1 : -1) * (NODE_SIZE.height / 2) }, { x: b.x, y: b.y - (down ? 1 : -1) * (NODE_SIZE.height / 2) }] };
    }),
    width,
    height: 2 * GAP.margin + filled.length * (NODE_SIZE.height + GAP.y) - GAP.y,
  };
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
