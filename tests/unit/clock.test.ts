// The screens' clock (src/services/clock.ts): a test hands the game its own clock, and a pending
// call put off or called off (a notice's, a banner's) comes once, at the last time asked, or never.
import { afterEach, describe, expect, it } from 'vitest';
import { type Clock, clock, Timeout, today, useClock } from '../../src/services/clock';

/** A clock the test moves by hand. */
class FakeClock implements Clock {
  time = Date.UTC(2026, 11, 6, 9, 0);
  private calls: { at: number; then: () => void }[] = [];
  after(ms: number, then: () => void): void {
    this.calls.push({ at: this.time + ms, then });
  }
  now(): number {
    return this.time;
  }
  advance(ms: number): void {
    this.time += ms;
    const due = this.calls.filter((c) => c.at <= this.time).sort((a, b) => a.at - b.at);
    this.calls = this.calls.filter((c) => c.at > this.time);
    for (const call of due) call.then();
  }
}

let restore: (() => void) | undefined;
afterEach(() => restore?.());

describe('the game clock', () => {
  it('is the one a test hands it, until given back', () => {
    const fake = new FakeClock();
    restore = useClock(fake);
    expect(clock()).toBe(fake);
    expect(today().toISOString()).toBe('2026-12-06T09:00:00.000Z');
    restore();
    expect(clock()).not.toBe(fake);
    expect(Math.abs(today().getTime() - Date.now())).toBeLessThan(1000);
  });

  it('runs a pending call once, at the time of the latest set, and never after clear', () => {
    const fake = new FakeClock();
    restore = useClock(fake);
    const runs: string[] = [];
    const notice = new Timeout();
    expect(notice.pending).toBe(false);
    notice.set(2000, () => runs.push('first'));
    expect(notice.pending).toBe(true);
    fake.advance(1000);
    notice.set(2000, () => runs.push('second')); // put off: the first never comes
    fake.advance(1500);
    expect(runs).toEqual([]);
    fake.advance(500);
    expect(runs).toEqual(['second']);
    expect(notice.pending, 'once it has come').toBe(false);
    notice.set(100, () => runs.push('third'));
    notice.clear();
    expect(notice.pending, 'once called off').toBe(false);
    fake.advance(1000);
    expect(runs).toEqual(['second']);
  });
});
