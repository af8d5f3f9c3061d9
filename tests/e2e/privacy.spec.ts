// Nothing in a level file runs: a level whose texts hold HTML shows that HTML as characters, and
// breaks no Content-Security-Policy rule. (That no request leaves the device in a full play of
// every level is checked as each level is played: all-levels.spec.ts.)
import { readFileSync } from 'node:fs';
import { watchPolicy } from './audit';
import { expect, test } from './fixtures';

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
  // The ad's warning signs are phrases of its text, as the checker demands: they stay in it.
  const ad = node('ad');
  ad.text = { 'zh-CN': `消息${IMG}${ad.text['zh-CN']}`, en: `Message${IMG}${ad.text.en}` };
  const refuse = node('offer').choices.find((c: { id: string }) => c.id === 'refuse');
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
  // (The game's own pictures, faces and covers, are <img> elements with pictures of their own.)
  expect(await page.locator('#game script, #game [onerror]').count()).toBe(0);
  expect(await page.locator('#game img').evaluateAll((imgs) => imgs.filter((i) => i.getAttribute('src') === 'x').length)).toBe(0);
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(await violations(), 'Content-Security-Policy violations').toEqual([]);
});
