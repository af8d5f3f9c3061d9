// The show-of-hands check: matched messages from each form, hands tallied, and the class's gain
// with its uncertainty (a difference of proportions and Cohen's h, each with a 95 % interval).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { changeSummary, effectWord, handsItems, HANDS_PAIRS, mostMissed, pairedGain, proportionGain, QuizForm, tallyHands } from '../../src/core';

const form = (name: string) => QuizForm.parse(JSON.parse(readFileSync(`levels/quiz/${name}.json`, 'utf8')));

describe('the show-of-hands items', () => {
  it('are matched pairs on the same techniques in forms A and B, in an order fixed by the seed', () => {
    const [a, b] = [handsItems(form('form-a'), 'class'), handsItems(form('form-b'), 'class')];
    expect(a).toHaveLength(2 * HANDS_PAIRS);
    const techniques = (items: typeof a) => items.flatMap((i) => (i.technique ? [i.technique] : [])).sort();
    expect(techniques(a)).toEqual(techniques(b));
    expect(a.filter((i) => i.answer === 'real')).toHaveLength(HANDS_PAIRS);
    for (const item of a) expect(a.some((other) => other.id === item.pair)).toBe(true);
    expect(handsItems(form('form-a'), 'class').map((i) => i.id)).toEqual(a.map((i) => i.id));
  });
});

describe('the class gain from hands', () => {
  const items = [{ id: 'risky', answer: 'scam' as const }, { id: 'harmless', answer: 'real' as const }];

  it('counts right hands: "danger signs" on a risky message, "harmless" on a harmless one', () => {
    expect(tallyHands(items, [{ itemId: 'risky', scam: 20, real: 10 }, { itemId: 'harmless', scam: 12, real: 18 }, { itemId: 'other', scam: 5, real: 5 }])).toEqual({ right: 38, total: 60 });
  });

  it('gives the change in points and Cohen\'s h with 95 % intervals', () => {
    const gain = proportionGain({ right: 60, total: 120 }, { right: 90, total: 120 })!;
    expect(gain.before).toBe(50);
    expect(gain.after).toBe(75);
    expect(gain.points.value).toBe(25);
    // se = sqrt(.25/120 + .1875/120) = 0.0604; ±1.96·se = ±11.8 points
    expect(gain.points.low).toBeCloseTo(13.2, 1);
    expect(gain.points.high).toBeCloseTo(36.8, 1);
    expect(gain.h.value).toBeCloseTo(0.52, 2);
    expect(gain.h.high - gain.h.value).toBeCloseTo(1.96 * Math.sqrt(2 / 120), 1);
    expect(effectWord(gain.h.value)).toBe('medium');
    expect(proportionGain({ right: 0, total: 0 }, { right: 1, total: 2 })).toBeUndefined();
  });

  it('names the messages most missed, by share of wrong hands', () => {
    expect(mostMissed(items, [{ itemId: 'risky', scam: 28, real: 2 }, { itemId: 'harmless', scam: 15, real: 15 }])).toEqual([
      { itemId: 'harmless', wrong: 15, total: 30 },
      { itemId: 'risky', wrong: 2, total: 30 },
    ]);
  });
});

describe('the class gain from devices (form A and B on each device)', () => {
  it('gives the mean change with its interval and d_z', () => {
    const gain = pairedGain([10, 20, 30, 20])!;
    expect(gain.n).toBe(4);
    expect(gain.points.value).toBe(20);
    // sd = 8.165, se = 4.08: ±8.0 points
    expect(gain.points.low).toBeCloseTo(12, 0);
    expect(gain.points.high).toBeCloseTo(28, 0);
    expect(gain.dz.value).toBeCloseTo(2.45, 2);
    expect(pairedGain([5])).toBeUndefined();
  });

  it('reads the hub\'s counts of devices per change: the same paired gain, and how many went up, stayed, went down', () => {
    // The hub keeps "2 devices: +20 points", never which: the gain is that of the devices one by one.
    const counts = [{ points: 30, devices: 1 }, { points: 10, devices: 1 }, { points: 20, devices: 2 }];
    const summary = changeSummary(counts);
    expect(summary.gain).toEqual(pairedGain([10, 20, 30, 20]));
    expect([summary.n, summary.improved, summary.same, summary.fell]).toEqual([4, 4, 0, 0]);
    const mixed = changeSummary([{ points: -8.3, devices: 2 }, { points: 0, devices: 3 }, { points: 0.4, devices: 1 }, { points: 16.7, devices: 4 }]);
    expect([mixed.n, mixed.improved, mixed.same, mixed.fell]).toEqual([10, 4, 4, 2]);
    expect(mixed.gain!.points.value).toBe(5.1);
    // Counts a hub never sends (not whole, negative, past any class) stand for no device.
    expect(changeSummary([{ points: 10, devices: 1.5 }, { points: 10, devices: -2 }, { points: 10, devices: 1e9 }, { points: Number.NaN, devices: 1 }]).n).toBe(0);
    expect(changeSummary([{ points: 12.5, devices: 1 }])).toMatchObject({ n: 1, improved: 1, gain: undefined });
  });
});
