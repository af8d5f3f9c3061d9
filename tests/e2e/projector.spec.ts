// Projector mode, run as a vice-president would: presenter keys only, a class vote at a decision,
// the debrief's split matching the votes, and the printed one-page handout.
import { expect, keyOf, snap, test } from './fixtures';
import { presentUntil } from './play';

test('a class plays the bank-card level with presenter keys and a vote, then prints the debrief @both', async ({ page }) => {
  await page.goto('./?mode=projector');
  const press = async (key: string, times = 1) => {
    for (let i = 0; i < times; i++) await page.keyboard.press(key);
  };
  await expect(page.getByRole('button', { name: '开始', exact: true })).toBeVisible();
  await expect(page.getByRole('status')).toContainText('演示模式按键'); // the hint, shown once
  await snap(page, 'projector-title');
  await press('PageDown'); // the clicker's "next": Start
  await expect(page.getByRole('heading', { name: '选择关卡' })).toBeVisible();
  // The list is paged (→ turns its page, never starts a level): Enter opens the card that has focus, the first.
  await expect(page.locator('.list-screen .page-line')).toContainText('第 1 / 2 页');
  await press('PageDown');
  await expect(page.locator('.list-screen .page-line')).toContainText('第 2 / 2 页');
  await press('PageUp');
  await page.locator('button.level-card').first().focus();
  await press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: '“躺赚”500元' })).toBeVisible();
  await press('ArrowRight'); // start the level

  // Messages wait for the presenter: one per key, the group chat first, then Kai's direct message.
  const log = page.getByRole('log');
  await expect(log).toContainText('周五晚上');
  await expect(log).not.toContainText('今晚八点开黑');
  await press(' ');
  await expect(log).toContainText('今晚八点开黑');
  await expect(log).not.toContainText('闲置银行卡出租');
  await press('ArrowRight', 2); // Kai joins the group, then his ad
  await expect(log).toContainText('闲置银行卡出租');
  await press('ArrowRight', 3); // Doudou's reply, Kai's direct message, the decision
  await expect(log).toContainText('借我用一个月');
  const refuse = /不借。/;
  await expect(page.getByRole('button', { name: refuse })).toBeVisible();
  await snap(page, 'projector-decision');

  // The class vote: 12 hands for "no", 3 for "sure", 5 for "is it dodgy?"; then the majority is
  // played. The order of the choices is the class's fixed one: the keys are read off the buttons.
  const keys = { refuse: await keyOf(page, refuse), accept: await keyOf(page, /行啊，正好缺钱。/), ask: await keyOf(page, /“走流水”是啥？/) };
  await press('ArrowRight');
  const vote = page.getByRole('region', { name: '全班投票：举手数一数' });
  await expect(vote).toBeVisible();
  await press(keys.refuse);
  await press('+', 12);
  await press(keys.accept);
  await press('+', 4);
  await press('-');
  await press(keys.ask);
  await press('+', 5);
  await expect(vote.getByText('12 票')).toBeVisible();
  await snap(page, 'projector-vote');
  // A mis-click: ← closes the vote, → comes back to it, and the hands counted are still there.
  await press('PageUp');
  await expect(vote).toBeHidden();
  await presentUntil(page, page.getByRole('button', { name: refuse }));
  await press('ArrowRight');
  await expect(vote.getByText('12 票')).toBeVisible();
  await expect(vote.getByText('5 票')).toBeVisible();
  // Esc asks before it leaves the level; any other key stays, with the count.
  await press('Escape');
  const ask = page.getByRole('alertdialog', { name: '离开这一关？' });
  await expect(ask).toBeVisible();
  await press('ArrowRight');
  await expect(ask).toBeHidden();
  await expect(vote.getByText('12 票')).toBeVisible();
  await press('PageDown');
  await expect(page.getByText('✓ 安全的选择')).toBeVisible();
  await expect(page.locator('.meter-label strong')).toHaveText('20');

  // ← steps back, → goes on again (→ first pages through the feedback, if it is long).
  const push = log.getByText('好多学生都在做');
  await presentUntil(page, push);
  await press('PageUp');
  await expect(log).not.toContainText('好多学生都在做');
  await presentUntil(page, push, 'PageDown');

  // Choose directly with keys to the end: check with 96110 → Lin → warn him.
  await presentUntil(page, page.getByRole('button', { name: /打96110问问/ }));
  await press(await keyOf(page, /打96110问问/));
  await expect(page.locator('.meter-label strong')).toHaveText('35');
  // The officer's answer; Monday in Lin's chat, her two messages; the decision.
  const warn = /别去。走，找老师。/;
  await presentUntil(page, log.getByText('96110的民警告诉你'));
  await presentUntil(page, page.getByRole('button', { name: warn }));
  await expect(log).toContainText('数学卷子最后一题');
  await press(await keyOf(page, warn));
  await expect(page.locator('.meter-label strong')).toHaveText('55');
  await presentUntil(page, page.getByRole('heading', { level: 1, name: '识破了！' }));
  await expect(page.getByRole('heading', { name: '课堂讨论' })).toBeHidden();
  await press('ArrowRight'); // the discussion prompts, projected before anything else
  await expect(page.getByRole('heading', { name: '课堂讨论' })).toBeInViewport();
  await press('ArrowRight'); // the debrief

  await expect(page.getByRole('heading', { level: 1, name: '课堂总结' })).toBeVisible();
  const split = page.locator('.split').first();
  await expect(split).toContainText('你怎么回？');
  const option = (text: string) => split.locator('li').filter({ hasText: text });
  await expect(option('不借。')).toContainText('12 票 · 60%');
  await expect(option('不借。')).toContainText('（当堂选择）');
  await expect(option('行啊，正好缺钱。怎么弄？')).toContainText('3 票 · 15%');
  await expect(option('“走流水”是啥？不会出事吧？')).toContainText('5 票 · 25%');
  await expect(split.getByText('（当堂选择）')).toHaveCount(1);
  await snap(page, 'projector-debrief');

  // Print: the handout alone, on one A4 page.
  await page.evaluate(() => (window.print = () => undefined)); // no print dialog in a test
  await page.getByRole('button', { name: '打印讲义' }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#print-root')).toContainText('12 票 · 60%');
  await expect(page.locator('#game')).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
  await page.emulateMedia({ media: 'screen' });
});

test('the feedback after a choice fits its column, projected: nothing below its fold, and → goes on at once', async ({ page }) => {
  await page.goto('./?mode=projector&lang=en');
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByRole('button', { name: /The video in the class chat/ }).click();
  await page.keyboard.press('ArrowRight'); // start the level
  const choice = page.getByRole('button', { name: /Stop\. That was filmed in secret\./ });
  // Each press waits for the story's step (presentUntil): a press that lands once the decision is up
  // opens the class vote over it.
  await presentUntil(page, choice);
  await choice.click();

  // The feedback, with its warning sign, has the right-hand column; it once ran below the fold of
  // a narrow column and needed a → per screenful (the fallback still there, ./play.ts).
  const feedback = page.getByRole('region', { name: 'Your last choice' });
  await expect(feedback).toContainText('Warning sign');
  await expect(feedback.getByText(/Warning sign/)).toBeInViewport({ ratio: 0.99 });
  await expect.poll(() => feedback.evaluate((box) => box.scrollHeight - box.clientHeight - box.scrollTop)).toBeLessThan(2);
  await expect(page.locator('.bubble').last()).toContainText('Stop. That was filmed in secret.');
  const lines = await page.locator('.bubble').count();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.bubble')).toHaveCount(lines + 1);
});
