// The layout audit: every screen, in personal and projector mode, at 100 % and 150 % text, in zh-CN
// and en, at 1280×720 and 1920×1080 — the whole matrix, in `npm test`.
//
// One walk per mode and language (four pages): a level played through every screen at the
// test-only instant pace. At each screen the walk audits it (./layout-audit.ts) at both text sizes
// and both window sizes, switching them live: the window by resizing it, the text size the way the
// game takes it from another of its windows (a second tab of the same game writes the setting, the
// game follows it and the screen refits: services/settings.ts, followOtherWindows). The four
// settings are visited in a snake (100 % small, 150 % small, 150 % large, 100 % large, then back),
// so each screen costs three switches, two of them the text size (a resize costs the game a refit,
// about three times a text switch), and the walk goes on from where the last look left it.
// Axe (accessibility) runs in the same walks, once per screen it covers, at the walk's first setting.
//
// Screenshots are saved (test-results/layout/<mode>-<lang>-<width>-<text>-<nn>-<screen>.png) of any
// screen with a problem; `npm run test:layout` (LAYOUT_ALL=1) saves every one, for a person to look at.
import { mkdirSync } from 'node:fs';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { expect, test, toFront } from './fixtures';
import { auditLayout, axeViolations, describeProblems, type AuditOptions } from './layout-audit';
import { LEVEL, riskyTexts, ui, type Lang } from './ui-text';
import { clickAway } from './play';

const saveEvery = process.env.LAYOUT_ALL === '1';
type Text = 100 | 150;
interface Setting {
  text: Text;
  width: number;
  height: number;
}
/** The snake through the four settings; every other look walks it backwards. */
const SNAKE: readonly Setting[] = [
  { text: 100, width: 1280, height: 720 },
  { text: 150, width: 1280, height: 720 },
  { text: 150, width: 1920, height: 1080 },
  { text: 100, width: 1920, height: 1080 },
];
/** Screens axe checks (as tests/e2e/a11y.spec.ts did before it joined the walks), by the walk's name for them. */
const AXE = /^(title|settings|levels|briefing|consequence1(-p1)?|decision[12]|chat-after-consequence1|ending|quiz-A-question|results|plan|debrief)$/;

mkdirSync('test-results/layout', { recursive: true });
// A control the layout leaves under something else fails in seconds, not at the test's timeout.
test.use({ actionTimeout: 10_000 });

for (const mode of ['personal', 'projector'] as const) {
  for (const lang of ['zh-CN', 'en'] as const) {
    const walk = `${mode === 'projector' ? 'proj' : 'pers'}-${lang === 'en' ? 'en' : 'zh'}`;
    test(`layout audit: ${walk} at 100 % and 150 %, 1280×720 and 1920×1080`, async ({ page, context }, info) => {
      test.skip(info.project.name !== '1280x720', 'the walk sets its own viewports');
      test.setTimeout(600_000);
      const projector = mode === 'projector';
      await page.setViewportSize({ width: SNAKE[0]!.width, height: SNAKE[0]!.height });
      // The settings as the game stores them; reduced motion so each screen is still when looked at.
      await page.addInitScript(
        ({ projector }) => {
          if (sessionStorage.getItem('layout-set')) return; // once: the game may change them later
          sessionStorage.setItem('layout-set', '1');
          localStorage.setItem('see-through:text-size', '100');
          localStorage.setItem('see-through:projector', String(projector));
          localStorage.setItem('see-through:reduced-motion', 'true');
        },
        { projector },
      );
      const switcher = await settingsSwitcher(page, context, projector);
      const L = (key: string) => ui(lang, key);
      const button = (key: string, exact = true): Locator => page.getByRole('button', { name: L(key), exact }).first();
      const found: string[] = [];
      let n = 0;
      // The layout rule (docs/layout.md): a projected briefing, chat, decision, consequence, ending
      // or debrief is paged, never scrolled; a decision's options and a consequence's help lines and
      // buttons are on screen, unscrolled, at any text size.
      const paged = /^(briefing|decision|consequence|chat|ending|debrief$|levels$)/;
      const mustShow: [RegExp, string][] = [
        [/^decision\d+$/, 'button.choice, .decision .hint, .decision .open-vote'],
        [/^consequence\d+(-p\d+|-last)?$/, '.consequence-screen :is(.takeaway, .next-step .next, .tell li, .see-law, .btn-primary)'],
        [/^quiz-[AB]-(question|confidence)$/, '.answers button'],
      ];
      /**
       * Audits the screen on show at every setting (and runs `check`, assertions of its own, at
       * each); axe once, if it is one of axe's screens.
       */
      const look = async (screen: string, check?: (setting: string) => Promise<void>) => {
        const nn = String(++n).padStart(2, '0');
        const options: AuditOptions = { paged: projector && paged.test(screen), mustShow: mustShow.find(([re]) => re.test(screen))?.[1] ?? '' };
        for (const setting of n % 2 ? SNAKE : [...SNAKE].reverse()) {
          await switcher.apply(setting);
          const name = `${walk}-${setting.width}-${setting.text}-${nn}-${screen}`;
          const problems = describeProblems(name, await auditLayout(page, options));
          if (saveEvery || problems.length > 0) await page.screenshot({ path: `test-results/layout/${name}.png` });
          found.push(...problems);
          await check?.(name);
          if (AXE.test(screen) && setting === SNAKE[0]) found.push(...(await axeViolations(page, `${walk}-${screen}`)));
        }
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
            // The first explanation and Next fit on the screen without scrolling, projected as well.
            if (i === 0) await look('quiz-B-explained', (at) => expect(button('teach.check.next'), `${at}: Next under the first explanation`).toBeInViewport({ ratio: 0.99 }));
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
      if (projector) {
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
      await playRiskyPath(page, projector, lang, look);

      await expect(page.locator('.ending-screen h1')).toBeVisible();
      await look('ending', async (at) => {
        // Who to tell is on screen on every ending, without scrolling. (0.99, not 1: the scaled layer's
        // float arithmetic reports a line wholly on screen as 0.99999994 of it; the audit still
        // fails on any line cut by the screen.)
        for (const line of await page.locator('.ending-screen .help-now li, .ending-screen .help li').all()) await expect(line, at).toBeInViewport({ ratio: 0.99 });
        // So are its buttons (Play again, Back, the debrief): what happened scrolls above them if it must.
        for (const action of await page.locator('.ending-screen .actions button').all()) await expect(action, `${at}: ${await action.innerText()}`).toBeInViewport({ ratio: 0.99 });
      });
      if (projector) {
        await button('debrief.heading').click();
        await look('debrief');
      }

      expect(found, `layout and accessibility problems in ${walk} (screenshots in test-results/layout)`).toEqual([]);
    });
  }
}

/**
 * Sets the window and the text size live. The text size is written by a second window of the
 * game's own origin (a static file, not the game: nothing boots there); the game's page gets the
 * storage event, applies it and refits, as any second window of the game would make it.
 */
async function settingsSwitcher(page: Page, context: BrowserContext, projector: boolean): Promise<{ apply: (setting: Setting) => Promise<void> }> {
  const other = await context.newPage();
  await other.goto('./icon.svg');
  await toFront(page); // the game's tab, not the writer's
  let now: Setting = SNAKE[0]!;
  const settled = () => page.evaluate(() => document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))));
  return {
    apply: async (setting) => {
      if (setting.width !== now.width) {
        await page.setViewportSize({ width: setting.width, height: setting.height });
        // Phaser scales the canvas and the DOM layer over it to the new window.
        await expect.poll(() => page.evaluate(() => Math.round(document.querySelector('#game canvas')!.getBoundingClientRect().width)), 'the game fits the new window').toBe(setting.width);
      }
      if (setting.text !== now.text) {
        await other.evaluate((text) => localStorage.setItem('see-through:text-size', String(text)), setting.text);
        const scale = (setting.text / 100) * (projector ? 1.7 : 1);
        await expect.poll(() => page.evaluate(() => Number(getComputedStyle(document.documentElement).getPropertyValue('--text-scale'))), 'the game takes the new text size').toBeCloseTo(scale, 5);
      }
      now = setting;
      await settled();
    },
  };
}

/** From the level's start to its ending, taking the risky choice at each decision; every screen on the way looked at. */
async function playRiskyPath(page: Page, projector: boolean, lang: Lang, look: (screen: string, check?: (at: string) => Promise<void>) => Promise<void>): Promise<void> {
  const L = (key: string) => ui(lang, key);
  const risky = riskyTexts(lang);
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
    // Projected, the vote is how a class answers: its button is on screen, not scrolled under the panel's foot.
    await look(`decision${decision}`, projector ? (at) => expect(page.getByRole('button', { name: L('vote.open') }), at).toBeInViewport({ ratio: 0.99 }) : undefined);
    const texts = await choices.allInnerTexts();
    const pick = texts.findIndex((t) => risky.some((r) => t.includes(r)));
    const taken = choices.nth(Math.max(0, pick));
    await clickAway(taken);
    if (!(await dialog.isVisible())) await look(`decision${decision}-feedback`);
  }
}
