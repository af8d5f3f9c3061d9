// Every end-to-end test fails on a console error or an uncaught page error, and can save a
// screenshot to test-results/screenshots for a person to look at (with SCREENSHOTS=1: nobody looks
// at them in CI, and they cost a quarter of a second each).
//
// The page is the worker's: one browser context and page per worker (per set of context options),
// reset between tests (./shared-page.ts) instead of a new one each time. A fresh page costs about
// 7 CPU-seconds on a software-rendered Chromium, the same page loading the game again about 4, as
// the HTTP cache, the compiled scripts and the service worker's files stay. A test that needs a
// browser of its own (a first visit's service worker, a device of its own) says
// `test.use({ freshPage: true })`.
import { test as base, expect, type Page } from '@playwright/test';
import { sharedPage, type SharedPages } from './shared-page';
export { toFront } from './shared-page';

export type Pace = 'normal' | 'fast' | 'instant';

export const test = base.extend<{ problems: string[]; pace: Pace; sound: boolean; freshPage: boolean }, { sharedPages: SharedPages }>({
  locale: 'zh-CN',
  // Most tests play at once: the chat's pacing is unit-tested on a fake clock
  // (tests/unit/chat-playback.test.ts), and the test-only "instant" pace (src/screens/chat/test-pace.ts)
  // spares each playthrough its timers. One test keeps the normal pace, as a player sees it; "fast"
  // is the player's own setting.
  pace: ['instant', { option: true }],
  // Most tests play muted, as the game is played where sound is off: a muted game makes no
  // AudioContext and synthesises nothing (src/services/audio.ts), which spared about 1.3 CPU-seconds
  // a page. Tests of the sound (deploy, offline, settings) say `test.use({ sound: true })`; a test
  // that switches the sound on itself is not overruled.
  sound: [false, { option: true }],
  freshPage: [false, { option: true }],
  sharedPages: [
    async ({}, use) => {
      const pages: SharedPages = new Map();
      await use(pages);
      for (const { context } of pages.values()) await context.close().catch(() => undefined);
    },
    { scope: 'worker' },
  ],
  // The context is the page's: a test that asks for it gets the one its page lives in.
  context: async ({ page }, use) => use(page.context()),
  page: async (
    { browser, sharedPages, freshPage, pace, sound, locale, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, colorScheme, reducedMotion, forcedColors, timezoneId, javaScriptEnabled, offline, permissions, serviceWorkers, baseURL, extraHTTPHeaders, storageState, contextOptions },
    use,
  ) => {
    // What the context is made with: a test whose options differ gets a context of its own.
    const key = JSON.stringify({ pace, sound, locale, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, colorScheme, reducedMotion, forcedColors, timezoneId, javaScriptEnabled, offline, permissions, serviceWorkers, baseURL, extraHTTPHeaders, storageState, contextOptions });
    const prepare = async (page: Page) => {
      if (pace === 'fast') await page.addInitScript(() => localStorage.setItem('see-through:message-speed', 'fast'));
      if (pace === 'instant') await page.addInitScript(() => (window.__seeThroughTestPace = 'instant'));
      if (!sound) await page.addInitScript(() => localStorage.getItem('see-through:audio-muted') ?? localStorage.setItem('see-through:audio-muted', 'true'));
    };
    if (freshPage) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await prepare(page);
      await use(page);
      await context.close();
      return;
    }
    await sharedPage(browser, sharedPages, key, prepare, use);
  },
  problems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      const onConsole = (m: { type: () => string; text: () => string }) => m.type() === 'error' && problems.push(`console: ${m.text()}`);
      const onError = (e: Error) => problems.push(`page error: ${e.message}`);
      page.on('console', onConsole);
      page.on('pageerror', onError);
      await use(problems);
      page.off('console', onConsole);
      page.off('pageerror', onError);
      expect(problems, 'console errors and page errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export async function snap(page: Page, name: string): Promise<void> {
  if (process.env.SCREENSHOTS !== '1') return;
  const { width, height } = page.viewportSize()!;
  await page.screenshot({ path: `test-results/screenshots/${name}-${width}x${height}.png` });
}

/** Picks a choice by its visible text, as a player would. */
export async function choose(page: Page, text: string | RegExp): Promise<void> {
  await page.getByRole('button', { name: text }).click();
}

/**
 * The key that picks a choice: the number printed on its button. The order of the choices is
 * shuffled per play, so a person pressing keys reads the number first, and so does a test.
 */
export async function keyOf(page: Page, text: string | RegExp): Promise<string> {
  const key = page.locator('button.choice').filter({ hasText: text }).locator('kbd');
  await expect(key).toHaveText(/^[1-4]$/);
  return (await key.textContent())!;
}
