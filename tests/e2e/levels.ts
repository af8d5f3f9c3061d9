// The shipped levels, read from levels/*.json, as the end-to-end tests need them.
import { readdirSync, readFileSync } from 'node:fs';

export interface ShippedLevel {
  /** The file's name without ".json"; the build names the level's chunk after it. */
  file: string;
  id: string;
  title: Record<string, string>;
  contentNote?: Record<string, string>;
  ageBand: '10-12' | '12-15' | '15-17';
}

export const shippedLevels: ShippedLevel[] = readdirSync('levels')
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ ...(JSON.parse(readFileSync(`levels/${f}`, 'utf8')) as Omit<ShippedLevel, 'file'>), file: f.replace(/\.json$/, '') }));
