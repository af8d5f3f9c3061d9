import type { Page } from '@playwright/test';
import { choose, expect, keyOf, snap, test } from './fixtures';

/** Every chat line as it is shown: at the instant pace an ending replaces the chat at once. */
async function watchLines(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const shown: string[] = [];
    (window as { linesShown?: string[] }).linesShown = shown;
    new MutationObserver((records) => {
      for (const node of records.flatMap((r) => [...r.addedNodes])) {
        if (node instanceof HTMLLIElement && node.closest('[role="log"]')) shown.push(node.textContent ?? '');
      }
    }).observe(document, { childList: true, subtree: true });
  });
  return () => page.evaluate(() => (window as { linesShown?: string[] }).linesShown ?? []);
}

test.describe('the bank-card level, in Chinese', () => {
  let lines: () => Promise<string[]>;
  test.beforeEach(async ({ page }) => {
    lines = await watchLines(page);
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1, name: '识破' })).toBeVisible();
    await page.getByRole('button', { name: '开始' }).click();
    await page.getByRole('button', { name: /“躺赚”500元/ }).click();
    await expect(page.getByText('改编自最高检典型案例1（2023-05-31）')).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: '认出“出租、出借银行卡”的骗局话术。' })).toBeVisible();
    await page.getByRole('button', { name: '开始这一关' }).click();
    await expect(page.getByRole('log')).toContainText('闲置银行卡出租');
  });

  // The one playthrough of the suite at the pace a player sees: typing, pauses and all. Every
  // other test plays at the test-only instant pace (fixtures.ts).
  test.describe('at the pace a player sees', () => {
    test.use({ pace: 'normal' });

    test('the safe path scores 60 and ends safe, with the help lines', async ({ page }) => {
      await snap(page, 'chat-start-zh');
      await choose(page, /不借。/);
      await expect(page.getByText('✓ 安全的选择')).toBeVisible();
      await expect(page.locator('.meter-label strong')).toHaveText('20');
      // "What if": the choice not taken, and the real consequence it leads to, once asked for.
      const whatIf = page.locator('.what-if');
      await expect(whatIf.locator('li')).toHaveCount(0);
      await whatIf.getByText('如果选了别的？').click();
      await expect(whatIf.locator('li')).toHaveCount(3);
      await expect(whatIf).toContainText('⚠ 有风险的选择：行啊，正好缺钱。怎么弄？');
      await expect(whatIf).toContainText('⚠ 有风险的选择：先借一个月试试，不对劲我就去挂失。');
      await expect(whatIf).toContainText('会看到真实后果：出租、出借银行卡是违法的');
      await expect(whatIf).toContainText('● 还可以更好：“走流水”是啥？不会出事吧？');
      await choose(page, /截图，回家给爸爸看。/);
      // Monday: the phone switches to Lin's chat, and the same pitch comes back through a friend.
      await expect(page.locator('.phone-head')).toContainText('同桌小林', { timeout: 30_000 });
      await expect(page.getByRole('button', { name: /别去。走，找老师。/ })).toBeVisible({ timeout: 30_000 });
      // Keys 1–4 pick choices: the number on the button, as the order is shuffled each play.
      await page.keyboard.press(await keyOf(page, /别去。走，找老师。/));
      await expect(page.getByRole('heading', { level: 1, name: '识破了！' })).toBeVisible({ timeout: 30_000 });
      await expect(page.getByText('60', { exact: true })).toBeVisible();
      await expect(page.getByText('获得 3 颗星（满分 3 颗）')).toBeVisible();
      await expect(page.locator('.help .contact')).toHaveText(['96110', '110', '12355', '老师或家长']);
      await snap(page, 'ending-safe-zh');
      await page.getByRole('button', { name: '再玩一次' }).click();
      await expect(page.getByRole('log')).toContainText('闲置银行卡出租');
    });
  });

  test('the risky path shows the real charge, article and figures, then the way back', async ({ page }) => {
    await choose(page, /行啊，正好缺钱。怎么弄？/);
    const law = page.getByRole('dialog', { name: '出租、出借银行卡是违法的' });
    await expect(law).toContainText('《中华人民共和国反电信网络诈骗法》第三十一条');
    await expect(law).toContainText('2749名');
    await page.getByRole('button', { name: '继续' }).click();
    await expect(page.getByText('⚠ 有风险的选择')).toBeVisible();
    await expect(page.locator('.meter-label strong')).toHaveText('-20');
    await choose(page, /问问小詹，他成年了/);
    const dialog = page.getByRole('dialog', { name: '帮助信息网络犯罪活动罪' });
    await expect(dialog).toBeVisible({ timeout: 30_000 });
    await expect(dialog).toContainText('《中华人民共和国刑法》第二百八十七条之二');
    await expect(dialog).toContainText('处三年以下有期徒刑或者拘役，并处或者单处罚金');
    await expect(dialog).toContainText('108万元');
    await expect(dialog).toContainText('9.8万元');
    await expect(dialog).toContainText('十个月');
    await expect(dialog).toContainText('督促监护令');
    await expect(dialog).toContainText('改编自最高人民检察院典型案例1（2023-05-31发布）');
    await snap(page, 'consequence-zh');
    await page.getByRole('button', { name: '继续' }).click();
    await expect(page.getByRole('log')).toContainText('再帮我办两张');
    await choose(page, /跟爸爸说实话/);
    // The classmate's ID was used (a flag): an apology to Zhan comes before the ending.
    await expect.poll(lines).toContainEqual(expect.stringContaining('真实案例里，詹某被另案处理'));
    await expect(page.getByRole('heading', { level: 1, name: '及时止损' })).toBeVisible({ timeout: 30_000 });
    await expect(page.locator('.score strong')).toHaveText('-20');
    // A choice that harmed a classmate caps the play at 1 star, whatever the way back.
    await expect(page.getByText('获得 1 颗星（满分 3 颗）')).toBeVisible();
    await snap(page, 'ending-recovered-zh');
  });
});

test('the level plays in English with ?lang=en, to the "in too deep" ending', async ({ page }) => {
  await page.goto('./?lang=en');
  await page.getByRole('button', { name: 'Start' }).click();
  await snap(page, 'level-list-en');
  await page.getByRole('button', { name: /Easy money: RMB 500/ }).click();
  await snap(page, 'briefing-en');
  await page.getByRole('button', { name: 'Start the level' }).click();
  await choose(page, /"Run transactions"\? That's not dodgy, is it\?/);
  await expect(page.getByText('● Could be better')).toBeVisible();
  await choose(page, /Fine… one month\. Send the money first\./);
  await expect(page.getByRole('dialog', { name: 'Renting out or lending a bank card is against the law' })).toContainText('2,749 minors');
  await page.getByRole('button', { name: 'Continue' }).click();
  await choose(page, /Just my own card, then\./);
  const dialog = page.getByRole('dialog', { name: 'Helping information-network criminal activities' });
  await expect(dialog).toContainText('Criminal Law of the PRC, Art. 287-2');
  await expect(dialog).toContainText('RMB 1.08 million');
  await expect(dialog).toContainText('RMB 98,000');
  await snap(page, 'consequence-en');
  await page.getByRole('button', { name: 'Continue' }).click();
  await choose(page, /Open two more to keep him quiet\./);
  await expect(page.getByRole('dialog')).toContainText('RMB 200,000', { timeout: 30_000 });
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'In too deep' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('1 of 3 stars')).toBeVisible();
  await snap(page, 'ending-harmed-en');
});
