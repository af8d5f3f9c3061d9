// The engine must stay pure: no Phaser, no DOM, no i18next, nothing but zod and itself. And
// src/class's rules, which the class hub runs in Node, stay free of the DOM and of the game's screens.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'jsonc-parser';
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

/** The browser side of src/class, listed once (server/tsconfig.json compiles the rest as the hub runs it, without the DOM). */
const classBrowserSide = new Set<string>(
  (parse(readFileSync('server/tsconfig.json', 'utf8')) as { exclude: string[] }).exclude.filter((f) => f.startsWith('../src/class/')).map((f) => f.slice('../'.length)),
);
const classRules = readdirSync('src/class', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts'))
  .map((f) => join('src/class', f))
  .filter((f) => !classBrowserSide.has(f));

/** What keeps a src/class rule from running in the hub: a DOM or browser global, an import of the game's UI side. */
export function hubUnsafe(text: string): string[] {
  const source = text.replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, ''); // comments may name the DOM
  const found: string[] = [];
  for (const [, a, b] of source.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    const spec = a ?? b;
    if (spec && /(?:^|\/)(?:screens|art|studio|content)(?:\/|$)|(?:^|\/)services\/(?!text$)|^(?:phaser|howler)(?:\/|$)/.test(spec)) found.push(`imports "${spec}"`);
  }
  for (const [name] of source.matchAll(/\b(window|document|localStorage|sessionStorage|navigator|location|WebSocket|HTMLElement)\b(?=\s*[.([])/g)) found.push(`uses ${name}`);
  return found;
}

describe("src/class's rules (the hub runs them in Node)", () => {
  it('has rule files to check, and a browser side', () => {
    expect(classRules).toEqual(expect.arrayContaining(['src/class/hub-state.ts', 'src/class/protocol.ts', 'src/class/points.ts']));
    expect(classBrowserSide.has('src/class/client.ts')).toBe(true);
  });

  it.each(classRules)('%s touches no DOM and imports no screen, service or art', (file) => {
    expect(hubUnsafe(readFileSync(file, 'utf8'))).toEqual([]);
  });

  it('catches a DOM use or a UI import (the check itself can fail)', () => {
    expect(hubUnsafe("import { el } from '../screens/shared/element';")).toEqual(['imports "../screens/shared/element"']);
    expect(hubUnsafe("import { t } from '../services/i18n';")).toEqual(['imports "../services/i18n"']);
    expect(hubUnsafe("import { both } from '../services/text';")).toEqual([]); // written for Node too
    expect(hubUnsafe('document.title = name;')).toEqual(['uses document']);
    expect(hubUnsafe('// the hub\'s WebSocket (a comment)\nconst x = 1;')).toEqual([]);
    expect(hubUnsafe("import { z } from 'zod';\nimport type { Level } from '../core';\nimport { x } from './protocol';")).toEqual([]);
  });
});
