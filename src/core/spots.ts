// Spotting the manipulation: the player flags a phrase in a contact's message before answering.
// A right spot earns points (each sign once per play) and unlocks its technique; flagging a
// harmless message is a false alarm and costs a little, because the skill is telling the two
// apart, not suspecting everyone. Pure: the tally is plain data, each spot returns a new one.
import type { Level, NodeOf, Sign } from './schema';
import type { Verdict } from './stars';

export const SPOT_POINTS = { hit: 5, falseAlarm: -2 } as const;

export interface SpotTally {
  /** Signs found, as "nodeId#signIndex", in the order found. */
  readonly hits: readonly string[];
  /** Harmless messages flagged, by node id (each counts once per play). */
  readonly falseAlarms: readonly string[];
  readonly points: number;
}

export type SpotResult =
  | { readonly kind: 'hit'; readonly sign: Sign; readonly signIndex: number; readonly technique: string; readonly points: number }
  /** This sign (or this harmless message) was already flagged in this play: no change. */
  | { readonly kind: 'already'; readonly points: 0 }
  | { readonly kind: 'false-alarm'; readonly points: number }
  /** A part of a manipulative message that is not one of its signs: no points either way. */
  | { readonly kind: 'near'; readonly points: 0 }
  /** Not a contact's message (narrator, system, the player): nothing to flag. */
  | { readonly kind: 'not-flaggable'; readonly points: 0 };

export const emptyTally = (): SpotTally => ({ hits: [], falseAlarms: [], points: 0 });

/** Hits minus false alarms: how well the player tells manipulation from harmless messages. */
export const discernment = (tally: SpotTally): number => tally.hits.length - tally.falseAlarms.length;

/** Whether a message node can be flagged: it comes from a contact. */
export function isFlaggable(level: Level, node: NodeOf<'message'>): boolean {
  return level.characters.some((c) => c.id === node.from && c.role === 'contact');
}

/**
 * The player flags message `nodeId`: on sign `signIndex` (a phrase the UI showed as a span), or on
 * the message or a part of it that is no sign (`signIndex` undefined).
 */
export function spot(level: Level, tally: SpotTally, nodeId: string, signIndex?: number): { tally: SpotTally; result: SpotResult } {
  const node = level.nodes.find((n) => n.id === nodeId);
  if (!node || node.type !== 'message' || !isFlaggable(level, node)) return { tally, result: { kind: 'not-flaggable', points: 0 } };
  const signs = node.signs ?? [];
  if (signs.length === 0) {
    if (tally.falseAlarms.includes(nodeId)) return { tally, result: { kind: 'already', points: 0 } };
    const points = SPOT_POINTS.falseAlarm;
    return { tally: { ...tally, falseAlarms: [...tally.falseAlarms, nodeId], points: tally.points + points }, result: { kind: 'false-alarm', points } };
  }
  const sign = signIndex === undefined ? undefined : signs[signIndex];
  if (!sign) return { tally, result: { kind: 'near', points: 0 } };
  const key = `${nodeId}#${signIndex}`;
  if (tally.hits.includes(key)) return { tally, result: { kind: 'already', points: 0 } };
  const points = SPOT_POINTS.hit;
  return {
    tally: { ...tally, hits: [...tally.hits, key], points: tally.points + points },
    result: { kind: 'hit', sign, signIndex: signIndex!, technique: sign.technique, points },
  };
}

/** The techniques spotted so far in a play (for the field guide), in the order first spotted. */
export function techniquesSpotted(level: Level, tally: SpotTally): string[] {
  const found: string[] = [];
  for (const key of tally.hits) {
    const [nodeId, index] = key.split('#');
    const node = level.nodes.find((n) => n.id === nodeId);
    const technique = node?.type === 'message' ? node.signs?.[Number(index)]?.technique : undefined;
    if (technique && !found.includes(technique)) found.push(technique);
  }
  return found;
}

export interface SignRange {
  readonly start: number;
  readonly end: number;
  readonly signIndex: number;
  readonly technique: string;
}

/** Where each sign's phrase sits in the message text in a language (its first occurrence), by start. */
export function signRanges(node: NodeOf<'message'>, lang: 'zh-CN' | 'en'): SignRange[] {
  return (node.signs ?? [])
    .flatMap((sign, signIndex) => {
      const start = node.text[lang].indexOf(sign.phrase[lang]);
      return start < 0 ? [] : [{ start, end: start + sign.phrase[lang].length, signIndex, technique: sign.technique }];
    })
    .sort((a, b) => a.start - b.start);
}

/**
 * The techniques at a decision ("techniques" on the choice node), split by whether the player
 * spotted a sign of each earlier in this play: the feedback names the one met ("Spotted: fake
 * identity") or missed, in one short line.
 */
export function techniquesAtDecision(level: Level, decisionId: string, tally: SpotTally): { spotted: string[]; missed: string[] } {
  const decision = level.nodes.find((n) => n.id === decisionId);
  const at = decision?.type === 'choice' ? (decision.techniques ?? []) : [];
  const found = new Set(techniquesSpotted(level, tally));
  return { spotted: at.filter((t) => found.has(t)), missed: at.filter((t) => !found.has(t)) };
}

/**
 * The one line after a choice about the technique at play: "met" (spotted, and not taken in),
 * "sawIt" (spotted, and it still worked: said kindly, never a warning beside a green tick),
 * "missed" (not spotted, and a risky choice), or "atPlay" (named, nothing judged — always so for a
 * choice made under a threat or a trick).
 */
export type SpotLine = 'met' | 'sawIt' | 'missed' | 'atPlay';
export function spotLine(spotted: boolean, verdict: Verdict): SpotLine {
  const caught = verdict === 'risky' || verdict === 'pressured';
  if (spotted) return caught ? 'sawIt' : 'met';
  return verdict === 'risky' ? 'missed' : 'atPlay';
}
