// The level as a graph of node ids: where each node leads, and the paths the checker's rules
// follow between decisions.
import type { Node } from './schema';
import { unreachable } from './unreachable';

export type NodeLookup = (id: string) => Node | undefined;

/** Follows messages and branches from `from`; the first decision or ending met before a consequence. */
export function skipsConsequence(nodeById: NodeLookup, from: string): string | undefined {
  const seen = new Set<string>();
  const pending = [from];
  while (pending.length > 0) {
    const node = nodeById(pending.pop()!);
    if (!node || seen.has(node.id) || node.type === 'consequence') continue;
    seen.add(node.id);
    if (node.type === 'choice' || node.type === 'ending') return node.id;
    pending.push(...targetsOf(node));
  }
  return undefined;
}

/** The victim's consequence screen `from` leads to with no decision between, if any. */
export function victimScreenAfter(nodeById: NodeLookup, from: string): string | undefined {
  const seen = new Set<string>();
  const pending = [from];
  while (pending.length > 0) {
    const node = nodeById(pending.pop()!);
    if (!node || seen.has(node.id)) continue;
    seen.add(node.id);
    if (node.type === 'consequence') {
      if (node.perspective === 'victim') return node.id;
      continue;
    }
    if (node.type === 'message' || node.type === 'branch') pending.push(...targetsOf(node));
  }
  return undefined;
}

/** An arrow out of a node: where it leads, and the path of the field that says so, within the node. */
export interface Arrow {
  readonly path: readonly (string | number)[];
  readonly to: string;
}

/**
 * Every arrow out of a node, in the file's order. One switch for every reader of a node's links:
 * the checker's walks, the story's graph, the studio's renames and deletes (src/studio/model/edits.ts).
 */
export function arrowsOf(node: Node): Arrow[] {
  switch (node.type) {
    case 'message':
    case 'consequence':
      return [{ path: ['next'], to: node.next }];
    case 'choice':
      return node.choices.map((c, j) => ({ path: ['choices', j, 'next'], to: c.next }));
    case 'branch':
      return [...node.branches.map((b, j) => ({ path: ['branches', j, 'next'], to: b.next })), { path: ['otherwise'], to: node.otherwise }];
    case 'ending':
      return [];
    default:
      return unreachable(node, 'node kind');
  }
}

/** The ids a node leads to. */
export const targetsOf = (node: Node): string[] => arrowsOf(node).map((a) => a.to);
