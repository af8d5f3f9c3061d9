import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem, parseLevel } from '../../src/content/parse-level';
import { registry } from '../../src/content/registry';

const FILE = 'levels/bank-card.json';
const shipped = readFileSync(FILE, 'utf8');

/** Parses a variant of the shipped level and returns its formatted problems. */
function problemsOf(text: string): string[] {
  const result = parseLevel('levels/broken.json', text, registry);
  expect(result.ok).toBe(false);
  return result.problems.map(formatProblem);
}

const edit = (change: (level: any) => void): string => {
  const level = JSON.parse(shipped);
  change(level);
  return JSON.stringify(level, null, 2);
};

describe('parsing a level file', () => {
  it('accepts the shipped level with no problems', () => {
    const result = parseLevel(FILE, shipped, registry);
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('accepts a file that starts with a BOM', () => {
    expect(parseLevel(FILE, `\uFEFF${shipped}`, registry).ok).toBe(true);
  });

  it.each([
    ['an empty file', '', /file is empty/],
    ['a non-object', '[1, 2]', /must be a JSON object \{ … \}, not an array/],
    ['a missing comma', shipped.replace('"case": 1,', '"case": 1'), /^levels\/broken\.json:\d+ → \(whole file\): not valid JSON/],
    ['a trailing comma', shipped.replace('"minutes": 6,', '"minutes": 6,}'), /not valid JSON/],
    ['a full-width comma typed with a Chinese input method', shipped.replace('"case": 1,', '"case": 1，'), /full-width "，" where JSON needs ","/],
    ['a 5 MB file', `{"id": "x", "pad": "${'x'.repeat(5_000_000)}"}`, /5\.0 MB; a level must be under 1 MB/],
  ])('explains %s', (_name, text, message) => {
    expect(problemsOf(text)[0]).toMatch(message);
  });

  it('names the file, line and JSON path of a dangling target', () => {
    const text = edit((l) => (l.nodes[3].choices[1].next = 'n9'));
    expect(problemsOf(text)[0]).toMatch(/^levels\/broken\.json:145 → nodes\[3\]\.choices\[1\]\.next: unknown node "n9"$/);
  });

  it('reports a missing translation by language', () => {
    const text = edit((l) => delete l.nodes[1].text.en);
    expect(problemsOf(text)).toEqual([expect.stringMatching(/→ nodes\[1\]\.text\.en: missing English \("en"\) text$/)]);
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
      const consequence = l.nodes.findIndex((n: any) => n.type === 'consequence');
      l.nodes[consequence].laws.push('criminal-999');
      l.nodes.at(-1).help.push('12345');
      l.nodes[3].choices[2].set = { lentCard: true };
    });
    const problems = problemsOf(text).join('\n');
    expect(problems).toMatch(/laws\[3\]: unknown law "criminal-999"/);
    expect(problems).toMatch(/help\[4\]: unknown help channel "12345"/);
    expect(problems).toMatch(/nodes\[3\]\.choices\[2\]\.set\.lentCard: flag "lentCard" is not declared/);
  });

  it('reports duplicate ids and unreachable nodes', () => {
    const text = edit((l) => {
      l.nodes.push({ ...l.nodes[0], id: 'orphan' });
      l.nodes[2].id = 'ad';
    });
    const problems = problemsOf(text).join('\n');
    expect(problems).toMatch(/nodes\[2\]\.id: duplicate node id "ad"/);
    expect(problems).toMatch(/node "orphan" is unreachable/);
  });

  it('shows the bad value of an id', () => {
    const text = edit((l) => (l.nodes.at(-1).id = 'Safe End'));
    expect(problemsOf(text).join('\n')).toMatch(/\.id: "Safe End": use lower-case letters/);
  });

  it('reports an unknown node type with the types allowed', () => {
    const text = edit((l) => (l.nodes[0].type = 'mesage'));
    expect(problemsOf(text)).toEqual([expect.stringMatching(/nodes\[0\]\.type: unknown node type "mesage": use "message", "choice"/)]);
  });
});
