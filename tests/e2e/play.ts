// Steps shared by the end-to-end tests, as a player takes them: from the title to the first level's
// first message or first decision, and from anywhere in a level to its ending.
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** Title → level list → the first level's briefing → its chat, until the first message shows. */
export async function openFirstLevel(page: Page): Promise<void> {
  await page.locator('.title-screen .btn-primary').click();
  await page.locator('.level-card').first().click();
  await page.locator('.briefing-screen .btn-primary').click();
  await expect(page.getByRole('log').locator('.bubble').filter({ visible: true }).first()).toBeVisible();
}

/** On from the first message to the first decision: its choices are on screen and can be taken. */
export async function reachFirstDecision(page: Page): Promise<void> {
  await openFirstLevel(page);
  await expect(page.locator('button.choice').first()).toBeVisible({ timeout: 30_000 });
  await page.locator('button.choice').first().click();
  // The player's line: said, done or thought. A consequence may cover the chat at once, and the chat
  // under its dialog is hidden from the accessibility tree, so find the log by its role attribute.
  await expect(page.locator('[role="log"]').locator('li.player, li.player-do, li.player-think')).toHaveCount(1);
}

/**
 * Clicks a control that then goes (a choice taken, a consequence closed), or takes it another way
 * (`act`, such as its key), and waits until that very element is gone, so that the next look finds
 * what came after it, not the control on its way out.
 */
export async function clickAway(control: Locator, act: () => Promise<void> = () => control.click()): Promise<void> {
  const leaving = await control.elementHandle();
  await act();
  await leaving?.waitForElementState('hidden');
}

/**
 * Plays the open level to its ending: the first or the last choice at each decision, and on from
 * every consequence, after `onConsequence` has looked at it.
 */
export async function playToEnding(page: Page, pick: 'first' | 'last', onConsequence?: (dialog: Locator) => Promise<void>): Promise<void> {
  const choices = page.locator('button.choice');
  const choice = pick === 'first' ? choices.first() : choices.last();
  const proceed = page.locator('.consequence-screen .btn-primary');
  const ending = page.locator('.ending-screen h1');
  for (let step = 0; step < 60; step++) {
    await expect(choice.or(proceed).or(ending).first()).toBeVisible({ timeout: 30_000 });
    if (await ending.isVisible()) return;
    if (await proceed.isVisible()) {
      await onConsequence?.(page.getByRole('dialog'));
      await proceed.click();
      await expect(proceed).toBeHidden();
    } else {
      await clickAway(choice);
    }
  }
  await expect(ending).toBeVisible();
}

/**
 * Projected, the presenter's key (→ by default) until `shown` is on screen. After a choice its
 * feedback may be longer than its column: then a press first shows the next screenful of it
 * (projector.spec.ts checks that paging), so how many presses a step takes depends on the text's
 * length; the story itself moves one step per press once the feedback has been read.
 */
/** A poll that is true once the box's smooth scroll has stopped (two reads in a row agree). */
export function scrollSettled(box: Locator): () => Promise<boolean> {
  let last = -1;
  return async () => {
    const now = await box.evaluate((b) => b.scrollTop);
    const same = now === last;
    last = now;
    return same;
  };
}

export async function presentUntil(page: Page, shown: Locator, key = 'ArrowRight', most = 12): Promise<void> {
  const feedback = page.locator('.chat-screen .feedback');
  const below = () => feedback.evaluate((box) => box.scrollHeight - box.clientHeight - box.scrollTop);
  for (let i = 0; i < most; i++) {
    // The game pages the feedback down when more of it is below its foot (shared/more-below.ts).
    const pages = (await feedback.count()) > 0 && (await below()) >= 2;
    const top = pages ? await feedback.evaluate((box) => box.scrollTop) : 0;
    await page.keyboard.press(key);
    if (pages) {
      await expect.poll(() => feedback.evaluate((box) => box.scrollTop)).not.toBe(top); // it moved
      await expect.poll(scrollSettled(feedback), { intervals: [100] }).toBe(true); // a smooth scroll, until it stops
      continue;
    }
    // A step of the story lands within a frame; a miss here only costs one more look.
    if (await shown.waitFor({ state: 'visible', timeout: 2_000 }).then(() => true, () => false)) return;
  }
  await expect(shown).toBeVisible();
}
