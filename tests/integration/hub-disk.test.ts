// Persistence that cannot lie, on loopback with real files: a disk that fills up or refuses (an
// injected failure, since these tests may run as root, where permissions do not bite; and a real
// read-only folder when not root), a damaged file, a file with keys this hub does not know, a
// closed projector tab and two projectors. Each shows that nothing acknowledged is lost and that
// the teacher is told. The device side is the game's own HubClient, run in Node.
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { describe, expect, it } from 'vitest';
import { HubClient } from '../../src/class/client';
import { restore } from '../../src/class/session-file';
import { FORMAT } from '../../src/class/hub-state';
import { type Disk, nodeDisk } from '../../server/session-store';
import { decision, device, devices, expectType, hubInProcess, onCleanup, session, sleep, until } from './hub-harness';

/** The real disk, until told to refuse with an error code (ENOSPC: full; EACCES: no permission). */
function flakyDisk() {
  const state = { refuse: null as string | null, writes: 0 };
  const guard = <A extends unknown[], R>(f: (...a: A) => Promise<R>) => async (...a: A): Promise<R> => {
    if (state.refuse) throw Object.assign(new Error(`${state.refuse}: injected`), { code: state.refuse });
    return f(...a);
  };
  const disk: Disk = { ...nodeDisk, write: guard(async (f: string, t: string) => (state.writes++, nodeDisk.write(f, t))), rename: guard(nodeDisk.rename), mkdir: guard(nodeDisk.mkdir) };
  return { disk, state };
}

/** The game's HubClient in Node: a WebSocket global and a page address on the hub's origin. */
function browserClient(port: number, hello: () => ConstructorParameters<typeof HubClient>[0] extends () => infer H ? H : never) {
  Object.assign(globalThis, { WebSocket, location: new URL(`http://127.0.0.1:${port}/`) });
  const client = new HubClient(hello);
  onCleanup(() => client.close());
  return client;
}

const filesOf = (dir: string) => readdirSync(dir).sort();

describe('the hub\'s files', () => {
  it('a full disk: nothing is acknowledged, the projector is told at once, votes are held and saved once it has room', async () => {
    const { disk, state } = flakyDisk();
    const t = await hubInProcess({ disk });
    const { host, code } = await session(t.url);
    const students = await devices(t.url, 20);
    for (const s of students) expectType(await s.ask({ t: 'join', code }), 'joined');
    expect((await host.ask({ t: 'host.open', round: decision('n1') })).t).toBe('ack');

    state.refuse = 'ENOSPC';
    const answers = students.map((s, i) => s.ask({ t: 'vote', roundId: 'n1', picks: [['a', 'b', 'c'][i % 3]!] }, 20_000));
    const told = await host.waitFor('host.state', (m) => !m.view.storage.ok);
    expect(told.view.storage).toMatchObject({ ok: false, error: 'ENOSPC' });
    await host.waitFor('host.state', (m) => m.view.storage.pending === 20 && m.view.round!.voters === 20);
    await sleep(1500); // retried every second, still refused: no device is told "sent"
    expect(students.every((s) => !s.received.some((m) => m.t === 'ack' && m.rid !== undefined && m.rid > 1))).toBe(true);
    expect(t.logs.filter((l) => l.includes('could not write'))).toHaveLength(1);

    state.refuse = null;
    expect((await Promise.all(answers)).every((a) => a.t === 'ack')).toBe(true);
    await host.waitFor('host.state', (m) => m.view.storage.ok && m.view.storage.pending === 0);
    const saved = restore(readFileSync(join(t.stateDir, `${code}.json`), 'utf8')).state;
    expect(Object.keys(saved.rounds[0]!.votes)).toHaveLength(20);
  });

  it('a vote held when the hub stops is sent again by the device and counted after the restart', async () => {
    const { disk, state } = flakyDisk();
    const first = await hubInProcess({ disk });
    const port = first.hub.port;
    const { host, code, secret } = await session(first.url);
    await host.ask({ t: 'host.open', round: decision('n1') });
    let token: string | null = null;
    const client = browserClient(port, () => (token ? { t: 'rejoin', token } : null));
    const joined = expectType((await client.send({ t: 'join', code }))!, 'joined');
    token = joined.token;

    state.refuse = 'ENOSPC';
    let answered = false;
    const vote = client.send({ t: 'vote', roundId: 'n1', picks: ['b'] }, 'vote:n1').then((a) => ((answered = true), a));
    await host.waitFor('host.state', (m) => m.view.round?.voters === 1 && !m.view.storage.ok);
    await sleep(300);
    expect(answered).toBe(false); // the device still shows it as not sent
    await first.hub.close(); // the hub stops with the vote held: it was never on disk

    const second = await hubInProcess({ stateDir: first.stateDir, port });
    expect((await vote)?.t).toBe('ack');
    const projector = await device(second.url);
    await projector.ask({ t: 'host.resume', secret });
    const view = await projector.waitFor('host.state', (m) => m.view.round?.voters === 1);
    expect(view.view.round!.counts).toEqual([0, 1, 0]);
  });

  it('an unwritable folder: the hub says so at start and the projector at once; nothing is acknowledged until it takes files', async () => {
    const { disk, state } = flakyDisk();
    state.refuse = 'EACCES';
    const t = await hubInProcess({ disk });
    expect(t.hub.storage()).toMatchObject({ ok: false, error: 'EACCES' });
    expect(t.logs.some((l) => l.includes('does not take files') || l.includes('cannot make the sessions folder'))).toBe(true);
    const { host, code } = await session(t.url);
    expect((await host.waitFor('host.state')).view.storage).toMatchObject({ ok: false, error: 'EACCES' });
    const [student] = await devices(t.url, 1);
    const joining = student!.ask({ t: 'join', code }, 20_000);
    await sleep(1200);
    expect(student!.received.some((m) => m.t === 'joined')).toBe(false);
    state.refuse = null;
    expectType(await joining, 'joined');
    await until(() => existsSync(join(t.stateDir, `${code}.json`)), 5000, 'the file');
    await host.waitFor('host.state', (m) => m.view.storage.ok);
  });

  it.skipIf(process.getuid?.() === 0)('a real read-only folder (not root): the projector is told with the system\'s error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'class-ro-'));
    chmodSync(dir, 0o500);
    onCleanup(() => chmodSync(dir, 0o700));
    const t = await hubInProcess({ stateDir: dir });
    expect(t.hub.storage()).toMatchObject({ ok: false, error: 'EACCES' });
    const { host } = await session(t.url);
    expect((await host.waitFor('host.state')).view.storage.ok).toBe(false);
  });

  it('files are the owner\'s only, and removed with the session when the teacher asks', async () => {
    const t = await hubInProcess();
    const { host, code } = await session(t.url);
    const [student] = await devices(t.url, 1);
    expectType(await student!.ask({ t: 'join', code }), 'joined');
    for (const name of [`${code}.json`, `${code}.prev.json`]) expect(statSync(join(t.stateDir, name)).mode & 0o777).toBe(0o600);
    expect(await host.ask({ t: 'host.remove' })).toMatchObject({ t: 'error', code: 'conflict' }); // not before it ends
    await host.ask({ t: 'host.end' });
    expect((await host.ask({ t: 'host.remove' })).t).toBe('ack');
    expect(filesOf(t.stateDir).filter((f) => f.startsWith(code))).toEqual([]);
    expect(t.hub.sessions.has(code)).toBe(false);
  });

  it('a damaged file: kept aside, the good copy restored with every acknowledged vote, the projector told', async () => {
    const t = await hubInProcess();
    const { host, code, secret } = await session(t.url);
    const students = await devices(t.url, 10);
    for (const s of students) expectType(await s.ask({ t: 'join', code }), 'joined');
    await host.ask({ t: 'host.open', round: decision('n1') });
    for (const [i, s] of students.entries()) expect((await s.ask({ t: 'vote', roundId: 'n1', picks: [['a', 'b'][i % 2]!] })).t).toBe('ack');
    await t.hub.close();
    const file = join(t.stateDir, `${code}.json`);
    writeFileSync(file, readFileSync(file, 'utf8').slice(0, 300)); // a bad sector, a half-flushed write

    const again = await hubInProcess({ stateDir: t.stateDir });
    const projector = await device(again.url);
    await projector.ask({ t: 'host.resume', secret });
    const view = (await projector.waitFor('host.state')).view;
    expect(view.round!.counts).toEqual([5, 5, 0]);
    expect(view.notices.map((n) => n.kind)).toEqual(['restored-copy']);
    const kept = filesOf(t.stateDir).find((f) => f.startsWith(`${code}.damaged-`))!;
    expect(readFileSync(join(t.stateDir, kept), 'utf8')).toHaveLength(300);
    expect(view.notices[0]!.detail).toContain(kept);
  });

  it('no good copy at all: the file is kept, its code never given again, the projector on this PC told', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'class-bad-'));
    writeFileSync(join(dir, '123456.json'), '{"format":2,');
    const t = await hubInProcess({ stateDir: dir });
    const host = await device(t.url);
    const list = expectType(await host.ask({ t: 'host.list' }), 'sessions');
    expect(list.damaged).toEqual([{ file: '123456.json', keptAs: expect.stringMatching(/^123456\.damaged-.*\.json$/) }]);
    expect(existsSync(join(dir, list.damaged[0]!.keptAs))).toBe(true);
  });

  it('unknown keys and a newer format: read as far as this hub knows, the original kept, the projector told', async () => {
    const t = await hubInProcess();
    const { host, code, secret } = await session(t.url);
    const [student] = await devices(t.url, 1);
    expectType(await student!.ask({ t: 'join', code }), 'joined');
    await host.ask({ t: 'host.open', round: decision('n1') });
    expect((await student!.ask({ t: 'vote', roundId: 'n1', picks: ['c'] })).t).toBe('ack');
    await t.hub.close();
    const file = join(t.stateDir, `${code}.json`);
    const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    writeFileSync(file, JSON.stringify({ ...data, format: FORMAT + 1, rev: 999, teacherNote: 'from a newer hub' }));

    const again = await hubInProcess({ stateDir: t.stateDir });
    const projector = await device(again.url);
    await projector.ask({ t: 'host.resume', secret });
    const view = (await projector.waitFor('host.state')).view;
    expect(view.round!.counts).toEqual([0, 0, 1]);
    expect(view.notices.map((n) => n.kind)).toEqual(['newer-format', 'unknown-keys']);
    expect(view.notices[1]!.detail).toContain('teacherNote');
    const original = filesOf(t.stateDir).find((f) => f.startsWith(`${code}.original-`))!;
    expect(JSON.parse(readFileSync(join(t.stateDir, original), 'utf8'))).toMatchObject({ format: FORMAT + 1, teacherNote: 'from a newer hub' });
    // Written back at once in this hub's format.
    await until(() => restore(readFileSync(file, 'utf8')).notes.length === 0, 5000, 'the file rewritten');
  });

  it('a closed projector tab: its secret (kept per origin) or the hub\'s list brings the same session back', async () => {
    const t = await hubInProcess();
    const { host, code, secret } = await session(t.url);
    const [student] = await devices(t.url, 1);
    expectType(await student!.ask({ t: 'join', code }), 'joined');
    await host.ask({ t: 'host.open', round: decision('n1') });
    host.close(); // the tab is closed
    expect((await student!.ask({ t: 'vote', roundId: 'n1', picks: ['a'] })).t).toBe('ack');

    const reopened = await device(t.url);
    expect((await reopened.ask({ t: 'host.resume', secret })).t).toBe('ack');
    expect((await reopened.waitFor('host.state')).view.round!.counts).toEqual([1, 0, 0]);
    reopened.close();

    // The secret lost too (another browser on the hub's PC): the list, then a new secret.
    const other = await device(t.url);
    const list = expectType(await other.ask({ t: 'host.list' }), 'sessions');
    expect(list.sessions.map((s) => s.code)).toEqual([code]);
    const claimed = expectType(await other.ask({ t: 'host.claim', code }), 'host.created');
    expect(claimed.secret).not.toBe(secret);
    expect((await other.waitFor('host.state')).view.round!.counts).toEqual([1, 0, 0]);
    expect(await (await device(t.url)).ask({ t: 'host.resume', secret })).toMatchObject({ t: 'error', code: 'not-found' });
  });

  it('two projectors: one on another device is refused, or takes over and the first is told; no vote is lost', async () => {
    const t = await hubInProcess();
    const { host: first, code, secret } = await session(t.url, 'live', '127.0.0.2');
    const students = await devices(t.url, 4);
    for (const s of students) expectType(await s.ask({ t: 'join', code }), 'joined');
    await first.ask({ t: 'host.open', round: decision('n1') });
    const second = await device(t.url, '127.0.0.3');
    expect(await second.ask({ t: 'host.resume', secret })).toMatchObject({ t: 'error', code: 'conflict' });
    expect((await students[0]!.ask({ t: 'vote', roundId: 'n1', picks: ['a'] })).t).toBe('ack');
    expect((await second.ask({ t: 'host.resume', secret, takeover: true })).t).toBe('ack');
    await first.waitFor('host.replaced');
    expect(await first.ask({ t: 'host.reveal', roundId: 'n1' })).toMatchObject({ t: 'error', code: 'forbidden' });
    for (const s of students.slice(1)) expect((await s.ask({ t: 'vote', roundId: 'n1', picks: ['b'] })).t).toBe('ack');
    expect((await second.ask({ t: 'host.reveal', roundId: 'n1' })).t).toBe('ack');
    expect((await second.waitFor('host.state', (m) => m.view.round?.state === 'revealed')).view.round!.counts).toEqual([1, 3, 0]);
    // A second tab on the same PC (the same address) takes over at once; the one it replaced is told.
    const tab = await device(t.url, '127.0.0.3');
    expect((await tab.ask({ t: 'host.resume', secret })).t).toBe('ack');
    await second.waitFor('host.replaced');
  });
});
