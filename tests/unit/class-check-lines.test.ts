// The learning check on the devices in words, as the dashboard, the printed summary, the CSV and
// the debrief say it: each form's mean, the paired gain with its effect size, devices up / same /
// down, what a week later kept, and the questions most missed in their own text; both languages,
// counts only, no jargon a 13-year-old would not follow.
import { describe, expect, it } from 'vitest';
import { checkWords, signed } from '../../src/class/check-lines';
import type { Dashboard } from '../../src/class/protocol';
import { summaryRows } from '../../src/class/summary-csv';
import { pairedGain } from '../../src/core';

const none = { n: 0, percent: null, itemsFrom: 0, missed: [] };
const checks: Dashboard['checks'] = {
  A: { n: 5, percent: 50, itemsFrom: 5, missed: [{ item: 'a-relay', devices: 4 }, { item: 'a-jail', devices: 2 }] },
  B: { n: 4, percent: 75, itemsFrom: 4, missed: [{ item: 'b-car', devices: 1 }] },
  booster: { n: 2, percent: 70.8, itemsFrom: 2, missed: [] },
  gain: [{ points: -8.3, devices: 1 }, { points: 0, devices: 1 }, { points: 33.3, devices: 2 }],
  kept: [{ points: -8.3, devices: 1 }, { points: 0, devices: 1 }],
};
const text = (_form: string, id: string) => (id === 'a-relay' ? { 'zh-CN': '帮忙转个账', en: 'Pass the money on' } : undefined);

describe('the learning check in words', () => {
  it('says each form, the paired gain with its interval and effect size, who went up or down, and what a week kept', () => {
    const gain = pairedGain([-8.3, 0, 33.3, 33.3])!;
    const kept = pairedGain([-8.3, 0])!;
    const en = checkWords(checks, 'en', text);
    expect(en.lines).toEqual([
      'Before playing: 50% right on average (5 devices)',
      'After playing: 75% right on average (4 devices)',
      'A week later: 70.8% right on average (2 devices)',
      `The 4 devices that did the check before and after: ${signed(gain.points.value)} right answers per 100 questions on average (most likely between ${signed(gain.points.low)} and ${signed(gain.points.high)})`,
      `How big a change is that? medium (effect size d = ${gain.dz.value}, most likely between ${gain.dz.low < 0 ? `−${-gain.dz.low}` : gain.dz.low} and ${gain.dz.high})`,
      '2 devices got more right, 1 the same, 1 fewer',
      `A week later, the 2 devices that did the check again: ${signed(kept.points.value)} right answers per 100 questions against after playing (most likely between ${signed(kept.points.low)} and ${signed(kept.points.high)})`,
    ]);
    // An item the page has is shown in its words; one it does not, by its id rather than dropped.
    expect(en.missed).toEqual([
      'Before playing · “Pass the money on”: 4 of 5 devices got it wrong',
      'Before playing · “a-jail”: 2 of 5 devices got it wrong',
      'After playing · “b-car”: 1 of 4 devices got it wrong',
    ]);
    const zh = checkWords(checks, 'zh-CN', text);
    expect([signed(14.6), signed(-6.9), signed(0)]).toEqual(['+14.6', '−6.9', '0']);
    expect(gain.points.value).toBe(14.6);
    expect(zh.lines[0]).toBe('玩之前：平均答对 50%（5 台设备）');
    expect(zh.lines[5]).toBe('2 台设备答对得更多，1 台一样，1 台更少');
    expect(zh.missed[0]).toBe('玩之前 ·“帮忙转个账”：5 台设备里 4 台答错');
    for (const line of [...en.lines, ...zh.lines]) expect(line).not.toMatch(/percentage point|百分点|NaN|undefined/);
  });

  it('says too few rather than an interval when fewer than two devices took both, and nothing before any check', () => {
    const one = checkWords({ ...checks, gain: [{ points: 25, devices: 1 }], kept: [] }, 'en');
    expect(one.lines).toContain('Only 1 device did the check both before and after: too few to say how much the class changed');
    expect(one.lines).toContain('1 device got more right, 0 the same, 0 fewer');
    expect(one.lines.some((l) => l.includes('effect size'))).toBe(false);
    expect(checkWords({ A: none, B: none, booster: none, gain: [], kept: [] }, 'zh-CN')).toEqual({ lines: [], missed: [] });
  });

  it('puts the same figures in the summary\'s rows', () => {
    const gain = pairedGain([-8.3, 0, 33.3, 33.3])!;
    const rows = summaryRows({ mode: 'self', devices: 5, rounds: [], dashboard: { at: {}, splits: {}, stuck: [], checks } }, 'en', () => undefined, text);
    expect(rows).toContainEqual(['check, mean % right', '', 'Before playing', 'n=5', 50]);
    expect(rows).toContainEqual(['devices that got it wrong', '', 'Pass the money on', 'Before playing', 4]);
    expect(rows).toContainEqual(['after − before, per 100 questions', '', '', 'n=4', gain.points.value]);
    expect(rows).toContainEqual(['effect size d', '', '', 'n=4', gain.dz.value]);
    expect(rows).toContainEqual(['devices that got fewer right', '', '', 'n=4', 1]);
    expect(rows).toContainEqual(['a week later − after, per 100 questions', '', '', 'n=2', pairedGain([-8.3, 0])!.points.value]);
  });
});
