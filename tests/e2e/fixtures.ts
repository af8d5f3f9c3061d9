// Every end-to-end test fails on a console error or an uncaught page error, and can save a
// screenshot to test-results/screenshots for a person to look at (with SCREENSHOTS=1: nobody looks
// at them in CI, and they cost a quarter of a second each).
import { test as base, expect, type Page } from '@playwright/test';

export const test = base.extend<{ problems: string[]; pace: 'normal' | 'fast' | 'instant' }>({
  locale: 'zh-CN',
  // Most tests play at once: the chat's pacing is unit-tested on a fake clock
  // (tests/unit/chat-playback.test.ts), and the test-only "instant" pace (src/screens/chat/test-pace.ts)
  // spares each playthrough its timers. One test keeps the normal pace, as a player sees it; "fast"
  // is the player's own setting.
  pace: ['instant', { option: true }],
  page: async ({ page, pace }, use) => {
    if (pace === 'fast') await page.addInitScript(() => localStorage.setItem('see-through:message-speed', 'fast'));
    if (pace === 'instant') await page.addInitScript(() => (window.__seeThroughTestPace = 'instant'));
    await use(page);
  },
  problems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      await use(problems);
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
