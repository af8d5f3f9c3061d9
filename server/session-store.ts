// The hub's sessions on disk. One file a session (`<code>.json`, the whole SessionState), written
// off the event loop and acknowledged only once it is there:
//
// - A change marks its session dirty and waits. One write a session is in flight at a time; the
//   changes made meanwhile ride on the next one (group commit), so 60 votes in a burst are one or
//   two writes, and no write blocks the loop (fs/promises runs in libuv's threads).
// - A write is: the new text to `<code>.json.tmp` (mode 0600), fsync, renamed into place; then the
//   same for its copy `<code>.prev.json`. Only then are the changes it holds acknowledged.
// - When the disk refuses (full, read-only, no permission), nothing is acknowledged, the changes
//   stay in memory, the write is tried again every second, and `status()` says so at once: the
//   projector shows it.
// - Read back, a file that does not parse is kept aside (`<code>.damaged-<time>.json`) and the
//   newest good copy of the three (file, temp, previous) is taken; an older format is migrated and a
//   newer one read as far as this hub knows it, its original kept aside.
import { constants } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import type { SessionState } from '../src/class/hub-state';
import { type Restored, restore } from '../src/class/session-file';
import type { Notice, Storage } from '../src/class/protocol';

/** The file operations the store uses: the tests put in one whose disk is full. */
export interface Disk {
  mkdir(dir: string): Promise<void>;
  list(dir: string): Promise<string[]>;
  read(file: string): Promise<string>;
  /** The whole file, written and flushed to the device (fsync), readable by its owner only. */
  write(file: string, text: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  remove(file: string): Promise<void>;
  /** Flushes a folder's entries (the renames); may do nothing where folders cannot be opened. */
  syncDir(dir: string): Promise<void>;
}

export const nodeDisk: Disk = {
  mkdir: async (dir) => void (await fsp.mkdir(dir, { recursive: true, mode: 0o700 })),
  list: (dir) => fsp.readdir(dir),
  read: (file) => fsp.readFile(file, 'utf8'),
  write: async (file, text) => {
    const handle = await fsp.open(file, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC, 0o600);
    try {
      await handle.writeFile(text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fsp.chmod(file, 0o600); // a file left by an older hub may have been readable by all
  },
  rename: (from, to) => fsp.rename(from, to),
  remove: (file) => fsp.rm(file, { force: true }),
  syncDir: async (dir) => {
    try {
      const handle = await fsp.open(dir, 'r');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
    } catch {
      // Windows cannot open a folder; its renames are durable once they return.
    }
  },
};

export interface Loaded {
  sessions: Map<string, SessionState>;
  notices: Map<string, Notice[]>;
  /** Files no good copy could be read from: kept aside, their codes never given out again. */
  damaged: { file: string; keptAs: string }[];
  /** Sessions read from a copy or an old format: to be written back at once in this hub's. */
  rewrite: string[];
}

const RETRY_MS = 1000;
const SESSION_FILE = /^(\d{6})\.(json|json\.tmp|prev\.json|prev\.json\.tmp)$/;
const errorCode = (e: unknown) => ((e as NodeJS.ErrnoException).code ?? 'EIO').slice(0, 40);

interface Writer {
  writing: boolean;
  dirty: boolean;
  /** Called once a write holding the change is on disk. */
  waiting: (() => void)[];
  failure: string | null;
  retry: ReturnType<typeof setTimeout> | null;
}

export class SessionStore {
  private writers = new Map<string, Writer>();
  private probeError: string | null = null;
  private closed = false;

  constructor(
    readonly dir: string,
    private readonly disk: Disk,
    private readonly get: (code: string) => SessionState | undefined,
    private readonly log: (line: string) => void,
    /** Told whenever the storage's state changes (a write failed, or came through again). */
    private readonly onStatus: () => void,
  ) {}

  /** Whether the hub's changes are on disk; what waits, and why not. */
  status(): Storage {
    let pending = 0;
    let error = this.probeError;
    for (const w of this.writers.values()) {
      pending += w.waiting.length;
      error ??= w.failure;
    }
    return { ok: error === null, pending, error, dir: this.dir.slice(-400) };
  }

  /** Reads every session back, and checks that the folder takes a file (the projector is told if not). */
  async load(): Promise<Loaded> {
    const loaded: Loaded = { sessions: new Map(), notices: new Map(), damaged: [], rewrite: [] };
    try {
      await this.disk.mkdir(this.dir);
    } catch (e) {
      this.log(`cannot make the sessions folder ${this.dir}: ${(e as Error).message}`);
      await this.probe(); // says so, and tries again until the folder takes files
      return loaded;
    }
    let names: string[] = [];
    try {
      names = await this.disk.list(this.dir);
    } catch (e) {
      this.log(`cannot list ${this.dir}: ${(e as Error).message}`);
    }
    const codes = new Set(names.flatMap((n) => SESSION_FILE.exec(n)?.[1] ?? []));
    for (const code of codes) await this.loadOne(code, new Set(names), loaded);
    await this.probe();
    return loaded;
  }

  private async loadOne(code: string, names: Set<string>, loaded: Loaded): Promise<void> {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const copies = [`${code}.json`, `${code}.json.tmp`, `${code}.prev.json`, `${code}.prev.json.tmp`].filter((n) => names.has(n));
    const good: (Restored & { name: string })[] = [];
    const bad: { name: string; reason: string }[] = [];
    for (const name of copies) {
      try {
        good.push({ ...restore(await this.disk.read(join(this.dir, name))), name });
      } catch (e) {
        bad.push({ name, reason: (e as Error).message.slice(0, 200) });
      }
    }
    // A damaged main file is kept aside, never overwritten: a person may want to look at it.
    const keep = async (name: string, why: string) => {
      const keptAs = `${code}.${why}-${stamp}.json`;
      try {
        await this.disk.rename(join(this.dir, name), join(this.dir, keptAs));
      } catch (e) {
        this.log(`could not keep ${name} aside: ${(e as Error).message}`);
        return name;
      }
      return keptAs;
    };
    const main = bad.find((b) => b.name === `${code}.json`);
    const best = good.sort((a, b) => b.state.rev - a.state.rev)[0];
    if (!best) {
      const keptAs = main ? await keep(main.name, 'damaged') : (bad[0]?.name ?? `${code}.json`);
      loaded.damaged.push({ file: `${code}.json`, keptAs });
      this.log(`session ${code}: no copy of its file could be read (${bad.map((b) => `${b.name}: ${b.reason}`).join('; ')}); kept as ${keptAs}`);
      return;
    }
    const notices: Notice[] = [];
    if (main) {
      const keptAs = await keep(main.name, 'damaged');
      notices.push({ kind: 'restored-copy', detail: `${main.reason} — ${keptAs} → ${best.name}`.slice(0, 400) });
      this.log(`session ${code}: its file could not be read (${main.reason}); kept as ${keptAs}, restored from ${best.name}`);
    }
    for (const note of best.notes) {
      // Anything a newer hub wrote that this one does not know is kept in a copy, never dropped.
      const keptAs = note.kind === 'migrated' ? null : await this.copyAside(best.name, code, stamp);
      notices.push({ kind: note.kind, detail: `${note.detail}${keptAs ? ` — ${keptAs}` : ''}`.slice(0, 400) });
      this.log(`session ${code}: ${note.kind} (${note.detail})${keptAs ? `, original kept as ${keptAs}` : ''}`);
    }
    loaded.sessions.set(code, best.state);
    if (notices.length) loaded.notices.set(code, notices);
    if (best.name !== `${code}.json` || best.notes.length) loaded.rewrite.push(code);
  }

  private async copyAside(name: string, code: string, stamp: string): Promise<string | null> {
    const keptAs = `${code}.original-${stamp}.json`;
    try {
      await this.disk.write(join(this.dir, keptAs), await this.disk.read(join(this.dir, name)));
      return keptAs;
    } catch (e) {
      this.log(`could not keep a copy of ${name}: ${(e as Error).message}`);
      return null;
    }
  }

  /** Whether the folder takes a file: a hub started on a read-only folder says so before any lesson. */
  private async probe(): Promise<void> {
    const file = join(this.dir, `.probe-${process.pid}`);
    const before = this.probeError;
    try {
      await this.disk.mkdir(this.dir);
      await this.disk.write(file, 'probe');
      await this.disk.remove(file);
      this.probeError = null;
    } catch (e) {
      this.probeError = errorCode(e);
      if (before === null) this.log(`the sessions folder ${this.dir} does not take files (${(e as Error).message}): nothing will be saved until it does`);
      if (!this.closed) setTimeout(() => void this.probe(), RETRY_MS * 2).unref();
    }
    if (before !== this.probeError) this.onStatus();
  }

  /** Asks for a session to be written; `done` runs once a write holding its present state is on disk. */
  save(code: string, done: () => void): void {
    let w = this.writers.get(code);
    if (!w) this.writers.set(code, (w = { writing: false, dirty: false, waiting: [], failure: null, retry: null }));
    w.waiting.push(done);
    w.dirty = true;
    if (!w.retry) this.kick(code, w);
  }

  private kick(code: string, w: Writer): void {
    if (w.writing || !w.dirty || this.closed) return;
    const state = this.get(code);
    if (!state) {
      this.writers.delete(code);
      return;
    }
    w.writing = true;
    w.dirty = false;
    const batch = w.waiting.splice(0);
    const text = JSON.stringify(state);
    void this.writeFile(code, text).then(
      () => {
        w.writing = false;
        const was = w.failure;
        w.failure = null;
        if (was) {
          this.log(`session ${code}: saved again after ${was}`);
          this.onStatus();
        }
        for (const f of batch) f();
        if (w.dirty) this.kick(code, w);
        else if (!w.waiting.length) this.writers.delete(code);
      },
      (e: unknown) => {
        w.writing = false;
        // Held, never dropped: the batch waits for the next try, ahead of what came since.
        w.waiting.unshift(...batch);
        w.dirty = true;
        const code0 = errorCode(e);
        if (w.failure !== code0) {
          this.log(`session ${code}: could not write its file (${(e as Error).message}); ${w.waiting.length} change(s) held, retrying every second`);
          w.failure = code0;
          this.onStatus();
        }
        w.retry = setTimeout(() => {
          w.retry = null;
          this.kick(code, w);
        }, RETRY_MS);
      },
    );
  }

  /**
   * The file, then its copy, each written whole and renamed into place: a file damaged on the disk
   * later (a bad sector, a crash of the PC mid-flush) still has a copy holding every change acknowledged.
   */
  private async writeFile(code: string, text: string): Promise<void> {
    for (const name of [`${code}.json`, `${code}.prev.json`]) {
      const file = join(this.dir, name);
      await this.disk.write(`${file}.tmp`, text);
      await this.disk.rename(`${file}.tmp`, file);
    }
    await this.disk.syncDir(this.dir);
  }

  /** Removes a session's files (the damaged copies kept aside stay for a person to look at). */
  async remove(code: string): Promise<void> {
    const w = this.writers.get(code);
    if (w?.retry) clearTimeout(w.retry);
    this.writers.delete(code);
    for (const name of [`${code}.json`, `${code}.json.tmp`, `${code}.prev.json`, `${code}.prev.json.tmp`]) await this.disk.remove(join(this.dir, name));
  }

  /** Waits for every write in flight (a clean stop writes what it holds). */
  async drain(timeoutMs = 5000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while ([...this.writers.values()].some((w) => w.writing || (w.dirty && !w.failure)) && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
    this.closed = true;
    for (const w of this.writers.values()) if (w.retry) clearTimeout(w.retry);
  }
}
