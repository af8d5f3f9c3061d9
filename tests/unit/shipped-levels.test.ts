// The bar every shipped level meets: the checker finds nothing, and the level has the decisions,
// endings, consequences and teaching material a class needs.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createStory, nextSteps, type Level, type StoryState } from '../../src/core';
import { formatProblem, parseLevel } from '../../src/content/parse-level';
import { registry } from '../../src/content/registry';

const files = readdirSync('levels').filter((f) => f.endsWith('.json')).sort();

/** The number of decisions in every complete play (at most `limit` plays). */
function decisionsPerPlay(level: Level, limit = 20_000): number[] {
  const story = createStory(level);
  const counts: number[] = [];
  const walk = (state: StoryState) => {
    if (counts.length >= limit) return;
    const steps = nextSteps(story, state);
    if (steps.length === 0) counts.push(state.trail.length);
    for (const step of steps) walk(step.state);
  };
  walk(story.start().state);
  return counts;
}

describe.each(files)('levels/%s', (file) => {
  const text = readFileSync(`levels/${file}`, 'utf8');
  const parsed = parseLevel(`levels/${file}`, text, registry);
  const level = parsed.ok ? parsed.level : undefined;

  it('passes the checker with no errors and no warnings', () => {
    expect(parsed.problems.map(formatProblem)).toEqual([]);
    expect(parsed.ok).toBe(true);
  });

  it('points editors at the schema and is named after its id', () => {
    expect(JSON.parse(text).$schema).toBe('./schema/level.schema.json');
    expect(level?.id).toBe(file.replace(/\.json$/, ''));
  });

  it('has at least three decisions in every play, fits a lesson, and gives a prompt for each decision', () => {
    const counts = decisionsPerPlay(level!);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(3);
    expect(level!.minutes).toBeGreaterThanOrEqual(5);
    expect(level!.minutes).toBeLessThanOrEqual(8);
    for (const node of level!.nodes) {
      if (node.type !== 'choice') continue;
      expect(node.discussion, `discussion prompt at "${node.id}"`).toBeDefined();
      for (const choice of node.choices) expect(choice.warningSign, `warning sign on "${node.id}/${choice.id}"`).toBeDefined();
    }
  });

  it('has an "it already happened — what now" ending besides the others, and cites its own case', () => {
    const endings = level!.nodes.filter((n) => n.type === 'ending');
    expect(endings.length).toBeGreaterThanOrEqual(2);
    expect(endings.map((e) => e.type === 'ending' && e.outcome)).toContain('recovered');
    const consequences = level!.nodes.filter((n) => n.type === 'consequence');
    expect(consequences.length).toBeGreaterThanOrEqual(1);
    for (const c of consequences) expect(c.type === 'consequence' && c.case).toBe(level!.case);
  });

  it('warns before a sensitive topic', () => {
    if ([3, 4].includes(level!.case)) expect(level!.contentNote).toBeDefined();
  });
});
