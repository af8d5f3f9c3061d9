// Every UI string exists in both languages, and none is empty.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import en from '../../src/locales/en.json';
import zhCN from '../../src/locales/zh-CN.json';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

const leaf = (data: unknown, key: string): unknown => key.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], data);

/**
 * Numbers before a plural noun that need no plural form: a range ("0.5 to 1 points"), "{{wrong}} of
 * {{total}} hands", and a draft's node count in the studio (never one: a level has a start and an ending).
 */
const KNOWN_BARE = ['debrief.hands.kept', 'debrief.hands.missedItem'];

/** A plural form's key without its suffix: English says `_one` and `_other`, Chinese `_other` only. */
const PLURAL = /_(zero|one|two|few|many|other)$/;
const base = (key: string) => key.replace(PLURAL, '');

describe('the locale resources', () => {
  it('have the same keys in Chinese and English, plural forms aside', () => {
    expect([...new Set(keys(en).map(base))].sort()).toEqual([...new Set(keys(zhCN).map(base))].sort());
  });

  it('give every count message its plural forms: one and other in English, one form in Chinese', () => {
    const plurals = (data: unknown) => keys(data).filter((k) => PLURAL.test(k)).sort();
    const counted = [...new Set(plurals(en).map(base))];
    expect(plurals(en)).toEqual(counted.flatMap((k) => [`${k}_one`, `${k}_other`]));
    expect(plurals(zhCN)).toEqual(counted.map((k) => `${k}_other`));
    for (const key of [...plurals(en), ...plurals(zhCN)]) expect(leaf(key.endsWith('_one') ? en : zhCN, key), key).toMatch(/\{\{count\}\}/);
  });

  it('say a count with a plural form wherever English needs one (no "{{n}} devices")', () => {
    // A number straight before an English plural noun, outside a plural form, reads "1 devices".
    const bare = keys(en).filter((k) => !PLURAL.test(k) && /\{\{\w+\}\} (devices|votes|hands|items|members|names|messages|minutes|nodes|changes|problems|points)\b/.test(leaf(en, k) as string));
    expect(bare).toEqual(KNOWN_BARE);
  });

  it.each([...new Set([...keys(zhCN), ...keys(en)])])('%s is a non-empty string in each language that has it', (key) => {
    for (const data of [zhCN, en]) {
      if (PLURAL.test(key) && !keys(data).includes(key)) continue; // Chinese has no `_one`
      const value = leaf(data, key);
      expect(typeof value).toBe('string');
      expect((value as string).trim()).not.toBe('');
    }
  });

  it('are the only place scenes get their words from (no Chinese text in scene code)', () => {
    // The error screen is the exception: it must speak even when the languages failed to load.
    const scenes = readdirSync('src/screens', { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts') && !f.endsWith('error-screen.ts'))
      .map((f) => `src/screens/${f}`);
    const withChinese = scenes.filter((f) => /[\u4e00-\u9fff]/.test(readFileSync(f, 'utf8').replace(/\/\/.*$/gm, '')));
    expect(withChinese).toEqual([]);
  });
});
