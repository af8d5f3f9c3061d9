// Messages about data files: one code, the same words in the checker, the game's import and the
// studio, in Chinese and English; ids named, "did you mean" for near misses.
import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance, fill, messageTables, namePath, renderMessage, tableFor } from '../../src/core';

describe('the message tables', () => {
  const [en, zh] = [messageTables.en, messageTables['zh-CN']];

  it.each(['messages', 'checklist', 'words', 'path', 'report'] as const)('have the same %s keys in both languages', (group) => {
    expect(Object.keys(zh[group]).sort()).toEqual(Object.keys(en[group]).sort());
  });

  it('use the same placeholders in both languages', () => {
    for (const group of ['messages', 'report'] as const) {
      for (const [key, template] of Object.entries(en[group])) {
        const names = (t: string) => [...new Set(t.match(/\{\w+\}/g) ?? [])].sort();
        expect(names((zh[group] as Record<string, string>)[key]!), `${group}.${key}`).toEqual(names(template));
      }
    }
  });

  it('have Chinese in every Chinese message', () => {
    for (const [key, template] of Object.entries(zh.messages)) {
      if (key === 'schemaMessage' || key === 'storyFailure') continue; // pass-through of a detail
      expect(template, key).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('fall back to English for an unknown language, to Chinese for any zh', () => {
    expect(tableFor('fr')).toBe(en);
    expect(tableFor('zh')).toBe(zh);
  });
});

describe('rendering a message', () => {
  it('names a missing language as the studio asks: "节点 n3：缺少英文" / "node n3: English text missing"', () => {
    const data = { nodes: [{ id: 'n1' }, { id: 'n2' }, { id: 'n3', text: {} }] };
    const message = { code: 'missingText', params: { lang: '@lang.en' } } as const;
    expect(`${namePath(['nodes', 2], data, 'zh-CN')}：${renderMessage(message, 'zh-CN')}`).toBe('节点 n3：缺少英文');
    expect(`${namePath(['nodes', 2], data, 'en')}: ${renderMessage(message, 'en')}`).toBe('node n3: English ("en") text missing');
  });

  it('joins lists in the language and looks up words', () => {
    expect(fill('{x}', { x: ['a', 'b'] }, 'en')).toBe('a, b');
    expect(fill('{x}', { x: ['a', 'b'] }, 'zh-CN')).toBe('a、b');
    expect(fill('{x}', { x: [] }, 'zh-CN')).toBe('无');
    expect(renderMessage({ code: 'unknownNode', params: { id: 'pushh', suggestion: 'push' } }, 'en')).toBe('unknown node "pushh" — did you mean "push"?');
  });

  it('names entries by id where they have one, and by position where they have none', () => {
    const data = { registry: { cases: [{ number: 101 }] }, nodes: [null] };
    expect(namePath(['registry', 'cases', 0, 'title'], data, 'en')).toBe('registry › case 101 › title');
    expect(namePath(['nodes', 0], data, 'en')).toBe('nodes[0]');
  });
});

describe('did you mean', () => {
  it('measures edits', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('suggests a near id and nothing for a far one', () => {
    expect(didYouMean('lending-lw', ['lending-law', 'real-case'])).toBe('lending-law');
    expect(didYouMean('criminal-287', ['criminal-287-2', 'criminal-17'])).toBe('criminal-287-2');
    expect(didYouMean('xyz', ['lending-law', 'real-case'])).toBeUndefined();
    expect(didYouMean('n9', ['ad', 'n8'])).toBe('n8');
    expect(didYouMean('n9', ['ad', 'dm'])).toBeUndefined(); // two edits in two letters is no slip
  });
});
