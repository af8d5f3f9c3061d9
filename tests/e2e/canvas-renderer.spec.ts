// Old school PCs often have no WebGL (old drivers, blocked GPUs): the game must run on Phaser's
// Canvas renderer. Chromium is started with WebGL switched off.
import type { Page } from '@playwright/test';
import config from '../../playwright.config';
import { expect, test } from './fixtures';
import { openFirstLevel } from './play';

const launchOptions = config.use?.launchOptions ?? {};
test.use({ launchOptions: { ...launchOptions, args: [...(launchOptions.args ?? []), '--disable-webgl', '--disable-webgl2'] } });

test('without WebGL the game draws with Canvas and plays from the title to the first message', async ({ page }) => {
  await page.goto('./');
  const webgl = await page.evaluate(() => {
    const probe = document.createElement('canvas');
    return Boolean(probe.getContext('webgl2') ?? probe.getContext('webgl'));
  });
  expect(webgl, 'WebGL is switched off in this browser').toBe(false);
  await expect(page.getByRole('button', { name: '开始' })).toBeEnabled();

  // The game's canvas has a 2D context (a WebGL canvas would refuse one) and has been drawn on.
  const drawn = async () =>
    page.evaluate(() => {
      const canvas = document.querySelector('#game canvas') as HTMLCanvasElement | null;
      const context = canvas?.getContext('2d');
      if (!canvas || !context) return null;
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      const colours = new Set<number>();
      for (let i = 0; i < data.length; i += 4 * 997) colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
      return colours.size;
    });
  expect(await drawn(), 'colours sampled on the title').toBeGreaterThan(3);

  await openFirstLevel(page);
  await expect(page.getByRole('log').locator('.bubble').filter({ visible: true }).first()).not.toBeEmpty();
  expect(await drawn(), 'colours sampled on the chat (backdrop, phone, meter)').toBeGreaterThan(3);
});

/** Counts the animation frames the page asks the browser for. */
async function countFramesAsked(page: Page): Promise<() => Promise<number>> {
  await page.addInitScript(() => {
    const counter = window as { framesAsked?: number };
    counter.framesAsked = 0;
    const ask = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (callback) => (counter.framesAsked!++, ask(callback));
  });
  return () => page.evaluate(() => (window as { framesAsked?: number }).framesAsked ?? 0);
}

/** Counts the frames drawn: Phaser's Canvas renderer clears the game's canvas once per frame. */
async function countFrames(page: Page): Promise<() => Promise<number>> {
  await page.addInitScript(() => {
    const counter = window as { framesDrawn?: number };
    counter.framesDrawn = 0;
    const clearRect = CanvasRenderingContext2D.prototype.clearRect;
    CanvasRenderingContext2D.prototype.clearRect = function (this: CanvasRenderingContext2D, ...args: [number, number, number, number]) {
      if (this.canvas.parentElement?.closest('#game')) counter.framesDrawn!++;
      return clearRect.apply(this, args);
    };
  });
  return () => page.evaluate(() => (window as { framesDrawn?: number }).framesDrawn ?? 0);
}

test('on the title the emblem bobs, drawn when it has moved a whole pixel, not 60 times a second', async ({ page }) => {
  const framesDrawn = await countFrames(page);
  await page.goto('./');
  await expect(page.getByRole('button', { name: '开始' })).toBeVisible();
  await page.waitForTimeout(300);
  const before = await framesDrawn();
  await page.waitForTimeout(2000);
  // 14 pixels up in 1.8 s and down again: at most about 16 moves in 2 s, where a tween drew 120 frames.
  const drawn = (await framesDrawn()) - before;
  expect(drawn, 'frames drawn in 2 s on the title').toBeGreaterThan(4); // it does move
  expect(drawn, 'frames drawn in 2 s on the title').toBeLessThanOrEqual(24);
});

test.describe('the canvas, with reduced motion (no tween to announce a change)', () => {
  test.use({ reducedMotion: 'reduce' });

  test('is drawn when what it shows changes, and not while it is still', async ({ page }) => {
    const framesDrawn = await countFrames(page);
    const framesAsked = await countFramesAsked(page);

    await page.goto('./');
    await page.getByRole('button', { name: '开始' }).click();
    await page.locator('.level-card').first().click();
    await page.locator('.briefing-screen .btn-primary').click();
    const safe = page.getByRole('button', { name: /不借。/ });
    await expect(safe).toBeVisible({ timeout: 30_000 });

    const still = await framesDrawn();
    await page.waitForTimeout(1000); // a second of a still screen, at 60 frames a second
    expect((await framesDrawn()) - still, 'frames drawn in a still second').toBeLessThanOrEqual(2);
    // Still for more than half a second, the game's loop sleeps: it asks the browser for no frames.
    const asked = await framesAsked();
    await page.waitForTimeout(1000);
    expect((await framesAsked()) - asked, 'animation frames asked for in the next still second').toBeLessThanOrEqual(2);

    // The safety meter is drawn in the page now (chat/meter.ts), so a choice moves it with no frame
    // of the canvas: its value and its fill follow the score.
    const meter = page.getByRole('meter', { name: '安全分' });
    await safe.click();
    await expect(page.locator('.meter-label strong')).toHaveText('20');
    await expect(meter).toHaveAttribute('aria-valuenow', '20');
    expect(await meter.locator('.meter-fill').evaluate((e) => parseFloat(e.style.width))).toBeGreaterThan(0);
    // The click woke the loop, and the story goes on on its timers: the friend answers.
    await expect(page.locator('[role="log"] li.player')).toHaveCount(1);
    await expect(page.locator('[role="log"] li.player ~ li:not(.player)').first()).toBeVisible({ timeout: 30_000 });
  });
});
