// The field guide's save (src/services/handbook-store.ts): a technique unlocks once and gathers the
// levels where it was met; a save that cannot be read, or of another format version, starts empty.
import { beforeEach, describe, expect, it } from 'vitest';
import { handbookEntry, loadHandbook, resetHandbook, unlockTechnique } from '../../src/services/handbook-store';

const stored = new Map<string, string>();
Object.defineProperty(globalThis, 'localStorage', {
  configurable: true,
  value: { getItem: (k: string) => stored.get(k) ?? null, setItem: (k: string, v: string) => void stored.set(k, v), removeItem: (k: string) => void stored.delete(k) },
});

describe('handbook store', () => {
  beforeEach(() => resetHandbook());

  it('unlocks a technique once and adds each level where it is met again', () => {
    expect(handbookEntry(loadHandbook(), 'fake-identity')).toBeUndefined();
    expect(unlockTechnique('fake-identity', 'new-friend', '2026-12-01T00:00:00.000Z')).toBe(true);
    expect(unlockTechnique('fake-identity', 'new-friend')).toBe(false);
    expect(unlockTechnique('fake-identity', 'free-skin')).toBe(false);
    expect(handbookEntry(loadHandbook(), 'fake-identity')).toEqual({ levels: ['new-friend', 'free-skin'], first: '2026-12-01T00:00:00.000Z' });
  });

  it('starts empty from a corrupt save or another format version', () => {
    stored.set('see-through:handbook', '{not json');
    expect(loadHandbook().techniques).toEqual({});
    stored.set('see-through:handbook', JSON.stringify({ version: 2, techniques: { x: { levels: ['a'], first: 'now' } } }));
    expect(loadHandbook().techniques).toEqual({});
  });
});
