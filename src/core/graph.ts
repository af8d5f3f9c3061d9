// The level as a graph of node ids: where each node leads, and the paths the checker's rules
// follow between decisions.
import type { Node } from './schema';

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

export function targetsOf(node: Node): string[] {
  switch (node.type) {
    case 'message':
    case 'consequence':
      return [node.next];
    case 'choice':
      return node.choices.map((c) => c.next);
    case 'branch':
      return [...node.branches.map((b) => b.next), node.otherwise];
    case 'ending':
      return [];
  }
}

