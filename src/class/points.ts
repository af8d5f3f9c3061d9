// The teacher's self-paced view speaks of a level's content, not of its node ids: the hub knows
// only "bank-card/offer" and "offer/refuse"; the page resolves them through the level the game has
// (the decision's prompt, the choice's words, the scene a device is at). Pure: no DOM, no i18next,
// both languages kept, so the screen, the debrief, the printable page and the CSV share it.
import type { Level, LocalText } from '../core';
import type { Dashboard } from './protocol';

/** The levels this page knows, by id (a level not found is shown by its id). */
export type LevelLookup = (levelId: string) => Level | undefined;

export type PointKind = 'decision' | 'message' | 'consequence' | 'ending' | 'finished' | 'unknown';

export interface PointLabel {
  kind: PointKind;
  /** The words to show (a prompt, a message, a charge, an ending's title); null for finished or unknown. */
  text: LocalText | null;
  /** The node id, for a point the level does not have (another PC's level, a changed file). */
  id: string;
}

const CLIP = 90;
const clip = (text: string) => (text.length > CLIP ? `${text.slice(0, CLIP - 1)}…` : text);
const clipped = (text: LocalText): LocalText => ({ 'zh-CN': clip(text['zh-CN']), en: clip(text.en) });

/** What a device waiting at `nodeId` is looking at ("#end": it finished the level). */
export function describePoint(level: Level | undefined, nodeId: string): PointLabel {
  if (nodeId === '#end') return { kind: 'finished', text: null, id: nodeId };
  const node = level?.nodes.find((n) => n.id === nodeId);
  switch (node?.type) {
    case 'choice':
      return { kind: 'decision', text: node.prompt, id: nodeId };
    case 'message':
      return { kind: 'message', text: clipped(node.text), id: nodeId };
    case 'consequence':
      return { kind: 'consequence', text: node.charge, id: nodeId };
    case 'ending':
      return { kind: 'ending', text: node.title, id: nodeId };
    default:
      return { kind: 'unknown', text: null, id: nodeId };
  }
}

/** n of total as a whole percentage (0 when nobody answered): every split's bars and shares. */
export const shareOf = (n: number, total: number): number => (total > 0 ? Math.round((100 * n) / total) : 0);

/** A "levelId/rest" key of the dashboard, cut at its first slash (node ids have none). */
export const splitKey = (key: string): [string, string] => {
  const cut = key.indexOf('/');
  return cut < 0 ? [key, ''] : [key.slice(0, cut), key.slice(cut + 1)];
};

export interface PointCount {
  label: PointLabel;
  devices: number;
}

export interface LevelPoints {
  levelId: string;
  /** The level's title, or null when this page does not have the level. */
  title: LocalText | null;
  points: PointCount[];
}

/** Where the devices are, grouped by level, in the level's own order of nodes (finished last). */
export function pointsByLevel(at: Dashboard['at'], lookup: LevelLookup): LevelPoints[] {
  const groups = new Map<string, LevelPoints>();
  for (const [key, devices] of Object.entries(at)) {
    const [levelId, nodeId] = splitKey(key);
    const level = lookup(levelId);
    let group = groups.get(levelId);
    if (!group) groups.set(levelId, (group = { levelId, title: level?.title ?? null, points: [] }));
    group.points.push({ label: describePoint(level, nodeId), devices });
  }
  for (const group of groups.values()) {
    const order = new Map(lookup(group.levelId)?.nodes.map((n, i) => [n.id, i]));
    const rank = (p: PointCount) => (p.label.kind === 'finished' ? Infinity : (order.get(p.label.id) ?? Infinity - 1));
    group.points.sort((a, b) => rank(a) - rank(b));
  }
  return [...groups.values()];
}

/** A count by id, own properties only: a choice named "constructor" is never Object's constructor. */
const ownCount = (counts: Record<string, number>, id: string): number => (Object.prototype.hasOwnProperty.call(counts, id) ? (counts[id] ?? 0) : 0);

export interface DecisionSplit {
  levelId: string;
  levelTitle: LocalText | null;
  nodeId: string;
  /** The decision's prompt, or null when this page does not have the level. */
  prompt: LocalText | null;
  /** Every choice of the decision in the level's order (none taken: 0), then any the level lacks. */
  options: { id: string; text: LocalText | null; devices: number }[];
}

/** The self-paced split at each decision, in words: the class's real answers for the debrief. */
export function decisionSplits(splits: Dashboard['splits'], lookup: LevelLookup): DecisionSplit[] {
  return Object.entries(splits).map(([key, split]) => {
    const [levelId, nodeId] = splitKey(key);
    const level = lookup(levelId);
    const node = level?.nodes.find((n) => n.id === nodeId);
    const choices = node?.type === 'choice' ? node.choices : [];
    const known = new Set(choices.map((c) => c.id));
    return {
      levelId,
      levelTitle: level?.title ?? null,
      nodeId,
      prompt: node?.type === 'choice' ? node.prompt : null,
      options: [
        ...choices.map((c) => ({ id: c.id, text: c.text, devices: ownCount(split, c.id) })),
        ...Object.entries(split).filter(([id]) => !known.has(id)).map(([id, devices]) => ({ id, text: null, devices })),
      ],
    };
  });
}
