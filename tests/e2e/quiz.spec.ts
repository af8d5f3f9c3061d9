import { expect, snap, test } from './fixtures';

const RIGHT = [3, 2, 2, 3, 2, 3]; // the right option's number for each of the six questions

test('the learning check shows how much better the player spots the traps after playing @both', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: '小测验' }).click();
  await expect(page.getByRole('heading', { name: '学前小测' })).toBeVisible();
  await page.getByRole('button', { name: '开始答题' }).click();

  // Before: no answers shown; pick the first option each time, by mouse and by key.
  for (let i = 0; i < 6; i++) {
    await expect(page.getByText(`第 ${i + 1} / 6 题`)).toBeVisible();
    if (i === 0) await snap(page, 'quiz-question-zh');
    if (i % 2 === 0) await page.getByRole('button', { name: /^1 / }).click();
    else await page.keyboard.press('1');
  }
  await expect(page.getByRole('heading', { name: '你答对了 0 / 6 题' })).toBeVisible();

  await page.getByRole('button', { name: '返回' }).click();
  await page.getByRole('button', { name: '小测验' }).click();
  await expect(page.getByRole('heading', { name: '学后小测' })).toBeVisible();
  await page.getByRole('button', { name: '开始答题' }).click();

  // After: each answer is explained with its real case.
  for (const [i, right] of RIGHT.entries()) {
    await expect(page.getByText(`第 ${i + 1} / 6 题`)).toBeVisible();
    await page.getByRole('button', { name: new RegExp(`^${right} `) }).click();
    await expect(page.getByRole('heading', { name: '✔ 答对了！' })).toBeVisible();
    if (i === 0) {
      await expect(page.getByText(/108万元/)).toBeVisible();
      await snap(page, 'quiz-explained-zh');
    }
    await page.getByRole('button', { name: '下一题' }).click();
  }
  await expect(page.getByText('玩之前：答对 0 / 6 题')).toBeVisible();
  await expect(page.getByText('玩之后：答对 6 / 6 题')).toBeVisible();
  await expect(page.getByText('你多认出了 6 个陷阱！')).toBeVisible();
  await snap(page, 'quiz-results-zh');
});
