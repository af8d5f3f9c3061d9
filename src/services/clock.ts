// The game's time, for everything a screen waits for or stamps (a notice, a banner, the
// celebration, an idle moment, a download's date, the day a check was taken): one seam instead of
// setTimeout and Date.now spread over the screens, so a test can hand the game its own clock
// (useClock), as the chat's pacing (screens/chat/playback.ts) is handed the scene's. In the game it
// is the browser's clock, looked up at each call, so Playwright's page.clock drives it as well.
export interface Clock {
  /** Runs `then` after `ms` milliseconds. */
  after(ms: number, then: () => void): void;
  /** Now, in milliseconds since 1970 (as Date.now). */
  now(): number;
}

export const browserClock: Clock = {
  after: (ms, then) => void globalThis.setTimeout(then, ms),
  now: () => Date.now(),
};

let current: Clock = browserClock;

export const clock = (): Clock => current;

/** Today's date and time on the game's clock. */
export const today = (): Date => new Date(current.now());

/** Puts the game on `next` (a test's clock); returns what puts it back. */
export function useClock(next: Clock): () => void {
  const before = current;
  current = next;
  return () => {
    current = before;
  };
}

/**
 * One pending call that can be put off or called off (a notice's, a banner's): each `set` replaces
 * the one before, `clear` drops it. On the game's clock, which has no way to cancel a call, so a
 * call that is no longer the latest simply does nothing when it comes.
 */
export class Timeout {
  private latest = 0;
  private waiting = false;

  /** Whether a call is set and has not come yet. */
  get pending(): boolean {
    return this.waiting;
  }

  set(ms: number, then: () => void): void {
    const mine = ++this.latest;
    this.waiting = true;
    current.after(ms, () => {
      if (mine !== this.latest) return;
      this.waiting = false;
      then();
    });
  }

  clear(): void {
    this.latest++;
    this.waiting = false;
  }
}

/** Runs `then` when the browser is next idle (at the latest after `timeout`), or after `fallback` ms where it cannot tell. */
export function whenIdle(then: () => void, timeout: number, fallback: number): void {
  if ('requestIdleCallback' in globalThis) requestIdleCallback(() => then(), { timeout });
  else current.after(fallback, then);
}
