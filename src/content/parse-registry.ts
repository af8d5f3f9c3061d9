// The registries as text: parsed with lines and named paths like a level, so a broken registry
// reads `levels/registry/legal.json:12 → law criminal-17 › name: Chinese ("zh-CN") text missing`.
import { Registry, Techniques } from '../core';
import { parseJsonText, validate, type Problem } from './parse-data';

export type ParsedRegistry<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

function parseWith<T>(file: string, text: string, schema: typeof Registry | typeof Techniques): ParsedRegistry<T> {
  const parsed = parseJsonText(file, text);
  if (!parsed.ok) return parsed;
  const result = validate(file, parsed, schema);
  return result.ok ? { ok: true, value: result.value as T } : result;
}

export const parseRegistryText = (file: string, text: string): ParsedRegistry<Registry> => parseWith<Registry>(file, text, Registry);
export const parseTechniquesText = (file: string, text: string): ParsedRegistry<Techniques> => parseWith<Techniques>(file, text, Techniques);
