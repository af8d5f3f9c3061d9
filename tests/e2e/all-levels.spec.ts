// Every shipped level plays to an ending in Chromium, in both languages, with no console error,
// no request to any other origin and no Content-Security-Policy violation on the way.
import { foreign, recordRequests, watchPolicy } from './audit';
import { expect, test } from './fixtures';
import { shippedLevels } from './levels';
import { playToEnding } from './play';

for (const level of shippedLevels) {
  for (const lang of ['zh-CN', 'en'] as const) {
    test(`${level.id} plays to an ending in ${lang}, and nothing leaves the device`, async ({ page, context, baseURL }) => {
      test.setTimeout(150_000); // a whole level; on two busy cores it can take over a minute
      const requests = recordRequests(context);
      const violations = await watchPolicy(page);
      await page.goto(`./?lang=${lang}`);
      await page.locator('.title-screen .btn-primary').click();
      await page.getByRole('button', { name: level.title[lang] }).click();
      if (level.contentNote) {
        // A content note is read before the level starts: on screen, not below the fold.
        const note = page.getByRole('complementary', { name: lang === 'en' ? 'Content note' : '内容提示' });
        await expect(note).toContainText(level.contentNote[lang]!.slice(0, 20));
        await expect(note).toBeInViewport({ ratio: 0.99 }); // scaled with the game: not exactly 1
      }
      await page.locator('.briefing-screen .btn-primary').click();
      // The last choice at each decision is often the risky one: every consequence is read.
      await playToEnding(page, 'last', async (dialog) => {
        await expect(dialog).toContainText(lang === 'en' ? 'Adapted from SPP typical case' : '改编自最高人民检察院典型案例');
      });
      await expect(page.locator('.help .contact').first()).toBeVisible();

      expect(requests.length, 'requests recorded').toBeGreaterThan(0);
      expect(foreign(requests, new URL(baseURL!).origin), 'requests to another origin').toEqual([]);
      expect(await violations(), 'Content-Security-Policy violations').toEqual([]);
    });
  }
}
