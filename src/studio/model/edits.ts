// Edits on a level under construction, as pure functions: each takes a level and returns a new one,
// sharing what did not change, so the history can keep every state and undo is a pointer move.
// A draft may be incomplete (empty texts, a "next" not yet chosen); the checker says what is
// missing, the edits never refuse an incomplete level.
import { arrowsOf, type Level, type Node } from '../../core';
import { blankChoice, blankNode, type NodeType } from './node-kinds';

export type Path = readonly (string | number)[];

type Json = Record<string | number, unknown> | unknown[];

/** The value at a path, or undefined. */
export function getIn(value: unknown, path: Path): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/** A copy with the value at `path` replaced; `undefined` removes an object key. Missing objects are made. */
export function setIn<T>(root: T, path: Path, value: unknown): T {
  if (path.length === 0) return value as T;
  const [key, ...rest] = path as [string | number, ...(string | number)[]];
  const base: Json = Array.isArray(root) ? [...root] : typeof root === 'object' && root !== null ? { ...(root as object) } : typeof key === 'number' ? [] : {};
  const next = setIn((base as Record<string | number, unknown>)[key], rest, value);
  if (next === undefined && rest.length === 0 && !Array.isArray(base)) delete (base as Record<string | number, unknown>)[key];
  else (base as Record<string | number, unknown>)[key] = next;
  return base as T;
}

/** A reference from one place in the level to a node: the start, a "next", a branch, "otherwise". */
export interface Ref {
  readonly path: Path;
  /** The node the reference is in, or undefined for the level's start. */
  readonly from?: string;
  readonly to: string;
}

export function refsOf(level: Level): Ref[] {
  const refs: Ref[] = [{ path: ['start'], to: level.start }];
  level.nodes.forEach((node, i) => {
    for (const arrow of arrowsOf(node)) refs.push({ path: ['nodes', i, ...arrow.path], from: node.id, to: arrow.to });
  });
  return refs;
}

/** The nodes whose "next" (or a choice's, or a branch's) leads to `id`; "start" stands for the level's start. */
export function leadsTo(level: Level, id: string): string[] {
  return [...new Set(refsOf(level).filter((r) => r.to === id).map((r) => r.from ?? 'start'))];
}

export const indexOfNode = (level: Level, id: string): number => level.nodes.findIndex((n) => n.id === id);

/** The first free id of the form n1, n2, … (or prefix1, …). */
export function freeId(taken: Iterable<string>, prefix = 'n'): string {
  const used = new Set(taken);
  for (let i = 1; ; i++) if (!used.has(`${prefix}${i}`)) return `${prefix}${i}`;
}

export interface Added {
  readonly level: Level;
  readonly id: string;
}

/**
 * Adds a node. With `from`, the path of a reference (a "next", a choice's "next", "start"), the
 * reference is pointed at the new node: "new node here".
 */
export function addNode(level: Level, type: NodeType, options: { id?: string; from?: Path } = {}): Added {
  const id = options.id ?? freeId(level.nodes.map((n) => n.id));
  if (level.nodes.some((n) => n.id === id)) throw new Error(`a node "${id}" already exists`);
  let next: Level = { ...level, nodes: [...level.nodes, blankNode(level, type, id)] };
  if (options.from) next = setIn(next, options.from, id);
  if (!next.start) next = { ...next, start: id };
  return { level: next, id };
}

/** Replaces a node's fields (the id stays: rename with renameNode). */
export function updateNode(level: Level, id: string, change: (node: Node) => Node): Level {
  const i = indexOfNode(level, id);
  if (i < 0) throw new Error(`no node "${id}"`);
  const nodes = [...level.nodes];
  nodes[i] = { ...change(nodes[i]!), id };
  return { ...level, nodes };
}

/** Changes a node's kind, keeping its id and the fields both kinds share (text, next). */
export function changeType(level: Level, id: string, type: NodeType): Level {
  return updateNode(level, id, (old) => {
    if (old.type === type) return old;
    const fresh = blankNode(level, type, id) as Record<string, unknown>;
    for (const [key, value] of Object.entries(old)) if (key !== 'type' && key in fresh) fresh[key] = value;
    return fresh as Node;
  });
}

/**
 * Removes a node. References to it are emptied (the checker then names each as missing), never
 * pointed elsewhere in silence; `leadsTo` tells the UI whom to mention before it confirms.
 */
export function deleteNode(level: Level, id: string): Level {
  let next: Level = { ...level, nodes: level.nodes.filter((n) => n.id !== id) };
  for (const ref of refsOf(next)) if (ref.to === id) next = setIn(next, ref.path, '');
  return next;
}

/** Why a node id cannot be used, or undefined when it can. */
export function badNodeId(level: Level, id: string, except?: string): string | undefined {
  if (!/^[a-z0-9][a-z0-9_-]*$/.test(id)) return 'format';
  if (id !== except && level.nodes.some((n) => n.id === id)) return 'taken';
  return undefined;
}

/** Renames a node; every reference to it (start, next, choices, branches, otherwise) follows. */
export function renameNode(level: Level, from: string, to: string): Level {
  if (from === to) return level;
  const problem = badNodeId(level, to, from);
  if (problem) throw new Error(problem === 'taken' ? `a node "${to}" already exists` : `"${to}" is not a valid id`);
  let next = updateNode(level, from, (n) => n);
  const i = indexOfNode(next, from);
  next = setIn(next, ['nodes', i, 'id'], to);
  for (const ref of refsOf(next)) if (ref.to === from) next = setIn(next, ref.path, to);
  return next;
}

export function addChoice(level: Level, nodeId: string): Level {
  return updateNode(level, nodeId, (node) => {
    if (node.type !== 'choice') return node;
    return { ...node, choices: [...node.choices, blankChoice(freeId(node.choices.map((c) => c.id), 'c'))] };
  });
}

export function removeChoice(level: Level, nodeId: string, index: number): Level {
  return updateNode(level, nodeId, (node) => (node.type === 'choice' ? { ...node, choices: node.choices.filter((_, i) => i !== index) } : node));
}

/** Sets a field anywhere in the level, by path: what every form field does. */
export const setField = (level: Level, path: Path, value: unknown): Level => setIn(level, path, value);

/** Appends to a list field (lessons, laws, help, objectives…), making it if absent. */
export function appendTo(level: Level, path: Path, item: unknown): Level {
  const list = getIn(level, path);
  return setIn(level, path, [...(Array.isArray(list) ? list : []), item]);
}

export function removeAt(level: Level, path: Path, index: number): Level {
  const list = getIn(level, path);
  if (!Array.isArray(list)) return level;
  const next = list.filter((_, i) => i !== index);
  return setIn(level, path, next);
}

/** Renames a character; every message from it follows. */
export function renameCharacter(level: Level, from: string, to: string): Level {
  if (from === to) return level;
  if (level.characters.some((c) => c.id === to)) throw new Error(`a character "${to}" already exists`);
  return {
    ...level,
    characters: level.characters.map((c) => (c.id === from ? { ...c, id: to } : c)),
    nodes: level.nodes.map((n) => (n.type === 'message' && n.from === from ? { ...n, from: to } : n)),
  };
}

/** Flags the level uses, declared or not, so a form can offer them. */
export const flagNames = (level: Level): string[] => Object.keys(level.flags ?? {});
