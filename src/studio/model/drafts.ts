// Drafts on this computer: several levels in progress, each kept in two slots. A save writes the
// new copy into the slot holding the older version and leaves the newer one alone, so at every
// moment one whole copy is on disk: a crash, a closed tab or a full disk mid-write loses at most
// the last edit, never the draft. Each copy carries a checksum, so a torn write is recognised and
// the other slot read instead. The storage is injected, so all of this is tested without a browser.
import type { Level } from '../../core';

export interface StorageAdapter {
  get(key: string): string | null;
  /** Throws when the value cannot be stored (storage full or blocked). */
  set(key: string, value: string): void;
  remove(key: string): void;
  keys(): string[];
}

export interface DraftInfo {
  readonly id: string;
  readonly version: number;
  readonly savedAt: number;
  readonly levelId: string;
  readonly title: { readonly 'zh-CN': string; readonly en: string };
  readonly nodes: number;
}

export interface LoadedDraft extends DraftInfo {
  readonly level: Level;
}

interface Slot {
  readonly format: 1;
  readonly draft: string;
  readonly version: number;
  readonly savedAt: number;
  readonly sum: string;
  readonly level: Level;
}

const PREFIX = 'studio-draft:';
const SLOTS = ['a', 'b'] as const;
const slotKey = (id: string, slot: (typeof SLOTS)[number]) => `${PREFIX}${id}:${slot}`;

/** FNV-1a over the level's JSON: enough to tell a whole copy from a torn or altered one. */
export function checksum(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

export class DraftStore {
  constructor(
    private readonly storage: StorageAdapter,
    private readonly now: () => number = Date.now,
    private readonly random: () => number = Math.random,
  ) {}

  /** A new draft's id, unused in this store. */
  newId(): string {
    const taken = new Set(this.list().map((d) => d.id));
    for (;;) {
      const id = `${this.now().toString(36)}-${Math.floor(this.random() * 36 ** 4).toString(36)}`;
      if (!taken.has(id)) return id;
    }
  }

  /** Every whole copy of a draft, newest first: the current version and the one before it. */
  versions(id: string): LoadedDraft[] {
    return SLOTS.flatMap((slot) => {
      const copy = this.read(slotKey(id, slot));
      return copy && copy.draft === id ? [copy] : [];
    })
      .sort((a, b) => b.version - a.version)
      .map(info);
  }

  load(id: string): LoadedDraft | undefined {
    return this.versions(id)[0];
  }

  /** Saves a new version. Returns it, or undefined when the storage would not take it (the previous version stays). */
  save(id: string, level: Level): LoadedDraft | undefined {
    const copies = SLOTS.map((slot) => ({ slot, copy: this.read(slotKey(id, slot)) }));
    const newest = Math.max(0, ...copies.map((c) => c.copy?.version ?? 0));
    // The slot to overwrite: an empty or broken one, else the one holding the older version.
    const target = copies.find((c) => !c.copy) ?? copies.reduce((a, b) => ((a.copy?.version ?? 0) <= (b.copy?.version ?? 0) ? a : b));
    const text = JSON.stringify(level);
    const slot: Slot = { format: 1, draft: id, version: newest + 1, savedAt: this.now(), sum: checksum(text), level };
    try {
      this.storage.set(slotKey(id, target.slot), JSON.stringify(slot));
    } catch {
      return undefined;
    }
    return info(slot);
  }

  /** The newest version of every draft, most recently saved first. */
  list(): DraftInfo[] {
    const ids = new Set<string>();
    for (const key of this.storage.keys()) {
      const match = key.startsWith(PREFIX) ? /^(.*):[ab]$/.exec(key.slice(PREFIX.length)) : null;
      if (match) ids.add(match[1]!);
    }
    return [...ids]
      .flatMap((id) => {
        const latest = this.load(id);
        if (!latest) return [];
        const { level: _level, ...rest } = latest;
        return [rest];
      })
      .sort((a, b) => b.savedAt - a.savedAt);
  }

  remove(id: string): void {
    for (const slot of SLOTS) this.storage.remove(slotKey(id, slot));
  }

  /** Characters the drafts take in storage (what a browser's quota counts, roughly). */
  size(): number {
    return this.storage.keys().filter((k) => k.startsWith(PREFIX)).reduce((sum, k) => sum + k.length + (this.storage.get(k)?.length ?? 0), 0);
  }

  private read(key: string): Slot | undefined {
    const text = this.storage.get(key);
    if (!text) return undefined;
    try {
      const slot = JSON.parse(text) as Slot;
      if (slot.format !== 1 || typeof slot.version !== 'number' || typeof slot.level !== 'object' || slot.level === null) return undefined;
      return checksum(JSON.stringify(slot.level)) === slot.sum ? slot : undefined;
    } catch {
      return undefined; // a torn write: the other slot holds the draft
    }
  }
}

function info(slot: Slot): LoadedDraft {
  const level = slot.level;
  const title = level.title && typeof level.title === 'object' ? level.title : { 'zh-CN': '', en: '' };
  return {
    id: slot.draft,
    version: slot.version,
    savedAt: slot.savedAt,
    levelId: String(level.id ?? ''),
    title: { 'zh-CN': String(title['zh-CN'] ?? ''), en: String(title.en ?? '') },
    nodes: Array.isArray(level.nodes) ? level.nodes.length : 0,
    level,
  };
}

/** The browser's local storage, under the game's prefix. */
export function localStorageAdapter(store: Storage = globalThis.localStorage, prefix = 'see-through:'): StorageAdapter {
  return {
    get: (key) => {
      try {
        return store.getItem(prefix + key);
      } catch {
        return null;
      }
    },
    set: (key, value) => store.setItem(prefix + key, value),
    remove: (key) => {
      try {
        store.removeItem(prefix + key);
      } catch {
        // nothing stored, nothing to remove
      }
    },
    keys: () => {
      const keys: string[] = [];
      try {
        for (let i = 0; i < store.length; i++) {
          const key = store.key(i);
          if (key?.startsWith(prefix)) keys.push(key.slice(prefix.length));
        }
      } catch {
        // blocked storage: no drafts
      }
      return keys;
    },
  };
}

/** Storage in memory, for tests and for a browser that blocks local storage. */
export function memoryAdapter(data = new Map<string, string>()): StorageAdapter & { data: Map<string, string> } {
  return {
    data,
    get: (key) => data.get(key) ?? null,
    set: (key, value) => void data.set(key, value),
    remove: (key) => void data.delete(key),
    keys: () => [...data.keys()],
  };
}
