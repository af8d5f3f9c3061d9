import { describe, expect, it } from 'vitest';
import { Registry } from '../../src/core';
import { registry } from '../../src/content/registry';

describe('the law registry', () => {
  it('has the six typical cases released on 2023-05-31, and every other case names its source', () => {
    const typical = registry.cases.filter((c) => c.number <= 6);
    expect(typical.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(new Set(typical.map((c) => c.released))).toEqual(new Set(['2023-05-31']));
    // Cases from ../shared/legal/CASES-2.md (201 on): where the facts come from is shown with them.
    for (const c of registry.cases.filter((c) => c.number > 6)) {
      expect(c.number, `case ${c.number}`).toBeGreaterThan(200);
      expect(c.source, `source of case ${c.number}`).toBeDefined();
    }
  });

  it('lists only real help channels', () => {
    expect(registry.help.map((h) => h.id).sort()).toEqual(['110', '12321', '12355', '12377', '96110', 'piyao', 'trusted-adult'].sort());
    for (const number of ['110', '12355', '96110']) expect(registry.help.find((h) => h.id === number)?.contact.en).toBe(number);
  });

  it('presents 12321 as a reporting centre reached online, not a number to call in danger (FACTS.md)', () => {
    const centre = registry.help.find((h) => h.id === '12321')!;
    expect(centre.contact.en).toMatch(/12321\.cn/);
    expect(centre.contact['zh-CN']).not.toBe('12321');
    expect(centre.use.en).toMatch(/010-12321/);
    expect(centre.use['zh-CN']).toMatch(/不是遇到危险时拨打的电话/);
  });

  it('refuses a repeated id, so a citation is never ambiguous', () => {
    const twice = { ...registry, laws: [...registry.laws, registry.laws[0]] };
    const result = Registry.safeParse(twice);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['laws', registry.laws.length], message: expect.stringMatching(/duplicate "criminal-17"/) });
  });
});
