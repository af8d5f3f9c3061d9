// The shared registries levels cite by id: laws, cases and help channels
// (levels/registry/legal.json), and the manipulation techniques (levels/registry/techniques.json).
// The checker reads the same files as text, for line numbers (./parse-registry.ts).
import { Registry, registryFor, Techniques, type Level, type Technique } from '../core';
import { formatProblem, validate, withoutText } from './parse-data';
import legal from '../../levels/registry/legal.json';
import techniqueData from '../../levels/registry/techniques.json';

export const REGISTRY_FILE = 'levels/registry/legal.json';
export const TECHNIQUES_FILE = 'levels/registry/techniques.json';

/** Every level depends on the registries, so a broken one stops everything, with messages that say where to look. */
function parseOrThrow<T>(file: string, data: unknown, schema: typeof Registry | typeof Techniques): T {
  const result = validate(file, withoutText(data), schema);
  if (result.ok) return result.value as T;
  throw new Error(`${file} is broken:\n${result.problems.map((p) => formatProblem(p)).join('\n')}`);
}

export const registry: Registry = parseOrThrow<Registry>(REGISTRY_FILE, legal, Registry);
export const techniques: readonly Technique[] = parseOrThrow<Techniques>(TECHNIQUES_FILE, techniqueData, Techniques).techniques;

/** Lookups resolve a level's own registry additions first, then the shared registry. */
export const lawById = (id: string, level?: Pick<Level, 'registry'>) => (level ? registryFor(level, registry) : registry).laws.find((l) => l.id === id);
export const caseByNumber = (n: number, level?: Pick<Level, 'registry'>) => (level ? registryFor(level, registry) : registry).cases.find((c) => c.number === n);
export const helpById = (id: string, level?: Pick<Level, 'registry'>) => (level ? registryFor(level, registry) : registry).help.find((h) => h.id === id);
export const techniqueById = (id: string) => techniques.find((t) => t.id === id);
