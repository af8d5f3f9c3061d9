// UI string keys are typed (src/services/i18n-keys.d.ts): a key missing from src/locales/zh-CN.json
// does not compile. `npm run typecheck` checks this file; an unused @ts-expect-error is itself an
// error there, so if the keys stopped being typed (every string a key again) the check would fail.
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { UiKey } from '../../src/services/i18n';

describe('UI string keys', () => {
  it('are the keys of zh-CN.json, and nothing else', () => {
    const present: UiKey = 'game.title';
    const plural: UiKey = 'vote.votes'; // vote.votes_one and vote.votes_other, chosen by count
    // @ts-expect-error: not a key of zh-CN.json
    const missing: UiKey = 'game.nonexistent';
    expect([present, plural, missing]).toHaveLength(3);
  });

  it('are checked in i18next.t itself too', () => {
    // @ts-expect-error: not a key of zh-CN.json
    const lookup = () => i18next.t('game.nonexistent');
    expect(typeof lookup).toBe('function');
  });
});
