// The studio's one table of node kinds: the order the menus offer them in, a new node of each kind
// (every required field present and empty, for the form to fill) and the words that name a node in
// the outline and on the map. The model (./edits.ts), the form and the outline (src/screens/studio/)
// read this table and nothing else about kinds; the form draws each kind's fields from the schema.
// A kind missing here is a compile error (the table is typed by the schema's kinds), as it is in the
// engine's switches (src/core/story.ts, graph.ts, check-level.ts). Where a change belongs: docs/architecture.md.
import type { Level, LocalText, Node, NodeOf } from '../../core';

export type NodeType = Node['type'];

interface Kind<T extends NodeType> {
  /** A new node of the kind, for `level`. */
  blank(level: Level, id: string): NodeOf<T>;
  /** The words that name such a node after its id and kind ("d1 · Decision · What do you do?"), if any. */
  words(node: NodeOf<T>): LocalText | undefined;
}

const text = (): LocalText => ({ 'zh-CN': '', en: '' });

export function blankChoice(id: string): NodeOf<'choice'>['choices'][number] {
  return { id, text: text(), kind: 'safe', score: 0, feedback: text(), next: '' };
}

/** In the order the menus offer them. */
export const NODE_KINDS: { readonly [T in NodeType]: Kind<T> } = {
  message: {
    blank: (level, id) => ({ id, type: 'message', from: level.characters.find((c) => c.role === 'contact')?.id ?? level.characters[0]?.id ?? '', text: text(), next: '' }),
    words: (node) => node.text,
  },
  choice: {
    blank: (_level, id) => ({ id, type: 'choice', prompt: text(), choices: [blankChoice('c1'), blankChoice('c2')] }),
    words: (node) => node.prompt,
  },
  consequence: {
    blank: (level, id) => ({ id, type: 'consequence', case: level.case, charge: text(), laws: [], happened: text(), prosecutors: text(), next: '' }),
    words: (node) => node.charge,
  },
  branch: {
    blank: (level, id) => ({ id, type: 'branch', branches: [{ when: [{ flag: Object.keys(level.flags)[0] ?? '', is: true }], next: '' }], otherwise: '' }),
    words: () => undefined,
  },
  ending: {
    blank: (_level, id) => ({ id, type: 'ending', outcome: 'safe', title: text(), text: text(), lessons: [text()], help: [] }),
    words: (node) => node.title,
  },
};

/** Every kind, in the menus' order. */
export const NODE_TYPES = Object.keys(NODE_KINDS) as NodeType[];

/** The kind's entry, for a node of that kind (one cast here, so callers need none). */
const kindOf = <T extends NodeType>(type: T): Kind<T> => NODE_KINDS[type] as unknown as Kind<T>;

/** A new node of a kind, with every required field present and empty, for the form to fill. */
export const blankNode = (level: Level, type: NodeType, id: string): Node => kindOf(type).blank(level, id);

/** The words that name a node after its id and kind, if its kind has any. */
export const nodeWords = (node: Node): LocalText | undefined => kindOf(node.type).words(node as never);
