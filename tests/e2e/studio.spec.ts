// The level studio, as a prosecutor would use it: build a small level from blank, watch the
// checker's errors go one by one, play it from the studio, download it and check the file with
// the command-line checker, import it and play it from the level list; undo a deletion; reload
// mid-edit and find the draft; open a shipped level and see the checker's score range.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, snap, test } from './fixtures';
import { axe } from './layout-audit';

test.use({ locale: 'en-US' });

const editor = (page: Page) => page.getByRole('region', { name: 'Editor' });
const checker = (page: Page) => page.getByRole('region', { name: 'Checker' });
const outline = (page: Page) => page.getByRole('navigation', { name: 'Nodes' });

async function openStudio(page: Page): Promise<void> {
  await page.goto('./');
  await page.getByRole('button', { name: 'Level studio' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Level studio' })).toBeVisible();
}

/** The checker's count of errors, as it shows it. */
async function errors(page: Page): Promise<number> {
  const summary = checker(page).locator('.summary');
  const text = (await summary.textContent()) ?? '';
  const match = /(\d+) error/.exec(text);
  return match ? Number(match[1]) : 0;
}

/** Fills both languages of a text players see. */
async function bilingual(scope: Locator, name: string, zh: string, en: string): Promise<void> {
  await scope.getByRole('textbox', { name: `${name} · Chinese`, exact: true }).fill(zh);
  await scope.getByRole('textbox', { name: `${name} · English`, exact: true }).fill(en);
}

/** Fills a text and sees the checker's error count fall by the number of languages filled. */
async function fixes(page: Page, name: string, zh: string, en: string): Promise<void> {
  const before = await errors(page);
  await bilingual(editor(page), name, zh, en);
  await expect.poll(() => errors(page), { message: `errors after filling ${name}` }).toBe(before - 2);
}

async function selectNode(page: Page, id: string): Promise<void> {
  await outline(page).getByRole('button', { name: new RegExp(`^${id} · `) }).click();
  await expect(editor(page).getByRole('heading', { level: 2 })).toContainText(`Node ${id}`);
}

/** "New node here" on a "next" field: the new node's id, read from the studio's notice. */
async function newNodeHere(page: Page, field: string, kind: string): Promise<string> {
  await editor(page).getByRole('combobox', { name: `${field}: new node here` }).selectOption({ label: kind });
  const notice = page.locator('.studio-notice');
  await expect(notice).toContainText('added here');
  return /New node (\S+) added/.exec((await notice.textContent()) ?? '')![1]!;
}

test('a level built from blank, checked live, played, downloaded, checked by the command line, imported and played', async ({ page }, testInfo) => {
  test.setTimeout(240_000);
  const began = Date.now();
  await openStudio(page);
  await page.getByRole('button', { name: 'New blank level' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved automatically' })).toBeVisible();
  await expect(page.getByText('Drafts live only in this browser')).toBeVisible();

  // The level's settings: each text filled takes its errors off the list, one by one.
  await outline(page).getByRole('button', { name: 'Level settings' }).click();
  const start = await errors(page);
  expect(start).toBeGreaterThan(5);
  await fixes(page, 'Title', '陌生人的红包', 'A stranger\'s red packet');
  await fixes(page, 'Summary', '一个陌生人要发红包给你。', 'A stranger offers you a red packet.');
  await fixes(page, 'Objective 1', '认出以红包为诱饵的骗局', 'Spot a scam that uses a red packet as bait');
  await fixes(page, 'Character 1 · Name', '陌生人', 'Stranger');
  await editor(page).getByRole('textbox', { name: 'Id', exact: true }).first().fill('red-packet');

  // A law of the level's own, as a district case would cite.
  await editor(page).getByRole('button', { name: /^Add This level's own laws/ }).click();
  await editor(page).getByRole('button', { name: /^Add .*Laws$/ }).click();
  await editor(page).getByRole('button', { name: 'Add law' }).click();
  await editor(page).getByRole('textbox', { name: 'Law 1 · Id' }).fill('district-rule-1');
  await bilingual(editor(page), 'Law 1 · Law', '《本区未成年人网络保护办法》', 'District rules on minors online');
  await bilingual(editor(page), 'Law 1 · Article', '第三条', 'Art. 3');
  await bilingual(editor(page), 'Law 1 · Name', '不得诱骗未成年人转账', 'No luring minors into payments');
  await bilingual(editor(page), 'Law 1 · Summary', '任何人不得以红包等名义诱骗未成年人转账。', 'No one may lure a minor into paying, e.g. with a red packet.');

  // The message.
  await selectNode(page, 'n1');
  await fixes(page, 'Text', '我是你妈妈的同事，发个红包给你，先扫这个码。', 'I work with your mum. Here is a red packet: scan this code first.');
  const decision = await newNodeHere(page, 'Next node', 'Decision');

  // The decision with two choices: safe to an ending, risky to a consequence.
  await selectNode(page, decision);
  await fixes(page, 'Prompt', '你怎么做？', 'What do you do?');
  await bilingual(editor(page), 'Choice 1 · Text', '先问妈妈', 'Ask Mum first');
  await bilingual(editor(page), 'Choice 1 · Feedback', '对。先向家长核实。', 'Right. Check with a parent first.');
  await editor(page).getByRole('spinbutton', { name: 'Choice 1 · Score' }).fill('10');
  const safeEnd = await newNodeHere(page, 'Choice 1 · Next node', 'Ending');
  await bilingual(editor(page), 'Choice 2 · Text', '扫码领红包', 'Scan the code');
  await bilingual(editor(page), 'Choice 2 · Feedback', '扫陌生人的码可能让你付钱。', 'A stranger\'s code can make you pay.');
  await editor(page).getByRole('combobox', { name: 'Choice 2 · Kind' }).selectOption({ label: 'risky' });
  const consequence = await newNodeHere(page, 'Choice 2 · Next node', 'Consequence');

  // The consequence cites the level's own law.
  await selectNode(page, consequence);
  await bilingual(editor(page), 'Charge or finding', '诈骗', 'Fraud');
  await bilingual(editor(page), 'What happened', '（示例）对方骗走了钱。', '(Example) The money was taken.');
  await bilingual(editor(page), 'What the prosecutors did', '（示例）检察机关提起公诉。', '(Example) The prosecutors charged him.');
  const cite = editor(page).getByRole('checkbox', { name: /Art\. 3 · No luring minors/ });
  const beforeLaw = await errors(page);
  await cite.check();
  await expect.poll(() => errors(page)).toBeLessThan(beforeLaw);
  const harmedEnd = await newNodeHere(page, 'Next node', 'Ending');

  // Two endings.
  for (const [id, outcome, zh, en] of [[safeEnd, 'safe', '问过妈妈', 'You asked Mum'], [harmedEnd, 'harmed', '钱被骗走了', 'The money is gone']] as const) {
    await selectNode(page, id);
    await editor(page).getByRole('combobox', { name: 'Outcome' }).selectOption({ label: outcome });
    await bilingual(editor(page), 'Title', zh, en);
    await bilingual(editor(page), 'Text', zh, en);
    await bilingual(editor(page), 'Lesson 1', '陌生人的红包先核实', 'Check a stranger\'s red packet first');
    await editor(page).getByRole('checkbox', { name: /^110 · / }).check();
  }
  await expect(checker(page).locator('.summary')).toHaveText(/^(No problems found\.|0 error\(s\), \d+ warning\(s\))$/);
  await expect(checker(page)).toContainText('Lowest score 0, highest 10');
  const buildSeconds = (Date.now() - began) / 1000;
  testInfo.annotations.push({ type: 'build time', description: `${buildSeconds.toFixed(1)} s to build the level from blank` });
  console.log(`studio: level built from blank in ${buildSeconds.toFixed(1)} s`);
  await snap(page, 'studio-built');

  // Play it from the decision, and come back to the same place.
  await selectNode(page, decision);
  await editor(page).getByRole('button', { name: 'Play from here', exact: true }).click();
  await page.getByRole('button', { name: /Scan the code/ }).click();
  await expect(page.getByRole('dialog')).toContainText('Fraud');
  await page.getByRole('button', { name: 'See the law' }).click();
  await expect(page.getByRole('dialog')).toContainText('No luring minors into payments'); // the level's own law
  await snap(page, 'studio-play-consequence');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Back to the studio' }).click();
  await expect(editor(page).getByRole('heading', { level: 2 })).toContainText(`Node ${decision}`);

  // Download it, and check the file with the command-line checker.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download .json' }).click();
  const file = testInfo.outputPath('red-packet.json');
  await (await download).saveAs(file);
  const text = readFileSync(file, 'utf8');
  expect(text.startsWith('{\n  "$schema": "./schema/level.schema.json",\n  "formatVersion": 2,')).toBe(true);
  const checked = execFileSync('node_modules/.bin/tsx', ['scripts/check-levels.ts', file], { encoding: 'utf8' });
  expect(checked).toContain('red-packet: score 0 to 10');
  expect(checked).toContain('0 error(s)');

  // Import the file on the level list and play it from there.
  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import a level…' }).click();
  await (await chooser).setFiles(file);
  await expect(page.getByRole('status')).toContainText('Imported "A stranger\'s red packet"');
  await page.getByRole('button', { name: /A stranger's red packet/ }).click();
  await page.getByRole('button', { name: 'Start the level' }).click();
  await expect(page.getByRole('log')).toContainText('I work with your mum');
  await page.getByRole('button', { name: /Ask Mum first/ }).click();
  await expect(page.getByRole('heading', { name: 'You asked Mum' })).toBeVisible();
});

test('a node\'s deletion is confirmed when others lead to it, and undone', async ({ page }) => {
  await openStudio(page);
  await page.getByRole('button', { name: 'New from template' }).click();
  await selectNode(page, 'law');
  await editor(page).getByRole('button', { name: 'Delete node law' }).click();
  const confirm = editor(page).getByRole('alertdialog');
  await expect(confirm).toContainText('d1 lead to node law');
  await confirm.getByRole('button', { name: 'Delete law anyway' }).click();
  await expect(outline(page).getByRole('button', { name: /^law · / })).toHaveCount(0);
  await expect(outline(page).getByRole('button', { name: /^end-harmed · / })).toContainText('unreachable');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(outline(page).getByRole('button', { name: /^law · / })).toHaveCount(1);
  await expect(outline(page).getByRole('button', { name: /^end-harmed · / })).not.toContainText('unreachable');
  await page.keyboard.press('Control+Y');
  await expect(outline(page).getByRole('button', { name: /^law · / })).toHaveCount(0);
  await page.keyboard.press('Control+Z');
  await expect(outline(page).getByRole('button', { name: /^law · / })).toHaveCount(1);

  // Renaming follows every reference; undo takes it back.
  await selectNode(page, 'd1');
  await editor(page).getByRole('textbox', { name: 'Node id' }).fill('ask');
  await editor(page).getByRole('button', { name: 'Rename' }).click();
  await selectNode(page, 'n1');
  await expect(editor(page).getByRole('combobox', { name: 'Next node', exact: true })).toHaveValue('ask');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(editor(page).getByRole('combobox', { name: 'Next node', exact: true })).toHaveValue('d1');
});

test('a reload in the middle of an edit keeps the draft', async ({ page }) => {
  await openStudio(page);
  await page.getByRole('button', { name: 'New from template' }).click();
  await selectNode(page, 'n1');
  await editor(page).getByRole('textbox', { name: 'Text · English' }).fill('Typed just before the tab closed');
  await page.reload();
  await page.getByRole('button', { name: 'Level studio' }).click();
  await selectNode(page, 'n1');
  await expect(editor(page).getByRole('textbox', { name: 'Text · English' })).toHaveValue('Typed just before the tab closed');
  // The version before it is kept too, and comes back as an edit.
  await page.getByRole('button', { name: 'Restore the previous version' }).click();
  await expect(editor(page).getByRole('textbox', { name: 'Text · English' })).toHaveValue('(Write: the first message)');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(editor(page).getByRole('textbox', { name: 'Text · English' })).toHaveValue('Typed just before the tab closed');
});

test('a shipped level opened in the studio shows the checker\'s score range', async ({ page }) => {
  // What the command-line checker says of the file.
  const level = JSON.parse(readFileSync('levels/free-skin.json', 'utf8'));
  const line = execFileSync('node_modules/.bin/tsx', ['scripts/check-levels.ts', 'levels/free-skin.json'], { encoding: 'utf8' });
  const [, min, max] = /score (-?\d+) to (-?\d+)/.exec(line)!;
  await openStudio(page);
  await page.getByRole('combobox', { name: 'Copy a shipped level…' }).selectOption({ label: level.title.en });
  await expect(checker(page)).toContainText(`Lowest score ${min}, highest ${max}`);
  await expect(page.locator('.map-node')).toHaveCount(level.nodes.length);
  await snap(page, 'studio-shipped');
});

test('a file saved as GBK is named as such with the fix, and opened decoded only after asking', async ({ page }) => {
  // The template level, every Chinese text "你好" written in GBK (C4 E3 BA C3), as older Notepad saves it.
  const level = JSON.parse(readFileSync('tests/fixtures/levels-v1/free-skin.json', 'utf8'));
  const marked = JSON.stringify({ ...level, id: 'gbk-level' }, (key, value) =>
    key === 'zh-CN' ? '@@GBK@@' : typeof value === 'string' ? value.replace(/[^\x20-\x7e]/g, '-') : value,
  );
  const parts = Buffer.from(marked, 'utf8').toString('latin1').split('@@GBK@@');
  const gbk = Buffer.concat(parts.flatMap((p, i) => [Buffer.from(p, 'latin1'), ...(i < parts.length - 1 ? [Buffer.from([0xc4, 0xe3, 0xba, 0xc3])] : [])]));
  await openStudio(page);
  const pick = async () => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open .json file' }).click();
    await (await chooser).setFiles({ name: 'notepad.json', mimeType: 'application/json', buffer: gbk });
  };
  page.once('dialog', (d) => {
    expect(d.message()).toContain('not saved as UTF-8 (it looks like GBK/GB18030');
    expect(d.message()).toContain('save it as UTF-8');
    void d.dismiss();
  });
  await pick();
  await expect(page.locator('.studio-notice')).toContainText('notepad.json: the file is not saved as UTF-8');
  page.once('dialog', (d) => void d.accept());
  await pick();
  await expect(page.locator('.studio-notice')).toContainText('Opened notepad.json');
  await expect(page.locator('.studio-notice')).toContainText('the file was made for an older version of the game'); // today's file, migrated with a note in plain words
  await outline(page).getByRole('button', { name: 'Level settings' }).click();
  await expect(editor(page).getByRole('textbox', { name: 'Title · Chinese' })).toHaveValue('你好');
});

test.describe('a first visit', () => {
  test.use({ freshPage: true }); // the service worker installed here, in a browser of the test's own

  test('after one visit the studio opens with the network off', async ({ page, context }) => {
    await page.goto('./');
    await expect(page.getByRole('button', { name: 'Level studio' })).toBeVisible();
    await page.evaluate(async () => void (await navigator.serviceWorker.ready));
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('button', { name: 'Level studio' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Level studio' })).toBeVisible();
    await expect(page.locator('.map-node').first()).toBeVisible();
  });
});

test('every control in the studio has a name and a focus (axe, WCAG 2.1 AA)', async ({ page }) => {
  await openStudio(page);
  await page.getByRole('button', { name: 'New from template' }).click();
  for (const target of ['Level settings', /^d1 · /, /^law · /, /^end-safe · /]) {
    await outline(page).getByRole('button', { name: target }).click();
    const { violations } = await axe(page, { tags: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), String(target)).toEqual([]);
  }
});

test('a level played from the studio in projector mode, and back to the studio in personal mode', async ({ page }) => {
  await openStudio(page);
  await page.getByRole('button', { name: 'New from template' }).click();
  await selectNode(page, 'd1');
  await editor(page).getByRole('button', { name: 'Play from here (projector)' }).click();
  await expect.poll(() => page.evaluate(() => document.documentElement.classList.contains('projector'))).toBe(true);
  await expect(page.getByRole('button', { name: /the safe reply/ })).toBeVisible();
  await page.getByRole('button', { name: 'Leave level' }).click();
  await expect(editor(page).getByRole('heading', { level: 2 })).toContainText('Node d1');
  expect(await page.evaluate(() => document.documentElement.classList.contains('projector'))).toBe(false);
});

test('"Play in the game" puts the draft on the level list as an imported level, and refuses one with the template\'s placeholders', async ({ page }) => {
  await openStudio(page);
  await page.getByRole('button', { name: 'New from template' }).click();
  await page.getByRole('button', { name: 'Play in the game' }).click();
  await expect(page.locator('.studio-notice')).toContainText('Not ready for the game yet');
  await expect(page.locator('.studio-notice')).toContainText('still the template\'s placeholder');
  const level = JSON.parse(readFileSync('levels/new-friend.json', 'utf8'));
  await page.getByRole('combobox', { name: 'Copy a shipped level…' }).selectOption({ label: level.title.en });
  await outline(page).getByRole('button', { name: 'Level settings' }).click();
  await editor(page).getByRole('textbox', { name: 'Id', exact: true }).fill('from-the-studio');
  await bilingual(editor(page), 'Title', '工作室做的关卡', 'Made in the studio');
  await page.getByRole('button', { name: 'Play in the game' }).click();
  await expect(page.getByRole('status')).toContainText('Imported "Made in the studio"');
  await page.getByRole('button', { name: /Made in the studio/ }).click();
  await page.getByRole('button', { name: 'Start the level' }).click();
  await expect(page.getByRole('log')).toBeVisible();
});

test('a play from a node earns the stars the game gives the whole play (the risky choice before it counts)', async ({ page }) => {
  await openStudio(page);
  await page.getByRole('button', { name: 'New from template' }).click();
  await selectNode(page, 'law'); // after the risky choice "agree"
  await editor(page).getByRole('button', { name: 'Play from here', exact: true }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  // From the start, agree → law → a "harmed" ending: at most 2 for the risky choice, 1 fewer for the harm.
  await expect(page.locator('.ending-screen .stars-label')).toHaveText('1 of 3 stars');
  await page.getByRole('button', { name: 'Back to the studio' }).click();
  await expect(editor(page).getByRole('heading', { level: 2 })).toContainText('Node law');
});
