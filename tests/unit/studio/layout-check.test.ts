import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLevel } from '../../../src/content/parse-level';
import { starsFor } from '../../../src/core';
import { registry } from '../../../src/content/registry';
import { checkDraft, closest, starRule } from '../../../src/studio/model/check';
import { addNode, deleteNode, setField } from '../../../src/studio/model/edits';
import { layoutLevel, marksOf, shapeOf } from '../../../src/studio/model/layout';
import { blankLevel, copyOfLevel, templateLevel } from '../../../src/studio/model/templates';
import { shippedLevel } from '../load';

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

const explorationOf = (id: string) => {
  const parsed = parseLevel(id, readFileSync(`levels/${id}.json`, 'utf8'), registry);
  return parsed.ok ? parsed.exploration.bounds : undefined;
};

describe('the live checker', () => {
  it('names nodes by id in the interface\'s language, with did-you-mean', () => {
    const level = setField(setField(templateLevel(), ['nodes', 0, 'text', 'en'], ''), ['nodes', 0, 'next'], 'dl');
    const zh = checkDraft(level, registry, 'zh-CN').issues.map((i) => `${i.where}：${i.message}`);
    expect(zh).toContain('节点 n1 · 文本：缺少英文');
    expect(zh).toContain('节点 n1 · 下一个：没有 id 为“dl”的节点，是不是“d1”？');
    const en = checkDraft(level, registry, 'en').issues.map((i) => `${i.where}: ${i.message}`);
    expect(en).toContain('node n1 · text: English text missing');
    expect(en).toContain('node n1 · next: no node has the id "dl"; did you mean "d1"?');
  });

  it('says "no next node chosen" once for an empty next', () => {
    const issues = checkDraft(blankLevel(), registry, 'en').issues.filter((i) => i.nodeId === 'n1' && i.path.at(-1) === 'next');
    expect(issues.map((i) => i.message)).toEqual(['no next node chosen yet']);
  });

  it('finds the same score range as the game\'s checker for every shipped level', () => {
    for (const id of ['bank-card', 'free-skin', 'class-video', 'game-boosting', 'new-friend', 'pay-or-post']) {
      const level = shippedLevel(id);
      const report = checkDraft(copyOfLevel(level, id), registry, 'en');
      expect(report.errors, id).toBe(0);
      expect(report.exploration?.bounds).toEqual(explorationOf(id));
    }
  });

  it('gives the score range while texts are still empty, and the star rule', () => {
    const level = setField(templateLevel(), ['title', 'en'], '');
    const report = checkDraft(level, registry, 'en');
    expect(report.errors).toBeGreaterThan(0);
    expect(report.exploration?.bounds).toEqual({ min: -10, max: 10 });
    expect(starRule({ min: -10, max: 10 }, starsFor)).toEqual([{ stars: 1, from: -10 }, { stars: 2, from: -1 }, { stars: 3, from: 7 }]);
  });

  it('guesses only close ids', () => {
    expect(closest('ending-sfe', ['ending-safe', 'n1'])).toBe('ending-safe');
    expect(closest('zzz', ['ending-safe', 'n1'])).toBeUndefined();
  });
});
