// A pace for the end-to-end tests only: the chat shows every message at once, so a playthrough
// waits on nothing but the game. It is read from a property of the page's window that only a
// script can set (tests/e2e/fixtures.ts sets it before the page loads): no address, setting or
// stored value turns it on, so a player cannot meet it by accident.
import type { Pace } from './playback';

declare global {
  interface Window {
    /** Set by the end-to-end tests' fixtures; never by the game. */
    __seeThroughTestPace?: unknown;
  }
}

export const testPace = (): Pace | undefined => (window.__seeThroughTestPace === 'instant' ? 'instant' : undefined);
