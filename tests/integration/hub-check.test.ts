// The learning check taken on the devices, through the real hub on loopback: each device's form A,
// B and booster reach the projector as counts (no seat), acknowledged only once the session's file
// holds them; the paired gain, its effect size and the questions most missed read from those
// counts; a check in ids the bank does not have, from a device with no seat or from the projector
// is refused; a flood is cut at the socket's limit; a full disk acknowledges nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changeSummary, pairedGain, QuizForm } from '../../src/core';
import { checkWords } from '../../src/class/check-lines';
import { restore } from '../../src/class/session-file';
import { type CheckForm, type CheckResult, type Dashboard, HostView } from '../../src/class/protocol';
import { SHIPPED_BANK } from '../../server/check-bank';
import { nodeDisk } from '../../server/session-store';
import { device, devices, expectType, hubInProcess, session, sleep } from './hub-harness';

/** A sitting that missed `missed` items of the form, from its `from`th on. */
const sitting = (form: CheckForm, missed: number, from = 0): CheckResult => {
  const items = SHIPPED_BANK[form].slice(from, from + missed);
  return { form, correct: SHIPPED_BANK[form].length - items.length, total: SHIPPED_BANK[form].length, missed: items };
};
const FILES: Record<CheckForm, string> = { A: 'form-a', B: 'form-b', booster: 'booster' };
const shipped = (form: CheckForm) => QuizForm.parse(JSON.parse(readFileSync(`levels/quiz/${FILES[form]}.json`, 'utf8')));
const itemText = (form: CheckForm, id: string) => {
  const item = shipped(form).items.find((i) => i.id === id);
  return item && (item.kind === 'choice' ? item.question : item.message);
};

describe('the learning check on the devices', () => {
  it('reaches the projector as counts, on disk before it is acknowledged, and reads as the paired gain', async () => {
    const t = await hubInProcess();
    const { host, code } = await session(t.url, 'self');
    const students = await devices(t.url, 4);
    for (const s of students) expectType(await s.ask({ t: 'join', code }), 'joined');
    const saved = () => restore(readFileSync(join(t.stateDir, `${code}.json`), 'utf8')).state;

    // Missed of 12: form A 6, 8, 5, 7; form B 2, 3, 3 (the fourth device never took B); one booster.
    const plan: [number, number | null][] = [[6, 2], [8, 3], [5, 3], [7, null]];
    for (const [i, [a, b]] of plan.entries()) {
      expect((await students[i]!.ask({ t: 'check', result: sitting('A', a, i) })).t).toBe('ack');
      // Acknowledged means on disk: the file already holds this device's items missed.
      expect(saved().seatList[i]!.checks.A!.missed).toEqual(SHIPPED_BANK.A.slice(i, i + a));
      if (b !== null) expect((await students[i]!.ask({ t: 'check', result: sitting('B', b) })).t).toBe('ack');
    }
    expect((await students[0]!.ask({ t: 'check', result: sitting('booster', 3) })).t).toBe('ack');

    const view = await host.waitFor('host.state', (m) => m.view.dashboard.checks.B.n === 3 && m.view.dashboard.checks.booster.n === 1);
    expect(HostView.safeParse(view.view).success).toBe(true);
    const checks: Dashboard['checks'] = view.view.dashboard.checks;
    // 50, 33.3, 58.3, 41.7 % before; 83.3, 75, 75 % after.
    expect(checks.A).toMatchObject({ n: 4, percent: 45.8, itemsFrom: 4 });
    // Items 3–5 are in every device's run of misses; the most missed come first.
    const items = (m: Dashboard['checks']['A']['missed']) => m.map((x) => x.item).sort();
    expect(checks.A.missed.map((m) => m.devices)).toEqual([4, 4, 4, 3, 3]);
    expect(items(checks.A.missed.slice(0, 3))).toEqual([3, 4, 5].map((i) => SHIPPED_BANK.A[i]).sort());
    expect(checks.B).toMatchObject({ n: 3, percent: 77.8, itemsFrom: 3 });
    expect(checks.B.missed.map((m) => m.devices)).toEqual([3, 3, 2]);
    expect(items(checks.B.missed)).toEqual(SHIPPED_BANK.B.slice(0, 3).sort());
    expect(checks.gain).toEqual([{ points: 16.7, devices: 1 }, { points: 33.3, devices: 1 }, { points: 41.7, devices: 1 }]);
    expect(checks.kept).toEqual([{ points: -8.3, devices: 1 }]); // 83.3 % after, 75 % a week later
    const gain = changeSummary(checks.gain);
    expect(gain).toMatchObject({ n: 3, improved: 3, same: 0, fell: 0 });
    expect(gain.gain).toEqual(pairedGain([16.7, 33.3, 41.7]));
    expect(gain.gain!.points.value).toBe(30.6);
    // In words, as the debrief says it: the questions by their own text, never by id.
    const words = checkWords(checks, 'en', itemText);
    expect(words.lines).toContain('Before playing: 45.8% right on average (4 devices)');
    expect(words.lines.some((l) => l.startsWith('The 3 devices that did the check before and after: +30.6 right answers per 100 questions'))).toBe(true);
    expect(words.lines).toContain('3 devices got more right, 0 the same, 0 fewer');
    const top = checks.A.missed[0]!.item;
    expect(words.missed[0]).toBe(`Before playing · “${itemText('A', top)!.en}”: 4 of 4 devices got it wrong`);
    expect(words.missed.join(' ')).not.toContain(top);

    // The summary holds the same counts and no seat; after a restart the session reads back whole.
    const summary = expectType(await host.ask({ t: 'host.summary' }), 'summary').summary;
    expect(summary.dashboard.checks).toEqual(checks);
    await t.hub.close();
    const again = await hubInProcess({ stateDir: t.stateDir });
    expect(again.hub.sessions.get(code)!.seatList.map((s) => s.checks)).toEqual(saved().seatList.map((s) => s.checks));
  });

  it('refuses a check outside the bank, from no seat, from the projector; limits a flood; acknowledges nothing the disk refused', async () => {
    const disk = { refuse: false };
    const t = await hubInProcess({
      limits: { perSocket: { perSecond: 10, burst: 6 } },
      disk: { ...nodeDisk, write: async (f, text) => { if (disk.refuse) throw Object.assign(new Error('ENOSPC: injected'), { code: 'ENOSPC' }); return nodeDisk.write(f, text); } },
    });
    const { host, code } = await session(t.url, 'self');
    const [student, stranger] = await devices(t.url, 2);
    expectType(await student!.ask({ t: 'join', code }), 'joined');
    // The error that follows (one the schema refuses carries no request id: the frame was not read as a message).
    const refused = async (d: typeof student, result: unknown) => {
      const from = d!.received.length;
      d!.send({ t: 'check', result: result as CheckResult });
      return (await d!.waitFor('error', () => true, 5000, from)).code;
    };

    expect(await refused(student, { ...sitting('A', 1), missed: [SHIPPED_BANK.B[0]] })).toBe('bad-message'); // form B's item in form A
    expect(await refused(student, { form: 'A', correct: 11, total: 12, missed: ['__proto__'] })).toBe('bad-message');
    expect(await refused(student, { form: 'A', correct: 9, total: 10, missed: [SHIPPED_BANK.A[0]] })).toBe('bad-message'); // not the form's count
    await sleep(800); // the socket's bucket fills again
    expect(await refused(student, { form: 'A', correct: 10, total: 12, missed: [SHIPPED_BANK.A[0], SHIPPED_BANK.A[0]] })).toBe('bad-message');
    expect(await refused(stranger, sitting('A', 1))).toBe('forbidden');
    expect(await refused(host, sitting('A', 1))).toBe('forbidden');
    expect(t.hub.sessions.get(code)!.seatList[0]!.checks).toEqual({ A: null, B: null, booster: null });

    // A flood from one socket: past its burst, frames are dropped unread, with a "rate" error.
    await sleep(800);
    const from = student!.received.length;
    for (let i = 0; i < 20; i++) student!.send({ t: 'check', result: sitting('A', i % 12) });
    await sleep(300);
    const answers = student!.received.slice(from);
    expect(answers.filter((m) => m.t === 'ack').length).toBeLessThanOrEqual(8);
    expect(answers.some((m) => m.t === 'error' && m.code === 'rate')).toBe(true);

    // The disk refuses: the check is held, not acknowledged, until the file has it.
    await sleep(800);
    disk.refuse = true;
    const answer = student!.ask({ t: 'check', result: sitting('booster', 4) }, 20_000);
    await host.waitFor('host.state', (m) => !m.view.storage.ok && m.view.dashboard.checks.booster.n === 1);
    await sleep(1500);
    let acked = false;
    void answer.then(() => (acked = true));
    await sleep(200);
    expect(acked).toBe(false);
    disk.refuse = false;
    expect((await answer).t).toBe('ack');
    expect(restore(readFileSync(join(t.stateDir, `${code}.json`), 'utf8')).state.seatList[0]!.checks.booster).toEqual({ percent: 66.7, missed: SHIPPED_BANK.booster.slice(0, 4) });
    const late = await device(t.url);
    expectType(await late.ask({ t: 'join', code }), 'joined');
  });
});
