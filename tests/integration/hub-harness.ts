// The hub in this process on loopback, for the integration tests: a temp folder for its files,
// its log kept, devices opened from chosen loopback addresses, everything closed after each test.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { HUB_PATH, type RoundSpec, type ServerMessage, type ServerOf } from '../../src/class/protocol';
import { type HubOptions, type RunningHub, startHub } from '../../server/hub';
import { SimDevice } from './sim-device';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const f of cleanups.splice(0).reverse()) await f();
});
export const onCleanup = (f: () => Promise<void> | void) => void cleanups.push(f);

export interface TestHub {
  hub: RunningHub;
  url: string;
  stateDir: string;
  logs: string[];
}

export async function hubInProcess(options: Partial<HubOptions> = {}): Promise<TestHub> {
  const stateDir = options.stateDir ?? mkdtempSync(join(tmpdir(), 'class-hub-'));
  const logs: string[] = [];
  const hub = await startHub({ port: 0, host: '127.0.0.1', dist: null, log: (l) => logs.push(l), ...options, stateDir });
  let closed = false;
  const close = hub.close;
  hub.close = async () => {
    if (closed) return;
    closed = true;
    await close();
  };
  onCleanup(() => hub.close());
  return { hub, url: `ws://127.0.0.1:${hub.port}${HUB_PATH}`, stateDir, logs };
}

export async function device(url: string, from?: string): Promise<SimDevice> {
  const d = await SimDevice.open(url, from);
  onCleanup(() => d.close());
  return d;
}

export const devices = (url: string, n: number, from?: (i: number) => string) => Promise.all(Array.from({ length: n }, (_, i) => device(url, from?.(i))));

export function expectType<T extends ServerMessage['t']>(m: ServerMessage, t: T): ServerOf<T> {
  if (m.t !== t) throw new Error(`expected ${t}, got ${JSON.stringify(m).slice(0, 300)}`);
  return m as ServerOf<T>;
}

export async function session(url: string, mode: 'live' | 'self' = 'live', from?: string) {
  const host = await device(url, from);
  const created = expectType(await host.ask({ t: 'host.create', mode, seats: 'animal' }), 'host.created');
  return { host, code: created.code, secret: created.secret };
}

export const text = (s: string) => ({ 'zh-CN': s, en: s });
export const decision = (id: string, options = ['a', 'b', 'c']): RoundSpec => ({ id, kind: 'decision', levelId: 'bank-card', prompt: text(`Q ${id}`), options: options.map((o) => ({ id: o, text: text(o) })) });
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until `test` holds (polling), or fails after `ms`. */
export async function until(test: () => boolean, ms = 5000, what = 'condition'): Promise<void> {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}
