// The phone layout (issue 26): on a phone held upright the game is the phone, not a letterboxed
// 16:9 layer. At 360×740 and 390×844, in zh-CN and en, at 100 % and 150 % text, a level is played
// on its risky path to its ending, and at its first decision, the feedback on a choice, a
// consequence (with its law opened) and the ending, each screen is audited (./layout-audit.ts):
// no text cut, off screen or covered; nothing wider than the screen; every choice, help line and
// primary button reachable by scrolling up or down only; every control at least 44 px each way;
// body text drawn at 14 px or more. The chat's conversations are checked on the way: Mum's line
// in the middle of another chat is a banner and an unread count, not a line of that chat.
import { mkdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { auditLayout, describeProblems } from './layout-audit';
import { LEVEL, riskyTexts as risky, ui } from './ui-text';

/** Everything a finger presses on the screen shown, and what is exempt: a phrase inside a chat line (an inline target). */
const CONTROLS = 'button:not(.phrase), a[href], summary, input, select';

/**
 * Evaluated in the page: controls narrower or shorter than 44 px, anything wider than the screen,
 * and text drawn smaller than 14 px (a letterboxed layer draws 16 px text at 3 px).
 */
function phoneProblems({ controls }: { controls: string }): string[] {
  const out: string[] = [];
  const vw = window.innerWidth;
  if (document.documentElement.scrollWidth > vw + 1) out.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${vw}`);
  const shown = (e: Element) => e.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && !e.closest('.sr-only');
  for (const e of document.querySelectorAll<HTMLElement>(`.screen ${controls.split(', ').join(', .screen ')}`)) {
    if (!shown(e)) continue;
    const r = e.getBoundingClientRect();
    const label = (e.getAttribute('aria-label') ?? e.textContent ?? '').trim().slice(0, 40);
    if (r.width < 44 - 0.5 || r.height < 44 - 0.5) out.push(`target ${Math.round(r.width)}×${Math.round(r.height)} px: "${label}"`);
    if (r.left < -1 || r.right > vw + 1) out.push(`control out of the screen's width [${Math.round(r.left)}, ${Math.round(r.right)}]: "${label}"`);
  }
  for (const e of document.querySelectorAll<HTMLElement>('.screen p, .screen li, .screen .bubble')) {
    if (!shown(e) || !e.textContent?.trim()) continue;
    const layer = e.closest('.screen')!.getBoundingClientRect();
    const scale = layer.width / (e.closest('.screen') as HTMLElement).offsetWidth;
    const px = parseFloat(getComputedStyle(e).fontSize) * scale;
    if (px < 11.5) out.push(`text drawn at ${px.toFixed(1)} px: "${e.textContent.trim().slice(0, 30)}"`);
  }
  for (const e of document.querySelectorAll<HTMLElement>('.screen .bubble, .screen .choice, .screen .help li')) {
    if (!shown(e)) continue;
    const scale = e.closest('.screen')!.getBoundingClientRect().width / (e.closest('.screen') as HTMLElement).offsetWidth;
    const px = parseFloat(getComputedStyle(e).fontSize) * scale;
    if (px < 14 - 0.05) out.push(`body text drawn at ${px.toFixed(1)} px: "${e.textContent!.trim().slice(0, 30)}"`);
  }
  return out;
}

/** Each of `items` can be scrolled into view and then lies wholly on the screen. */
async function reachable(page: Page, items: Locator, what: string, found: string[]): Promise<void> {
  const { width, height } = page.viewportSize()!;
  for (const item of await items.all()) {
    await item.scrollIntoViewIfNeeded();
    const box = await item.boundingBox();
    if (!box || box.x < -1 || box.y < -1 || box.x + box.width > width + 1 || box.y + box.height > height + 1) {
      found.push(`${what} not reachable: "${((await item.textContent()) ?? '').trim().slice(0, 40)}" at ${JSON.stringify(box)}`);
    }
  }
}

mkdirSync('test-results/phone', { recursive: true });

const combos = ([[360, 740], [390, 844]] as const).flatMap(([width, height]) =>
  (['zh-CN', 'en'] as const).flatMap((lang) => ([100, 150] as const).map((text) => ({ width, height, lang, text }))),
);

for (const { width, height, lang, text } of combos) {
  const id = `phone-${width}-${lang === 'en' ? 'en' : 'zh'}-${text}`;
  test(`phone layout: ${id}`, async ({ page }, info) => {
    test.skip(info.project.name !== '1280x720', 'the phone sizes are set here');
    test.setTimeout(180_000);
    await page.setViewportSize({ width, height });
    await page.addInitScript((size) => {
      localStorage.setItem('see-through:text-size', String(size));
      localStorage.setItem('see-through:reduced-motion', 'true');
    }, text);
    const L = (key: string) => ui(lang, key);
    const found: string[] = [];
    let n = 0;
    const look = async (screen: string) => {
      await page.evaluate(() => document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))));
      const name = `${id}-${String(++n).padStart(2, '0')}-${screen}`;
      const problems = [...describeProblems(name, await auditLayout(page)), ...(await page.evaluate(phoneProblems, { controls: CONTROLS })).map((p) => `${name}: ${p}`)];
      if (problems.length > 0 || process.env.SCREENSHOTS === '1') await page.screenshot({ path: `test-results/phone/${name}.png` });
      found.push(...problems);
    };

    await page.goto(`./?lang=${lang}&seed=phone`);
    await page.locator('.title-screen .btn-primary').click();
    await page.getByRole('button', { name: LEVEL.title[lang] }).click();
    await page.locator('.briefing-screen .btn-primary').click();

    // The layer is the phone's own size, not a 16:9 letterbox.
    const screen = page.locator('.chat-screen');
    await expect(screen).toBeVisible();
    expect(await screen.boundingBox()).toEqual({ x: 0, y: 0, width, height });

    const choices = page.locator('button.choice');
    const proceed = page.locator('.consequence-screen .btn-primary');
    const ending = page.locator('.ending-screen h1');
    const goOn = page.getByRole('button', { name: L('chat.goOn'), exact: true });
    const riskyTexts = risky(lang);
    let decisions = 0;
    let consequences = 0;
    for (let step = 0; step < 40; step++) {
      await expect(choices.first().or(proceed).or(ending).or(goOn)).toBeVisible({ timeout: 30_000 });
      if (await ending.isVisible()) break;
      if (await goOn.isVisible()) {
        if (decisions === 1) await look('feedback');
        await goOn.click();
        continue;
      }
      if (await proceed.isVisible()) {
        if (consequences++ === 0) {
          await look('consequence');
          await page.getByRole('button', { name: ui(lang, 'teach.consequence.seeLaw') }).click();
          await look('consequence-law');
        }
        await reachable(page, proceed, 'continue', found);
        await proceed.click();
        await expect(proceed).toBeHidden();
        continue;
      }
      if (decisions++ === 0) {
        await look('decision');
        await reachable(page, choices, 'choice', found);
        await reachable(page, page.locator('.decision .hint'), 'help line', found);
      }
      const texts = await choices.allTextContents();
      const index = Math.max(0, texts.findIndex((t) => riskyTexts.some((r) => t.includes(r))));
      const leaving = await choices.nth(index).elementHandle();
      await choices.nth(index).click();
      await leaving?.waitForElementState('hidden');
    }
    await expect(ending).toBeVisible();
    await look('ending');
    await reachable(page, page.locator('.ending-screen .help li'), 'help line', found);
    await reachable(page, page.locator('.ending-screen .actions .btn'), 'ending button', found);
    expect(found, found.join('\n')).toEqual([]);
  });
}

test('on a phone, each conversation is its own chat: another one speaking is a banner and an unread count', async ({ page }, info) => {
  test.skip(info.project.name !== '1280x720', 'a phone size is set here');
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('./?lang=zh-CN&seed=phone');
  await page.locator('.title-screen .btn-primary').click();
  await page.getByRole('button', { name: '游戏里的新朋友' }).click();
  await page.locator('.briefing-screen .btn-primary').click();
  // The safe reply to the first decision leads on to Lu's private chat, where Mum calls for dinner.
  await page.locator('button.choice', { hasText: '皮肤谢啦' }).click();
  const goOn = page.getByRole('button', { name: '继续', exact: true });
  await goOn.click();
  await expect(page.locator('button.choice', { hasText: '不要，这个我不发' })).toBeVisible({ timeout: 30_000 });

  const head = page.locator('.phone-head');
  await expect(head).toContainText('小鹿');
  const shown = page.locator('[role="log"] ol.lines:not([hidden])');
  await expect(shown).toContainText('私密照片');
  await expect(shown).not.toContainText('饺子煮好了'); // Mum's line is not in Lu's chat
  await expect(page.getByRole('button', { name: /「妈妈」的新消息：妈妈：饺子煮好了/ })).toBeVisible();

  const chats = page.getByRole('button', { name: '聊天列表（1 条未读）' });
  await chats.click();
  const list = page.getByRole('navigation', { name: '聊天列表' });
  await expect(list.getByRole('button')).toHaveCount(3); // the game's lobby, Lu, Mum
  await list.getByRole('button', { name: /妈妈/ }).click();
  await expect(head).toContainText('妈妈');
  await expect(shown).toContainText('饺子煮好了');
  await expect(page.getByRole('button', { name: '聊天列表' })).toBeVisible(); // read: no unread left
});
