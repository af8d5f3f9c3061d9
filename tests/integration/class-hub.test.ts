// The class hub on loopback, with real sockets and real files: a class of 60 devices votes through
// a whole shipped level; the hub is killed and restarted mid-level and loses nothing; a thousand
// malformed or oversized messages are refused while the hub keeps serving.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createStory, type Story, type StoryState } from '../../src/core';
import { restore } from '../../src/class/session-file';
import { levelInfo } from '../../src/class/level-info';
import { HUB_PATH, MAX_FRAME_BYTES, type RoundSpec } from '../../src/class/protocol';
import { type RunningHub, startHub } from '../../server/hub';
import { SHIPPED_BANK } from '../../server/check-bank';
import { shippedLevel } from '../unit/load';
import { SimDevice } from './sim-device';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const f of cleanups.splice(0).reverse()) await f();
});

async function hubInProcess(): Promise<{ hub: RunningHub; url: string; stateDir: string; logs: string[] }> {
  const stateDir = mkdtempSync(join(tmpdir(), 'class-hub-'));
  const logs: string[] = [];
  const hub = await startHub({ port: 0, host: '127.0.0.1', dist: null, stateDir, log: (l) => logs.push(l) });
  cleanups.push(() => hub.close());
  return { hub, url: `ws://127.0.0.1:${hub.port}${HUB_PATH}`, stateDir, logs };
}

async function devices(url: string, n: number): Promise<SimDevice[]> {
  const list = await Promise.all(Array.from({ length: n }, () => SimDevice.open(url)));
  cleanups.push(() => list.forEach((d) => d.close()));
  return list;
}

/** A small seeded generator, so a failing run can be replayed. */
function rng(seed: number) {
  let s = seed >>> 0;
  return (n: number) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
}

const decisionRound = (story: Story, state: StoryState): RoundSpec => {
  const node = story.node(state.at);
  if (node.type !== 'choice') throw new Error('not at a decision');
  return { id: node.id, kind: 'decision', levelId: story.level.id, prompt: node.prompt, options: story.choices(state).map((c) => ({ id: c.id, text: c.text })) };
};

async function joinAll(students: SimDevice[], code: string) {
  const joined = await Promise.all(students.map((d) => d.ask({ t: 'join', code })));
  return joined.map((m) => {
    if (m.t !== 'joined') throw new Error(`join refused: ${JSON.stringify(m)}`);
    return m;
  });
}

describe('class hub on loopback', () => {
  it('60 devices join and vote through a whole level live, every vote counted once', async () => {
    const { url, stateDir, hub } = await hubInProcess();
    const [host] = await devices(url, 1);
    const created = await host!.ask({ t: 'host.create', mode: 'live', seats: 'animal' });
    if (created.t !== 'host.created') throw new Error(JSON.stringify(created));
    const students = await devices(url, 60);
    const seats = await joinAll(students, created.code);
    expect(new Set(seats.map((s) => s.seat.number)).size).toBe(60);
    expect(new Set(seats.map((s) => s.token)).size).toBe(60);
    await host!.waitFor('host.state', (m) => m.view.joined === 60 && m.view.connected === 60);

    const story = createStory(shippedLevel('bank-card'));
    const random = rng(15);
    let step = story.start();
    // A spot-the-sign round over the contacts' first messages: any set of flags per device.
    const messages = step.events.flatMap((e) => (e.type === 'message' && e.role === 'contact' ? [{ id: e.nodeId, text: e.text }] : [])).slice(0, 6);
    let rounds = 0;
    if (messages.length) {
      const signs: RoundSpec = { id: 'signs-1', kind: 'signs', levelId: story.level.id, prompt: { 'zh-CN': '哪些消息有诈？', en: 'Which messages are a trick?' }, options: messages };
      await host!.ask({ t: 'host.open', round: signs });
      const flags = students.map(() => messages.filter(() => random(2) === 0).map((m) => m.id));
      await Promise.all(students.map((d, i) => d.ask({ t: 'vote', roundId: 'signs-1', picks: flags[i]! })));
      const expected = messages.map((m) => flags.filter((f) => f.includes(m.id)).length);
      await host!.ask({ t: 'host.reveal', roundId: 'signs-1' });
      const view = await host!.waitFor('host.state', (m) => m.view.round?.id === 'signs-1' && m.view.round.state === 'revealed');
      expect(view.view.round!.counts).toEqual(expected);
      expect(view.view.round!.voters).toBe(60);
      await host!.ask({ t: 'host.advance' });
      rounds++;
    }

    while (step.state.status !== 'ended') {
      if (step.state.status === 'consequence') {
        step = story.proceed(step.state);
        continue;
      }
      // Each opening its own round id, as the projector does (a story may pass a decision twice).
      const round = { ...decisionRound(story, step.state), id: `${step.state.at}.${rounds}` };
      const from = students.map((d) => d.received.length);
      await host!.ask({ t: 'host.open', round });
      // Every device is shown the choices, in the projector's order.
      await Promise.all(students.map((d, i) => d.waitFor('student.state', (m) => m.view.round?.id === round.id && m.view.round.state === 'open', 10_000, from[i])));
      const final = students.map(() => round.options[random(round.options.length)]!.id);
      await Promise.all(
        students.map(async (d, i) => {
          if (i % 6 === 0) await d.ask({ t: 'vote', roundId: round.id, picks: [round.options[0]!.id] }); // changes its mind below
          if (i % 10 === 0) d.send({ t: 'vote', roundId: round.id, picks: [final[i]!] }); // a double press
          const answer = await d.ask({ t: 'vote', roundId: round.id, picks: [final[i]!] });
          expect(answer.t).toBe('ack');
        }),
      );
      const expected = round.options.map((o) => final.filter((f) => f === o.id).length);
      await host!.ask({ t: 'host.reveal', roundId: round.id });
      const revealed = await host!.waitFor('host.state', (m) => m.view.round?.id === round.id && m.view.round.state === 'revealed');
      expect(revealed.view.round!.counts).toEqual(expected);
      expect(revealed.view.round!.voters).toBe(60);
      // Too late to change: refused, and the count stands.
      expect((await students[1]!.ask({ t: 'vote', roundId: round.id, picks: [round.options[0]!.id] })).t).toBe('error');
      await Promise.all(students.map((d) => d.waitFor('student.state', (m) => m.view.round?.id === round.id && m.view.round.counts !== null)));
      const best = Math.max(...expected);
      const majority = round.options[expected.indexOf(best)]!.id;
      await host!.ask({ t: 'host.play', roundId: round.id, choice: 'majority' });
      const played = await host!.waitFor('host.state', (m) => m.view.history.some((r) => r.id === round.id));
      expect(played.view.history.find((r) => r.id === round.id)!.played).toBe(majority);
      step = story.choose(step.state, majority);
      expect(round.options.map((o) => o.id)).toContain(majority);
      rounds++;
    }
    expect(rounds).toBeGreaterThanOrEqual(3);

    // The file on disk holds every round with every seat's vote.
    const file = restore(readFileSync(join(stateDir, `${created.code}.json`), 'utf8')).state;
    expect(file.rounds).toHaveLength(rounds);
    for (const round of file.rounds) expect(Object.keys(round.votes)).toHaveLength(60);
    expect(hub.sessions.get(created.code)!.rounds.every((r) => r.state === 'closed')).toBe(true);

    const summary = await host!.ask({ t: 'host.summary' });
    if (summary.t !== 'summary') throw new Error(JSON.stringify(summary));
    expect(summary.summary.devices).toBe(60);
    expect(summary.summary.rounds.every((r) => r.voters === 60)).toBe(true);
  });

  it('killed and restarted mid-level, the hub loses no vote, seat or progress', async () => {
    const stateDir = mkdtempSync(join(tmpdir(), 'class-hub-kill-'));
    const port = await freePort();
    const url = `ws://127.0.0.1:${port}${HUB_PATH}`;
    let child = await hubChild(port, stateDir);

    let host = await SimDevice.open(url);
    const created = await host.ask({ t: 'host.create', mode: 'live', seats: 'number' });
    if (created.t !== 'host.created') throw new Error(JSON.stringify(created));
    let students = await Promise.all(Array.from({ length: 20 }, () => SimDevice.open(url)));
    const seats = await joinAll(students, created.code);
    const story = createStory(shippedLevel('bank-card'));
    const step = story.start();
    const round = decisionRound(story, step.state);
    await host.ask({ t: 'host.open', round });
    const picks = students.map((_, i) => round.options[i % round.options.length]!.id);
    // Half the class has voted (and been acknowledged) when the hub dies.
    await Promise.all(students.slice(0, 10).map((d, i) => d.ask({ t: 'vote', roundId: round.id, picks: [picks[i]!] })));
    expect((await host.ask({ t: 'host.level', level: levelInfo(story.level) })).t).toBe('ack');
    expect((await students[3]!.ask({ t: 'progress', progress: { levelId: story.level.id, at: round.id, status: 'playing', trail: [] } })).t).toBe('ack');
    expect((await students[4]!.ask({ t: 'check', result: { form: 'A', correct: 7, total: 12, missed: SHIPPED_BANK.A.slice(0, 5) } })).t).toBe('ack');

    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    [host, ...students].forEach((d) => d.close());
    child = await hubChild(port, stateDir);

    // The projector and every device come back with what they kept: the secret, their tokens.
    host = await SimDevice.open(url);
    await host.ask({ t: 'host.resume', secret: created.secret });
    const resumed = await host.waitFor('host.state');
    expect(resumed.view.code).toBe(created.code);
    expect(resumed.view.joined).toBe(20);
    expect(resumed.view.round!.id).toBe(round.id);
    expect(resumed.view.round!.voters).toBe(10);
    students = await Promise.all(Array.from({ length: 20 }, () => SimDevice.open(url)));
    const back = await Promise.all(students.map((d, i) => d.ask({ t: 'rejoin', token: seats[i]!.token })));
    back.forEach((m, i) => expect(m.t === 'joined' && m.seat.number).toBe(seats[i]!.seat.number));
    for (const [i, d] of students.slice(0, 10).entries()) expect((await d.waitFor('student.state')).view.round!.mine).toEqual([picks[i]]);
    await Promise.all(students.slice(10).map((d, i) => d.ask({ t: 'vote', roundId: round.id, picks: [picks[i + 10]!] })));
    await host.ask({ t: 'host.reveal', roundId: round.id });
    const revealed = await host.waitFor('host.state', (m) => m.view.round?.state === 'revealed');
    expect(revealed.view.round!.counts).toEqual(round.options.map((o) => picks.filter((p) => p === o.id).length));
    expect(revealed.view.dashboard.at).toEqual({ [`${story.level.id}/${round.id}`]: 1 });
    expect(revealed.view.dashboard.checks.A).toEqual({ n: 1, percent: 58.3, itemsFrom: 1, missed: SHIPPED_BANK.A.slice(0, 5).sort().map((item) => ({ item, devices: 1 })) });
    [host, ...students].forEach((d) => d.close());
    child.kill('SIGKILL');
  });

  it('refuses 1,000 malformed or oversized messages and keeps serving the class', async () => {
    const { url, logs } = await hubInProcess();
    const [host, student] = await devices(url, 2);
    const created = await host!.ask({ t: 'host.create', mode: 'live', seats: 'number' });
    if (created.t !== 'host.created') throw new Error('no session');
    await student!.ask({ t: 'join', code: created.code });
    const round: RoundSpec = { id: 'n1', kind: 'decision', levelId: 'x', prompt: { 'zh-CN': '问', en: 'Q' }, options: [{ id: 'a', text: { 'zh-CN': '甲', en: 'A' } }, { id: 'b', text: { 'zh-CN': '乙', en: 'B' } }] };
    await host!.ask({ t: 'host.open', round });

    const bad = [
      'not json', '{"v":3', '[1,2,3]', 'null', '42', '{"t":"ping"}', '{"v":1,"t":"ping"}', '{"v":3,"t":"shout"}', '{"v":3}',
      '{"v":3,"t":"join","code":"abc"}', '{"v":3,"t":"join","code":"1234567"}', '{"v":3,"t":"vote","roundId":"n1","picks":"a"}',
      '{"v":3,"t":"vote","roundId":"n1","picks":["a"]}', // no seat: forbidden
      '{"v":3,"t":"host.reveal","roundId":"n1"}', // not the projector: forbidden
      '{"v":3,"t":"host.end"}',
      '{"v":3,"t":"rejoin","token":"short"}', '{"v":3,"t":"ping","extra":true}', '{"v":3,"t":"ping","rid":-1}',
      JSON.stringify({ v: 3, t: 'host.open', round: { ...round, prompt: { 'zh-CN': '问'.repeat(401), en: 'Q' } } }),
      JSON.stringify({ v: 3, t: 'progress', progress: { levelId: 'x', at: 'n1', status: 'playing', trail: Array(65).fill('a/b') } }),
      '{"v":3,"t":"__proto__","constructor":{"prototype":{"polluted":true}}}',
    ];
    const attackers = await devices(url, 25);
    const oversized = await devices(url, 10);
    const errorsBefore = attackers.map((d) => d.received.length);
    const sent = attackers.flatMap((d, i) => Array.from({ length: 39 }, (_, k) => (d.raw(bad[(i * 39 + k) % bad.length]!), 1)));
    attackers.slice(0, 15).forEach((d) => (d.raw(Buffer.from([0xde, 0xad, 0xbe, 0xef])), sent.push(1))); // binary frames
    oversized.forEach((d) => d.raw('{"v":3,"t":"ping","x":"' + 'x'.repeat(MAX_FRAME_BYTES) + '"}'));
    expect(sent.length + oversized.length).toBe(1000);

    // Meanwhile the class goes on.
    expect((await student!.ask({ t: 'vote', roundId: 'n1', picks: ['b'] })).t).toBe('ack');

    const errors = await Promise.all(attackers.map(async (d, i) => {
      const expected = 39 + (i < 15 ? 1 : 0);
      for (let wait = 0; wait < 100 && d.received.length - errorsBefore[i]! < expected; wait++) await new Promise((r) => setTimeout(r, 50));
      return d.received.slice(errorsBefore[i]).filter((m) => m.t === 'error').length;
    }));
    expect(errors.reduce((a, b) => a + b, 0)).toBe(990);
    for (let wait = 0; wait < 100 && oversized.some((d) => !d.closed); wait++) await new Promise((r) => setTimeout(r, 50));
    expect(oversized.map((d) => d.closed?.code)).toEqual(Array(10).fill(1009));
    expect(logs.filter((l) => l.includes('refused')).length).toBeGreaterThanOrEqual(990);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();

    // A flood from one connection is slowed, not served: at most a burst, then "rate".
    const [flood] = await devices(url, 1);
    for (let i = 0; i < 200; i++) flood!.send({ t: 'ping' });
    await flood!.waitFor('error', (m) => m.code === 'rate');
    await new Promise((r) => setTimeout(r, 200));
    expect(flood!.received.filter((m) => m.t === 'pong').length).toBeLessThanOrEqual(45);

    // Still serving: a new device joins and votes, the projector sees both votes.
    const [late] = await devices(url, 1);
    expect((await late!.ask({ t: 'join', code: created.code })).t).toBe('joined');
    await late!.ask({ t: 'vote', roundId: 'n1', picks: ['a'] });
    const view = await host!.waitFor('host.state', (m) => m.view.round?.voters === 2);
    expect(view.view.round!.counts).toEqual([1, 1]);
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** The hub as `npm run class` starts it, in its own process, so that it can be killed. */
async function hubChild(port: number, stateDir: string): Promise<ChildProcess> {
  const emptyDist = mkdtempSync(join(tmpdir(), 'class-dist-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', CLASS_NO_BUILD: '1', CLASS_DIST: emptyDist, CLASS_STATE_DIR: stateDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  cleanups.push(() => void child.kill('SIGKILL'));
  let out = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the hub did not start: ${out}`)), 30_000);
    const read = (data: Buffer) => {
      out += String(data);
      if (out.includes(`listening on port ${port}`)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => reject(new Error(`the hub exited (${code}): ${out}`)));
  });
  expect(readdirSync(stateDir).every((f) => f.endsWith('.json'))).toBe(true);
  return child;
}
