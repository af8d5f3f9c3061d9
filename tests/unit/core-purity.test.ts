// The engine must stay pure: no Phaser, no DOM, no i18next, nothing but zod and itself.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const coreFiles = readdirSync('src/core', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts'))
  .map((f) => join('src/core', f));

/** The problems in one source file: imports other than zod and relative ones, and DOM globals. */
export function impurities(source: string): string[] {
  const found: string[] = [];
  for (const [, spec] of source.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    if (spec && spec !== 'zod' && !spec.startsWith('./')) found.push(`imports "${spec}"`);
  }
  for (const [name] of source.matchAll(/\b(window|document|localStorage|navigator|Phaser|i18next)\b(?=\s*[.([])/g)) found.push(`uses ${name}`);
  return found;
}

describe('src/core', () => {
  it('has engine files to check', () => {
    expect(coreFiles.length).toBeGreaterThanOrEqual(4);
  });

  it.each(coreFiles)('%s imports nothing but zod and core, and touches no DOM', (file) => {
    expect(impurities(readFileSync(file, 'utf8'))).toEqual([]);
  });

  it('catches a forbidden import or DOM use (the check itself can fail)', () => {
    expect(impurities("import Phaser from 'phaser';")).toEqual(['imports "phaser"']);
    expect(impurities("import { t } from '../services/i18n';")).toEqual(['imports "../services/i18n"']);
    expect(impurities('const w = window.innerWidth;')).toEqual(['uses window']);
    expect(impurities("import { z } from 'zod';\nimport { x } from './story';")).toEqual([]);
  });
});
