// Parsing a level file as the game, the studio and the checker do: syntax, shapes, references,
// with each problem as `file:line → path: message`, the path naming nodes by id, in English or
// Chinese. Variants of a frozen format-1 level (tests/fixtures/levels-v1/bank-card.json), so the
// content's rewrites don't move these tests, and every variant also goes through the migration.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem, parseLevel } from '../../src/content/parse-level';
import { registry } from '../../src/content/registry';

const BASE = 'tests/fixtures/levels-v1/bank-card.json';
const base = readFileSync(BASE, 'utf8');

/** Parses a variant of the base level and returns its formatted problems. */
function problemsOf(text: string, lang = 'en'): string[] {
  const result = parseLevel('levels/broken.json', text, registry);
  expect(result.ok).toBe(false);
  return result.problems.map((p) => formatProblem(p, lang));
}

const edit = (change: (level: any) => void): string => {
  const level = JSON.parse(base);
  change(level);
  return JSON.stringify(level, null, 2);
};
const node = (level: any, id: string) => level.nodes.find((n: any) => n.id === id);

describe('parsing a level file', () => {
  it('accepts the shipped level with no errors', () => {
    const result = parseLevel('levels/bank-card.json', readFileSync('levels/bank-card.json', 'utf8'), registry);
    expect(result.problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p))).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('accepts a format-1 file, migrated, with a note of what changed', () => {
    const result = parseLevel(BASE, base, registry);
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.notes).toEqual([{ code: 'migratedPerspective', params: { count: 3 } }]);
  });

  it('accepts a file that starts with a BOM', () => {
    expect(parseLevel(BASE, `\uFEFF${base}`, registry).ok).toBe(true);
  });

  it.each([
    ['an empty file', '', /file is empty/],
    ['a non-object', '[1, 2]', /must be a JSON object \{ … \}, not a list/],
    ['a missing comma', base.replace('"case": 1,', '"case": 1'), /^levels\/broken\.json:\d+ → \(whole file\): not valid JSON/],
    ['a trailing comma', base.replace('"minutes": 6,', '"minutes": 6,}'), /not valid JSON/],
    ['a full-width comma typed with a Chinese input method', base.replace('"case": 1,', '"case": 1，'), /full-width "，" where JSON needs ","/],
    ['a 5 MB file', `{"id": "x", "pad": "${'x'.repeat(5_000_000)}"}`, /5\.0 MB; a level must be under 1 MB/],
  ])('explains %s', (_name, text, message) => {
    expect(problemsOf(text)[0]).toMatch(message);
  });

  it('names the file, line and the node by its id, and suggests the id meant', () => {
    const text = edit((l) => (node(l, 'offer').choices[1].next = 'pushh'));
    const line = text.split('\n').findIndex((l) => l.includes('"pushh"')) + 1;
    expect(problemsOf(text)[0]).toBe(`levels/broken.json:${line} → node offer › choice ask › next: unknown node "pushh" — did you mean "push"?`);
    expect(problemsOf(text, 'zh-CN')[0]).toBe(`levels/broken.json:${line} → 节点 offer › 选项 ask › next：未知的节点 "pushh"——是不是 "push"？`);
  });

  it('reports a missing translation by language, in the user\'s language', () => {
    const text = edit((l) => delete node(l, 'ad').text.en);
    expect(problemsOf(text)).toEqual([expect.stringMatching(/→ node ad › text › en: English \("en"\) text missing$/)]);
    expect(problemsOf(text, 'zh-CN')).toEqual([expect.stringMatching(/→ 节点 ad › text › en：缺少英文$/)]);
  });

  it('reports an unknown key, a wrong type and a bad enum value', () => {
    const text = edit((l) => {
      l.titel = l.title;
      l.minutes = 'six';
      l.ageBand = '13';
    });
    const problems = problemsOf(text).join('\n');
    expect(problems).toMatch(/→ \(whole file\): unknown key "titel"/);
    expect(problems).toMatch(/→ minutes: expected number, got "six"/);
    expect(problems).toMatch(/→ ageBand: "13" is not allowed: use "10-12", "12-15", "15-17"/);
  });

  it('reports an unknown law, an unknown help channel and an undeclared flag', () => {
    const text = edit((l) => {
      node(l, 'lending-law').laws.push('criminal-999');
      node(l, 'harmed-end').help.push('12345');
      node(l, 'offer').choices[2].set = { usedClasmate: true };
    });
    const problems = problemsOf(text).join('\n');
    expect(problems).toMatch(/node lending-law › laws\[\d\]: unknown law "criminal-999"/);
    expect(problems).toMatch(/node harmed-end › help\[\d\]: unknown help channel "12345"/);
    expect(problems).toMatch(/node offer › choice accept › set › usedClasmate: flag "usedClasmate" is not declared in "flags" — did you mean "usedClassmate"\?/);
  });

  it('reports duplicate ids and unreachable nodes', () => {
    const text = edit((l) => {
      l.nodes.push({ ...l.nodes[0], id: 'orphan' });
      l.nodes[2].id = 'ad';
    });
    const problems = problemsOf(text).join('\n');
    expect(problems).toMatch(/node ad › id: duplicate node id "ad"/);
    expect(problems).toMatch(/node "orphan" is unreachable/);
  });

  it('shows the bad value of an id', () => {
    const text = edit((l) => (l.nodes.at(-1).id = 'Safe End'));
    expect(problemsOf(text).join('\n')).toMatch(/› id: "Safe End": use lower-case letters/);
  });

  it('reports an unknown node type with the types allowed', () => {
    const text = edit((l) => (l.nodes[0].type = 'mesage'));
    expect(problemsOf(text)).toEqual([expect.stringMatching(/node intro › type: unknown node type "mesage": use "message", "choice"/)]);
  });

  it('refuses a file from a newer format, naming both versions', () => {
    const text = edit((l) => (l.formatVersion = 3));
    expect(problemsOf(text)).toEqual([expect.stringMatching(/formatVersion: this file is format version 3, .* reads up to 2/)]);
  });
});
