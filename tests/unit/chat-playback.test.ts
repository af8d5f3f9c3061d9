// The chat's playback on a fake clock: what shows when, at each pace; the presenter's → and ←; the
// class vote. No browser: the view records what it was asked to show, and when.
import { describe, expect, it } from 'vitest';
import type { Choice, LocalText, StoryEvent } from '../../src/core';
import { PAUSE, Playback, typingTime, type Clock, type Pace, type PlaybackView, type Tally } from '../../src/screens/chat/playback';
import { majorityOf, shares } from '../../src/screens/chat/vote-tally';

const text = (s: string): LocalText => ({ 'zh-CN': s, en: s });
const message = (role: 'contact' | 'narrator' | 'system', words: string): StoryEvent =>
  ({ type: 'message', nodeId: words, from: role, role, name: text(role), text: text(words) }) as StoryEvent;
const choice = (id: string, kind: Choice['kind']): Choice => ({ id, kind, text: text(id), feedback: text(id), score: 0, next: 'x' }) as Choice;
const chose = (id: string, kind: Choice['kind']): StoryEvent => ({ type: 'chose', nodeId: 'd', choice: choice(id, kind) });
const score = (value: number, delta: number): StoryEvent => ({ type: 'score', score: value, delta });

/** A clock that moves only when told to. */
class FakeClock implements Clock {
  now = 0;
  private timers: { at: number; then: () => void }[] = [];
  after(ms: number, then: () => void): void {
    this.timers.push({ at: this.now + ms, then });
  }
  /** Runs every timer due within `ms`, in time order, including timers they set. */
  tick(ms: number): void {
    const end = this.now + ms;
    for (;;) {
      this.timers.sort((a, b) => a.at - b.at);
      const due = this.timers[0];
      if (!due || due.at > end) break;
      this.timers.shift();
      this.now = due.at;
      due.then();
    }
    this.now = end;
  }
  get pending(): number {
    return this.timers.length;
  }
}

/** A view that logs each call as "time what". */
function setup(settings: { pace?: Pace; projector?: boolean; reducedMotion?: boolean; holdFeedback?: boolean } = {}, atDecision = true) {
  const clock = new FakeClock();
  const log: string[] = [];
  const note = (what: string) => log.push(`${clock.now} ${what}`);
  const played: number[] = [];
  let memento = 0;
  const tally = { counts: [0, 0, 0], selected: 0, select(i: number) { this.selected = i; }, adjust(d: 1 | -1) { this.counts[this.selected] = Math.max(0, this.counts[this.selected]! + d); } };
  const view: PlaybackView = {
    typing: (name) => note(name ? 'typing' : 'typed'),
    message: (e) => note(`message ${e.nodeId}`),
    conversation: (e, then) => note(`conversation ${e.conversation.id}${then ? ` then ${then}` : ''}`),
    chose: (c, shake) => note(`chose ${c.id}${shake ? ' shake' : ''}`),
    score: (s) => note(`score ${s}`),
    consequenceAhead: () => note('consequence ahead'),
    consequence: () => note('consequence'),
    ending: () => note('ending'),
    waiting: (on) => note(on ? 'wait' : 'go'),
    decision: () => (note('decision'), atDecision),
    openVote: (): Tally => (note('vote'), tally),
    play: (i) => played.push(i),
  };
  const playback = new Playback(view, clock, () => ({ pace: 'normal', projector: false, reducedMotion: false, holdFeedback: false, ...settings }), (t) => t.en.length, () => memento++);
  return { clock, log, playback, played, tally };
}

describe('the chat playback, on a player’s screen', () => {
  it('types a contact’s message for a time that follows its length, then shows it', () => {
    const { clock, log, playback } = setup();
    playback.play([message('contact', 'hi'), message('contact', 'a much longer message than that')]);
    clock.tick(10_000);
    const first = typingTime(2);
    const second = first + typingTime('a much longer message than that'.length);
    expect(typingTime(31)).toBeGreaterThan(typingTime(2));
    expect(log).toEqual(['0 typing', `${first} typed`, `${first} message hi`, `${first} typing`, `${second} typed`, `${second} message a much longer message than that`, `${second} decision`]);
  });

  it('caps the typing time, so a long message never keeps the player waiting', () => {
    expect(typingTime(10_000)).toBe(1600);
  });

  it('pauses after a narrator’s or system line longer than after a message, and shows a score at once', () => {
    const { clock, log, playback } = setup();
    playback.play([message('narrator', 'n'), message('system', 's'), chose('c', 'safe'), score(10, 10)]);
    clock.tick(10_000);
    const n = PAUSE.narrator;
    expect(log).toEqual(['0 message n', `${n} message s`, `${2 * n} chose c`, `${2 * n + PAUSE.chose} score 10`, `${2 * n + PAUSE.chose} decision`]);
  });

  it('plays at 0.3 of the time when fast, and without waiting when instant', () => {
    const fast = setup({ pace: 'fast' });
    fast.playback.play([message('narrator', 'n'), message('narrator', 'm')]);
    fast.clock.tick(10_000);
    expect(fast.log[1]).toBe(`${PAUSE.narrator * 0.3} message m`);
    const instant = setup({ pace: 'instant' });
    instant.playback.play([message('contact', 'hi'), message('narrator', 'n'), chose('c', 'risky')]);
    instant.clock.tick(0);
    expect(instant.log.every((line) => line.startsWith('0 '))).toBe(true);
    expect(instant.log.at(-1)).toBe('0 decision');
  });

  it('shakes for a risky choice unless motion is reduced', () => {
    const moving = setup();
    moving.playback.play([chose('r', 'risky')]);
    expect(moving.log).toContain('0 chose r shake');
    const still = setup({ reducedMotion: true });
    still.playback.play([chose('r', 'risky')]);
    expect(still.log).toContain('0 chose r');
  });

  it('opens a consequence after its pause and stops there until the scene plays on', () => {
    const { clock, log, playback } = setup();
    playback.play([{ type: 'consequence', node: {} as never }, message('narrator', 'after')]);
    clock.tick(10_000);
    expect(log).toEqual(['0 consequence ahead', `${PAUSE.consequence} consequence`]);
    expect(clock.pending).toBe(0);
  });

  it('ignores the presenter keys', () => {
    const { clock, log, playback } = setup();
    playback.play([message('narrator', 'n')]);
    playback.advance();
    expect(log).toEqual(['0 message n']);
    clock.tick(PAUSE.narrator);
    expect(log.at(-1)).toBe(`${PAUSE.narrator} decision`);
  });
});

describe('the chat playback, projected', () => {
  it('waits for the presenter’s → after each message, and never types', () => {
    const { clock, log, playback } = setup({ projector: true });
    playback.play([message('contact', 'a'), message('contact', 'b')]);
    clock.tick(10_000);
    expect(log).toEqual(['0 message a', '0 wait']);
    expect(playback.waiting).toBe(true);
    playback.advance();
    expect(log.slice(2)).toEqual(['10000 go', '10000 message b', '10000 wait']);
    playback.advance();
    expect(log.slice(5)).toEqual(['10000 go', '10000 decision']);
    expect(playback.waiting).toBe(false);
  });

  it('shows the score with the choice, not a → later', () => {
    const { log, playback } = setup({ projector: true });
    playback.play([chose('c', 'safe'), score(20, 20), message('narrator', 'n')]);
    expect(log).toEqual(['0 chose c', '0 score 20', '0 wait']);
  });

  it('steps back to the step before, as often as the presenter went on, and no further', () => {
    const { log, playback } = setup({ projector: true });
    playback.play([message('contact', 'a'), message('contact', 'b'), message('contact', 'c')]);
    playback.advance(); // b shown, memento 0 kept
    playback.advance(); // c shown, memento 1 kept
    expect(playback.back()).toBe(1);
    log.length = 0;
    playback.refresh(); // the scene redrew: c is awaited again
    expect(log).toEqual(['0 wait']);
    playback.advance();
    expect(log.slice(1)).toEqual(['0 go', '0 message c', '0 wait']);
    expect(playback.back()).toBe(2);
    expect(playback.back()).toBe(0);
    expect(playback.back()).toBeUndefined();
  });

  it('opens the class vote on → at a decision, plays its majority on the next →, and closes it on ←', () => {
    const { log, playback, played, tally } = setup({ projector: true });
    playback.play([]);
    expect(log).toEqual(['0 decision']);
    playback.advance();
    expect(playback.voting).toBe(true);
    playback.select(1);
    playback.adjust(1);
    playback.adjust(1);
    playback.select(2);
    playback.adjust(1);
    playback.adjust(-1);
    playback.adjust(-1); // never below none
    expect(tally.counts).toEqual([0, 2, 0]);
    expect(played).toEqual([]); // keys count hands while the vote is open
    playback.advance();
    expect(played).toEqual([1]);
    playback.remember();
    expect(playback.back()).toBeDefined();
    expect(playback.voting).toBe(false);
  });

  it('plays a choice by its number when no vote is open, and only at a decision', () => {
    const atDecision = setup({ projector: true });
    atDecision.playback.play([]);
    atDecision.playback.select(2);
    expect(atDecision.played).toEqual([2]);
    const notYet = setup({ projector: true }, false);
    notYet.playback.play([]);
    notYet.playback.select(0);
    notYet.playback.advance(); // no decision: no vote either
    expect(notYet.played).toEqual([]);
    expect(notYet.playback.voting).toBe(false);
  });
});

describe('the chat playback, on a phone and across chats', () => {
  const conversation = (id: string): StoryEvent => ({ type: 'conversation', conversation: { id, title: text(id), app: 'dm', members: ['me'] } });

  it('tells the view where the story goes next, so a chat it only passes through can be a banner', () => {
    const { clock, log, playback } = setup({ pace: 'instant' });
    // Mum's one line in the middle of Lu's chat: the story goes to "family", then back to "lu".
    playback.play([conversation('lu'), message('narrator', 'days'), conversation('family'), message('narrator', 'dinner'), conversation('lu'), message('narrator', 'photo')]);
    clock.tick(0);
    expect(log.filter((l) => l.includes('conversation'))).toEqual(['0 conversation lu then family', '0 conversation family then lu', '0 conversation lu']);
  });

  it('holds the feedback on a choice until the player goes on, then plays the rest', () => {
    const { clock, log, playback } = setup({ holdFeedback: true });
    playback.play([chose('a', 'safe'), message('narrator', 'after')]);
    clock.tick(10_000);
    expect(log).toEqual(['0 chose a', '0 wait']);
    expect(playback.waiting).toBe(true);
    playback.advance();
    clock.tick(10_000);
    expect(log.slice(2)).toEqual(['10000 go', '10000 message after', `${10_000 + PAUSE.narrator} decision`]);
  });

  it('does not hold a message or a narrator line on a phone: only the feedback', () => {
    const { clock, log, playback } = setup({ holdFeedback: true });
    playback.play([message('narrator', 'scene')]);
    clock.tick(PAUSE.narrator);
    expect(log).toEqual(['0 message scene', `${PAUSE.narrator} decision`]);
  });
});

describe('the class vote’s arithmetic', () => {
  it('gives the majority, a tie to the first option shown', () => {
    expect(majorityOf([1, 3, 2])).toBe(1);
    expect(majorityOf([2, 0, 2])).toBe(0);
    expect(majorityOf([0, 0, 0])).toBe(0);
  });

  it('splits in whole per cent, none when no one voted', () => {
    expect(shares([1, 3, 0])).toEqual([25, 75, 0]);
    expect(shares([0, 0])).toEqual([0, 0]);
  });
});
