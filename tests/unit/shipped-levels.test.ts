// The bar every shipped level meets: the checker finds nothing, and the level has the decisions,
// endings, consequences and teaching material a class needs.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createStory, nextSteps, stepKey, type Level, type StoryState } from '../../src/core';
import { formatProblem, parseLevel } from '../../src/content/parse-level';
import { registry } from '../../src/content/registry';

const files = readdirSync('levels').filter((f) => f.endsWith('.json')).sort();

/** Every complete play of a level, by the engine (at most `limit` plays). */
function allPlays(level: Level, limit = 20_000): StoryState[] {
  const story = createStory(level);
  const finals: StoryState[] = [];
  const walk = (state: StoryState) => {
    if (finals.length >= limit) return;
    const steps = nextSteps(story, state);
    if (steps.length === 0) finals.push(state);
    for (const step of steps) walk(step.state);
  };
  walk(story.start().state);
  return finals;
}

/** Every player-visible string in the file: objects with "zh-CN" and "en". */
function localTexts(value: unknown, path = ''): { path: string; text: Record<string, unknown> }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => localTexts(v, `${path}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  if ('zh-CN' in record || 'en' in record) return [{ path, text: record }];
  return Object.entries(record).flatMap(([k, v]) => localTexts(v, `${path}.${k}`));
}

describe.each(files)('levels/%s', (file) => {
  const source = readFileSync(`levels/${file}`, 'utf8');
  const parsed = parseLevel(`levels/${file}`, source, registry);
  const level = parsed.ok ? parsed.level : undefined;

  it('passes the checker with no errors and no warnings', () => {
    expect(parsed.problems.map(formatProblem)).toEqual([]);
    expect(parsed.ok).toBe(true);
  });

  it('points editors at the schema and is named after its id', () => {
    expect(JSON.parse(source).$schema).toBe('./schema/level.schema.json');
    expect(level?.id).toBe(file.replace(/\.json$/, ''));
  });

  it('ends every play at an ending, after at least three decisions', () => {
    const plays = allPlays(level!);
    expect(plays.length).toBeGreaterThan(0);
    for (const play of plays) {
      const named = play.trail.map(stepKey).join(' → ');
      expect(play.status, `play ${named}`).toBe('ended');
      expect(play.trail.length, `play ${named}`).toBeGreaterThanOrEqual(3);
    }
  });

  it('has every string in both languages, a law on every consequence and help on every ending', () => {
    for (const { path, text } of localTexts(JSON.parse(source))) {
      expect(typeof text['zh-CN'] === 'string' && text['zh-CN'].trim() !== '', `${path} in Chinese`).toBe(true);
      expect(typeof text.en === 'string' && text.en.trim() !== '', `${path} in English`).toBe(true);
    }
    const laws = new Set(registry.laws.map((l) => l.id));
    const help = new Set(registry.help.map((h) => h.id));
    for (const node of level!.nodes) {
      if (node.type === 'consequence') expect(node.laws.length > 0 && node.laws.every((l) => laws.has(l)), node.id).toBe(true);
      if (node.type === 'ending') expect(node.help.length > 0 && node.help.every((h) => help.has(h)), node.id).toBe(true);
    }
    expect(registry.cases.some((c) => c.number === level!.case)).toBe(true);
  });

  it('fits a lesson, and gives a prompt for each decision', () => {
    expect(level!.minutes).toBeGreaterThanOrEqual(5);
    expect(level!.minutes).toBeLessThanOrEqual(8);
    for (const node of level!.nodes) {
      if (node.type !== 'choice') continue;
      expect(node.discussion, `discussion prompt at "${node.id}"`).toBeDefined();
      for (const choice of node.choices) expect(choice.warningSign, `warning sign on "${node.id}/${choice.id}"`).toBeDefined();
    }
  });

  it('has an "it already happened — what now" ending besides the others, and cites its own case and only registered ones', () => {
    const endings = level!.nodes.filter((n) => n.type === 'ending');
    expect(endings.length).toBeGreaterThanOrEqual(2);
    expect(endings.map((e) => e.type === 'ending' && e.outcome)).toContain('recovered');
    const consequences = level!.nodes.filter((n) => n.type === 'consequence');
    expect(consequences.length).toBeGreaterThanOrEqual(1);
    // The level's own case is told on at least one screen; another screen may tell a companion
    // case (e.g. a doxxing case beside a group-chat case), as long as the registry has it.
    const cited = consequences.map((c) => (c.type === 'consequence' ? c.case : 0));
    expect(cited).toContain(level!.case);
    for (const n of cited) expect(registry.cases.some((c) => c.number === n), `case ${n}`).toBe(true);
  });

  it('meets the shipped-level checklist of format 2 (signs, harmless messages, readable consequences, 3 stars reachable)', () => {
    const strict = parseLevel(`levels/${file}`, source, registry, { shipped: true });
    expect(strict.problems.map((p) => formatProblem(p))).toEqual([]);
    expect(strict.ok && strict.checklist.filter((c) => !c.pass)).toEqual([]);
  });

  it('warns before a sensitive topic', () => {
    if ([3, 4].includes(level!.case)) expect(level!.contentNote).toBeDefined();
  });
});
