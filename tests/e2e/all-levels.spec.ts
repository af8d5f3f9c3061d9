// Every shipped level plays to an ending in Chromium, in both languages, with no console error,
// no request to any other origin and no Content-Security-Policy violation on the way: a test per
// level, on one page. First in English to an ending; then, the language switched on the title as a
// player switches it, every ending in Chinese at 150 % text, each with its help lines on screen
// without scrolling at 1280×720. The endings are played one after the other, as "Play again"
// offers, which spares a page load per ending. The browser asks for reduced motion, as a player's
// system can: the walk is about what each level says and where it fits, and a quarter of its time
// went on drawing the shake, the meter's slide and the stars' pop on every choice. The motion is
// played, and checked, by the other specs (bank-card.spec.ts at the normal pace).
import type { Locator, Page } from '@playwright/test';
import { createStory, type StoryState } from '../../src/core';
import { readLevel } from '../fixtures/plays';
import { foreign, recordRequests, watchPolicy } from './audit';
import { expect, test } from './fixtures';
import { shippedLevels, type ShippedLevel } from './levels';
import { clickAway, playToEnding } from './play';

/** For each ending of a level (by its zh-CN title), the texts (zh-CN) of the choices that reach it. */
function pathsToEndings(level: ShippedLevel): Map<string, string[]> {
  const parsed = readLevel(level.file);
  const story = createStory(parsed);
  const found = new Map<string, string[]>();
  const walk = (state: StoryState, texts: string[]) => {
    while (state.status === 'consequence') state = story.proceed(state).state;
    if (state.status === 'ended') {
      const ending = parsed.nodes.find((node) => node.id === state.at);
      const title = ending?.type === 'ending' ? ending.title['zh-CN'] : state.at;
      if (!found.has(title)) found.set(title, texts);
      return;
    }
    if (texts.length > 20) return;
    for (const choice of story.choices(state)) walk(story.choose(state, choice.id).state, [...texts, choice.text['zh-CN']]);
  };
  walk(story.start().state, []);
  return found;
}

test.use({ reducedMotion: 'reduce' });

/** Title → level list → the level's briefing, its content note read first. */
async function openBriefing(page: Page, level: ShippedLevel, lang: 'zh-CN' | 'en'): Promise<void> {
  await page.locator('.title-screen .btn-primary').click();
  await page.getByRole('button', { name: level.title[lang] }).click();
  await expect(page.locator('.briefing-screen .btn-primary')).toBeVisible();
  if (level.contentNote) {
    // A content note is read before the level starts: on screen, not below the fold.
    const note = page.getByRole('complementary', { name: lang === 'en' ? 'Content note' : '内容提示' });
    await expect(note).toContainText(level.contentNote[lang]!.slice(0, 20));
    await expect(note).toBeInViewport({ ratio: 0.99 }); // scaled with the game: not exactly 1
  }
}

/** Every consequence names its source: an SPP typical case, or another real case and where it was reported. */
const fromTheCase = (lang: 'zh-CN' | 'en') => async (dialog: Locator) => {
  await expect(dialog).toContainText(lang === 'en' ? /Adapted from (SPP typical case|a real case: .+Source: )/ : /改编自(最高人民检察院典型案例|真实案例：.+来源：)/);
};

for (const level of shippedLevels) {
  const endings = [...pathsToEndings(level)];
  test(`${level.id} plays to an ending in en, then to each of its ${endings.length} endings in zh-CN, the help lines on screen at 150 % text, and nothing leaves the device`, async ({ page, context, baseURL }) => {
    // Every ending of a level, one after the other, on two busy cores: longer levels get longer.
    test.setTimeout(Math.max(150_000, 20_000 * endings.reduce((sum, [, texts]) => sum + texts.length + 1, 1)));
    const requests = recordRequests(context);
    const violations = await watchPolicy(page);
    // English, at the usual text size: the content note, then the last choice at each decision,
    // which is often the risky one, so that every consequence is read.
    await page.goto('./?lang=en');
    await openBriefing(page, level, 'en');
    await page.locator('.briefing-screen .btn-primary').click();
    await playToEnding(page, 'last', fromTheCase('en'));
    await expect(page.locator('.help .contact').first()).toBeVisible();
    // Back to the title, and into Chinese by its language switch.
    await page.getByRole('button', { name: 'Back to levels' }).click();
    await page.locator('.list-screen').getByRole('button', { name: 'Back', exact: true }).click();
    await page.locator('.title-screen').getByRole('button', { name: '中文', exact: true }).click();
    // The content note at the usual text size; then back to the title in the game, the text set
    // to 150 % in the settings there (no second load of the game), and the endings, each played
    // again from the ending before it ("Play again"), as a student trying every way through would.
    await openBriefing(page, level, 'zh-CN');
    await page.locator('.briefing-screen').getByRole('button', { name: '返回', exact: true }).click();
    await page.locator('.list-screen').getByRole('button', { name: '返回', exact: true }).click();
    await page.locator('.title-screen').getByRole('button', { name: '设置', exact: true }).click();
    const sizes = page.getByRole('group', { name: '文字大小' });
    await sizes.getByRole('button', { name: '150%' }).click();
    await expect(sizes.getByRole('button', { name: '150%' })).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('button', { name: '完成', exact: true }).click();
    await expect(page.locator('html')).toHaveCSS('--text-scale', '1.5');
    await page.locator('.title-screen .btn-primary').click();
    await page.getByRole('button', { name: level.title['zh-CN'] }).click();
    await page.locator('.briefing-screen .btn-primary').click();
    const proceed = page.locator('.consequence-screen .btn-primary');
    const help = page.locator('.ending-screen .help-now');
    for (const [ending, texts] of endings) {
      for (const text of texts) {
        const choice = page.locator('button.choice', { hasText: text }).first();
        await expect(choice.or(proceed).first()).toBeVisible({ timeout: 30_000 });
        while (await proceed.isVisible()) {
          await fromTheCase('zh-CN')(page.getByRole('dialog'));
          await clickAway(proceed);
          await expect(choice.or(proceed).first()).toBeVisible({ timeout: 30_000 });
        }
        await choice.click();
      }
      for (let i = 0; i < 5 && !(await help.isVisible()); i++) {
        await expect(help.or(proceed).first()).toBeVisible({ timeout: 30_000 });
        if (await proceed.isVisible()) {
          await fromTheCase('zh-CN')(page.getByRole('dialog'));
          await clickAway(proceed);
        }
      }
      await expect(page.locator('.ending-screen h1')).toHaveText(ending);
      const lines = help.locator('li');
      expect(await lines.count(), `help lines at "${ending}"`).toBeGreaterThan(0);
      for (const line of await lines.all()) {
        await expect(line, `${ending}: ${await line.textContent()}`).toBeInViewport({ ratio: 0.99 });
        const box = (await line.boundingBox())!;
        expect(box.y + box.height, 'above the bottom edge').toBeLessThanOrEqual(720);
      }
      await clickAway(page.getByRole('button', { name: '再玩一次' }));
    }
    expect(requests.length, 'requests recorded').toBeGreaterThan(0);
    expect(foreign(requests, new URL(baseURL!).origin), 'requests to another origin').toEqual([]);
    expect(await violations(), 'Content-Security-Policy violations').toEqual([]);
  });
}
