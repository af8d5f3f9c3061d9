import { describe, expect, it } from 'vitest';
import { DraftStore, memoryAdapter, type StorageAdapter } from '../../../src/studio/model/drafts';
import { setField } from '../../../src/studio/model/edits';
import { blankLevel, templateLevel } from '../../../src/studio/model/templates';

const clock = () => {
  let t = 1_000;
  return () => (t += 1000);
};

describe('drafts', () => {
  it('keeps several drafts, each with its newest version, most recent first', () => {
    const store = new DraftStore(memoryAdapter(), clock());
    store.save('a', blankLevel('first'));
    store.save('b', templateLevel('second'));
    store.save('a', setField(blankLevel('first'), ['minutes'], 12));
    expect(store.list().map((d) => [d.id, d.levelId, d.version])).toEqual([['a', 'first', 2], ['b', 'second', 1]]);
    expect(store.load('a')?.level.minutes).toBe(12);
    expect(store.versions('a').map((v) => v.version)).toEqual([2, 1]);
    store.remove('a');
    expect(store.list().map((d) => d.id)).toEqual(['b']);
  });

  it('writes the new copy beside the old one: a crash in the middle of any write leaves the last whole version', () => {
    const data = new Map<string, string>();
    const store = new DraftStore(memoryAdapter(data), clock());
    for (let v = 1; v <= 3; v++) store.save('d', setField(templateLevel(), ['minutes'], v));
    // The crash: the browser dies half-way through the next write, leaving a torn slot.
    const torn: StorageAdapter = { ...memoryAdapter(data), set: (key, value) => void data.set(key, value.slice(0, value.length / 2)) };
    new DraftStore(torn, clock()).save('d', setField(templateLevel(), ['minutes'], 4));
    const after = new DraftStore(memoryAdapter(data), clock());
    expect(after.load('d')?.level.minutes).toBe(3);
    expect(after.load('d')?.version).toBe(3);
    // And the next save goes on from there, into the torn slot.
    after.save('d', setField(templateLevel(), ['minutes'], 5));
    expect(after.versions('d').map((v) => [v.version, v.level.minutes])).toEqual([[4, 5], [3, 3]]);
  });

  it('keeps the last version when the storage is full, and says so', () => {
    const data = new Map<string, string>();
    const store = new DraftStore(memoryAdapter(data), clock());
    store.save('d', templateLevel());
    const full = new DraftStore({ ...memoryAdapter(data), set: () => { throw new DOMException('full', 'QuotaExceededError'); } }, clock());
    expect(full.save('d', blankLevel())).toBeUndefined();
    expect(store.load('d')?.level.nodes.length).toBe(5);
  });

  it('recognises a copy altered on disk by its checksum and reads the other one', () => {
    const data = new Map<string, string>();
    const store = new DraftStore(memoryAdapter(data), clock());
    store.save('d', setField(templateLevel(), ['minutes'], 1));
    store.save('d', setField(templateLevel(), ['minutes'], 2));
    const key = [...data.keys()].find((k) => data.get(k)!.includes('"version":2'))!;
    data.set(key, data.get(key)!.replace('"minutes":2', '"minutes":9'));
    expect(store.load('d')?.level.minutes).toBe(1);
  });

  it('gives each new draft an unused id', () => {
    const randoms = [0.5, 0.5, 0.25];
    const store = new DraftStore(memoryAdapter(), () => 5, () => randoms.shift() ?? 0.75);
    const first = store.newId();
    store.save(first, blankLevel());
    const second = store.newId(); // the same random draw first: it is skipped
    expect(second).not.toBe(first);
  });
});
