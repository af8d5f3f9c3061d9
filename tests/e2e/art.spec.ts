// The game's look, as a player sees it: its own font on every screen (a PC's fonts do not
// matter), faces beside chat lines and in the phone's header, covers, cast and progress on level
// cards and the briefing, the case file on a consequence, confetti at a good ending (none under
// reduced motion), the player's face chosen once in the settings, and the credits. Screenshots in
// test-results/screenshots/art-*.png.
import type { Locator, Page } from '@playwright/test';
import { expect, snap, test } from './fixtures';
import { playToEnding } from './play';

/** An <img> whose picture has arrived and drawn. */
async function expectDrawn(img: Locator): Promise<void> {
  await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0), { timeout: 15_000 }).toBe(true);
}

const fontLoaded = (page: Page) =>
  page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].filter((f) => f.family.replace(/["']/g, '') === 'See Through Sans' && f.status === 'loaded').length;
  });

for (const lang of ['zh-CN', 'en'] as const) {
  test(`the title, level cards, briefing and chat show the game's font, covers and faces (${lang})`, async ({ page }) => {
    await page.goto(`./?lang=${lang}`);
    const h1 = page.locator('.title-screen h1');
    await expect(h1).toBeVisible();
    await expect.poll(() => fontLoaded(page)).toBeGreaterThan(0);
    expect(await h1.evaluate((e) => getComputedStyle(e).fontFamily)).toMatch(/^"?See Through Sans/);
    // The font draws the title's characters itself: no fallback to a system font is needed.
    expect(await page.evaluate(() => document.fonts.check('700 64px "See Through Sans"', document.querySelector('h1')!.textContent!))).toBe(true);
    await snap(page, `art-${lang}-01-title`);

    await page.locator('.title-screen .btn-primary').click();
    const card = page.locator('button.level-card').first();
    await expect(card).toBeVisible();
    await expectDrawn(card.locator('img.cover'));
    await expectDrawn(card.locator('.cast img.face').first());
    await expect(card.locator('.level-status')).toHaveText(lang === 'en' ? 'Not played yet' : '未完成');
    await snap(page, `art-${lang}-02-levels`);

    await card.click();
    const briefing = page.locator('.briefing-screen');
    await expectDrawn(briefing.locator('img.briefing-cover'));
    await expectDrawn(briefing.locator('.cast img.face').first());
    await snap(page, `art-${lang}-03-briefing`);

    await briefing.locator('.btn-primary').click();
    const contactLine = page.getByRole('log').locator('ol.lines:not([hidden]) .bubble.contact').first();
    await expect(contactLine).toBeVisible({ timeout: 30_000 });
    await expectDrawn(contactLine.locator('img.face-line'));
    // The level opens in a group chat, then Kai writes directly: at the first decision the
    // phone's header is his direct message, with his face alone (a group shows several).
    await expect(page.locator('button.choice').first()).toBeVisible({ timeout: 30_000 });
    const head = page.locator('.phone-head');
    await expect(head).toContainText(lang === 'en' ? 'Kai (side jobs)' : '凯哥（兼职）');
    await expect(head.locator('img.face')).toHaveCount(1);
    await expect(head.locator('img.face')).toHaveAttribute('data-seed', 'kai-side-jobs');
    await expectDrawn(head.locator('img.face'));
    await page.locator('button.choice').first().click();
    await expectDrawn(page.locator('.bubble.player img.face-line').first());
    await snap(page, `art-${lang}-04-chat`);
  });
}

// The choices are shuffled per play; seed 99 pins an order in which the last choice at each
// decision runs through the level's consequences to the "stopped in time" ending, and the first
// choice at each decision to the safe ending.
const SEED = 99;

/** Records each celebration as it is put on screen (it removes itself a few seconds later). */
async function watchCelebrations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as { celebrations?: string[] }).celebrations = seen;
    new MutationObserver((records) => {
      for (const node of records.flatMap((r) => [...r.addedNodes])) {
        if (node instanceof HTMLElement && node.classList.contains('celebration')) seen.push(getComputedStyle(node).pointerEvents);
      }
    }).observe(document, { childList: true, subtree: true });
  });
  return () => page.evaluate(() => (window as { celebrations?: string[] }).celebrations ?? []);
}

test('a consequence shows its case file, and a safe ending celebrates, then the card has its stars', async ({ page }) => {
  const celebrations = await watchCelebrations(page);
  await page.goto(`./?lang=zh-CN&seed=${SEED}`);
  await page.locator('.title-screen .btn-primary').click();
  await page.locator('button.level-card').first().click();
  await page.locator('.briefing-screen .btn-primary').click();
  let consequenceSeen = false;
  await playToEnding(page, 'last', async (dialog) => {
    if (consequenceSeen) return;
    consequenceSeen = true;
    await expectDrawn(dialog.locator('img.case-file'));
    await snap(page, 'art-zh-CN-05-consequence');
  });
  expect(consequenceSeen, 'a consequence on the way').toBe(true);
  await expect(page.getByRole('heading', { level: 1, name: '及时止损' })).toBeVisible();
  await snap(page, 'art-zh-CN-06-ending-after-risk');
  await page.goto(`./?lang=zh-CN&seed=${SEED}`);
  await page.locator('.title-screen .btn-primary').click();
  const card = page.locator('button.level-card').first();
  await expect(card.locator('.level-status')).toContainText('已完成');
  await expect(card.locator('.stars')).toHaveAttribute('aria-label', '2 / 3 颗星');

  await card.click();
  await page.locator('.briefing-screen .btn-primary').click();
  await playToEnding(page, 'first');
  // A safe path: confetti over the ending, never in the way of a click, gone by itself.
  await expect(page.getByRole('heading', { level: 1, name: '识破了！' })).toBeVisible();
  await expect.poll(celebrations).toEqual(['none']);
  await expect(page.locator('.celebration')).toHaveCount(0);
  await snap(page, 'art-zh-CN-07-ending-safe');
});

test('no confetti under reduced motion', async ({ page }) => {
  const celebrations = await watchCelebrations(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`./?lang=zh-CN&seed=${SEED}`);
  await page.locator('.title-screen .btn-primary').click();
  await page.locator('button.level-card').first().click();
  await page.locator('.briefing-screen .btn-primary').click();
  await playToEnding(page, 'first');
  await expect(page.getByRole('heading', { level: 1, name: '识破了！' })).toBeVisible(); // an ending that celebrates
  expect(await celebrations()).toEqual([]);
});

for (const lang of ['zh-CN', 'en'] as const) {
  test(`the player picks a face once in the settings, and it stays; the credits are there (${lang})`, async ({ page }) => {
    await page.goto(`./?lang=${lang}`);
    await page.locator('.title-screen').getByRole('button', { name: lang === 'en' ? 'Settings' : '设置' }).click();
    const group = page.getByRole('group', { name: lang === 'en' ? 'Your face' : '你的头像' });
    const third = group.getByRole('button', { name: lang === 'en' ? 'Face 3' : '头像 3' });
    await expect(group.getByRole('button', { name: lang === 'en' ? 'Face 1' : '头像 1' })).toHaveAttribute('aria-pressed', 'true');
    await expectDrawn(third.locator('img'));
    await third.click();
    await expect(page.getByRole('group', { name: lang === 'en' ? 'Your face' : '你的头像' }).getByRole('button', { name: lang === 'en' ? 'Face 3' : '头像 3' })).toHaveAttribute('aria-pressed', 'true');
    expect(await page.evaluate(() => localStorage.getItem('see-through:avatar'))).toBe('p3');
    await page.getByText(lang === 'en' ? 'About and credits' : '关于与致谢').click();
    await expect(page.getByText(/Twemoji/)).toBeVisible();
    await expect(page.getByText(/SIL/)).toBeVisible();
    await snap(page, `art-${lang}-08-settings`);
  });
}
