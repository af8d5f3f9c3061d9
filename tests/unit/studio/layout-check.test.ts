import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLevel } from '../../../src/content/parse-level';
import { registry } from '../../../src/content/registry';
import { checkDraft, closest } from '../../../src/studio/model/check';
import { addNode, deleteNode, setField } from '../../../src/studio/model/edits';
import { layoutLevel, marksOf, shapeOf } from '../../../src/studio/model/layout';
import { blankLevel, templateLevel } from '../../../src/studio/model/templates';

describe('the map', () => {
  it('lays every node out in layers, top to bottom, with an arrow for each reference', () => {
    const map = layoutLevel(templateLevel());
    const y = Object.fromEntries(map.nodes.map((n) => [n.id, n.y]));
    expect(y.n1! < y.d1! && y.d1! < y.law! && y.law! < y['end-harmed']!).toBe(true);
    expect(map.edges.map((e) => `${e.from}>${e.to}`).sort()).toEqual(['d1>end-safe', 'd1>law', 'law>end-harmed', 'n1>d1']);
  });

  it('keeps its shape key while only texts change', () => {
    const level = templateLevel();
    expect(shapeOf(setField(level, ['nodes', 0, 'text', 'en'], 'changed'))).toBe(shapeOf(level));
    expect(shapeOf(setField(level, ['nodes', 0, 'next'], 'law'))).not.toBe(shapeOf(level));
  });

  it('marks unreachable nodes and dead ends', () => {
    let level = addNode(templateLevel(), 'message', { id: 'lost' }).level;
    level = deleteNode(level, 'end-harmed');
    const marks = marksOf(level);
    expect([...marks.unreachable]).toEqual(['lost']);
    expect([...marks.deadEnds].sort()).toEqual(['law', 'lost']);
    expect(marksOf(templateLevel()).deadEnds.size).toBe(0);
  });
});

describe('the live checker', () => {
  it('names nodes by id in the interface\'s language, with did-you-mean', () => {
    const level = setField(setField(templateLevel(), ['nodes', 0, 'text', 'en'], ''), ['nodes', 0, 'next'], 'dl');
    const zh = checkDraft(level, registry, 'zh-CN').issues.map((i) => `${i.where}：${i.message}`);
    expect(zh).toContain('节点 n1 › text：英文是空的');
    expect(zh).toContain('节点 n1 › next：未知的节点 "dl"——是不是 "d1"？');
    const en = checkDraft(level, registry, 'en').issues.map((i) => `${i.where}: ${i.message}`);
    expect(en).toContain('node n1 › text: English ("en") text is empty');
    expect(en).toContain('node n1 › next: unknown node "dl" — did you mean "d1"?');
  });

  it('says "no next node chosen" once for an empty next', () => {
    const issues = checkDraft(blankLevel(), registry, 'en').issues.filter((i) => i.nodeId === 'n1' && i.path.at(-1) === 'next');
    expect(issues.map((i) => i.message)).toEqual(['missing field "next"']);
  });

  it('finds the same score range as the game\'s checker for every shipped level that parses', () => {
    const playable = readdirSync('levels').filter((f) => f.endsWith('.json')).flatMap((f) => {
      const parsed = parseLevel(f, readFileSync(`levels/${f}`, 'utf8'), registry);
      return parsed.ok ? [parsed] : [];
    });
    expect(playable.length).toBeGreaterThan(0);
    for (const parsed of playable) {
      const report = checkDraft(parsed.level, registry, 'en');
      expect(report.errors, parsed.level.id).toBe(0);
      expect(report.exploration?.bounds, parsed.level.id).toEqual(parsed.exploration.bounds);
    }
  });

  it('gives the score range while texts are still empty', () => {
    const level = setField(templateLevel(), ['title', 'en'], '');
    const report = checkDraft(level, registry, 'en');
    expect(report.errors).toBeGreaterThan(0);
    expect(report.exploration?.bounds).toEqual({ min: -10, max: 10 });
  });

  it('guesses only close ids', () => {
    expect(closest('ending-sfe', ['ending-safe', 'n1'])).toBe('ending-safe');
    expect(closest('zzz', ['ending-safe', 'n1'])).toBeUndefined();
  });
});

describe('the map of a large level', () => {
  it('lays 500 nodes out in layers (without dagre), every node placed once, arrows from box to box', async () => {
    const { generatedLevel } = await import('../../../bench/studio');
    const { quickLayout } = await import('../../../src/studio/model/layout');
    const level = generatedLevel(500);
    const map = layoutLevel(level);
    expect(map).toEqual(quickLayout(level));
    expect(new Set(map.nodes.map((n) => `${n.x},${n.y}`)).size).toBe(level.nodes.length);
    const y = new Map(map.nodes.map((n) => [n.id, n.y]));
    expect(y.get('m0')! < y.get('d0')! && y.get('d0')! < y.get('c0')!).toBe(true);
    expect(map.edges.length).toBe(level.nodes.filter((n) => n.type !== 'ending').reduce((sum, n) => sum + (n.type === 'choice' ? n.choices.length : 1), 0));
  });
});
