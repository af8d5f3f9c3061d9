// My results: the student's own results per level, kept on this computer; a corrupted, too old or
// too new save is reported plainly, once, and reset without a crash (the fixture fails the test on
// any console or page error).
import type { Page } from '@playwright/test';
import { expect, snap, test } from './fixtures';
import { axe } from './layout-audit';

const SAVE = 'see-through:progress';

async function openResults(page: Page, path = './'): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: '识破' })).toBeVisible();
  await page.getByRole('button', { name: '我的成绩' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '我的成绩' })).toBeVisible();
}

test('a student sees their results per level after playing, and can clear them with a second press', async ({ page }) => {
  await openResults(page);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByText(/你已经玩过 0 个。/)).toBeVisible();
  await expect(page.getByRole('row', { name: /“躺赚”500元/ })).toContainText('还没玩过');

  // Play the bank-card level on its safe path: 60 points, 3 stars, the "识破了！" ending.
  await page.getByRole('button', { name: '返回首页' }).click();
  await page.getByRole('button', { name: '开始' }).click();
  await page.getByRole('button', { name: /“躺赚”500元/ }).click();
  await page.getByRole('button', { name: '开始这一关' }).click();
  await page.getByRole('button', { name: /不借。/ }).click();
  await page.getByRole('button', { name: /截图，回家给爸爸看。/ }).click();
  await page.getByRole('button', { name: /别去。走，找老师。/ }).click({ timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 1, name: '识破了！' })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: '返回关卡列表' }).click();
  await page.getByRole('button', { name: '返回', exact: true }).click();
  await page.getByRole('button', { name: '我的成绩' }).click();

  const row = page.getByRole('row', { name: /“躺赚”500元/ });
  await expect(row).toContainText('1 次');
  await expect(row).toContainText('60');
  await expect(row).toContainText('3 / 3 ★');
  await expect(row.getByText('3 颗星（满分 3 颗）')).toBeAttached(); // the stars in words, for screen readers
  await expect(row).toContainText('1 / 4 个'); // the techniques met: one of the level's four
  await expect(page.getByRole('row', { name: /游戏里的新朋友/ })).toContainText('还没玩过');
  await expect(page.getByText(/你已经玩过 1 个。/)).toBeVisible();
  await snap(page, 'results-zh');

  const { violations } = await axe(page, { include: '#game' });
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  // Clearing asks again, in the page; "no" keeps everything.
  await page.getByRole('button', { name: '清除我的成绩' }).click();
  await expect(page.getByText('这会删除这台电脑上你的关卡成绩和小测验分数')).toBeVisible();
  await page.getByRole('button', { name: '不清除了' }).click();
  await expect(row).toContainText('1 次');
  await page.getByRole('button', { name: '清除我的成绩' }).click();
  await page.getByRole('button', { name: '确定清除' }).click();
  await expect(page.getByRole('status').filter({ hasText: '你的成绩已经清除。' })).toBeVisible();
  await expect(page.getByRole('row', { name: /“躺赚”500元/ })).toContainText('还没玩过');
  expect(await page.evaluate((key) => localStorage.getItem(key), SAVE)).toBeNull();
});

test('a corrupted save is reported plainly, once, and reset without a crash', async ({ page }) => {
  await page.addInitScript((key) => localStorage.setItem(key, '{not json'), SAVE);
  await openResults(page);
  await expect(page.getByRole('alert')).toHaveText('你保存的成绩无法读取，已经重置。从现在起会重新保存你的成绩。');
  await expect(page.getByRole('row', { name: /“躺赚”500元/ })).toContainText('还没玩过');
  await snap(page, 'results-corrupt-zh');

  // The reset save is what is stored now, and the problem is not reported a second time.
  expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), SAVE)) ?? 'null')).toMatchObject({ version: 1, levels: {} });
  await page.getByRole('button', { name: '返回首页' }).click();
  await page.getByRole('button', { name: '我的成绩' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '我的成绩' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);

  // The game still plays.
  await page.getByRole('button', { name: '返回首页' }).click();
  await page.getByRole('button', { name: '开始' }).click();
  await expect(page.getByRole('button', { name: /“躺赚”500元/ })).toBeVisible();
});

test('a save from a newer version of the game is reported with both versions, once, in both languages', async ({ page }) => {
  await page.addInitScript((key) => localStorage.setItem(key, JSON.stringify({ version: 7, minCompatible: 5, levels: {} })), SAVE);
  await openResults(page);
  await expect(page.getByRole('alert')).toContainText('来自新版游戏');
  await expect(page.getByRole('alert')).toContainText('存档版本 7');
  await expect(page.getByRole('alert')).toContainText('最高只能读取版本 1');

  await page.getByRole('button', { name: '返回首页' }).click();
  await page.getByRole('button', { name: '我的成绩' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '我的成绩' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);

  // In English (the init script writes the newer save again on this load).
  await page.goto('./?lang=en');
  await page.getByRole('button', { name: 'My results' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My results' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('Your saved results come from a newer version of the game (save version 7; this game reads up to version 1)');
  await snap(page, 'results-too-new-en');
});

test('a save from a version too old to read is reported as too old', async ({ page }) => {
  await page.addInitScript((key) => localStorage.setItem(key, JSON.stringify({ version: 0, scores: { 'bank-card': 60 } })), SAVE);
  await openResults(page);
  await expect(page.getByRole('alert')).toContainText('来自旧版游戏（存档版本 0，本游戏只能读取版本 1 及以上）');
});

test('the learning check on My results: in plain words, with what fooled the student folded under one line', async ({ page }) => {
  const result = (form: string, correct: number, scamsFlagged: number, missed: string[]) => ({
    form, correct, total: 12, scamsFlagged, realFlagged: 0, scams: 3, real: 3, discernment: scamsFlagged, confidentMistakes: [], unanswered: 0, missed,
  });
  const record = {
    A: { at: '2026-12-01T09:00:00.000Z', result: result('A', 8, 1, ['a-relay', 'a-j-fan', 'a-j-code', 'a-draw']) },
    B: { at: '2026-12-01T10:00:00.000Z', result: result('B', 11, 3, ['b-car']), answers: { 'b-car': { answer: 'rules', confidence: 'unsure' } } },
  };
  await page.addInitScript((value) => localStorage.setItem('see-through:learning-check-forms', value), JSON.stringify(record));
  await openResults(page);
  const panel = page.getByRole('region', { name: '小测验' }).or(page.locator('.results-screen .quiz'));
  await expect(panel).toContainText('玩之后比玩之前多答对了 3 道！');
  await expect(panel).toContainText('有危险的消息，你认出了：玩之前 1 条（共 3 条），玩之后 3 条（共 3 条）。');
  await expect(panel).not.toContainText('百分点');
  const fooled = page.getByText('骗到你的题（1 道）');
  await expect(fooled).toBeVisible();
  await expect(page.getByText('你选了：提醒你遵守游戏规则，对自己负责任')).toBeHidden();
  await fooled.click();
  await expect(page.getByText(/你刚才撞了我的车/)).toBeVisible();
  await expect(page.getByText('你选了：提醒你遵守游戏规则，对自己负责任')).toBeVisible();
  await expect(page.getByText('正确答案：让你相信错在自己，好乖乖掏钱')).toBeVisible();
  await snap(page, 'results-check-fooled-zh');
});
