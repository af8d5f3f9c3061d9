// A class session over the hub (npm run class), as a class would run it: a projector page and
// three students' pages in Chromium play one level live (the hub stopped and started again between
// two decisions), then one self-paced; the teacher's dashboard, the printable summary and the
// debrief show the class's answers in the level's words. The test starts its own hub on a free
// port, serving the build under test (E2E_OUTDIR), with its state in a temp folder.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { type RunningHub, startHub } from '../../server/hub';
import { pairedGain } from '../../src/core/class-check';
import { expect, snap, test } from './fixtures';
import { clickAway, presentUntil } from './play';

test.use({ actionTimeout: 30_000 }); // five browser pages and a hub: slow on a busy 2-core machine

let hub: RunningHub;
let origin: string;
const stateDir = mkdtempSync(join(tmpdir(), 'e2e-class-'));
/** The hub's clock runs ahead by this much: the self-paced part moves it on to show devices stuck. */
let skew = 0;
const startOn = (port: number) => startHub({ port, host: '127.0.0.1', dist: process.env.E2E_OUTDIR ?? 'dist', stateDir, log: () => undefined, now: () => Date.now() + skew });

test.beforeAll(async () => {
  hub = await startOn(0);
  origin = `http://127.0.0.1:${hub.port}`;
});
test.afterAll(async () => hub?.close());

/** A student's device: its own browser context (its own session storage), failing on console errors. */
async function student(browser: Browser, code: string, problems: string[]): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 420, height: 800 } });
  await context.addInitScript(() => (window.__seeThroughTestPace = 'instant')); // as the fixture's page plays
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && problems.push(`student console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`student page error: ${e.message}`));
  await page.goto(`${origin}/?join=${code}&lang=en`);
  await expect(page.getByRole('heading', { name: 'Join the class' })).toBeVisible();
  await expect(page.getByLabel('Class code')).toHaveValue(code);
  await page.getByRole('button', { name: 'Join' }).click();
  await expect(page.getByRole('heading', { name: /^You are: / })).toBeVisible();
  return page;
}

/** A change with its sign, as the debrief writes it ("+37.5", "−8.3"). */
const signed = (x: number) => (x > 0 ? `+${x}` : x < 0 ? `−${-x}` : '0');
type Text = Record<string, string>;
type Item =
  | { id: string; kind: 'choice'; question: Text; options: { id: string; text: Text }[]; answer: string }
  | { id: string; kind: 'judge'; message: Text; answer: 'scam' | 'real' };
const formOf = (file: string) => (JSON.parse(readFileSync(`levels/quiz/${file}.json`, 'utf8')) as { items: Item[] }).items;
/** Letters and digits only: emoji on screen are pictures, so the page's text lacks them. */
const bare = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '');
const promptOf = (item: Item) => (item.kind === 'choice' ? item.question.en! : item.message.en!);

/**
 * A device takes the learning check from the title (the form due next), wrong on the first
 * `wrong` items it is shown and right on the rest, sure each time, by keyboard as the check
 * offers (the option's number, then Enter on "Sure"); returns the ids it missed.
 */
async function takeCheck(device: Page, items: Item[], heading: string, wrong: number): Promise<string[]> {
  await device.getByRole('button', { name: 'Quiz', exact: true }).press('Enter');
  await expect(device.getByRole('heading', { name: heading })).toBeVisible();
  await device.getByRole('button', { name: 'Start', exact: true }).click();
  const explained = heading.includes('after'); // form B explains each answer before the next
  const missed: string[] = [];
  for (let i = 0; i < items.length; i++) {
    await expect(device.getByText(`Item ${i + 1} of ${items.length}`)).toBeVisible();
    // What is on screen, in one look: the message (or the question) and the options in their order.
    const shown = await device.evaluate(() => ({
      prompt: (document.querySelector('.judge-bubble .text') ?? document.querySelector('h1.question'))?.textContent ?? '',
      options: [...document.querySelectorAll('.answers button > span')].map((span) => span.textContent ?? ''),
    }));
    const item = items.find((it) => bare(promptOf(it)) === bare(shown.prompt));
    if (!item) throw new Error(`no item reads "${shown.prompt}"`);
    const right = bare(item.kind === 'choice' ? item.options.find((o) => o.id === item.answer)!.text.en! : item.answer === 'scam' ? 'Danger signs' : 'Harmless');
    const options = shown.options.map(bare);
    const pick = i < wrong ? options.findIndex((t) => t !== right) : options.indexOf(right);
    if (i < wrong) missed.push(item.id);
    await device.keyboard.press(String(pick + 1));
    await expect(device.getByRole('button', { name: 'Sure', exact: true })).toBeFocused();
    await device.keyboard.press('Enter');
    if (explained) await device.getByRole('button', { name: 'Next', exact: true }).click();
  }
  return missed;
}

async function openSession(page: Page, mode: 'Live' | 'Self-paced'): Promise<string> {
  // By keyboard: at 1280×720 the title's second row of buttons lies under its source line.
  await page.getByRole('button', { name: 'Class session' }).press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Class session' });
  await dialog.getByLabel(new RegExp(`^${mode}`)).check();
  await dialog.getByRole('button', { name: 'Start the session' }).click();
  await expect(dialog.getByRole('img', { name: /^QR code to join: http:\/\/.+\?join=\d{6}$/ })).toBeVisible();
  const code = (await dialog.locator('.class-code').textContent())!;
  expect(code).toMatch(/^\d{6}$/);
  await expect(dialog.getByText('0 devices joined (0 online)')).toBeVisible();
  return code;
}

test('a projector and three devices play a level live, then one self-paced', async ({ page, browser, problems }) => {
  test.setTimeout(900_000); // five pages and a hub on a shared 2-core machine
  await page.goto(`${origin}/?mode=projector&lang=en`);
  await expect(page.getByRole('button', { name: 'Class session' })).toBeVisible();
  const code = await openSession(page, 'Live');
  const students = [];
  for (let i = 0; i < 3; i++) students.push(await student(browser, code, problems));
  const dialog = page.getByRole('dialog', { name: 'Class session' });
  await expect(dialog.getByText('3 devices joined (3 online)')).toBeVisible();
  await snap(page, 'class-session-projector');
  await snap(students[0]!, 'class-session-student-joined');
  await Promise.all(students.map((s) => expect(s.getByText('Watch the projector for the next question.')).toBeVisible()));

  // Live: the presenter plays the level; at each decision the devices vote.
  await dialog.getByRole('button', { name: 'Play a level' }).click();
  await expect(dialog).toBeHidden();
  await page.locator('.level-card').first().click();
  await page.locator('.briefing-screen .btn-primary').click();
  const vote = page.locator('.class-vote');
  const ending = page.locator('.ending-screen h1');
  let decisions = 0;
  /** Where the list of problems stood when the hub stopped, until every page is back. */
  let downSince: number | undefined;
  for (let step = 0; step < 200 && !(await ending.isVisible()); step++) {
    if (await page.locator('button.choice').first().isVisible()) {
      await page.keyboard.press('ArrowRight'); // the class vote
      await expect(vote).toBeVisible();
      if (decisions === 0) {
        // First the spot-the-sign round: every device flags the first message it is shown.
        await vote.getByRole('button', { name: 'Spot the signs first' }).click();
        const signs = page.getByRole('region', { name: 'The class spots the signs' });
        await expect(signs).toBeVisible();
        for (const device of students) {
          await expect(device.getByRole('heading', { name: 'Which of these messages are a trick?' })).toBeVisible();
          await device.locator('.option-button').first().click();
          await expect(device.locator('.option-button').first()).toHaveAttribute('aria-pressed', 'true');
        }
        await expect(signs.getByText('3 of 3 devices voted')).toBeVisible();
        await signs.getByRole('button', { name: 'Reveal' }).click();
        await expect(signs.locator('li').first()).toContainText('flagged by 3');
        await expect(signs.locator('li').first()).toContainText(/✓ a trick|harmless/);
        await expect(students[0]!.getByRole('heading', { name: 'How the class voted' })).toBeVisible();
        await snap(page, 'class-session-signs');
        await signs.getByRole('button', { name: 'Back to the decision' }).click();
        await expect(vote).toBeVisible();
      }
      await expect(vote.getByText('The class votes on its devices: 0 of 3 voted')).toBeVisible();
      // Two devices pick the first choice, one the second.
      for (const [i, device] of students.entries()) {
        const options = device.locator('.option-button');
        await expect(options.first()).toBeVisible();
        await options.nth(i === 2 ? 1 : 0).click();
        await expect(device.getByText('Vote sent')).toBeVisible();
      }
      await expect(vote.getByText('The class votes on its devices: 3 of 3 voted')).toBeVisible();
      if (decisions === 0) await snap(page, 'class-session-live-vote');
      await vote.getByRole('button', { name: 'Reveal' }).click();
      await Promise.all(students.map((s) => expect(s.getByRole('heading', { name: 'How the class voted' })).toBeVisible()));
      await expect(students[0]!.getByText('2 votes')).toBeVisible();
      await expect(students[0]!.getByText('1 vote', { exact: true })).toBeVisible();
      if (decisions === 0) await snap(students[2]!, 'class-session-student-revealed');
      await vote.getByRole('button', { name: /majority/i }).click();
      await Promise.all(students.map((s) => expect(s.getByText(/^The class goes on with: /)).toBeVisible()));
      decisions++;
      if (decisions === 1) {
        // The hub stops mid-level and starts again on its port from its files: every page
        // reconnects by itself (the projector by its secret, each device by its seat token).
        const port = hub.port;
        const before = JSON.stringify(hub.sessions.get(code)?.rounds);
        downSince = problems.length;
        await hub.close();
        hub = await startOn(port);
        expect(JSON.stringify(hub.sessions.get(code)?.rounds)).toBe(before);
      } else if (downSince !== undefined) {
        // Every page took the next decision's vote, so all have reconnected. While the hub was
        // down, the browser logged each refused attempt to reconnect as an error: those, and only
        // those, were expected (how many depends on how long the restart took).
        const refused = /(WebSocket connection to 'ws:\/\/127\.0\.0\.1:\d+\/class-hub' failed|Failed to load resource): .*net::ERR_CONNECTION_REFUSED$/;
        const since = problems.splice(downSince);
        problems.push(...since.filter((problem) => !refused.test(problem)));
        downSince = undefined;
      }
    } else await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(150);
  }
  await expect(ending).toBeVisible();
  expect(decisions).toBeGreaterThanOrEqual(2);

  // The debrief shows the devices' votes: 2 of 3 for the first choice at the first decision. The
  // ending projects its discussion prompts first: → until the debrief is on screen.
  await presentUntil(page, page.locator('.split').first());
  await expect(page.locator('.split').first().locator('li').first()).toContainText('2');
  await snap(page, 'class-session-debrief');

  // The summary: counts only.
  await page.goto(`${origin}/?mode=projector&lang=en`);
  await page.getByRole('button', { name: 'Class session' }).press('Enter');
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download summary (CSV)' }).click();
  const csv = await (await (await download).createReadStream()).toArray();
  const text = Buffer.concat(csv).toString('utf8');
  expect(text).toContain('devices,,,,3');
  expect(text).not.toMatch(/seat|token|animal/i);

  // The printable summary: a page of tables, counts only.
  await page.evaluate(() => (window.print = () => undefined)); // headless: no print dialog to wait for
  await dialog.getByRole('button', { name: 'Print summary' }).click();
  const printed = page.locator('#print-root .class-print');
  await expect(printed).toBeAttached();
  await expect(printed.locator('h2', { hasText: 'Live: how the devices voted' })).toBeAttached(); // on paper only: hidden on screen
  await expect(printed).toContainText('3 devices took part');
  await expect(printed.locator('tr.played').first()).toContainText('(the class played this)');
  expect(await printed.textContent()).not.toMatch(/seat \d|panda|tiger|token/i);
  await page.emulateMedia({ media: 'print' });
  await snap(page, 'class-session-summary-print');
  await page.emulateMedia({ media: 'screen' });

  // Self-paced: the teacher switches and picks the level; every device's "Open the game" lands on it.
  await dialog.getByRole('button', { name: 'Switch to self-paced' }).click();
  await expect(dialog.getByRole('heading', { name: 'Self-paced: where the class is' })).toBeVisible();
  await dialog.getByLabel('Level the devices open').selectOption({ label: 'Easy money: RMB 500' });
  const labels: string[] = [];
  for (const device of students) {
    labels.push(((await device.getByRole('heading', { name: /^You are: / }).textContent()) ?? '').replace('You are: ', ''));
    await expect(device.getByRole('link', { name: 'Open the game' })).toHaveAttribute('href', './?class&level=bank-card');
    await device.getByRole('link', { name: 'Open the game' }).click();
    // The game loads (seconds on a busy machine) straight onto the level's briefing, not the title.
    await expect(device.locator('.briefing-screen .btn-primary')).toBeVisible({ timeout: 60_000 });
    await device.locator('.briefing-screen .btn-primary').click();
    await expect(device.locator('button.choice').first()).toBeVisible({ timeout: 60_000 });
  }
  // Each takes a choice (each device shows them in its own order); the first plays on to the ending.
  for (const device of students) await device.locator('button.choice').first().click();
  // The dashboard speaks the level's words: the decision's prompt and its choices, not node ids.
  const board = dialog.locator('.class-board');
  const firstDecision = board.locator('li', { hasText: 'Easy money: RMB 500 · What do you reply?' }).locator('strong');
  const split = async () => [...((await firstDecision.textContent()) ?? '').matchAll(/: (\d+)(?: · |$)/g)].reduce((sum, m) => sum + Number(m[1]), 0);
  await expect.poll(split).toBe(3);
  await expect(firstDecision).toContainText("Nah, I don't lend my card.: ");
  await expect(board).not.toContainText('bank-card/');
  // Four minutes on: the two devices left at their point are stuck, each named as its device showed it.
  skew = 4 * 60_000;
  const choices = students[0]!.locator('button.choice');
  const proceed = students[0]!.locator('.consequence-screen .btn-primary');
  const end0 = students[0]!.locator('.ending-screen h1');
  // A device is a phone: after a choice the story waits on its feedback until "Go on".
  const goOn = students[0]!.getByRole('button', { name: 'Go on' });
  for (let step = 0; step < 60 && !(await end0.isVisible()); step++) {
    await expect(choices.first().or(proceed).or(goOn).or(end0).first()).toBeVisible({ timeout: 30_000 });
    if (await end0.isVisible()) break;
    await clickAway(proceed.or(goOn).or(choices.first()).first());
  }
  await expect(end0).toBeVisible();
  await expect(board.locator('li', { hasText: 'Finished the level' })).toContainText(/1 device$/);
  const stuck = board.locator('h3', { hasText: 'Stuck for 3+ minutes' }).locator('xpath=following-sibling::ul[1]');
  for (const label of labels.slice(1)) await expect(stuck).toContainText(`${label}: `, { timeout: 20_000 });
  await expect(stuck).not.toContainText(`${labels[0]}: `);
  await snap(page, 'class-session-self-paced');

  // The learning check on two devices: form A, then form B, each wrong on the first items it shows
  // (A: 6 and 9 of 12; B: 3 and 3). The hub counts them for the class: no names, no answers.
  const [formA, formB] = [formOf('form-a'), formOf('form-b')];
  // The two devices at once, as a class would.
  const checkers: [Page, number][] = [[students[1]!, 6], [students[2]!, 9]];
  const missedA = await Promise.all(checkers.map(async ([device, wrong]) => {
    await device.goto(`${origin}/?lang=en`); // the same tab: it keeps its seat
    const missed = await takeCheck(device, formA, 'Check before you play', wrong);
    await device.getByRole('button', { name: 'Back', exact: true }).click();
    await takeCheck(device, formB, 'Check after you play', 3);
    await expect(device.getByRole('heading', { name: "How far you've come" })).toBeVisible();
    return missed;
  }));
  await expect(board).toContainText('After playing: 75% right on average (2 devices)');

  // The debrief shows the devices' self-paced split as well as the live votes.
  await dialog.getByRole('button', { name: 'Back' }).click();
  await page.getByRole('button', { name: 'Class debrief' }).press('Enter');
  const selfPaced = page.locator('.class-answers');
  await expect(selfPaced.getByRole('heading', { name: 'Self-paced: how the devices chose at each decision' })).toBeVisible();
  await expect(selfPaced.locator('.split', { hasText: 'What do you reply?' }).first()).toContainText(/\d devices · \d+%/);
  // …and the class's learning check: 50 and 25 % before, 75 and 75 % after, the paired gain of
  // +25 and +50 points with its interval and effect size, and what fooled the most devices, in words.
  const gain = pairedGain([25, 50])!;
  const checkLines = [
    'Before playing: 37.5% right on average (2 devices)',
    'After playing: 75% right on average (2 devices)',
    `The 2 devices that did the check before and after: ${signed(gain.points.value)} right answers per 100 questions on average (most likely between ${signed(gain.points.low)} and ${signed(gain.points.high)})`,
    `How big a change is that? large (effect size d = ${gain.dz.value}, most likely between −${-gain.dz.low} and ${gain.dz.high})`,
    '2 devices got more right, 0 the same, 0 fewer',
  ];
  await expect(selfPaced.locator('.device-check > li')).toHaveText(checkLines);
  // The most missed question of form A: missed by both devices when their misses meet, by one when not.
  const times = (id: string) => missedA.filter((m) => m.includes(id)).length;
  const top = [...new Set(missedA.flat())].sort((x, y) => times(y) - times(x) || (x < y ? -1 : 1))[0]!;
  await expect(selfPaced.locator('.device-missed > li').first()).toHaveText(`Before playing · “${promptOf(formA.find((it) => it.id === top)!)}”: ${times(top)} of 2 devices got it wrong`);
  await snap(page, 'class-session-debrief-check');
  // …and so does the printed handout (print stubbed earlier on this page), with the same figures.
  await page.getByRole('button', { name: 'Print the handout' }).click();
  await expect(page.locator('#print-root .handout .class-answers')).toContainText('Self-paced: how the devices chose at each decision');
  await expect(page.locator('#print-root .handout .device-check > li')).toHaveText(checkLines);
  expect(problems).toEqual([]);
});
