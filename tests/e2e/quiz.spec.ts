// The learning check (issue 12): form A before play, a level played, form B after it; each item
// answered and rated sure or not sure; the results show the gain, the discernment and the
// confident mistakes. Form A shows no answers; form B explains each one.
import { readFileSync } from 'node:fs';
import { expect, snap, test } from './fixtures';
import { playToEnding } from './play';

interface FormFile {
  items: ({ kind: 'choice'; options: { id: string; text: Record<string, string> }[]; answer: string } | { kind: 'judge'; answer: 'scam' | 'real' })[];
}

test('form A before play, form B after it: the results show the gain, discernment and confident mistakes', async ({ page }) => {
  test.setTimeout(150_000);
  await page.goto('./');
  await page.getByRole('button', { name: '小测验' }).click();
  await expect(page.getByRole('heading', { name: '学前小测' })).toBeVisible();
  await page.getByRole('button', { name: '开始', exact: true }).click();
  // Form A: the first answer each time, and sure of it; no answers shown yet.
  for (let i = 0; i < 14; i++) {
    await expect(page.getByText(`第 ${i + 1} 题，共 14 题`)).toBeVisible();
    await page.locator('.answers button').first().click();
    await page.getByRole('button', { name: '确定', exact: true }).click();
  }
  await expect(page.getByRole('heading', { name: /学前小测做完了/ })).toBeVisible();
  await page.getByRole('button', { name: '选关卡' }).click();
  await page.locator('.level-card').first().click();
  await page.locator('.briefing-screen .btn-primary').click();
  await playToEnding(page, 'first');
  await page.getByRole('button', { name: '返回关卡列表' }).click();
  await page.getByRole('button', { name: '返回', exact: true }).click();

  await page.getByRole('button', { name: '小测验' }).click();
  await expect(page.getByRole('heading', { name: '学后小测' })).toBeVisible();
  await page.getByRole('button', { name: '开始', exact: true }).click();
  const formB = JSON.parse(readFileSync('levels/quiz/form-b.json', 'utf8')) as FormFile;
  for (const item of formB.items) {
    const right = item.kind === 'choice' ? item.options.find((o) => o.id === item.answer)!.text['zh-CN'] : item.answer === 'scam' ? '是骗局' : '是真的';
    await page.locator('.answers button', { hasText: right }).click();
    await page.getByRole('button', { name: '不太确定', exact: true }).click();
    await expect(page.getByRole('heading', { name: '✓ 答对了' })).toBeVisible();
    await page.getByRole('button', { name: '下一题' }).click();
  }
  await expect(page.getByRole('heading', { name: '你的进步' })).toBeVisible();
  await expect(page.getByText(/答对的比例提高了 \d+ 个百分点/)).toBeVisible();
  await expect(page.getByText('玩之后：答对 14 / 14')).toBeVisible();
  await expect(page.getByText(/分辨力.*玩之后 \d+/)).toBeVisible();
  await expect(page.getByText(/很确定却答错的题：玩之前 \d+ 道，玩之后 0 道/)).toBeVisible();
  await snap(page, 'teach-check-results');
});

