// The hub's limits under a script, on loopback with many source addresses (127.0.0.x) and the
// loopback exemption off, so that each address is treated as a device on the school network:
// floods from one socket and one address, fake seats, join-code guessing, session creation, the
// projector's bounded view, sessions ended and removed, and the Host and Origin checks.
import { existsSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { levelInfo } from '../../src/class/level-info';
import { HUB_INFO_PATH, HUB_PATH, MAX_HISTORY, MAX_STUCK, PROTOCOL_VERSION } from '../../src/class/protocol';
import { STUCK_MS } from '../../src/class/hub-state';
import type { Limits } from '../../server/limits';
import { shippedLevel } from '../unit/load';
import { decision, device, devices, expectType, hubInProcess, session, sleep, until } from './hub-harness';
import { SimDevice } from './sim-device';

const strict: Partial<Limits> = { trustLoopback: false };
const addr = (n: number) => `127.0.0.${n}`;

describe('the hub\'s limits', () => {
  it('a 10,000-message flood from one socket is dropped and the socket closed; the class goes on', async () => {
    const t = await hubInProcess({ limits: strict });
    const { host, code } = await session(t.url, 'live', addr(2));
    const students = await devices(t.url, 20, (i) => addr(10 + i));
    for (const s of students) expectType(await s.ask({ t: 'join', code }), 'joined');
    await host.ask({ t: 'host.open', round: decision('n1') });

    const flooder = await device(t.url, addr(99));
    for (let i = 0; i < 10_000; i++) flooder.raw(`{"v":${PROTOCOL_VERSION},"t":"ping","rid":${i + 1}}`);
    // Meanwhile every student votes and is answered.
    const answers = await Promise.all(students.map((s, i) => s.ask({ t: 'vote', roundId: 'n1', picks: [['a', 'b', 'c'][i % 3]!] })));
    expect(answers.every((a) => a.t === 'ack')).toBe(true);
    const view = await host.waitFor('host.state', (m) => m.view.round?.voters === 20);
    expect(view.view.round!.counts).toEqual([7, 7, 6]);
    await until(() => flooder.closed !== null, 10_000, 'the flooder closed');
    const pongs = flooder.received.filter((m) => m.t === 'pong').length;
    expect(pongs).toBeLessThanOrEqual(60); // its burst and a second's worth, no more
    expect(flooder.received.filter((m) => m.t === 'error' && m.code === 'rate').length).toBeLessThanOrEqual(5);
    expect(t.logs.filter((l) => l.includes('past its limit'))).toHaveLength(1);
  });

  it('one address is limited across all its sockets, and in how many it may open', async () => {
    const t = await hubInProcess({ limits: { ...strict, connectionsPerAddress: 8, perAddress: { perSecond: 10, burst: 50 } } });
    const sockets = await devices(t.url, 8, () => addr(40));
    await expect(SimDevice.open(t.url, addr(40))).rejects.toThrow(/429/);
    for (const s of sockets) for (let i = 0; i < 30; i++) s.send({ t: 'ping' });
    await sleep(300);
    const pongs = sockets.reduce((n, s) => n + s.received.filter((m) => m.t === 'pong').length, 0);
    expect(pongs).toBeGreaterThanOrEqual(50);
    expect(pongs).toBeLessThanOrEqual(60); // 240 sent within the address's burst of 50 (and 10 a second)
    // Another address is not touched by it.
    const other = await device(t.url, addr(41));
    expect((await other.ask({ t: 'ping' })).t).toBe('pong');
  });

  it('fake seats: three a device address, a cap a session; real students still get in', async () => {
    const t = await hubInProcess({ limits: { ...strict, seatsPerSession: 12 } });
    const { code, host } = await session(t.url, 'live', addr(2));
    const script = await devices(t.url, 10, () => addr(50));
    const answers = await Promise.all(script.map((d) => d.ask({ t: 'join', code })));
    expect(answers.filter((a) => a.t === 'joined')).toHaveLength(3);
    expect(answers.filter((a) => a.t === 'error' && a.code === 'full')).toHaveLength(7);
    const real = await devices(t.url, 10, (i) => addr(60 + i));
    const joined = await Promise.all(real.map((d) => d.ask({ t: 'join', code })));
    expect(joined.filter((a) => a.t === 'joined')).toHaveLength(9); // 3 + 9 = the session's 12
    expect(joined.at(-1)).toMatchObject({ t: 'error', code: 'full' });
    expect((await host.waitFor('host.state', (m) => m.view.joined === 12)).view.joined).toBe(12);
  });

  it('join-code guessing: ten wrong codes a minute an address, then even the right one waits', async () => {
    const t = await hubInProcess({ limits: strict });
    const { code } = await session(t.url, 'live', addr(2));
    const guesser = await device(t.url, addr(70));
    const wrong = code === '111111' ? '222222' : '111111';
    const replies = [];
    for (let i = 0; i < 15; i++) replies.push(await guesser.ask({ t: 'join', code: wrong }));
    expect(replies.slice(0, 10).every((r) => r.t === 'error' && r.code === 'not-found')).toBe(true);
    expect(replies.slice(10).every((r) => r.t === 'error' && r.code === 'rate')).toBe(true);
    expect(await guesser.ask({ t: 'join', code })).toMatchObject({ t: 'error', code: 'rate' });
    // A new socket from the same address is no way round it; a student elsewhere joins.
    expect(await (await device(t.url, addr(70))).ask({ t: 'join', code })).toMatchObject({ t: 'error', code: 'rate' });
    expectType(await (await device(t.url, addr(71))).ask({ t: 'join', code }), 'joined');
  });

  it('session creation is limited an address and on the hub; old sessions end and their files go', async () => {
    const t = await hubInProcess({ limits: { ...strict, sessionsPerAddressPerHour: 3, openSessions: 4, idleEndMs: 300, removeAfterMs: 600 }, tickMs: 100 });
    const maker = await device(t.url, addr(80));
    const made = [];
    for (let i = 0; i < 4; i++) made.push(await maker.ask({ t: 'host.create', mode: 'live', seats: 'number' }));
    expect(made.map((m) => m.t)).toEqual(['host.created', 'host.created', 'host.created', 'error']);
    expect(made[3]).toMatchObject({ code: 'rate' });
    await device(t.url, addr(81)).then((d) => d.ask({ t: 'host.create', mode: 'live', seats: 'number' }));
    expect(await (await device(t.url, addr(82))).ask({ t: 'host.create', mode: 'live', seats: 'number' })).toMatchObject({ t: 'error', code: 'full' });
    const first = expectType(made[0]!, 'host.created').code;
    await until(() => existsSync(join(t.stateDir, `${first}.json`)), 5000, 'the session written');
    maker.close();
    // Idle past idleEndMs: ended; past removeAfterMs with nobody on it: removed with its files.
    await until(() => !t.hub.sessions.has(first), 5000, 'the idle session removed');
    expect(existsSync(join(t.stateDir, `${first}.json`))).toBe(false);
    expect(existsSync(join(t.stateDir, `${first}.prev.json`))).toBe(false);
    expect(t.logs.some((l) => l.includes(`session ${first} ended: no change`))).toBe(true);
  });

  it('the projector\'s view stays small with a full class at its longest trails and a long lesson', async () => {
    let skew = 0; // the hub's clock, moved on so that every device has been at its point for long
    const t = await hubInProcess({ limits: { perSocket: { perSecond: 1000, burst: 1000 } }, now: () => Date.now() + skew });
    const level = shippedLevel('bank-card');
    const info = levelInfo(level);
    const { host, code } = await session(t.url, 'self');
    await host.ask({ t: 'host.level', level: info });
    const students = await devices(t.url, 300);
    await Promise.all(students.map((s) => s.ask({ t: 'join', code })));
    // Every device at its longest trail the level allows: each decision's choices, 64 steps.
    const steps = info.decisions.flatMap((d) => d.choices.map((c) => `${d.node}/${c}`));
    const trail = Array.from({ length: 64 }, (_, i) => steps[i % steps.length]!);
    const answers = await Promise.all(students.map((s, i) => s.ask({ t: 'progress', progress: { levelId: level.id, at: info.nodes[i % info.nodes.length]!, status: 'playing', trail } })));
    expect(answers.every((a) => a.t === 'ack')).toBe(true);
    skew = STUCK_MS * 2;
    const bytes: number[] = [];
    host.ws.on('message', (data: Buffer) => bytes.push(data.length));
    await host.ask({ t: 'host.mode', mode: 'live' });
    // Sent without waiting for each answer: the hub takes them in order.
    for (let r = 0; r < MAX_HISTORY + 5; r++) {
      host.send({ t: 'host.open', round: decision(`r${r}`, ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) });
      host.send({ t: 'host.advance' });
    }
    const last = await host.waitFor('host.state', (m) => m.view.history.length === MAX_HISTORY && m.view.history.at(-1)!.id === `r${MAX_HISTORY + 4}`);
    expect(last.view.history[0]!.id).toBe('r5');
    expect(last.view.dashboard.stuck.length).toBe(MAX_STUCK); // of 300 stuck, the longest first
    expect(last.view.joined).toBe(300);
    expect(Math.max(...bytes)).toBeLessThan(64 * 1024);
  });

  it('answers only to its addresses and names (DNS rebinding), and only same-origin pages', async () => {
    const t = await hubInProcess({ allowedHosts: ['class.school'] });
    const get = (host: string) =>
      new Promise<number>((resolve, reject) => {
        request({ host: '127.0.0.1', port: t.hub.port, path: HUB_INFO_PATH, headers: { host } }, (res) => (res.resume(), resolve(res.statusCode!))).on('error', reject).end();
      });
    expect(await get(`127.0.0.1:${t.hub.port}`)).toBe(200);
    expect(await get(`localhost:${t.hub.port}`)).toBe(200);
    expect(await get(`class.school:${t.hub.port}`)).toBe(200);
    expect(await get(`attacker.example:${t.hub.port}`)).toBe(421);
    const ws = `ws://127.0.0.1:${t.hub.port}${HUB_PATH}`;
    await expect(SimDevice.open(ws, undefined, { host: 'attacker.example' })).rejects.toThrow(/403/);
    await expect(SimDevice.open(ws, undefined, { origin: 'http://attacker.example' })).rejects.toThrow(/403/);
    const same = await SimDevice.open(ws, undefined, { origin: `http://127.0.0.1:${t.hub.port}` });
    expect((await same.ask({ t: 'ping' })).t).toBe('pong');
    same.close();
  });
});
