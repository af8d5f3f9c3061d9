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
  /** The form's words, as the studio passes them (src/screens/studio/checker-view.ts). */
  const words = (lang: 'zh-CN' | 'en') => ({
    field: (key: string) => (key === 'next' ? (lang === 'en' ? 'Next node' : '下一个节点') : key),
    language: (l: 'zh-CN' | 'en') => (l === 'en' ? (lang === 'en' ? 'English' : '英文') : lang === 'en' ? 'Chinese' : '中文'),
    flagType: (type: string) => type,
  });

  it('words each problem for the form, in the interface\'s language, with did-you-mean and no JSON key or file path', () => {
    const level = setField(setField(templateLevel(), ['nodes', 0, 'text', 'en'], ''), ['nodes', 0, 'next'], 'dl');
    const at = (lang: 'zh-CN' | 'en', last: string) => checkDraft(level, registry, lang, { words: words(lang) }).issues.filter((i) => i.nodeId === 'n1' && i.path.at(-1) === last).map((i) => i.message);
    expect(at('zh-CN', 'en')).toEqual(['英文是空的']);
    expect(at('zh-CN', 'next')).toEqual(['指向的节点“dl”不存在：请从列表中选择一个节点——是不是 "d1"？']);
    expect(at('en', 'en')).toEqual(['the English text is empty']);
    expect(at('en', 'next')).toEqual(['points to a node “dl” that does not exist: choose a node from the list — did you mean "d1"?']);
    const all = checkDraft(setField(level, ['nodes', 2, 'laws'], ['no-such-law']), registry, 'en', { words: words('en') }).issues.map((i) => i.message).join('\n');
    expect(all).not.toMatch(/levels\/registry|"next"|missing field|registry"/);
    expect(all).toContain('the law “no-such-law” is not on the list');
  });

  it('says "fill in Next node" once for an empty next', () => {
    const issues = checkDraft(blankLevel(), registry, 'en', { words: words('en') }).issues.filter((i) => i.nodeId === 'n1' && i.path.at(-1) === 'next');
    expect(issues.map((i) => i.message)).toEqual(['fill in “Next node”']);
  });

  it('calls every placeholder the template leaves an error, and still plays the level through', () => {
    const report = checkDraft(templateLevel(), registry, 'zh-CN');
    const placeholders = report.issues.filter((i) => i.code === 'placeholderText');
    // Every text of the template but the prompt and the two names is a placeholder, in both languages.
    expect(placeholders.length).toBe(2 * 17);
    expect(placeholders.map((i) => i.message)).toContain('这里还是模板的占位文字“（请写：一条要点）”：请写上你自己的内容');
    expect(report.exploration?.bounds).toEqual({ min: -10, max: 10 });
    const written = setField(setField(templateLevel(), ['nodes', 0, 'text', 'zh-CN'], '你好，我是新来的同学。'), ['nodes', 0, 'text', 'en'], 'Hi, I am new in your class.');
    expect(checkDraft(written, registry, 'en').issues.filter((i) => i.code === 'placeholderText' && i.nodeId === 'n1')).toEqual([]);
    // A draft started from the older template is caught too.
    const older = setField(templateLevel(), ['nodes', 3, 'lessons', 0], { 'zh-CN': '（一条要点）', en: '(A lesson)' });
    expect(checkDraft(older, registry, 'en').issues.filter((i) => i.code === 'placeholderText' && i.nodeId === 'end-safe' && i.path.includes('lessons')).length).toBe(2);
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
