// The shared registry of laws, cases and help channels that levels cite by id.
import { Registry } from '../core';
import { formatPath } from './parse-level';
import data from '../../levels/registry/legal.json';

const REGISTRY_FILE = 'levels/registry/legal.json';

function parseRegistry(input: unknown): Registry {
  const parsed = Registry.safeParse(input);
  if (parsed.success) return parsed.data;
  // Every level depends on the registry, so a broken one stops everything, with messages that
  // say where to look.
  const lines = parsed.error.issues.map((i) => `${REGISTRY_FILE} → ${formatPath(i.path as (string | number)[])}: ${i.message}`);
  throw new Error(`The law registry is broken:\n${lines.join('\n')}`);
}

export const registry: Registry = parseRegistry(data);

export const lawById = (id: string) => registry.laws.find((l) => l.id === id);
export const caseByNumber = (n: number) => registry.cases.find((c) => c.number === n);
export const helpById = (id: string) => registry.help.find((h) => h.id === id);
