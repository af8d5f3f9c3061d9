// The teacher's self-paced view in the level's words: node ids resolved through the level, the
// split at each decision with every choice, devices stuck for long on an injected clock, and the
// summary (CSV rows) in words with nothing about any person.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type HubDeps, STUCK_MS, createSession, dashboard, join, report, setLevel, summary } from '../../src/class/hub-state';
import { levelInfo } from '../../src/class/level-info';
import { decisionSplits, describePoint, pointsByLevel } from '../../src/class/points';
import { pointText, summaryCsv, summaryRows } from '../../src/class/summary-csv';
import type { Level } from '../../src/core';
import { shippedLevel } from './load';

const level = shippedLevel('bank-card');
const lookup = (id: string): Level | undefined => (id === level.id ? level : undefined);
const offer = level.nodes.find((n) => n.id === 'offer');
if (offer?.type !== 'choice') throw new Error('bank-card has no decision "offer"');
const [first, second] = offer.choices;
const pressure = level.nodes.find((n) => n.id === 'pressure');
const pressureChoice = pressure?.type === 'choice' ? pressure.choices[0]!.id : 'none';

function fakeDeps() {
  let clock = 5_000_000;
  let n = 0;
  const deps: HubDeps & { tick(ms: number): void } = {
    now: () => clock,
    tick: (ms) => (clock += ms),
    token: () => `token-${String(++n).padStart(20, '0')}`,
    randomInt: (k) => (n * 31) % k,
    hash: (s) => createHash('sha256').update(s).digest('base64url'),
  };
  return deps;
}

/** Three devices self-paced: two took the first choice at "offer", one the second and finished. */
function classOfThree() {
  const deps = fakeDeps();
  const { state } = createSession(deps, 'self', 'number', new Set());
  const seats = [join(deps, state).seat, join(deps, state).seat, join(deps, state).seat];
  setLevel(deps, state, levelInfo(level));
  report(deps, state, seats[0]!, { levelId: level.id, at: 'pressure', status: 'playing', trail: [`offer/${first!.id}`] });
  report(deps, state, seats[1]!, { levelId: level.id, at: 'pressure', status: 'playing', trail: [`offer/${first!.id}`] });
  report(deps, state, seats[2]!, { levelId: level.id, at: 'deeper', status: 'ended', trail: [`offer/${second!.id}`] });
  return { deps, state, seats };
}

describe('the self-paced view in words', () => {
  it('names each point by what the device sees, not by its node id', () => {
    expect(describePoint(level, 'offer')).toEqual({ kind: 'decision', text: offer.prompt, id: 'offer' });
    expect(describePoint(level, 'lending-law').kind).toBe('consequence');
    expect(describePoint(level, 'intro').kind).toBe('message');
    expect(describePoint(level, 'intro').text!.en.length).toBeLessThanOrEqual(90);
    expect(describePoint(level, '#end')).toEqual({ kind: 'finished', text: null, id: '#end' });
    expect(describePoint(level, 'no-such-node').kind).toBe('unknown');
    expect(describePoint(undefined, 'offer').kind).toBe('unknown');
    expect(pointText(describePoint(level, 'offer'), 'en')).toBe(`Deciding: ${offer.prompt.en}`);
    expect(pointText(describePoint(level, 'offer'), 'zh-CN')).toBe(`正在选择：${offer.prompt['zh-CN']}`);
    expect(pointText(describePoint(undefined, 'n3'), 'en')).toContain('n3');
  });

  it('groups where devices are by level, in the level’s order, the finished last', () => {
    const { deps, state } = classOfThree();
    const groups = pointsByLevel(dashboard(state, deps.now()).at, lookup);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.title).toEqual(level.title);
    expect(groups[0]!.points.map((p) => [p.label.kind, p.label.id, p.devices])).toEqual([
      ['decision', 'pressure', 2],
      ['finished', '#end', 1],
    ]);
  });

  it('gives the split at each decision with every choice in the level’s words, none taken shown as 0', () => {
    const { deps, state } = classOfThree();
    const [split] = decisionSplits(dashboard(state, deps.now()).splits, lookup);
    expect(split!.prompt).toEqual(offer.prompt);
    expect(split!.options.map((o) => [o.text, o.devices])).toEqual(offer.choices.map((c, i) => [c.text, i === 0 ? 2 : i === 1 ? 1 : 0]));
    // Without the level, the ids are kept rather than lost.
    const [bare] = decisionSplits(dashboard(state, deps.now()).splits, () => undefined);
    expect(bare!.prompt).toBeNull();
    expect(bare!.options.map((o) => [o.id, o.devices]).sort()).toEqual([[first!.id, 2], [second!.id, 1]].sort());
  });

  it('lists devices stuck at one point for 3 minutes by seat number only, on the injected clock', () => {
    const { deps, state, seats } = classOfThree();
    deps.tick(STUCK_MS - 1);
    expect(dashboard(state, deps.now()).stuck).toEqual([]);
    // Seat 2 moves on (its clock restarts); seat 1 stays; seat 3 has finished (never stuck).
    report(deps, state, seats[1]!, { levelId: level.id, at: 'told', status: 'playing', trail: [`offer/${first!.id}`, `pressure/${pressureChoice}`] });
    deps.tick(1);
    expect(dashboard(state, deps.now()).stuck).toEqual([{ seat: 1, animal: seats[0]!.animal, point: `${level.id}/pressure`, minutes: 3 }]);
    deps.tick(2 * 60_000);
    expect(dashboard(state, deps.now()).stuck.map((s) => [s.seat, s.minutes])).toEqual([[1, 5]]);
  });

  it('writes the summary in words, counts only: no seat, no animal, no token', () => {
    const { deps, state } = classOfThree();
    deps.tick(STUCK_MS * 2);
    const result = summary(state, deps.now());
    const rows = summaryRows(result, 'en', lookup);
    expect(rows).toContainEqual(['choice', level.title.en, offer.prompt.en, first!.text.en, 2]);
    expect(rows).toContainEqual(['at point', level.title.en, 'Finished the level', '', 1]);
    const csv = summaryCsv(result, 'zh-CN', lookup);
    expect(csv.startsWith('\uFEFF部分,关卡,问题或位置,选项,人数\r\n')).toBe(true);
    expect(csv).toContain(offer.prompt['zh-CN']);
    for (const text of [summaryCsv(result, 'en', lookup), csv]) {
      expect(text).not.toMatch(/seat|token|animal|座位|熊猫/i);
      for (const seat of state.seatList) expect(text).not.toContain(seat.tokenHash);
    }
  });
});
