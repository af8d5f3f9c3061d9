// The phone layout (issue 26): on a phone held upright the game is the phone, not a letterboxed
// 16:9 layer. In zh-CN and en, at 100 % and 150 % text, every screen a student meets is audited
// (./layout-audit.ts) at 360×740 and 390×844: the title, the settings, the learning check (its
// questions, an explanation, its results), My results, the level list, the briefing, and a level
// played on its risky path: its first decision, the feedback on a choice, a consequence (with its
// law opened) and the ending. No text cut, off screen or covered; nothing wider than the screen;
// the layer the size of the window (no letterbox); every choice, help line and button reachable by
// scrolling up or down only; every control at least 44 px each way; body text at 14 px or more.
// One page per language: the window is resized at each screen, and the text size is set in the
// settings as a player sets it. A class session's student page and a self-paced student's landing
// on the teacher's level are audited the same way. The chat's conversations are checked on the
// way: Mum's line in the middle of another chat is a banner and an unread count.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { startHub } from '../../server/hub';
import { HUB_PATH } from '../../src/class/protocol';
import { levelInfo } from '../../src/class/level-info';
import { readLevel } from '../fixtures/plays';
import { SimDevice } from '../integration/sim-device';
import { expect, test } from './fixtures';
import { auditLayout, describeProblems } from './layout-audit';
import { LEVEL, type Lang, riskyTexts as risky, ui } from './ui-text';
import { clickAway } from './play';

/** Everything a finger presses on the screen shown, and what is exempt: a phrase inside a chat line (an inline target). */
const CONTROLS = 'button:not(.phrase), a[href], summary, input, select';

/** The two phones, the larger first: each look ends at the smaller, where the walk goes on. */
const SIZES = [
  { width: 390, height: 844 },
  { width: 360, height: 740 },
] as const;

/**
 * Evaluated in the page: a screen not the window's size (a letterbox), controls narrower or shorter
 * than 44 px, anything wider than the screen, and text drawn smaller than 14 px (a letterboxed
 * layer draws 16 px text at 3 px). `root`: what holds the page's controls and text.
 */
function phoneProblems({ controls, root }: { controls: string; root: string }): string[] {
  const out: string[] = [];
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  if (document.documentElement.scrollWidth > vw + 1) out.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${vw}`);
  // (The splash waits under the game once it has started, as the layout audit knows.)
  const shown = (e: Element) => e.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && !e.closest('.sr-only, .splash');
  const within = (selector: string) => selector.split(', ').map((s) => `${root} ${s}`).join(', ');
  for (const screen of document.querySelectorAll<HTMLElement>('.screen')) {
    if (!shown(screen)) continue;
    const r = screen.getBoundingClientRect();
    if (Math.abs(r.left) > 1 || Math.abs(r.top) > 1 || Math.abs(r.width - vw) > 1 || Math.abs(r.height - vh) > 1) {
      out.push(`${screen.className} is not the window: ${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}×${Math.round(r.height)} in ${vw}×${vh}`);
    }
  }
  for (const e of document.querySelectorAll<HTMLElement>(within(controls))) {
    if (!shown(e) || (e as HTMLInputElement).type === 'file') continue;
    const r = e.getBoundingClientRect();
    const label = (e.getAttribute('aria-label') ?? e.textContent ?? '').trim().slice(0, 40);
    if (r.width < 44 - 0.5 || r.height < 44 - 0.5) out.push(`target ${Math.round(r.width)}×${Math.round(r.height)} px: "${label}"`);
    if (r.left < -1 || r.right > vw + 1) out.push(`control out of the screen's width [${Math.round(r.left)}, ${Math.round(r.right)}]: "${label}"`);
  }
  for (const e of document.querySelectorAll<HTMLElement>(within('p, li, .bubble, td, th, span'))) {
    if (!shown(e) || !e.textContent?.trim() || e.children.length > 0) continue;
    const px = parseFloat(getComputedStyle(e).fontSize);
    if (px < 11.5) out.push(`text drawn at ${px.toFixed(1)} px: "${e.textContent.trim().slice(0, 30)}"`);
  }
  for (const e of document.querySelectorAll<HTMLElement>(within('.bubble, .choice, .help li, .option-button'))) {
    if (!shown(e)) continue;
    const px = parseFloat(getComputedStyle(e).fontSize);
    if (px < 14 - 0.05) out.push(`body text drawn at ${px.toFixed(1)} px: "${e.textContent!.trim().slice(0, 30)}"`);
  }
  return out;
}

/**
 * Each of `items` can be scrolled into view and then lies wholly on the screen. In the page, in one
 * call for all of them: a call per item (is it shown, scroll, measure) cost about a second a look.
 */
async function reachable(items: Locator, what: string, found: string[], where: string): Promise<void> {
  const missed = await items.evaluateAll((elements) => {
    const out: string[] = [];
    for (const e of elements) {
      const first = e.getBoundingClientRect();
      // Shown as Playwright's isVisible() has it: a box of some size, and not visibility: hidden.
      if (first.width === 0 || first.height === 0 || !e.checkVisibility({ visibilityProperty: true })) continue;
      e.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      const r = e.getBoundingClientRect();
      if (r.left < -1 || r.top < -1 || r.right > innerWidth + 1 || r.bottom > innerHeight + 1) {
        out.push(`"${(e.textContent ?? '').trim().slice(0, 40)}" at ${JSON.stringify({ x: Math.round(r.x), y: Math.round(r.y), width: Math.round(r.width), height: Math.round(r.height) })}`);
      }
    }
    return out;
  });
  found.push(...missed.map((m) => `${where}: ${what} not reachable: ${m}`));
}

mkdirSync('test-results/phone', { recursive: true });

/**
 * Looks at the screen shown at each phone size: resizes the window, audits it, checks what must be
 * reachable, and saves a screenshot of a screen with a problem (of every screen with SCREENSHOTS=1).
 */
function looker(page: Page, id: () => string, found: string[], root = '.screen') {
  let n = 0;
  return async (screen: string, reach: [Locator, string][] = []): Promise<void> => {
    n++;
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await page.evaluate(() => document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))));
      const name = `phone-${size.width}-${id()}-${String(n).padStart(2, '0')}-${screen}`;
      const problems = [...describeProblems(name, await auditLayout(page)), ...(await page.evaluate(phoneProblems, { controls: CONTROLS, root })).map((p) => `${name}: ${p}`)];
      for (const [items, what] of reach) await reachable(items, what, problems, name);
      if (problems.length > 0 || process.env.SCREENSHOTS === '1') {
        await page.evaluate(() => document.querySelectorAll('.screen, .scroll, .page, .card').forEach((e) => e.scrollTo(0, 0)));
        await page.screenshot({ path: `test-results/phone/${name}.png` });
      }
      found.push(...problems);
    }
  };
}

for (const lang of ['zh-CN', 'en'] as const) {
  test(`phone layout, ${lang}: every screen a student meets at 360×740 and 390×844, at 100 % and 150 % text`, async ({ page }, info) => {
    test.skip(info.project.name !== '1280x720', 'the phone sizes are set here');
    test.setTimeout(900_000);
    await page.setViewportSize(SIZES[1]);
    await page.addInitScript(() => localStorage.setItem('see-through:reduced-motion', 'true'));
    const L = (key: string) => ui(lang, key);
    const button = (key: string): Locator => page.getByRole('button', { name: L(key), exact: true }).first();
    const found: string[] = [];
    let text = 100;
    const look = looker(page, () => `${lang === 'en' ? 'en' : 'zh'}-${text}`, found);

    await page.goto(`./?lang=${lang}&seed=phone`);
    for (const size of [100, 150] as const) {
      text = size;
      await expect(button('title.start')).toBeVisible();
      await look('title', [[page.locator('.title-screen .actions .btn'), 'title button']]);

      // The text size, set as a player sets it.
      await button('settings.open').click();
      if (size === 150) await page.locator('[data-key="text-size"] button', { hasText: '150%' }).click();
      await expect(button('settings.done')).toBeVisible();
      await look('settings', [[page.locator('.settings-screen .options .btn, .settings-screen .actions .btn'), 'setting']]);
      await button('settings.done').click();
      await expect(page.locator('html')).toHaveCSS('--text-scale', String(size / 100));

      await walkCheck(page, L, look);

      await button('results.open').click();
      await look('results', [[page.locator('.results-screen button'), 'results button']]);
      await button('results.back').click();

      await button('title.start').click();
      await expect(page.locator('.level-card').first()).toBeVisible();
      await look('levels', [[page.locator('.list-screen header .btn, .list-screen .level-card'), 'level list button']]);
      await page.getByRole('button', { name: LEVEL.title[lang] }).click();
      await expect(page.locator('.briefing-screen .btn-primary')).toBeVisible();
      await look('briefing', [[page.locator('.briefing-screen .objectives li, .briefing-screen .actions .btn'), 'objective or button']]);
      await page.locator('.briefing-screen .btn-primary').click();

      await playRiskyPath(page, lang, look);
      await button('ending.back').click();
      await expect(page.locator('.list-screen .level-card').first()).toBeVisible();
      await button('common.back').click();
    }
    expect(found, found.join('\n')).toEqual([]);
  });
}

/** The learning check: form A answered through, then form B with an explanation, its results, and reset for the next walk. */
async function walkCheck(page: Page, L: (key: string) => string, look: (screen: string, reach?: [Locator, string][]) => Promise<void>): Promise<void> {
  const button = (key: string): Locator => page.getByRole('button', { name: L(key), exact: true }).first();
  const answers = page.locator('.answers button');
  const answerAll = async (form: 'A' | 'B') => {
    for (let i = 0; i < 30 && (await answers.first().isVisible()); i++) {
      await answers.first().click();
      if (i === 0 && form === 'A') await look('check-question', [[answers, 'answer'], [page.locator('.sure-buttons .btn'), 'sure or not']]);
      await button('teach.check.sure').click();
      if (form === 'B') {
        await expect(button('teach.check.next')).toBeVisible();
        if (i === 0) await look('check-explained', [[button('teach.check.next'), 'next']]);
        await button('teach.check.next').click();
      }
    }
  };
  await button('title.quiz').click();
  await expect(button('teach.check.begin')).toBeVisible();
  await look('check-intro');
  await button('teach.check.begin').click();
  await answerAll('A');
  await look('check-A-done', [[page.locator('.quiz-screen .actions .btn'), 'button']]);
  await button('common.back').click();
  await button('title.quiz').click();
  await button('teach.check.begin').click();
  await answerAll('B');
  await look('check-results', [[page.locator('.quiz-screen .actions .btn'), 'button']]);
  await button('teach.check.again').click(); // the next walk takes form A again
  await expect(button('teach.check.begin')).toBeVisible();
  await button('common.back').click();
}

/** From the level's start to its ending on its risky path: its first decision, a feedback, a consequence and the ending looked at. */
async function playRiskyPath(page: Page, lang: Lang, look: (screen: string, reach?: [Locator, string][]) => Promise<void>): Promise<void> {
  // The layer is the phone's own size, not a 16:9 letterbox.
  const screen = page.locator('.chat-screen');
  await expect(screen).toBeVisible();
  expect(await screen.boundingBox()).toEqual({ x: 0, y: 0, ...page.viewportSize()! });

  const choices = page.locator('button.choice');
  const proceed = page.locator('.consequence-screen .btn-primary');
  const ending = page.locator('.ending-screen h1');
  const goOn = page.getByRole('button', { name: ui(lang, 'chat.goOn'), exact: true });
  const riskyTexts = risky(lang);
  let decisions = 0;
  let consequences = 0;
  let fedBack = 0;
  for (let step = 0; step < 40; step++) {
    await expect(choices.first().or(proceed).or(ending).or(goOn)).toBeVisible({ timeout: 30_000 });
    if (await ending.isVisible()) break;
    // A consequence first: the chat's Go on may linger under it while the chat goes to sleep.
    if (await proceed.isVisible()) {
      if (consequences++ === 0) {
        await look('consequence', [[proceed, 'continue']]);
        await page.getByRole('button', { name: ui(lang, 'teach.consequence.seeLaw') }).click();
        await look('consequence-law', [[proceed, 'continue']]);
      }
      await clickAway(proceed);
      continue;
    }
    if (await goOn.isVisible()) {
      if (decisions === 1 && !fedBack++) await look('feedback', [[goOn, 'go on']]);
      await clickAway(goOn);
      continue;
    }
    if (decisions++ === 0) await look('decision', [[choices, 'choice'], [page.locator('.decision .hint'), 'help line']]);
    const texts = await choices.allTextContents();
    const index = Math.max(0, texts.findIndex((t) => riskyTexts.some((r) => t.includes(r))));
    await clickAway(choices.nth(index));
  }
  await expect(ending).toBeVisible();
  expect(consequences, 'the risky path passes a consequence').toBeGreaterThan(0);
  await look('ending', [[page.locator('.ending-screen .help li'), 'help line'], [page.locator('.ending-screen .actions .btn'), 'ending button']]);
}

test('phone layout: a class session on a student\'s phone, joining and landing self-paced on the teacher\'s level', async ({ page }, info) => {
  test.skip(info.project.name !== '1280x720', 'the phone sizes are set here');
  test.setTimeout(300_000);
  const stateDir = mkdtempSync(join(tmpdir(), 'e2e-phone-class-'));
  const hub = await startHub({ port: 0, host: '127.0.0.1', dist: process.env.E2E_OUTDIR ?? 'dist', stateDir, log: () => undefined });
  const host = await SimDevice.open(`ws://127.0.0.1:${hub.port}${HUB_PATH}`);
  const found: string[] = [];
  let id = '';
  const look = looker(page, () => id, found, 'body');
  try {
    const created = await host.ask({ t: 'host.create', mode: 'live', seats: 'animal' });
    if (created.t !== 'host.created') throw new Error(JSON.stringify(created));
    await page.setViewportSize(SIZES[1]);
    await page.addInitScript(() => localStorage.setItem('see-through:reduced-motion', 'true'));
    // English first: once joined, this device rejoins its seat instead of seeing the form.
    for (const [lang, text] of [['en', 100], ['zh-CN', 150]] as const) {
      id = `${lang === 'en' ? 'en' : 'zh'}-${text}`;
      await page.goto(`http://127.0.0.1:${hub.port}/?join=${created.code}&lang=${lang}`);
      await page.evaluate((size) => localStorage.setItem('see-through:text-size', String(size)), text);
      await page.reload();
      await expect(page.locator('#class-code')).toHaveValue(created.code);
      await look('class-join', [[page.locator('.class-student button, .class-student input'), 'join control']]);
    }
    await page.locator('.class-student .btn-primary').click();
    await expect(page.locator('#class-student-heading')).toContainText(ui('zh-CN', 'class.youAre').split('{{')[0]!);
    await look('class-waiting');
    // The teacher switches to self-paced with a level: the device's "Open the game" lands on it.
    const level = readLevel('bank-card');
    expect((await host.ask({ t: 'host.mode', mode: 'self' })).t).toBe('ack');
    expect((await host.ask({ t: 'host.level', level: levelInfo(level) })).t).toBe('ack');
    await page.evaluate(() => localStorage.setItem('see-through:text-size', '100'));
    await page.goto(`http://127.0.0.1:${hub.port}/?join=${created.code}&lang=en`);
    const open = page.getByRole('link', { name: ui('en', 'class.openGame') });
    await expect(open).toBeVisible();
    id = 'en-100';
    await look('class-self', [[open, 'open the game']]);
    await open.click();
    await expect(page.locator('.briefing-screen .btn-primary')).toBeVisible({ timeout: 60_000 });
    // The teacher's level, in the device's own language (the link names no language).
    await expect(page.locator('.briefing-screen h1')).toHaveText(level.title['zh-CN']!);
    id = 'zh-100';
    await look('class-briefing', [[page.locator('.briefing-screen .actions .btn'), 'button']]);
  } finally {
    host.close();
    await hub.close();
    rmSync(stateDir, { recursive: true, force: true });
  }
  expect(found, found.join('\n')).toEqual([]);
});

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
