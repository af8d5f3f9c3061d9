// A level's own registry additions resolve before the shared registry: a prosecutor's district
// case and its articles can be cited without changing the game. An id the shared registry already
// has is a clash (the level could silently shadow a shipped law), reported by the checker.
import type { Level, Registry } from './schema';

export interface RegistryClash {
  readonly kind: 'law' | 'case' | 'help';
  readonly id: string | number;
  /** Where the clashing entry sits in the level file. */
  readonly path: readonly (string | number)[];
}

/** The registry a level cites: its own entries first, then the shared ones. */
export function registryFor(level: Pick<Level, 'registry'>, shared: Registry): Registry {
  const local = level.registry;
  if (!local) return shared;
  return {
    laws: [...(local.laws ?? []), ...shared.laws],
    cases: [...(local.cases ?? []), ...shared.cases],
    help: [...(local.help ?? []), ...shared.help],
  };
}

/** The level's registry entries whose id the shared registry already uses. */
export function registryClashes(level: Pick<Level, 'registry'>, shared: Registry): RegistryClash[] {
  const local = level.registry;
  if (!local) return [];
  const laws = new Set(shared.laws.map((l) => l.id));
  const cases = new Set(shared.cases.map((c) => c.number));
  const help = new Set(shared.help.map((h) => h.id));
  return [
    ...(local.laws ?? []).flatMap((l, i) => (laws.has(l.id) ? [{ kind: 'law' as const, id: l.id, path: ['registry', 'laws', i, 'id'] }] : [])),
    ...(local.cases ?? []).flatMap((c, i) => (cases.has(c.number) ? [{ kind: 'case' as const, id: c.number, path: ['registry', 'cases', i, 'number'] }] : [])),
    ...(local.help ?? []).flatMap((h, i) => (help.has(h.id) ? [{ kind: 'help' as const, id: h.id, path: ['registry', 'help', i, 'id'] }] : [])),
  ];
}
