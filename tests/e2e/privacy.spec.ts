// Nothing leaves the device, and nothing in a level file runs: every level plays to an ending with
// no request to any other origin and no Content-Security-Policy violation, and a level whose texts
// hold HTML shows that HTML as characters.
import { readdirSync, readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const levels = readdirSync('levels')
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(`levels/${f}`, 'utf8')) as { id: string; title: Record<string, string> });

/** Every request the browser makes for the page, its workers and any window it opens. */
function recordRequests(context: BrowserContext): string[] {
  const urls: string[] = [];
  context.on('request', (r) => urls.push(r.url()));
  return urls;
}

/** Requests that would leave this origin: in-page data: and blob: addresses never do. */
const foreign = (urls: readonly string[], origin: string) =>
  urls.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin);

async function watchPolicy(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as { cspViolations?: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
  });
  return () => page.evaluate(() => (window as { cspViolations?: string[] }).cspViolations ?? []);
}

/** Plays the open level to its ending, taking the first choice each time and reading every consequence. */
async function playToEnding(page: Page): Promise<void> {
  const choice = page.locator('button.choice').first();
  const proceed = page.locator('.consequence-screen .btn-primary');
  const ending = page.locator('.ending-screen h1');
  for (let step = 0; step < 60; step++) {
    await expect(choice.or(proceed).or(ending).first()).toBeVisible({ timeout: 30_000 });
    if (await ending.isVisible()) return;
    if (await proceed.isVisible()) {
      await proceed.click();
      await expect(proceed).toBeHidden();
    } else {
      const said = await page.locator('.bubble.player').count();
      await choice.click();
      await expect(page.locator('.bubble.player')).toHaveCount(said + 1);
    }
  }
  await expect(ending).toBeVisible();
}

for (const level of levels) {
  test(`${level.id}: a full play sends nothing to any other origin and breaks no CSP rule`, async ({ page, context, baseURL }) => {
    const requests = recordRequests(context);
    const violations = await watchPolicy(page);
    await page.goto('./');
    await page.getByRole('button', { name: '开始' }).click();
    await page.getByRole('button', { name: level.title['zh-CN'] }).click();
    await page.locator('.briefing-screen .btn-primary').click();
    await playToEnding(page);
    await expect(page.locator('.help .contact').first()).toBeVisible();

    expect(requests.length, 'requests recorded').toBeGreaterThan(0);
    expect(foreign(requests, new URL(baseURL!).origin), 'requests to another origin').toEqual([]);
    expect(await violations(), 'Content-Security-Policy violations').toEqual([]);
  });
}

test('a level whose texts hold HTML shows it as text and runs none of it', async ({ page }) => {
  const IMG = '<img src=x onerror=window.__pwned=1>';
  const SCRIPT = '<script>window.__pwned=1</script>';
  const level = JSON.parse(readFileSync('levels/bank-card.json', 'utf8'));
  level.id = 'html-in-text';
  level.title = { 'zh-CN': `标题${IMG}`, en: `Title${IMG}` };
  level.summary = { 'zh-CN': `简介${SCRIPT}`, en: `Summary${SCRIPT}` };
  const contact = level.characters.find((c: { role: string }) => c.role === 'contact');
  contact.name = { 'zh-CN': `阿凯${SCRIPT}`, en: `Kai${SCRIPT}` };
  const node = (id: string) => level.nodes.find((n: { id: string }) => n.id === id);
  node('intro').text = { 'zh-CN': `旁白${SCRIPT}`, en: `Narrator${SCRIPT}` };
  node('ad').text = { 'zh-CN': `消息${IMG}`, en: `Message${IMG}` };
  const refuse = node('offer').choices[0];
  refuse.text = { 'zh-CN': `不借${IMG}`, en: `No${IMG}` };
  refuse.feedback = { 'zh-CN': `反馈${SCRIPT}`, en: `Feedback${SCRIPT}` };

  const violations = await watchPolicy(page);
  await page.goto('./');
  await page.getByRole('button', { name: '开始' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '导入关卡…' }).click();
  await (await chooser).setFiles({ name: 'html-in-text.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(level)) });
  await expect(page.getByRole('status')).toContainText(`已导入“标题${IMG}”`);

  const card = page.locator('#level-html-in-text');
  await expect(card).toContainText(`标题${IMG}`);
  await expect(card).toContainText(`简介${SCRIPT}`);
  await card.click();
  await page.locator('.briefing-screen .btn-primary').click();
  const log = page.getByRole('log');
  await expect(log).toContainText(`旁白${SCRIPT}`);
  await expect(log).toContainText(`消息${IMG}`);
  await expect(log).toContainText(`阿凯${SCRIPT}`);
  await page.getByRole('button', { name: `不借${IMG}` }).click();
  await expect(page.locator('.bubble.player')).toContainText(`不借${IMG}`);
  await expect(page.locator('.feedback')).toContainText(`反馈${SCRIPT}`);

  // The characters are text nodes: no element was made from them, and nothing ran.
  expect(await page.locator('#game img, #game script').count()).toBe(0);
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(await violations(), 'Content-Security-Policy violations').toEqual([]);
});
