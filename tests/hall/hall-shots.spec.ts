// The screenshots of docs/hall/ (README there: each defect of the 5 December play-test and the shot
// that shows it now). Each test is one persona of the play-test: projected at 1920×1080 in zh-CN and
// en, a desk at 1280×720 in English at 150 %, a desk at 1280×720 in Chinese at 100 %. Shots are small
// JPEGs (quality 60; the 1920 ones taken at two thirds of the pixels).
import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { ui, type Lang } from '../e2e/ui-text';

const OUT = 'docs/hall';
interface Persona {
  lang: Lang;
  projector: boolean;
  text: 100 | 150;
  width: number;
  height: number;
}
const level = (id: string) => JSON.parse(readFileSync(`levels/${id}.json`, 'utf8'));

async function open(browser: Browser, p: Persona, pace: 'instant' | 'normal' = 'instant'): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: p.width, height: p.height }, deviceScaleFactor: p.width > 1280 ? 2 / 3 : 1, locale: p.lang });
  const page = await context.newPage();
  await page.addInitScript(
    ({ text, projector, instant }) => {
      if (instant) (window as any).__seeThroughTestPace = 'instant';
      if (sessionStorage.getItem('hall-set')) return;
      sessionStorage.setItem('hall-set', '1');
      localStorage.setItem('see-through:text-size', String(text));
      localStorage.setItem('see-through:projector', String(projector));
      localStorage.setItem('see-through:reduced-motion', 'true');
    },
    { text: p.text, projector: p.projector, instant: pace === 'instant' },
  );
  await page.goto(`./?lang=${p.lang}&seed=hall`);
  await expect(page.getByRole('button', { name: ui(p.lang, 'title.start'), exact: true })).toBeVisible();
  return page;
}

const shot = async (page: Page, name: string) => {
  await page.evaluate(() => document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))));
  await page.screenshot({ path: `${OUT}/${name}.jpg`, type: 'jpeg', quality: 60 });
};

/** Projected: shoots each page of the consequence on show (`<name>-p1`, -p2 …), → between them, until its Continue shows. */
async function shootPages(page: Page, name: string): Promise<void> {
  const proceed = page.locator('.consequence-screen .btn-primary');
  for (let n = 1; n <= 5; n++) {
    await shot(page, `${name}-p${n}`);
    if (await proceed.isVisible()) return;
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(300);
  }
}

/** Title → level list → the level's briefing. */
async function toBriefing(page: Page, lang: Lang, id: string): Promise<void> {
  await page.getByRole('button', { name: ui(lang, 'title.start'), exact: true }).click();
  await page.getByRole('button', { name: level(id).title[lang] }).click();
  await expect(page.locator('.briefing-screen')).toBeVisible();
}

/** The level's texts of a decision's choices, by node id. */
const choiceText = (id: string, node: string, i: number, lang: Lang): string => level(id).nodes.find((n: any) => n.id === node).choices[i].text[lang];

/** Projected: → until `target` shows (a press at a decision would open the vote, so look first). */
async function present(page: Page, target: Locator, most = 30): Promise<void> {
  for (let i = 0; i < most; i++) {
    if (await target.isVisible()) return;
    await page.keyboard.press('ArrowRight');
    await target.waitFor({ state: 'visible', timeout: 800 }).catch(() => undefined);
  }
  await expect(target).toBeVisible();
}

/** Plays on, at each decision taking the first of `picks` on screen (else the first choice), until `until` shows. */
async function playUntil(page: Page, projector: boolean, picks: string[], until: Locator): Promise<void> {
  const choices = page.locator('button.choice');
  const proceed = page.locator('.consequence-screen .btn-primary');
  for (let step = 0; step < 80; step++) {
    if (await until.isVisible()) return;
    if (projector) {
      if (!(await choices.first().isVisible()) && !(await proceed.isVisible())) {
        await page.keyboard.press('ArrowRight');
        await choices.first().or(until).or(proceed).first().waitFor({ timeout: 800 }).catch(() => undefined);
        continue;
      }
    } else await expect(choices.first().or(until).or(proceed).first()).toBeVisible({ timeout: 30_000 });
    if (await until.isVisible()) return;
    if (await proceed.isVisible()) {
      await proceed.click();
      continue;
    }
    const texts = await choices.allInnerTexts();
    const pick = texts.findIndex((t) => picks.some((p) => t.includes(p)));
    const leaving = await choices.nth(Math.max(0, pick)).elementHandle();
    await choices.nth(Math.max(0, pick)).click();
    await leaving?.waitForElementState('hidden');
  }
  await expect(until).toBeVisible();
}

for (const lang of ['zh-CN', 'en'] as const) {
  const l = lang === 'en' ? 'en' : 'zh';
  const p: Persona = { lang, projector: true, text: 100, width: 1920, height: 1080 };
  const L = (key: string) => ui(lang, key);

  test(`projected ${l}: level list, briefing, chat, vote, feedback`, async ({ browser }) => {
    const page = await open(browser, p);
    await page.getByRole('button', { name: L('title.start'), exact: true }).click();
    await expect(page.locator('.level-card').first()).toBeVisible();
    await shot(page, `proj-${l}-11-level-list`);
    // Paged, never scrolled: → turns to the second page, ← back.
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.list-screen .page-line')).toContainText('2');
    await shot(page, `proj-${l}-11-level-list-p2`);
    await page.keyboard.press('ArrowLeft');
    await page.getByRole('button', { name: level('new-friend').title[lang] }).click();
    await shot(page, `proj-${l}-01-briefing`);

    await page.goto(`./?lang=${lang}&seed=hall`);
    await toBriefing(page, lang, 'class-video');
    await page.keyboard.press('ArrowRight');
    const first = page.getByRole('button', { name: choiceText('class-video', 'offer', 1, lang) });
    await present(page, first);
    await page.keyboard.press('s');
    await page.waitForTimeout(300);
    await shot(page, `proj-${l}-04-s-reveal`);
    // The class vote on four options, hands counted.
    await page.keyboard.press('ArrowRight');
    const vote = page.getByRole('region', { name: L('vote.heading') });
    await expect(vote).toBeVisible();
    for (const [key, n] of [['1', 4], ['2', 15], ['3', 10], ['4', 7]] as const) {
      await page.keyboard.press(key);
      for (let i = 0; i < n; i++) await page.keyboard.press('+');
    }
    await shot(page, `proj-${l}-07-vote-4-options`);
    // ← closes the vote, → opens it again: the hands are still counted.
    await page.keyboard.press('PageUp');
    await expect(vote).toBeHidden();
    await present(page, vote, 4);
    await shot(page, `class-${l}-03-vote-kept`);
    // Esc asks first; any other key stays, the count kept.
    await page.keyboard.press('Escape');
    await expect(page.getByRole('alertdialog')).toBeVisible();
    await shot(page, `class-${l}-07-esc-asks`);
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('alertdialog')).toBeHidden();
    // The majority played: its feedback has the right-hand column, the chat its header.
    await page.keyboard.press('PageDown');
    await expect(page.locator('.chat-screen .feedback')).toBeVisible();
    await page.waitForTimeout(500);
    await shot(page, `proj-${l}-02-feedback`);
    await present(page, page.getByRole('button', { name: choiceText('class-video', 'forward', 3, lang) }));
    await shot(page, `proj-${l}-03-next-decision`);
  });

  test(`projected ${l}: a consequence's pages, the ending, its prompts, the debrief`, async ({ browser }) => {
    const page = await open(browser, p);
    await toBriefing(page, lang, 'pay-or-post');
    const dialog = page.locator('.consequence-screen');
    await page.keyboard.press('ArrowRight');
    await playUntil(page, true, [choiceText('pay-or-post', 'pay-or-post', 3, lang), choiceText('pay-or-post', 'for-sale', 0, lang)], dialog);
    await shootPages(page, `proj-${l}-05-consequence`);
    await page.locator('.consequence-screen .btn-primary').click();
    const ending = page.locator('.ending-screen h1');
    await playUntil(page, true, [choiceText('pay-or-post', 'forward', 1, lang), choiceText('pay-or-post', 'pass-on', 1, lang)], ending);
    await shot(page, `proj-${l}-08-ending`);
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(300);
    await shot(page, `proj-${l}-08-ending-prompts`);
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('heading', { level: 1, name: L('debrief.heading') })).toBeVisible();
    await shot(page, `proj-${l}-10-debrief`);
  });

  test(`projected ${l}: a victim's consequence, its every page`, async ({ browser }) => {
    const page = await open(browser, p);
    await toBriefing(page, lang, 'free-skin');
    await page.keyboard.press('ArrowRight');
    const dialog = page.locator('.consequence-screen');
    await playUntil(page, true, [choiceText('free-skin', 'skin', 0, lang)], dialog);
    await shootPages(page, `proj-${l}-06-victim`);
  });

  test(`projected ${l}: the ending's star rule and its help`, async ({ browser }) => {
    const page = await open(browser, p);
    await toBriefing(page, lang, 'bank-card');
    await page.keyboard.press('ArrowRight');
    const ending = page.locator('.ending-screen h1');
    await playUntil(page, true, [choiceText('bank-card', 'offer', 0, lang), choiceText('bank-card', 'cards', 2, lang), choiceText('bank-card', 'now-what', 2, lang)], ending);
    await shot(page, `proj-${l}-09-ending-stars`);
  });
}

const EN150: Persona = { lang: 'en', projector: false, text: 150, width: 1280, height: 720 };
const ZH100: Persona = { lang: 'zh-CN', projector: false, text: 100, width: 1280, height: 720 };

for (const p of [EN150, ZH100]) {
  const tag = p.lang === 'en' ? 'en150' : 'zh100';
  const L = (key: string) => ui(p.lang, key);

  test(`desk ${tag}: briefing, decision, consequences, plan, quiz`, async ({ browser }) => {
    const page = await open(browser, p);
    await toBriefing(page, p.lang, 'new-friend');
    await shot(page, `${tag}-briefing`);
    await page.goto(`./?lang=${p.lang}&seed=hall`);
    await toBriefing(page, p.lang, 'bank-card');
    await page.getByRole('button', { name: L('briefing.start'), exact: true }).click();
    const first = page.locator('button.choice').first();
    await expect(first).toBeVisible({ timeout: 30_000 });
    await shot(page, `${tag}-decision-meter`);
    const dialog = page.locator('.consequence-screen');
    await playUntil(page, false, [choiceText('bank-card', 'offer', 0, p.lang)], dialog);
    await shot(page, `${tag}-consequence`);
    await page.goto(`./?lang=${p.lang}&seed=hall`);
    await toBriefing(page, p.lang, 'pay-or-post');
    await page.getByRole('button', { name: L('briefing.start'), exact: true }).click();
    await expect(first).toBeVisible({ timeout: 30_000 });
    await shot(page, `${tag}-decision-4-options`);
    await playUntil(page, false, [choiceText('pay-or-post', 'pay-or-post', 0, p.lang)], dialog);
    await shot(page, `${tag}-victim-consequence`);
    await page.goto(`./?lang=${p.lang}&seed=hall`);
    await page.getByRole('button', { name: L('plan.heading') }).click();
    await shot(page, `${tag}-plan`);
    await page.getByRole('button', { name: L('common.back'), exact: true }).click();
    await page.getByRole('button', { name: L('title.quiz') }).click();
    await page.locator('.screen .btn-primary').first().click();
    // The question with the most answers on screen.
    for (let i = 0; i < 12; i++) {
      const answers = page.locator('.answers button');
      await expect(answers.first()).toBeVisible();
      if ((await answers.count()) >= 4) break;
      await answers.first().click();
      await page.getByRole('button', { name: L('teach.check.sure'), exact: true }).click();
    }
    await shot(page, `${tag}-quiz`);
  });

  test(`desk ${tag}: the chat typing, its header, spot mode`, async ({ browser }) => {
    const page = await open(browser, p, 'normal');
    await toBriefing(page, p.lang, 'class-video');
    await page.getByRole('button', { name: L('briefing.start'), exact: true }).click();
    await expect(page.locator('.chat-screen .typing')).not.toBeEmpty({ timeout: 30_000 });
    await shot(page, `${tag}-typing-header`);
    await page.getByRole('button', { name: L('teach.spot.toggle') }).click().catch(() => undefined);
    const phrase = page.locator('.bubble button').first();
    await expect(phrase).toBeVisible({ timeout: 30_000 });
    await shot(page, `${tag}-spot-mode`);
    await phrase.click();
    await page.waitForTimeout(300);
    await shot(page, `${tag}-spot-toast`);
    // A sign found: marked in its bubble, whole (a CJK phrase once broke across two lines), the toast over the header band.
    const sign = level('class-video').nodes.find((n: any) => n.id === 'hao-post').signs[0].phrase[p.lang];
    await page.locator('.bubble button.phrase', { hasText: sign }).first().click();
    await expect(page.locator('.bubble mark.spotted').first()).toBeVisible();
    await page.waitForTimeout(300);
    await shot(page, `${tag}-spot-found`);
  });
}

// The class flow a presenter runs (projected, zh): the plan's show-of-hands step, the notes window
// following the briefing, the handout's preview and the whole class's certificates.
const PROJ_ZH: Persona = { lang: 'zh-CN', projector: true, text: 100, width: 1920, height: 1080 };

test('class zh: the plan; the notes window at the briefing', async ({ browser }) => {
  const L = (key: string) => ui('zh-CN', key);
  const page = await open(browser, PROJ_ZH);
  await page.getByRole('button', { name: L('plan.heading') }).click();
  await page.getByRole('button', { name: L('plan.add') }).first().click();
  await page.getByRole('button', { name: L('plan.add') }).nth(4).click();
  await shot(page, 'class-zh-01-plan');
  // The notes window, opened from the plan, follows the lesson: at the briefing it says to read the content note aloud.
  const popup = page.waitForEvent('popup');
  await page.getByRole('button', { name: L('notes.open') }).click();
  const notes = await popup;
  await notes.setViewportSize({ width: 1280, height: 720 });
  await page.bringToFront();
  await page.getByRole('button', { name: L('plan.start') }).click();
  await expect(page.locator('.briefing-screen')).toBeVisible();
  await notes.waitForTimeout(800);
  await notes.screenshot({ path: `${OUT}/class-zh-02-notes-briefing.jpg`, type: 'jpeg', quality: 60 });
  await notes.close();
});

test('class zh: the show of hands from the plan, projected', async ({ browser }) => {
  const L = (key: string) => ui('zh-CN', key);
  const page = await open(browser, PROJ_ZH);
  await page.getByRole('button', { name: L('plan.heading') }).click();
  await page.getByRole('button', { name: L('plan.add') }).first().click();
  await page.getByRole('button', { name: L('plan.hands.project'), exact: true }).first().click();
  await page.locator('.screen .btn-primary').first().click(); // start
  await expect(page.locator('.hands-row').first()).toBeVisible();
  for (let n = 0; n < 23; n++) await page.keyboard.press('+');
  await page.keyboard.press('2');
  for (let n = 0; n < 9; n++) await page.keyboard.press('+');
  await shot(page, 'class-zh-05-hands');
});

test('class zh: the debrief of a two-level lesson, its handout preview, the certificates', async ({ browser }) => {
  const L = (key: string) => ui('zh-CN', key);
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 2 / 3, locale: 'zh-CN' });
  const page = await context.newPage();
  // A two-level lesson as the game records it: a vote at every decision, the majority risky where it can be.
  const votes = [];
  const endings = [];
  for (const l of [level('pay-or-post'), level('class-video')]) {
    for (const node of l.nodes.filter((n: any) => n.type === 'choice')) {
      const risky = node.choices.find((c: any) => c.kind === 'risky') ?? node.choices[0];
      votes.push({ levelId: l.id, levelTitle: l.title, nodeId: node.id, prompt: node.prompt, options: node.choices.map((c: any) => ({ id: c.id, text: c.text, kind: c.kind, votes: c === risky ? 21 : 6 })), played: risky.id });
    }
    const ending = l.nodes.find((n: any) => n.type === 'ending');
    endings.push({ levelId: l.id, levelTitle: l.title, title: ending.title, lessons: ending.lessons ?? [], help: ending.help ?? [] });
  }
  await page.addInitScript((session) => {
    if (sessionStorage.getItem('hall-set')) return;
    sessionStorage.setItem('hall-set', '1');
    localStorage.setItem('see-through:class-session', session);
    localStorage.setItem('see-through:projector', 'true');
    localStorage.setItem('see-through:reduced-motion', 'true');
  }, JSON.stringify({ version: 1, votes, endings }));
  await page.goto('./?lang=zh-CN&seed=hall');
  await page.getByRole('button', { name: L('debrief.heading') }).click();
  await expect(page.getByRole('heading', { level: 1, name: L('debrief.heading') })).toBeVisible();
  await shot(page, 'class-zh-04-debrief-votes');
  await page.getByRole('button', { name: L('debrief.preview') }).click();
  await shot(page, 'class-zh-04-handout-preview');
  await page.getByRole('button', { name: L('debrief.closePreview') }).click();
  await page.getByLabel(/学生名单/).fill('李明\n王芳\n张伟');
  await page.getByLabel(L('debrief.school')).fill('实验中学');
  await page.getByLabel(L('debrief.presenter')).fill('陈检察官');
  await page.evaluate(() => (window.print = () => undefined));
  await page.getByRole('button', { name: L('debrief.printCertificates') }).click();
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 1240, height: 1754 }); // an A4 page, upright
  await page.locator('#print-root .certificate').first().screenshot({ path: `${OUT}/class-zh-06-certificate.jpg`, type: 'jpeg', quality: 60 });
});

// Feel (a desk, zh, 100 %): one chat per conversation and the banner when another speaks; videos
// and memes as pictures; the art of the quiz's result and My results.
test('feel zh: threads and their banner, media as pictures, the quiz result and My results', async ({ browser }) => {
  const L = (key: string) => ui('zh-CN', key);
  const page = await open(browser, ZH100);
  await toBriefing(page, 'zh-CN', 'new-friend');
  await page.getByRole('button', { name: L('briefing.start'), exact: true }).click();
  // The safe reply leads on to Lu's private chat, where Mum calls for dinner: a banner, not a line in Lu's chat.
  await playUntil(page, false, [choiceText('new-friend', 'first-contact', 3, 'zh-CN')], page.locator('button.choice', { hasText: choiceText('new-friend', 'photo', 0, 'zh-CN') }));
  await page.waitForTimeout(400);
  await shot(page, 'feel-zh-01-thread-banner');
  await page.locator('.phone-head .chats').click();
  await shot(page, 'feel-zh-02-chat-list');

  await page.goto('./?lang=zh-CN&seed=hall');
  await toBriefing(page, 'zh-CN', 'class-video');
  await page.getByRole('button', { name: L('briefing.start'), exact: true }).click();
  const forward = page.locator('button.choice', { hasText: choiceText('class-video', 'forward', 3, 'zh-CN') });
  await playUntil(page, false, [choiceText('class-video', 'offer', 1, 'zh-CN')], forward);
  await page.waitForTimeout(400);
  await shot(page, 'feel-zh-03-video');
  const mock = page.locator('button.choice', { hasText: choiceText('class-video', 'mock', 0, 'zh-CN') });
  await playUntil(page, false, [choiceText('class-video', 'forward', 3, 'zh-CN')], mock);
  await page.waitForTimeout(400);
  await shot(page, 'feel-zh-03-meme');

  await page.goto('./?lang=zh-CN&seed=hall');
  await page.getByRole('button', { name: L('title.quiz') }).click();
  await page.locator('.screen .btn-primary').first().click();
  for (let i = 0; i < 30; i++) {
    const first = page.locator('.answers button').first();
    if (!(await first.isVisible())) break;
    await first.click();
    await page.getByRole('button', { name: L('teach.check.sure'), exact: true }).click();
  }
  await shot(page, 'feel-zh-04-quiz-result');
  await page.goto('./?lang=zh-CN&seed=hall');
  await page.getByRole('button', { name: L('results.open') }).click();
  await shot(page, 'feel-zh-05-results');
});
