// The phrases a player can flag in "spot a sign" mode (src/screens/chat/segments.ts): joined again
// they are the message exactly, in both languages, in every shipped level; every sign is one whole
// segment; and a harmless message has no sign segment, so flagging it can only be a false alarm.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { NodeOf } from '../../src/core';
import { segmentsOf } from '../../src/screens/chat/segments';
import { shippedLevel } from './load';

const ids = readdirSync('levels').filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));

describe('spot-a-sign segments', () => {
  for (const id of ids) {
    it(`${id}: every message reads the same, each sign a whole segment`, () => {
      const level = shippedLevel(id);
      let signs = 0;
      for (const node of level.nodes) {
        if (node.type !== 'message') continue;
        for (const lang of ['zh-CN', 'en'] as const) {
          const segments = segmentsOf(node, lang);
          expect(segments.map((s) => s.text).join(''), `${node.id} (${lang})`).toBe(node.text[lang]);
          const found = segments.filter((s) => s.signIndex !== undefined);
          expect(found.map((s) => s.text), `${node.id} (${lang}) signs`).toEqual(
            found.map((s) => node.signs![s.signIndex!]!.phrase[lang]),
          );
          if (lang === 'zh-CN') signs += found.length;
        }
      }
      expect(signs).toBeGreaterThanOrEqual(3);
    });
  }

  it('cuts after punctuation and keeps the space with the phrase before', () => {
    const node = { id: 'm', type: 'message', from: 'x', next: 'n', text: { 'zh-CN': '你好！我叫小鹿，你呢？', en: 'Hi, I am Lu. You?' }, signs: [{ technique: 'fake-identity', phrase: { 'zh-CN': '我叫小鹿', en: 'I am Lu' } }] } as unknown as NodeOf<'message'>;
    expect(segmentsOf(node, 'en')).toEqual([{ text: 'Hi, ' }, { text: 'I am Lu', signIndex: 0 }, { text: '. ' }, { text: 'You?' }]);
    expect(segmentsOf(node, 'zh-CN')).toEqual([{ text: '你好！' }, { text: '我叫小鹿', signIndex: 0 }, { text: '，' }, { text: '你呢？' }]);
  });
});
