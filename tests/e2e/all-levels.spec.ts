// Every shipped level plays to an ending in Chromium, in both languages, with no console error.
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

const levels = readdirSync('levels')
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(`levels/${f}`, 'utf8')) as { id: string; title: Record<string, string> });

for (const level of levels) {
  for (const lang of ['zh-CN', 'en'] as const) {
    test(`${level.id} plays to an ending in ${lang}`, async ({ page }) => {
      test.setTimeout(150_000); // a whole level; on two busy cores it can take over a minute
      await page.goto(`./?lang=${lang}`);
      await page.locator('.title-screen .btn-primary').click();
      await page.getByRole('button', { name: level.title[lang] }).click();
      await page.locator('.briefing-screen .btn-primary').click();
      // Take the last choice at each decision (often the risky one) and read every consequence.
      for (let step = 0; step < 40; step++) {
        const choice = page.locator('button.choice').last();
        const proceed = page.locator('.consequence-screen .btn-primary');
        const ending = page.locator('.ending-screen h1');
        await expect(choice.or(proceed).or(ending).first()).toBeVisible({ timeout: 30_000 });
        if (await ending.isVisible()) break;
        if (await proceed.isVisible()) {
          await expect(page.getByRole('dialog')).toContainText(lang === 'en' ? 'Adapted from SPP typical case' : '改编自最高人民检察院典型案例');
          await proceed.click();
        } else await choice.click();
      }
      await expect(page.locator('.ending-screen h1')).toBeVisible();
      await expect(page.locator('.help .contact').first()).toBeVisible();
    });
  }
}
