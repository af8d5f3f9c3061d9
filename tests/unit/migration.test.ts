// Level files outlive versions of the game: today's six levels as format-1 files
// (tests/fixtures/levels-v1/) still open, migrated with a note, and check with no "missing
// field" error (and, for these six, no error at all).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FORMAT_VERSION, migrateLevel, migrateQuiz, renderMessage } from '../../src/core';
import { formatProblem, parseLevel } from '../../src/content/parse-level';
import { parseQuizForm } from '../../src/content/parse-quiz';
import { registry } from '../../src/content/registry';

const DIR = 'tests/fixtures/levels-v1';
const levels = readdirSync(DIR).filter((f) => f.endsWith('.json') && !f.startsWith('quiz')).sort();

describe.each(levels)('format-1 level %s', (file) => {
  const text = readFileSync(`${DIR}/${file}`, 'utf8');
  const data = JSON.parse(text);

  it('is a format-1 file (no formatVersion)', () => {
    expect(data.formatVersion).toBeUndefined();
  });

  it('migrates to format 2: every consequence gets perspective "actor", with a note saying so', () => {
    const migration = migrateLevel(data);
    const migrated = migration.data as any;
    expect(migration.from).toBe(1);
    expect(migrated.formatVersion).toBe(FORMAT_VERSION);
    const consequences = migrated.nodes.filter((n: any) => n.type === 'consequence');
    expect(consequences.length).toBeGreaterThan(0);
    for (const c of consequences) expect(c.perspective).toBe('actor');
    expect(renderMessage(migration.notes[0]!, 'en')).toBe(`format version 1 → 2: ${consequences.length} consequence(s) given perspective "actor"`);
    expect(data.formatVersion).toBeUndefined(); // the input is not changed
  });

  it('opens and checks with no missing-field error (and no error at all)', () => {
    const result = parseLevel(`${DIR}/${file}`, text, registry);
    expect(result.problems.filter((p) => p.code === 'missingField' || p.code === 'missingText')).toEqual([]);
    expect(result.problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p))).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.notes?.length).toBe(1);
  });
});

describe('migration', () => {
  it('leaves a format-2 file as it is, with no notes', () => {
    const v2 = { formatVersion: 2, nodes: [{ type: 'consequence' }] };
    expect(migrateLevel(v2)).toEqual({ data: v2, from: 2, notes: [] });
  });

  it('refuses a newer format, and a version that is not a number', () => {
    expect(migrateLevel({ formatVersion: 9 }).problem).toEqual({ code: 'formatTooNew', params: { version: 9, max: 2 } });
    expect(migrateLevel({ formatVersion: 'two' }).problem?.code).toBe('formatUnknown');
  });

  it('turns the format-1 learning check into a form of "choice" items', () => {
    const text = readFileSync(`${DIR}/quiz-learning-check.json`, 'utf8');
    const migration = migrateQuiz(JSON.parse(text));
    expect(migration.notes[0]?.code).toBe('migratedQuiz');
    const parsed = parseQuizForm('quiz-learning-check.json', text);
    expect(parsed.problems).toEqual([]);
    expect(parsed.ok && parsed.form.items.every((i) => i.kind === 'choice')).toBe(true);
  });
});
