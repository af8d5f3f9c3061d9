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

describe('the locale resources', () => {
  it('have the same keys in Chinese and English', () => {
    expect(keys(en).sort()).toEqual(keys(zhCN).sort());
  });

  it.each(keys(zhCN))('%s is a non-empty string in both languages', (key) => {
    for (const data of [zhCN, en]) {
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
