// What a level cites by id, resolved once when the level is loaded (src/screens/shared/catalog.ts),
// against the level's own registry additions first, then the shared registry: the screens read
// cases, laws and help channels from here and never look an id up themselves.
import { registryFor, type Case, type HelpChannel, type Law, type Level } from '../core';
import { registry } from './registry';

export interface LevelReferences {
  /** The real case the level is adapted from. */
  readonly realCase: Case | undefined;
  /** A case by its number (a consequence cites one). */
  caseByNumber(n: number): Case | undefined;
  /** Laws and help channels by id, in the order given, unknown ids left out (the checker names them). */
  laws(ids: readonly string[]): Law[];
  help(ids: readonly string[]): HelpChannel[];
}

export function resolveReferences(level: Pick<Level, 'registry' | 'case'>): LevelReferences {
  const cited = registryFor(level, registry);
  const cases = new Map(cited.cases.map((c) => [c.number, c]));
  const laws = new Map(cited.laws.map((l) => [l.id, l]));
  const help = new Map(cited.help.map((h) => [h.id, h]));
  const pick = <T>(map: ReadonlyMap<string, T>, ids: readonly string[]): T[] => ids.flatMap((id) => map.get(id) ?? []);
  return {
    realCase: cases.get(level.case),
    caseByNumber: (n) => cases.get(n),
    laws: (ids) => pick(laws, ids),
    help: (ids) => pick(help, ids),
  };
}

/** The shared registry alone, for a screen about no one level (the class debrief). */
export const sharedReferences = (): Pick<LevelReferences, 'help'> => ({
  help: (ids) => ids.flatMap((id) => registry.help.find((h) => h.id === id) ?? []),
});

/**
 * The help channels the class debrief always lists, besides those the endings played named: the
 * police, the anti-fraud line, the youth line, the reporting centre, and a trusted adult.
 */
export const EVERYDAY_HELP = ['110', '96110', '12355', '12321', 'trusted-adult'] as const;

const resolved = new WeakMap<Pick<Level, 'registry' | 'case'>, LevelReferences>();

/**
 * A level's references: resolved when the catalog is set (every shipped and imported level, as it
 * is loaded), or on first use for a level that never was in the catalog (one tried from the studio).
 */
export function referencesOf(level: Pick<Level, 'registry' | 'case'>): LevelReferences {
  let references = resolved.get(level);
  if (!references) resolved.set(level, (references = resolveReferences(level)));
  return references;
}
