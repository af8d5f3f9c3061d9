// axe-core finds no accessibility violations on any screen, in either language.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function noViolations(page: Page, screen: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).include('#game').analyze();
  const summary = violations.map((v) => `${screen}: ${v.id} (${v.impact}) ${v.help}\n  ${v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`).slice(0, 5).join('\n  ')}`);
  expect(summary, screen).toEqual([]);
}

for (const [lang, t] of [
  ['zh-CN', { start: '开始', level: /“躺赚”500元/, begin: '开始这一关', risky: /行啊，正好缺钱。怎么弄？/, cards: /问问小詹，他成年了/, next: '继续', confess: /跟爸爸说实话/, settings: '设置', done: '完成', back: '返回' }],
  ['en', { start: 'Start', level: /Easy money: RMB 500/, begin: 'Start the level', risky: /Sure, I could use the cash\./, cards: /Ask Zhan, he's an adult\./, next: 'Continue', confess: /Tell Dad the truth/, settings: 'Settings', done: 'Done', back: 'Back' }],
] as const) {
  test(`every screen passes axe in ${lang}`, async ({ page }) => {
    await page.goto(`./?lang=${lang}`);
    await expect(page.getByRole('button', { name: t.start, exact: true })).toBeVisible();
    await noViolations(page, 'title');
    await page.getByRole('button', { name: t.settings }).click();
    await noViolations(page, 'settings');
    await page.getByRole('button', { name: t.done }).click();
    await page.getByRole('button', { name: t.start, exact: true }).click();
    await expect(page.getByRole('button', { name: t.level })).toBeVisible();
    await noViolations(page, 'level list');
    await page.getByRole('button', { name: t.level }).click();
    await noViolations(page, 'briefing');
    await page.getByRole('button', { name: t.begin }).click();
    await page.getByRole('button', { name: t.risky }).click();
    await expect(page.getByRole('dialog')).toBeVisible({ timeout: 30_000 });
    await noViolations(page, 'consequence');
    await page.getByRole('button', { name: t.next }).click();
    await expect(page.getByRole('button', { name: t.cards })).toBeVisible({ timeout: 30_000 });
    await noViolations(page, 'chat');
    await page.getByRole('button', { name: t.cards }).click();
    await page.getByRole('button', { name: t.next }).click({ timeout: 30_000 });
    await page.getByRole('button', { name: t.confess }).click({ timeout: 30_000 });
    await expect(page.locator('.ending-screen h1')).toBeVisible({ timeout: 30_000 });
    await noViolations(page, 'ending');
  });
}
