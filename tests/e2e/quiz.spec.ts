// The learning check: form A before play, a level played, form B after it; each item answered and
// rated sure or not sure, in a new order every sitting. Form A explains nothing while it runs and
// shows what was missed at the end; form B explains each answer under the question it explains;
// the results say in a student's words how many more they got right and what fooled them.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, snap, test } from './fixtures';
import { playToEnding } from './play';

type Text = Record<string, string>;
type Item =
  | { id: string; kind: 'choice'; question: Text; options: { id: string; text: Text }[]; answer: string }
  | { id: string; kind: 'judge'; message: Text; answer: 'scam' | 'real' };

const formOf = (file: string) => (JSON.parse(readFileSync(`levels/quiz/${file}.json`, 'utf8')) as { items: Item[] }).items;

/** The item on screen, found by its question or its message (the order is shuffled every sitting). */
async function itemOnScreen(page: Page, items: Item[]): Promise<Item> {
  const bubble = page.locator('.judge-bubble .text');
  const text = (await bubble.count()) > 0 ? await bubble.innerText() : await page.locator('h1.question').innerText();
  const item = items.find((i) => (i.kind === 'choice' ? i.question['zh-CN'] : i.message['zh-CN']) === text.trim());
  if (!item) throw new Error(`no item reads "${text}"`);
  return item;
}

const rightText = (item: Item) => (item.kind === 'choice' ? item.options.find((o) => o.id === item.answer)!.text['zh-CN']! : item.answer === 'scam' ? '有危险信号' : '是正常消息');
const wrongText = (item: Item) => (item.kind === 'choice' ? item.options.find((o) => o.id !== item.answer)!.text['zh-CN']! : item.answer === 'scam' ? '是正常消息' : '有危险信号');

test('form A, then a level, then form B: B explains under the question; the results say what changed and what fooled you', async ({ page }) => {
  test.setTimeout(150_000);
  const formA = formOf('form-a');
  const formB = formOf('form-b');
  await page.goto('./');
  await page.getByRole('button', { name: '小测验' }).click();
  await expect(page.getByRole('heading', { name: '学前小测' })).toBeVisible();
  await page.getByRole('button', { name: '开始', exact: true }).click();
  // Form A: wrong on the first two items, right on the rest, sure each time; no answers shown yet.
  const missed: Item[] = [];
  for (let i = 0; i < formA.length; i++) {
    await expect(page.getByText(`第 ${i + 1} 题，共 ${formA.length} 题`)).toBeVisible();
    const item = await itemOnScreen(page, formA);
    if (i < 2) missed.push(item);
    await page.locator('.answers button', { hasText: i < 2 ? wrongText(item) : rightText(item) }).click();
    await page.getByRole('button', { name: '确定', exact: true }).click();
  }
  await expect(page.getByRole('heading', { name: `学前小测做完了：答对 ${formA.length - 2} / ${formA.length}` })).toBeVisible();
  // What was missed, shown now that the form is done: the two items, with the right answers.
  await expect(page.getByRole('heading', { name: '骗到你的题（2 道）' })).toBeVisible();
  const fooled = page.locator('.fooled > li');
  await expect(fooled).toHaveCount(2);
  for (const item of missed) await expect(page.locator('.fooled')).toContainText(`正确答案：${rightText(item)}`);
  await snap(page, 'teach-check-a-missed');
  await page.getByRole('button', { name: '选关卡' }).click();
  await page.locator('.level-card').first().click();
  await page.locator('.briefing-screen .btn-primary').click();
  await playToEnding(page, 'first');
  await page.getByRole('button', { name: '返回关卡列表' }).click();
  await page.getByRole('button', { name: '返回', exact: true }).click();

  await page.getByRole('button', { name: '小测验' }).click();
  await expect(page.getByRole('heading', { name: '学后小测' })).toBeVisible();
  await page.getByRole('button', { name: '开始', exact: true }).click();
  for (let i = 0; i < formB.length; i++) {
    const item = await itemOnScreen(page, formB);
    await page.locator('.answers button', { hasText: rightText(item) }).click();
    await page.getByRole('button', { name: '不太确定', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: '✓ 答对了' })).toBeVisible();
    // The explanation sits under the question it explains, with the answer given.
    expect(await itemOnScreen(page, formB)).toBe(item);
    await expect(page.locator('.given')).toHaveText(`你选了：${rightText(item)}`);
    if (i === 0) await snap(page, 'teach-check-b-explained');
    await page.getByRole('button', { name: '下一题' }).click();
  }
  await expect(page.getByRole('heading', { name: '你的进步' })).toBeVisible();
  await expect(page.getByText(`玩之后：${formB.length} 道题答对了 ${formB.length} 道`)).toBeVisible();
  await expect(page.getByText('玩之后比玩之前多答对了 2 道！')).toBeVisible();
  await expect(page.getByText(/有危险的消息，你认出了：玩之前 \d 条（共 3 条），玩之后 3 条（共 3 条）。/)).toBeVisible();
  await expect(page.getByText(/很有把握却答错的：玩之前 2 道，玩之后 0 道。/)).toBeVisible();
  await expect(page.getByText('这次没有一道题骗到你！')).toBeVisible();
  // No jargon: no percentage points, no "discernment".
  await expect(page.locator('.quiz-screen')).not.toContainText('百分点');
  await expect(page.locator('.quiz-screen')).not.toContainText('分辨力');
  await snap(page, 'teach-check-results');
});

test('each sitting shows the items in a new order', async ({ page }) => {
  const formA = formOf('form-a');
  const firstItem = async (seed: string) => {
    await page.goto(`./?seed=${seed}`);
    await page.evaluate(() => localStorage.clear());
    await page.getByRole('button', { name: '小测验' }).click();
    await page.getByRole('button', { name: '开始', exact: true }).click();
    const item = await itemOnScreen(page, formA);
    const options = await page.locator('.answers button').allInnerTexts();
    return `${item.id}|${options.join('|')}`;
  };
  const seen = new Set([await firstItem('one'), await firstItem('two'), await firstItem('three')]);
  expect(seen.size).toBeGreaterThan(1);
});
