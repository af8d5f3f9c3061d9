// The teaching mechanics as a player meets them (issues 12 and 13): spotting a sign and raising a
// false alarm, the field guide's card (the learning check is in quiz.spec.ts); pressing 1 at
// every decision takes the choice numbered 1 and is scored as the engine scores it; a victim's
// screen is a support screen. (That the help lines are on screen on every ending at 150 % text is
// checked as every ending is played: all-levels.spec.ts.)
// Played at the test-only instant pace.
import type { Page } from '@playwright/test';
import { finishPlay, starsOf } from '../../src/core';
import { pressOne, readLevel } from '../fixtures/plays';
import { expect, snap, test } from './fixtures';
import { shippedLevels } from './levels';
import { clickAway } from './play';
import { ui } from './ui-text';

const level = (id: string) => shippedLevels.find((l) => l.id === id)!;

/** Title → level list → a level's briefing → its chat. */
async function openLevel(page: Page, id: string): Promise<void> {
  await page.locator('.title-screen .btn-primary').click();
  await page.getByRole('button', { name: level(id).title['zh-CN'] }).click();
  await page.locator('.briefing-screen .btn-primary').click();
  await expect(page.getByRole('log').locator('.bubble').filter({ visible: true }).first()).toBeVisible();
}

test('a right spot marks the phrase and unlocks its card; a false alarm costs a little, kindly', async ({ page }) => {
  await page.goto('./?seed=e2e');
  await openLevel(page, 'new-friend');
  const spotMode = page.getByRole('button', { name: '找可疑' });
  await spotMode.click();
  await expect(spotMode).toHaveAttribute('aria-pressed', 'true');

  const sign = page.getByRole('button', { name: '你也太会玩了吧', exact: true });
  await sign.click();
  await expect(page.getByRole('status').filter({ hasText: '识破了：夸奖和送礼' })).toBeVisible();
  await expect(page.getByRole('log').locator('mark', { hasText: '你也太会玩了吧' })).toBeVisible();
  await expect(sign).toHaveCount(0);
  await snap(page, 'teach-spot-hit');

  // "gg" is a harmless message: flagging it is a false alarm, said kindly, and costs 2.
  await page.getByRole('button', { name: '刚才那把太爽了！', exact: true }).click();
  const notice = page.getByRole('status').filter({ hasText: '这条是正常消息' });
  await expect(notice).toBeVisible();
  await expect(page.locator('.spot-points strong')).toHaveText('3'); // +5 −2
  // The notice lies inside the phone, over its header band: never over the chat's newest line.
  const newest = page.locator('[role="log"] ol.lines:not([hidden]) > li').last();
  const [box, line] = [await notice.boundingBox(), await newest.boundingBox()];
  expect(box!.y + box!.height, 'the spot notice ends above the newest line of the chat').toBeLessThanOrEqual(line!.y);

  await page.getByRole('button', { name: '离开关卡' }).click();
  await page.getByRole('button', { name: '识破手册' }).click();
  await expect(page.getByRole('heading', { name: '识破手册', level: 1 })).toBeVisible();
  const card = page.getByRole('listitem', { name: '夸奖和送礼' });
  await expect(card).toContainText('在这些关卡里识破过：游戏里的新朋友');
  await expect(card).toHaveClass(/unlocked/);
  await expect(page.getByRole('listitem', { name: '威胁和敲诈' })).toHaveClass(/locked/);
  await snap(page, 'teach-handbook');
});

test('pressing 1 takes the choice numbered 1, and the ending shows the ending and stars the engine gives that play', async ({ page }) => {
  // That such a play rarely earns three stars, on any level, is the engine's part: tests/unit/press-one.test.ts.
  const { story, state } = pressOne(readLevel('bank-card'), 'press-1');
  const ending = story.node(state.at);

  await page.goto('./?seed=press-1');
  await openLevel(page, 'bank-card');
  const choice = page.locator('button.choice').first();
  const proceed = page.locator('.consequence-screen .btn-primary');
  const stars = page.locator('.ending-screen .stars-label');
  for (let step = 0; step < 80 && !(await stars.isVisible()); step++) {
    await expect(choice.or(proceed).or(stars).first()).toBeVisible({ timeout: 30_000 });
    if (await proceed.isVisible()) await clickAway(proceed);
    else if (await choice.isVisible()) {
      await expect(choice.locator('kbd')).toHaveText('1'); // the first button is numbered 1
      await clickAway(choice, () => page.keyboard.press('1'));
    }
  }
  await expect(page.locator('.ending-screen h1')).toHaveText(ending.type === 'ending' ? ending.title['zh-CN'] : '');
  await expect(stars).toHaveText(`获得 ${starsOf(story, state)} 颗星（满分 3 颗）`);
  // The ending says why, in the words of the reasons the engine's star rule gives (src/core/stars.ts).
  await expect(page.locator('.stars-why')).toHaveText(finishPlay(story, state).reasons.map((r) => ui('zh-CN', `teach.stars.${r}`)).join(' '));
});

test('the new-friend victim path: "This is not your fault", no liability heading, the law on request', async ({ page }) => {
  await page.goto('./?seed=e2e');
  await openLevel(page, 'new-friend');
  await page.locator('button.choice', { hasText: '好呀！我在一中初一3班' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: '这不是你的错' })).toBeVisible();
  await expect(dialog.getByRole('heading', { name: '年龄与责任' })).toHaveCount(0);
  await expect(dialog.getByRole('heading', { name: '下一步' })).toBeAttached();
  await expect(dialog.getByRole('heading', { name: '可以告诉谁' })).toBeAttached();
  const seeLaw = dialog.getByRole('button', { name: '查看法条' });
  await expect(seeLaw).toHaveAttribute('aria-expanded', 'false');
  await seeLaw.click();
  await expect(dialog.getByRole('heading', { name: '法律依据' })).toBeVisible();
  await snap(page, 'teach-victim');
});
