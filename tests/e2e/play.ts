// Steps shared by the deployment tests: from the title to the first level's first message, or on
// to its first decision, as a player does it.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Title → level list → the first level's briefing → its chat, until the first message shows. */
export async function openFirstLevel(page: Page): Promise<void> {
  await page.locator('.title-screen .btn-primary').click();
  await page.locator('.level-card').first().click();
  await page.locator('.briefing-screen .btn-primary').click();
  await expect(page.getByRole('log').locator('.bubble').first()).toBeVisible();
}

/** On from the first message to the first decision: its choices are on screen and can be taken. */
export async function reachFirstDecision(page: Page): Promise<void> {
  await openFirstLevel(page);
  await expect(page.locator('button.choice').first()).toBeVisible({ timeout: 30_000 });
  await page.locator('button.choice').first().click();
  await expect(page.locator('.bubble.player').first()).toBeVisible();
}
