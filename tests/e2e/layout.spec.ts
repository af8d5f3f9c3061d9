// The layout audit: every screen, in personal and projector mode, at 100 % and 150 % text, in zh-CN
// and en, at 1280×720 and 1920×1080. Each combination is one test on one page, played at the
// test-only instant pace; each screen is audited (./layout-audit.ts).
//
// `npm test` audits half the matrix: all eight combinations of mode, language and text size, each at
// one of the two screen sizes, chosen so that every pair of settings meets (a half fraction of the
// 2×2×2×2 design). The game's layer is 1920×1080 scaled to the window, so a screen's layout is the
// same at both sizes; each size is still seen with every mode, language and text size.
// Screenshots are saved (test-results/layout/<combination>-<nn>-<screen>.png) of any screen with a
// problem; `npm run test:layout` audits the whole matrix and saves every screen, for a person to look at.
import { mkdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { auditLayout, describeProblems, type AuditOptions } from './layout-audit';
import { LEVEL, riskyTexts, ui } from './ui-text';
import { clickAway } from './play';

const everything = process.env.LAYOUT_ALL === '1';
const combos = (['personal', 'projector'] as const).flatMap((mode) =>
  (['zh-CN', 'en'] as const).flatMap((lang) =>
    ([100, 150] as const).flatMap((text) =>
      ([[1280, 720], [1920, 1080]] as const)
        .map(([width, height]) => ({ mode, lang, text, width, height }))
        // The half fraction: the large screen where an odd number of the other three are "second".
        .filter((combo) => everything || (combo.width === 1920) === ((+(mode === 'projector') + +(lang === 'en') + +(text === 150)) % 2 === 1)),
    ),
  ),
);

mkdirSync('test-results/layout', { recursive: true });
// A control the layout leaves under something else fails in seconds, not at the test's timeout.
test.use({ actionTimeout: 10_000 });

for (const combo of combos) {
  const { mode, lang, text, width, height } = combo;
  const id = `${mode === 'projector' ? 'proj' : 'pers'}-${lang === 'en' ? 'en' : 'zh'}-${width}-${text}`;
  test(`layout audit: ${id}`, async ({ page }, info) => {
    test.skip(info.project.name !== '1280x720', 'the matrix sets its own viewports');
    test.setTimeout(240_000);
    await page.setViewportSize({ width, height });
    // The settings as the game stores them; reduced motion so each screen is still when looked at.
    await page.addInitScript(
      ({ text, projector }) => {
        if (sessionStorage.getItem('layout-set')) return; // once: the game may change them later
        sessionStorage.setItem('layout-set', '1');
        localStorage.setItem('see-through:text-size', String(text));
        localStorage.setItem('see-through:projector', String(projector));
        localStorage.setItem('see-through:reduced-motion', 'true');
      },
      { text, projector: mode === 'projector' },
    );
    const L = (key: string) => ui(lang, key);
    const button = (key: string, exact = true): Locator => page.getByRole('button', { name: L(key), exact }).first();
    const found: string[] = [];
    let n = 0;
    // The layout rule (docs/layout.md): a projected briefing, chat, decision, consequence, ending
    // or debrief is paged, never scrolled; a decision's options and a consequence's help lines and
    // buttons are on screen, unscrolled, at any text size.
    const paged = /^(briefing|decision|consequence|chat|ending|debrief$)/;
    const mustShow: [RegExp, string][] = [
      [/^decision\d+$/, 'button.choice, .decision .hint, .decision .open-vote'],
      [/^consequence\d+(-p\d+|-last)?$/, '.consequence-screen :is(.takeaway, .next-step .next, .tell li, .see-law, .btn-primary)'],
      [/^quiz-[AB]-(question|confidence)$/, '.answers button'],
    ];
    const look = async (screen: string) => {
      await page.evaluate(() => document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))));
      const name = `${id}-${String(++n).padStart(2, '0')}-${screen}`;
      const options: AuditOptions = { paged: mode === 'projector' && paged.test(screen), mustShow: mustShow.find(([re]) => re.test(screen))?.[1] ?? '' };
      const problems = describeProblems(name, await auditLayout(page, options));
      if (everything || problems.length > 0) await page.screenshot({ path: `test-results/layout/${name}.png` });
      found.push(...problems);
    };

    await page.goto(`./?lang=${lang}&seed=layout`);
    await expect(button('title.start')).toBeVisible();
    await look('title');

    await button('settings.open').click();
    await expect(button('settings.done')).toBeVisible();
    await look('settings');
    await button('settings.done').click();

    // The learning check: its baseline (A) answered through, then form B with its explanations.
    await button('title.quiz').click();
    await look('quiz-intro');
    await page.locator('.quiz-screen .btn-primary, .screen .btn-primary').first().click();
    const answerAll = async (explained: boolean) => {
      for (let i = 0; i < 30; i++) {
        const first = page.locator('.answers button').first();
        if (!(await first.isVisible())) break;
        await first.click();
        if (i === 0) await look(explained ? 'quiz-B-confidence' : 'quiz-A-question');
        await button('teach.check.sure').click();
        if (explained) {
          await expect(button('teach.check.next')).toBeVisible();
          if (i === 0) await look('quiz-B-explained');
          // The first explanation and Next fit on the screen without scrolling, projected as well.
          if (i === 0) await expect(button('teach.check.next'), 'Next under the first explanation').toBeInViewport({ ratio: 0.99 });
          await button('teach.check.next').click();
        }
      }
    };
    await answerAll(false);
    await look('quiz-A-done');
    await button('common.back').click();
    await button('title.quiz').click();
    await page.locator('.screen .btn-primary').first().click();
    await answerAll(true);
    await look('quiz-results');
    await page.getByRole('button', { name: L('common.back'), exact: true }).last().click();

    await button('results.open').click();
    await look('results');
    await button('results.back').click();

    await button('plan.heading').click();
    await look('plan');
    await button('common.back').click();

    if (await button('teach.handbook.open').isVisible()) {
      await button('teach.handbook.open').click();
      await look('handbook');
      await button('common.back').click();
    }
    if (await button('studio.open').isVisible()) {
      await button('studio.open').click();
      await expect(page.locator('.studio-screen, .studio').first()).toBeVisible();
      await look('studio');
      await button('common.back').click();
    }
    if (mode === 'projector') {
      await button('debrief.heading').click();
      await look('debrief-empty');
      await button('common.back').click();
    }

    await button('title.start').click();
    await expect(page.locator('.level-card').first()).toBeVisible();
    await look('levels');

    // A teacher's level that cannot be imported: the message names where it is broken.
    const broken = structuredClone(LEVEL);
    broken.id = 'layout-broken';
    broken.nodes.find((x: any) => x.type === 'choice').choices[1].next = 'n9';
    const chooser = page.waitForEvent('filechooser');
    await button('levels.import').click();
    await (await chooser).setFiles({ name: 'a-rather-long-teacher-file-name.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken, null, 2)) });
    await expect(page.getByRole('alert')).toBeVisible();
    await look('import-errors');

    await page.getByRole('button', { name: LEVEL.title[lang] }).click();
    await look('briefing');
    await button('briefing.start').click();
    await playRiskyPath(page, mode === 'projector', riskyTexts(lang), L, look);

    await expect(page.locator('.ending-screen h1')).toBeVisible();
    await look('ending');
    // Who to tell is on screen on every ending, without scrolling. (0.99, not 1: the scaled layer's
    // float arithmetic reports a line wholly on screen as 0.99999994 of it; the audit above still
    // fails on any line cut by the screen.)
    for (const line of await page.locator('.ending-screen .help-now li, .ending-screen .help li').all()) await expect(line).toBeInViewport({ ratio: 0.99 });
    // So are its buttons (Play again, Back, the debrief): what happened scrolls above them if it must.
    for (const action of await page.locator('.ending-screen .actions button').all()) await expect(action, await action.innerText()).toBeInViewport({ ratio: 0.99 });
    if (mode === 'projector') {
      await button('debrief.heading').click();
      await look('debrief');
    }

    expect(found, `layout problems in ${id} (screenshots in test-results/layout)`).toEqual([]);
  });
}

/** From the level's start to its ending, taking the risky choice at each decision; every screen on the way looked at. */
async function playRiskyPath(page: Page, projector: boolean, risky: string[], L: (key: string) => string, look: (screen: string) => Promise<void>): Promise<void> {
  const choices = page.locator('button.choice');
  const dialog = page.locator('.consequence-screen');
  const proceed = page.getByRole('button', { name: L('consequence.continue'), exact: true });
  const ending = page.locator('.ending-screen h1');
  let decision = 0;
  let consequence = 0;
  // Projected, the chat says "press →" when the story waits for the presenter; a press at any other
  // moment could land on the screen that comes next (the ending's → opens the debrief).
  const waiting = page.locator('.chat-screen .typing', { hasText: L('presenter.next') });
  for (let step = 0; step < 80; step++) {
    await expect(choices.first().or(dialog).or(ending).or(waiting).first()).toBeVisible({ timeout: 30_000 });
    if (await ending.isVisible()) return;
    if (projector && !(await choices.first().isVisible()) && !(await dialog.isVisible())) {
      await page.keyboard.press('ArrowRight'); // the presenter paces the story
      continue;
    }
    if (await dialog.isVisible()) {
      consequence++;
      if (projector) {
        // Every page: → shows the next part (or the rest of a long one) until Continue shows.
        for (let p = 1; p <= 12 && !(await proceed.isVisible()); p++) {
          await look(`consequence${consequence}-p${p}`);
          await page.keyboard.press('ArrowRight');
        }
        await look(`consequence${consequence}-last`);
      } else {
        await look(`consequence${consequence}`);
        const seeLaw = page.getByRole('button', { name: L('teach.consequence.seeLaw'), exact: true });
        if (await seeLaw.isVisible()) {
          await seeLaw.click();
          await look(`consequence${consequence}-law`);
        }
      }
      await proceed.click();
      await expect(dialog).toBeHidden();
      if (await choices.first().isVisible().catch(() => false)) continue;
      await look(`chat-after-consequence${consequence}`);
      continue;
    }
    decision++;
    await look(`decision${decision}`);
    // Projected, the vote is how a class answers: its button is on screen, not scrolled under the panel's foot.
    if (projector) await expect(page.getByRole('button', { name: L('vote.open') }), `decision ${decision}`).toBeInViewport({ ratio: 0.99 });
    const texts = await choices.allInnerTexts();
    const pick = texts.findIndex((t) => risky.some((r) => t.includes(r)));
    const taken = choices.nth(Math.max(0, pick));
    await clickAway(taken);
    if (!(await dialog.isVisible())) await look(`decision${decision}-feedback`);
  }
}
