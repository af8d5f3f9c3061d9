// The student's saved results: the versioned save format (core) and its storage (service). A bad
// save of any kind is reported and replaced by an empty one; nothing here ever throws on one.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  PROGRESS_MIN_COMPATIBLE,
  PROGRESS_VERSION,
  emptyProgress,
  levelProgress,
  readProgress,
  recordPlay,
  type Play,
  type Progress,
} from '../../src/core';
import { loadProgress, resetProgress, savePlay } from '../../src/services/progress-store';

const AT = '2025-03-01T08:30:00.000Z';
const LATER = '2025-03-02T09:00:00.000Z';
const play = (over: Partial<Play> = {}): Play => ({ levelId: 'bank-card', score: 20, stars: 2, endingId: 'recovered-end', at: AT, ...over });

/** Freezes a value all the way down, so any mutation throws in strict mode. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

describe('emptyProgress', () => {
  it('is the current format, with no levels, and a new object each time', () => {
    expect(emptyProgress()).toEqual({ version: PROGRESS_VERSION, minCompatible: PROGRESS_MIN_COMPATIBLE, levels: {} });
    expect(PROGRESS_VERSION).toBe(1);
    expect(emptyProgress()).not.toBe(emptyProgress());
    expect(emptyProgress().levels).not.toBe(emptyProgress().levels);
  });
});

describe('recordPlay', () => {
  it('records a first play of a level', () => {
    const progress = recordPlay(emptyProgress(), play());
    expect(levelProgress(progress, 'bank-card')).toEqual({ played: 1, bestScore: 20, bestStars: 2, endings: ['recovered-end'], lastPlayed: AT });
  });

  it('counts plays, keeps the best score and stars, adds new endings once, and dates the last play', () => {
    let progress = recordPlay(emptyProgress(), play());
    progress = recordPlay(progress, play({ score: 60, stars: 3, endingId: 'safe-end', at: LATER }));
    progress = recordPlay(progress, play({ score: -40, stars: 1, endingId: 'safe-end', at: LATER }));
    expect(levelProgress(progress, 'bank-card')).toEqual({ played: 3, bestScore: 60, bestStars: 3, endings: ['recovered-end', 'safe-end'], lastPlayed: LATER });
  });

  it('keeps a best score that is negative when every play was', () => {
    const progress = recordPlay(recordPlay(emptyProgress(), play({ score: -40, stars: 1 })), play({ score: -20, stars: 1 }));
    expect(levelProgress(progress, 'bank-card')?.bestScore).toBe(-20);
  });

  it('leaves the given progress unchanged and other levels as they were', () => {
    const before = deepFreeze(recordPlay(emptyProgress(), play({ levelId: 'free-skin', endingId: 'safe-end' })));
    const copy = structuredClone(before);
    const after = recordPlay(before, play());
    const again = recordPlay(after, play());
    expect(before).toEqual(copy);
    expect(after).not.toBe(before);
    expect(levelProgress(after, 'bank-card')?.played).toBe(1);
    expect(levelProgress(again, 'bank-card')?.played).toBe(2);
    expect(levelProgress(again, 'free-skin')).toEqual(levelProgress(before, 'free-skin'));
  });

  it.each([
    ['stars above 3', { stars: 4 as 3 }, 'stars'],
    ['stars below 0', { stars: -1 as 0 }, 'stars'],
    ['a score that is not a whole number', { score: 1.5 }, 'score'],
    ['a time that is not ISO 8601', { at: 'yesterday' }, 'at'],
    ['an empty level id', { levelId: '' }, 'levelId'],
    ['an empty ending id', { endingId: '' }, 'endingId'],
  ])('refuses %s, so it never writes a save that reads as corrupt', (_, over, field) => {
    expect(() => recordPlay(emptyProgress(), play(over))).toThrow(RangeError);
    expect(() => recordPlay(emptyProgress(), play(over))).toThrow(field);
  });

  it('writes saves that read back exactly', () => {
    const progress = recordPlay(recordPlay(emptyProgress(), play()), play({ levelId: 'new-friend', score: 80, stars: 3, endingId: 'safe-end', at: '2025-03-01T16:30:00+08:00' }));
    expect(readProgress(JSON.stringify(progress))).toEqual({ progress });
  });
});

describe('levelProgress', () => {
  it('is undefined for a level never played, even one named like an object property', () => {
    const progress = recordPlay(emptyProgress(), play());
    expect(levelProgress(progress, 'new-friend')).toBeUndefined();
    expect(levelProgress(progress, 'constructor')).toBeUndefined();
    expect(levelProgress(progress, 'toString')).toBeUndefined();
  });
});

describe('readProgress', () => {
  const empty = emptyProgress();

  it('gives empty progress and no problem when nothing is saved', () => {
    expect(readProgress(null)).toEqual({ progress: empty });
  });

  it.each([
    ['not JSON', '{not json'],
    ['empty text', ''],
    ['cut off', '{"version":1,"minCompatible":1,"levels":{"bank-card":{"played":'],
  ])('reports a save that is %s as corrupt', (_, json) => {
    const read = readProgress(json);
    expect(read).toMatchObject({ progress: empty, problem: 'corrupt' });
    expect(read.message).toMatch(/not valid JSON/);
  });

  it.each([
    ['null', 'null'],
    ['an array', '[]'],
    ['a number', '42'],
    ['an object without a version', '{"levels":{}}'],
    ['a version that is text', '{"version":"1","minCompatible":1,"levels":{}}'],
    ['a version that is not whole', '{"version":1.5,"minCompatible":1,"levels":{}}'],
    ['a negative version', '{"version":-1,"minCompatible":1,"levels":{}}'],
  ])('reports %s as corrupt', (_, json) => {
    const read = readProgress(json);
    expect(read).toMatchObject({ progress: empty, problem: 'corrupt' });
    expect(read.message).toMatch(/no format version/);
  });

  it.each([
    ['no levels', { version: 1, minCompatible: 1 }, /levels/],
    ['no minCompatible', { version: 1, levels: {} }, /minCompatible/],
    ['stars out of range', { version: 1, minCompatible: 1, levels: { 'bank-card': { played: 1, bestScore: 20, bestStars: 4, endings: ['safe-end'], lastPlayed: AT } } }, /levels\.bank-card\.bestStars/],
    ['a play count of zero', { version: 1, minCompatible: 1, levels: { 'bank-card': { played: 0, bestScore: 20, bestStars: 2, endings: [], lastPlayed: AT } } }, /played/],
    ['a date that is not ISO 8601', { version: 1, minCompatible: 1, levels: { 'bank-card': { played: 1, bestScore: 20, bestStars: 2, endings: [], lastPlayed: 'Monday' } } }, /lastPlayed/],
    ['endings that are not a list', { version: 1, minCompatible: 1, levels: { 'bank-card': { played: 1, bestScore: 20, bestStars: 2, endings: 'safe-end', lastPlayed: AT } } }, /endings/],
  ])('reports a current-version save with %s as corrupt, naming the field', (_, save, field) => {
    const read = readProgress(JSON.stringify(save));
    expect(read).toMatchObject({ progress: empty, problem: 'corrupt', savedVersion: 1 });
    expect(read.message).toMatch(field);
  });

  it('reports a save older than the oldest this game reads as too old, naming both versions', () => {
    const read = readProgress(JSON.stringify({ version: 0, scores: { 'bank-card': 60 } }));
    expect(read).toMatchObject({ progress: empty, problem: 'too-old', savedVersion: 0 });
    expect(read.message).toContain('version 0');
    expect(read.message).toContain(`version ${PROGRESS_MIN_COMPATIBLE}`);
  });

  it('reports a save newer than this game understands as too new, naming both versions', () => {
    const read = readProgress(JSON.stringify({ version: 7, minCompatible: 5, levels: {}, badges: [] }));
    expect(read).toMatchObject({ progress: empty, problem: 'too-new', savedVersion: 7 });
    expect(read.message).toContain('version 7');
    expect(read.message).toContain(`version ${PROGRESS_VERSION}`);
  });

  it('reads a good save with no problem', () => {
    const progress: Progress = { version: 1, minCompatible: 1, levels: { 'bank-card': { played: 2, bestScore: 60, bestStars: 3, endings: ['safe-end'], lastPlayed: AT } } };
    const read = readProgress(JSON.stringify(progress));
    expect(read).toEqual({ progress });
    expect(read.problem).toBeUndefined();
  });

  it('never throws, and always gives a progress that is valid or empty with a problem', () => {
    const anyJson = fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify({ version: 1, minCompatible: 1, levels: { x: v } })));
    fc.assert(
      fc.property(anyJson, (json) => {
        const read = readProgress(json);
        expect(read.progress.version).toBe(PROGRESS_VERSION);
        if (read.problem) expect(read.progress).toEqual(emptyProgress());
      }),
    );
  });
});

describe('the progress store (storage key "progress")', () => {
  const stored = new Map<string, string>();
  const key = 'see-through:progress';
  const fakeStorage = {
    getItem: (k: string) => stored.get(k) ?? null,
    setItem: (k: string, v: string) => void stored.set(k, String(v)),
    removeItem: (k: string) => void stored.delete(k),
  };

  beforeEach(() => {
    vi.stubGlobal('localStorage', fakeStorage);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    stored.clear();
    resetProgress();
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('starts empty, with no problem', () => {
    expect(loadProgress()).toEqual({ progress: emptyProgress() });
  });

  it('saves a play dated now, and loads it back', () => {
    const now = Date.now();
    const { progress, saved } = savePlay({ levelId: 'bank-card', score: 60, stars: 3, endingId: 'safe-end' });
    expect(saved).toBe(true);
    const record = levelProgress(loadProgress().progress, 'bank-card');
    expect(record).toMatchObject({ played: 1, bestScore: 60, bestStars: 3, endings: ['safe-end'] });
    expect(Date.parse(record!.lastPlayed)).toBeGreaterThanOrEqual(now - 1000);
    expect(loadProgress().progress).toEqual(progress);
    expect(JSON.parse(stored.get(key)!)).toEqual(progress);
  });

  it('takes the time of a play from the caller when given', () => {
    savePlay({ levelId: 'bank-card', score: 60, stars: 3, endingId: 'safe-end' }, AT);
    expect(levelProgress(loadProgress().progress, 'bank-card')?.lastPlayed).toBe(AT);
  });

  it('reports a corrupted save once, then uses the reset save', () => {
    stored.set(key, '{not json');
    expect(loadProgress()).toMatchObject({ progress: emptyProgress(), problem: 'corrupt' });
    expect(JSON.parse(stored.get(key)!)).toEqual(emptyProgress());
    expect(loadProgress()).toEqual({ progress: emptyProgress() });
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('not valid JSON'));
  });

  it('reports a too-new save with its version, once', () => {
    stored.set(key, JSON.stringify({ version: 99, minCompatible: 99, levels: {} }));
    expect(loadProgress()).toMatchObject({ progress: emptyProgress(), problem: 'too-new', savedVersion: 99 });
    expect(loadProgress().problem).toBeUndefined();
  });

  it('reports a too-old save with its version, once', () => {
    stored.set(key, JSON.stringify({ version: 0 }));
    expect(loadProgress()).toMatchObject({ problem: 'too-old', savedVersion: 0 });
    expect(loadProgress().problem).toBeUndefined();
  });

  it('saves a play over a corrupted save, and still reports the problem once afterwards', () => {
    stored.set(key, '{not json');
    expect(savePlay({ levelId: 'bank-card', score: 20, stars: 2, endingId: 'recovered-end' }, AT).saved).toBe(true);
    const first = loadProgress();
    expect(first.problem).toBe('corrupt');
    expect(levelProgress(first.progress, 'bank-card')?.played).toBe(1);
    const second = loadProgress();
    expect(second.problem).toBeUndefined();
    expect(second.progress).toEqual(first.progress);
  });

  it('clears the results and forgets a problem not yet reported', () => {
    savePlay({ levelId: 'bank-card', score: 20, stars: 2, endingId: 'recovered-end' }, AT);
    stored.set(key, '{not json');
    savePlay({ levelId: 'bank-card', score: 20, stars: 2, endingId: 'recovered-end' }, AT); // finds the problem
    expect(resetProgress()).toEqual(emptyProgress());
    expect(stored.has(key)).toBe(false);
    expect(loadProgress()).toEqual({ progress: emptyProgress() });
  });

  it('does not throw or save on an invalid play', () => {
    savePlay({ levelId: 'bank-card', score: 20, stars: 2, endingId: 'recovered-end' }, AT);
    const before = stored.get(key);
    const result = savePlay({ levelId: 'bank-card', score: 20, stars: 5 as 3, endingId: 'recovered-end' }, AT);
    expect(result.saved).toBe(false);
    expect(levelProgress(result.progress, 'bank-card')?.played).toBe(1);
    expect(stored.get(key)).toBe(before);
  });

  it('does not throw when storage is blocked', () => {
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('blocked');
      },
      removeItem: () => {
        throw new Error('blocked');
      },
    });
    expect(loadProgress()).toEqual({ progress: emptyProgress() });
    const result = savePlay({ levelId: 'bank-card', score: 20, stars: 2, endingId: 'recovered-end' }, AT);
    expect(result.saved).toBe(false);
    expect(levelProgress(result.progress, 'bank-card')?.played).toBe(1);
    expect(() => resetProgress()).not.toThrow();
  });
});
