// Generated hostile messages through the real hub on loopback (fast-check): every name every
// JavaScript object inherits, __proto__, huge and deeply nested values, every message type in any
// order, learning checks in the bank's ids and in anyone else's, from devices with a seat, without
// one, and from a projector of another session. After each run the projector's state still reads
// as a valid view, a real student's vote is taken and counted, the check counts only the bank's
// items, and nothing leaked into Object.prototype; after a restart the session reads back whole.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHECK_FORMS, HostView, PROTOCOL_VERSION, ServerMessage, Summary } from '../../src/class/protocol';
import { SHIPPED_BANK } from '../../server/check-bank';
import { levelInfo } from '../../src/class/level-info';
import { shippedLevel } from '../unit/load';
import { type TestHub, device, devices, expectType, hubInProcess, session } from './hub-harness';
import type { SimDevice } from './sim-device';

const INHERITED = [...new Set([...Object.getOwnPropertyNames(Object.prototype), ...Object.getOwnPropertyNames(Function.prototype), ...Object.getOwnPropertyNames(Array.prototype), 'prototype', '__proto__', 'constructor'])];
const TYPES = ['host.create', 'host.resume', 'host.list', 'host.claim', 'host.mode', 'host.level', 'host.open', 'host.reveal', 'host.play', 'host.advance', 'host.summary', 'host.end', 'host.remove', 'join', 'rejoin', 'vote', 'progress', 'check', 'ping', 'shout', ...INHERITED];

const level = shippedLevel('bank-card');
const info = levelInfo(level);
const decisionNode = info.decisions[0]!;

const hostileId = fc.oneof(
  fc.constantFrom(...INHERITED),
  fc.constantFrom(...info.nodes.slice(0, 5), ...decisionNode.choices, 'a', 'b', 'r1'),
  fc.string({ maxLength: 80 }),
  fc.string({ minLength: 3000, maxLength: 17_000 }), // some frames end up over the 16 KiB limit (the socket is closed; it reconnects)
);
const deep = fc.integer({ min: 10, max: 20_000 }).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`);
const anyValue = fc.oneof(hostileId, fc.jsonValue({ maxDepth: 4 }), fc.constant(null), fc.integer(), fc.double());
// A learning check: the right form and count with the bank's ids, other forms' ids, inherited names, anything.
const checkResult = fc.oneof(
  fc.constantFrom(...CHECK_FORMS).chain((form) => fc.record({ form: fc.constant(form), missed: fc.subarray([...SHIPPED_BANK[form]]) }).map(({ form, missed }) => ({ form, correct: SHIPPED_BANK[form].length - missed.length, total: SHIPPED_BANK[form].length, missed }))),
  fc.record({ form: fc.constantFrom('A', 'B', 'booster', 'constructor'), correct: fc.integer({ min: -5, max: 200 }), total: fc.integer({ min: -5, max: 200 }), missed: fc.array(fc.oneof(hostileId, fc.constantFrom(...SHIPPED_BANK.A, ...SHIPPED_BANK.booster)), { maxLength: 70 }) }, { requiredKeys: [] }),
  fc.constantFrom(...CHECK_FORMS).chain((form) => fc.array(fc.constantFrom(...INHERITED), { minLength: 1, maxLength: 3 }).map((missed) => ({ form, correct: SHIPPED_BANK[form].length - missed.length, total: SHIPPED_BANK[form].length, missed }))),
);
const body = fc.record(
  {
    roundId: hostileId,
    picks: fc.array(hostileId, { maxLength: 30 }),
    code: fc.oneof(fc.constantFrom('123456', '000000'), hostileId),
    secret: hostileId,
    token: hostileId,
    mode: fc.constantFrom('live', 'self', 'constructor'),
    seats: fc.constantFrom('animal', 'number', 'toString'),
    choice: fc.oneof(fc.constant('majority'), hostileId),
    level: fc.oneof(fc.constant(null), fc.record({ levelId: hostileId, title: fc.record({ 'zh-CN': hostileId, en: hostileId }), nodes: fc.array(hostileId, { maxLength: 12 }), decisions: fc.array(fc.record({ node: hostileId, choices: fc.array(hostileId, { maxLength: 9 }) }), { maxLength: 4 }) })),
    round: fc.record({ id: hostileId, kind: fc.constantFrom('decision', 'signs', 'valueOf'), levelId: hostileId, prompt: fc.record({ 'zh-CN': hostileId, en: hostileId }), options: fc.array(fc.record({ id: hostileId, text: fc.record({ 'zh-CN': hostileId, en: hostileId }) }), { maxLength: 10 }) }),
    progress: fc.record({ levelId: fc.oneof(fc.constant(level.id), hostileId), at: hostileId, status: fc.constantFrom('playing', 'ended', '__proto__'), trail: fc.array(fc.oneof(hostileId.map((c) => `${decisionNode.node}/${c}`), fc.tuple(hostileId, hostileId).map(([a, b]) => `${a}/${b}`)), { maxLength: 70 }) }),
    result: checkResult,
    rid: fc.oneof(fc.integer({ min: 1, max: 1000 }), fc.constant(-1), fc.constant(2 ** 40), hostileId),
    extra: anyValue,
  },
  { requiredKeys: [] },
);
/** One frame: a message of any type (known or inherited) with any fields, a __proto__ key, a learning check of any kind, or raw junk. */
const frame = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.constantFrom(...TYPES), body, fc.constantFrom(PROTOCOL_VERSION, PROTOCOL_VERSION, 1, '2', null)).map(([t, b, v]) => JSON.stringify({ v, t, ...b })) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...TYPES), anyValue).map(([t, x]) => `{"v":${PROTOCOL_VERSION},"t":${JSON.stringify(t)},"__proto__":${JSON.stringify(x) ?? 'null'},"constructor":{"prototype":{"polluted":true}}}`) },
  { weight: 2, arbitrary: fc.tuple(checkResult, fc.option(fc.integer({ min: 1, max: 1000 }), { nil: undefined })).map(([result, rid]) => JSON.stringify({ v: PROTOCOL_VERSION, t: 'check', result, rid })) },
  { weight: 1, arbitrary: deep },
  { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
);
const who = fc.integer({ min: 0, max: 4 });

describe('the hub under generated hostile messages', () => {
  it('keeps the projector\'s state valid and the other devices served, whatever arrives in whatever order', async () => {
    const t: TestHub = await hubInProcess({ limits: { perSocket: { perSecond: 10_000, burst: 10_000 }, dropsBeforeClose: 100_000 } });
    const { host, code, secret } = await session(t.url, 'live');
    expect((await host.ask({ t: 'host.level', level: info })).t).toBe('ack');
    const round = { id: 'r1', kind: 'decision' as const, levelId: level.id, prompt: level.title, options: decisionNode.choices.map((id) => ({ id, text: level.title })) };
    expect((await host.ask({ t: 'host.open', round })).t).toBe('ack');
    const [control] = await devices(t.url, 1);
    expectType(await control!.ask({ t: 'join', code }), 'joined');

    // Hostile devices: three with seats, one with none, one the projector of another session.
    const hostile: SimDevice[] = [];
    const open = async (i: number) => {
      const d = await device(t.url);
      if (i < 3) await d.ask({ t: 'join', code });
      if (i === 4) await d.ask({ t: 'host.create', mode: 'self', seats: 'number' });
      hostile[i] = d;
    };
    for (let i = 0; i < 5; i++) await open(i);

    let runs = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(who, frame), { minLength: 1, maxLength: 25 }), async (frames) => {
        runs++;
        for (const [i, f] of frames) {
          if (hostile[i]!.closed || hostile[i]!.ws.readyState !== 1) await open(i); // closed for an oversized frame: it comes back
          hostile[i]!.raw(f);
        }
        // A real student votes; the vote is taken, acknowledged and counted.
        const pick = decisionNode.choices[runs % decisionNode.choices.length]!;
        const from = host.received.length;
        expect((await control!.ask({ t: 'vote', roundId: 'r1', picks: [pick] })).t).toBe('ack');
        const view = await host.waitFor('host.state', (m) => m.view.round?.id === 'r1' && m.view.round.counts[round.options.findIndex((o) => o.id === pick)]! >= 1, 5000, from);
        expect(HostView.safeParse(view.view).success).toBe(true);
        expect(ServerMessage.safeParse(view).success).toBe(true);
        for (const n of [...Object.values(view.view.dashboard.at), ...Object.values(view.view.dashboard.splits).flatMap((s) => Object.values(s))]) expect(Number.isInteger(n)).toBe(true);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        // The learning check counts only the bank's own items, each form's in its own tally.
        for (const form of CHECK_FORMS) {
          const tally = view.view.dashboard.checks[form];
          for (const m of tally.missed) expect(SHIPPED_BANK[form]).toContain(m.item);
          expect(tally.itemsFrom).toBeLessThanOrEqual(Math.min(tally.n, view.view.joined));
        }
        for (const c of [...view.view.dashboard.checks.gain, ...view.view.dashboard.checks.kept]) expect(Math.abs(c.points)).toBeLessThanOrEqual(100);
      }),
      { numRuns: 30, seed: Number(process.env.HOSTILE_SEED ?? 20261205) },
    );

    // Well-formed checks among the hostile ones were taken, in the bank's ids only.
    const sittings = t.hub.sessions.get(code)!.seatList.flatMap((s) => CHECK_FORMS.flatMap((f) => (s.checks[f] ? [[f, s.checks[f]] as const] : [])));
    expect(sittings.length).toBeGreaterThan(0);
    for (const [form, sitting] of sittings) for (const item of sitting.missed ?? []) expect(SHIPPED_BANK[form]).toContain(item);

    // Every frame the projector got was a valid message; the summary reads; a new device is served.
    for (const m of host.received) expect(ServerMessage.safeParse(m).success, JSON.stringify(m).slice(0, 200)).toBe(true);
    expect(Summary.safeParse(expectType(await host.ask({ t: 'host.summary' }), 'summary').summary).success).toBe(true);
    const late = await device(t.url);
    expectType(await late.ask({ t: 'join', code }), 'joined');

    // And after a restart the session reads back whole: nothing a device sent poisoned its file.
    const before = t.hub.sessions.get(code)!;
    await t.hub.close();
    const again = await hubInProcess({ stateDir: t.stateDir });
    expect(again.hub.sessions.get(code)).toEqual(before);
    const projector = await device(again.url);
    expect((await projector.ask({ t: 'host.resume', secret })).t).toBe('ack');
    const resumed = await projector.waitFor('host.state');
    expect(HostView.safeParse(resumed.view).success).toBe(true);
    expect(resumed.view.notices).toEqual([]);
  });
});
