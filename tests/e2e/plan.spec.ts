// The facilitator plans a lesson against a 45-minute period, opens the speaker notes on a second
// window, and runs the planned levels in order in projector mode.
import { expect, keyOf, snap, test, toFront } from './fixtures';
import { presentUntil } from './play';

test('a vice-president plans a lesson, follows it with speaker notes, and moves to the next planned level', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: '课堂计划' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '课堂计划' })).toBeVisible();
  await page.getByRole('button', { name: '加入这节课' }).nth(5).click(); // free-skin (case 6) first
  await page.getByRole('button', { name: '加入这节课' }).first().click(); // then bank-card
  await expect(page.getByText('合计约 18 分钟 / 一节课 45 分钟')).toBeVisible();
  await expect(page.getByText('还剩约 27 分钟用于讨论和小测验。')).toBeVisible(); // the levels and two 3-minute shows of hands
  await expect(page.getByText('课前：举手小测（约 3 分钟）')).toBeVisible();
  await page.getByRole('button', { name: '↑' }).nth(1).click(); // bank-card to the top
  await expect(page.locator('.lesson li').first()).toContainText('“躺赚”500元');
  await page.getByText('预览（不剧透）').first().click();
  await expect(page.locator('.preview').first()).toContainText('个需要做决定的地方');
  await snap(page, 'plan');

  const popup = page.waitForEvent('popup');
  await page.getByRole('button', { name: '打开讲者备注窗口' }).click();
  const notes = await popup;
  await expect(notes.getByRole('heading', { name: '讲者备注' })).toBeVisible();
  await toFront(page); // the projector's window, as on a second screen

  await page.getByRole('button', { name: '开始上课（演示模式）' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '“躺赚”500元' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('log')).toContainText('周五晚上'); // the chat is on screen: now pace it
  const next = async (times: number) => {
    for (let i = 0; i < times; i++) await page.keyboard.press('ArrowRight');
  };
  await next(6); // the group chat's four messages on, Kai's direct message, then the decision
  await expect(page.getByRole('button', { name: /不借。/ })).toBeVisible();
  await expect(notes.getByText('一个陌生人为什么愿意花500元“借”你的银行卡？他真正想要的是什么？')).toBeVisible();
  await expect(notes.getByText(/第二百八十七条之二 · 帮助信息网络犯罪活动罪/)).toBeVisible();
  if (process.env.SCREENSHOTS === '1') await notes.screenshot({ path: 'test-results/screenshots/speaker-notes.png' });

  // Play safe to the end with the keys on the choices, then the plan offers the next level.
  // (→ first pages through a long feedback: play.ts, presentUntil.)
  const report = /截图，回家给爸爸看。/;
  const warn = /别去。走，找老师。/;
  await page.keyboard.press(await keyOf(page, /不借。/));
  await presentUntil(page, page.getByRole('button', { name: report })); // Kai pushes, the decision
  await page.keyboard.press(await keyOf(page, report));
  await presentUntil(page, page.getByRole('button', { name: warn })); // Dad and 96110; Monday, Lin; the decision
  await page.keyboard.press(await keyOf(page, warn));
  await presentUntil(page, page.getByRole('heading', { level: 1, name: '识破了！' }));
  await expect(page.getByRole('button', { name: '下一关：免费皮肤？' })).toBeVisible();
  // → shows the ending's discussion prompts first, then opens the next planned level.
  await presentUntil(page, page.getByRole('heading', { level: 1, name: '免费皮肤？' }));
});
