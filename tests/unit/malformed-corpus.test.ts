// A corpus of malformed level files, one mistake each, and the message the checker must give for
// it: the file, the JSON path and a distinctive part of the message (tests/fixtures/malformed/
// expected.json). Every file is a small variant of tests/fixtures/valid-small.json.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { namePath } from '../../src/core';
import { formatPath, formatProblem, parseLevel, type Problem } from '../../src/content/parse-level';
import { registry } from '../../src/content/registry';

interface Expectation {
  /** The path as people read it, list entries named by id: `node ask › next` or `(whole file)`. */
  readonly path: string;
  /** A distinctive substring of the message. */
  readonly message: string;
}

const DIR = 'tests/fixtures/malformed';

const levelFiles = (dir: string): string[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'expected.json')
    .sort();
const expectations = (dir: string): Record<string, Expectation> => JSON.parse(readFileSync(`${dir}/expected.json`, 'utf8'));

/** Parses a fixture as the game does and returns the result with its errors, formatted. */
function parseFixture(file: string) {
  const result = parseLevel(file, readFileSync(file, 'utf8'), registry);
  const errors = result.problems.filter((p: Problem) => p.severity === 'error').map((p) => formatProblem(p));
  return { result, errors };
}

/** True when a formatted problem names the file, the JSON path, and contains the message. */
const matches = (line: string, file: string, want: Expectation): boolean =>
  (line.startsWith(`${file}:`) || line.startsWith(`${file} `)) && line.includes(` → ${want.path}: `) && line.includes(want.message);

const files = levelFiles(DIR);
const expected = expectations(DIR);

describe('the base of the corpus', () => {
  it('tests/fixtures/valid-small.json parses with no problems', () => {
    const file = 'tests/fixtures/valid-small.json';
    const result = parseLevel(file, readFileSync(file, 'utf8'), registry);
    expect(result.problems.map((p) => formatProblem(p))).toEqual([]);
    expect(result.ok).toBe(true);
  });
});

describe('the malformed-level corpus', () => {
  it('holds at least 30 files', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
  });

  it('has an expectation for every file and a file for every expectation', () => {
    expect(Object.keys(expected).sort()).toEqual(files);
  });

  it('writes every expected path as people read it: nodes by id, never nodes[2]', () => {
    // A sanity check on the expectations themselves.
    const data = { nodes: [{ id: 'hello' }, { id: 'ask', choices: [{ id: 'refuse' }] }] };
    expect(namePath(['nodes', 1, 'choices', 0, 'next'], data, 'en')).toBe('node ask › choice refuse › next');
    expect(namePath(['nodes', 1, 'choices', 0, 'next'], data, 'zh-CN')).toBe('节点 ask › 选项 refuse › next');
    expect(namePath([], data, 'en')).toBe('(whole file)');
    expect(formatPath(['nodes', 3, 'choices', 1, 'next'])).toBe('nodes[3].choices[1].next'); // where no data is at hand
    for (const [name, want] of Object.entries(expected)) {
      if (!name.includes('null')) expect(want.path, name).not.toMatch(/nodes\[\d+\]|choices\[\d+\]/); // a null node has no id to name
      expect(want.message.length, name).toBeGreaterThan(0);
    }
  });

  it.each(files)('%s is refused with the expected message', (name) => {
    const file = `${DIR}/${name}`;
    const want = expected[name];
    expect(want, `no expectation for ${name} in ${DIR}/expected.json`).toBeDefined();
    const { result, errors } = parseFixture(file);
    expect(result.ok).toBe(false);
    expect(errors.length).toBeGreaterThan(0);
    const hit = errors.some((line) => matches(line, file, want!));
    expect(hit, `expected an error "${file}… → ${want!.path}: …${want!.message}…", got:\n${errors.join('\n')}`).toBe(true);
  });
});
