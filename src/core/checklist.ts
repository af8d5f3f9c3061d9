// The rules a level shipped with the game must meet, beyond being valid: each with pass or fail
// and the nodes concerned. The command-line checker reports them (errors for levels/*.json), and
// the studio shows them as a checklist while a level is written.
import { skipsConsequence } from './graph';
import type { Exploration } from './explore';
import type { ChecklistRule } from './messages';
import type { Level } from './schema';

export interface ChecklistItem {
  readonly rule: ChecklistRule;
  readonly pass: boolean;
  /** The nodes the rule is about: those that break it, or, for a count (see countsNodes), those that count. */
  readonly nodeIds: readonly string[];
}

/** Rules whose nodeIds are the nodes that count towards them, not the nodes that break them. */
export const countsNodes = (rule: ChecklistRule): boolean => rule === 'recoveredEnding' || rule === 'threeSigns' || rule === 'twoHarmless';

/** Cases whose topic needs a content note before the level starts (grooming, sextortion, intimate images). */
export const SENSITIVE_CASES: readonly number[] = [3, 4, 5];
export const MIN_DECISIONS = 3;
export const MIN_SIGNS = 3;
export const MIN_HARMLESS = 2;

/** Messages from contacts that carry no sign: flagging one is a false alarm. */
export function harmlessMessages(level: Level): string[] {
  const contacts = new Set(level.characters.filter((c) => c.role === 'contact').map((c) => c.id));
  return level.nodes.flatMap((n) => (n.type === 'message' && contacts.has(n.from) && (n.signs?.length ?? 0) === 0 ? [n.id] : []));
}

export function shippedChecklist(level: Level, exploration: Exploration): ChecklistItem[] {
  const byId = new Map(level.nodes.map((n) => [n.id, n]));
  const nodeById = (id: string) => byId.get(id);

  const shortEndings = [...exploration.fewestDecisions].filter(([, d]) => d < MIN_DECISIONS).map(([id]) => id);
  const recovered = level.nodes.filter((n) => n.type === 'ending' && n.outcome === 'recovered' && exploration.endings.has(n.id)).map((n) => n.id);
  // Giving in under a threat or a trick ("pressure") is no act the law answers: it needs no screen.
  const riskyWithout = level.nodes.flatMap((n) =>
    n.type === 'choice' && !n.pressure && n.choices.some((c) => c.kind === 'risky' && skipsConsequence(nodeById, c.next) !== undefined) ? [n.id] : [],
  );
  const withSigns = level.nodes.flatMap((n) => (n.type === 'message' && (n.signs?.length ?? 0) > 0 ? [n.id] : []));
  const signCount = level.nodes.reduce((sum, n) => sum + (n.type === 'message' ? (n.signs?.length ?? 0) : 0), 0);
  const harmless = harmlessMessages(level);
  const unreadable = level.nodes.flatMap((n) => (n.type === 'consequence' && (!n.perspective || !n.story || !n.takeaway) ? [n.id] : []));

  return [
    { rule: 'threeDecisions', pass: shortEndings.length === 0 && exploration.fewestDecisions.size > 0, nodeIds: shortEndings },
    { rule: 'recoveredEnding', pass: recovered.length > 0, nodeIds: recovered },
    { rule: 'consequenceAfterRisky', pass: riskyWithout.length === 0, nodeIds: riskyWithout },
    { rule: 'contentNote', pass: !SENSITIVE_CASES.includes(level.case) || level.contentNote !== undefined, nodeIds: [] },
    { rule: 'threeSigns', pass: signCount >= MIN_SIGNS, nodeIds: withSigns },
    { rule: 'twoHarmless', pass: harmless.length >= MIN_HARMLESS, nodeIds: harmless },
    { rule: 'readableConsequences', pass: unreadable.length === 0, nodeIds: unreadable },
    { rule: 'threeStarsReachable', pass: exploration.stars.includes(3), nodeIds: [] },
  ];
}
