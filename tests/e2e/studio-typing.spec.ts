// Nothing typed in the studio is ever lost (issue 22): in every form (the level's settings and a
// node of each kind), every optional section is added and every fold opened, every text box is
// typed into, then every list gets an item (which is typed into in turn), items are moved up and
// removed — and after each step the texts typed are all still there, exactly, and nothing else is
// gone. Then the page is reloaded and every form shows the same texts from the saved draft.
import type { Locator, Page } from '@playwright/test';
import { expect, snap, test } from './fixtures';

test.use({ locale: 'en-US' });

const editor = (page: Page) => page.getByRole('region', { name: 'Editor' });
const outline = (page: Page) => page.getByRole('navigation', { name: 'Nodes' });
const MARK = 'ⓣ';

/** The texts typed in this test that the form shows now, sorted (a multiset to compare). */
const typedNow = (page: Page): Promise<string[]> =>
  editor(page).locator('textarea, input[type="text"]').evaluateAll((boxes, mark) => boxes.map((b) => (b as HTMLInputElement).value).filter((v) => v.includes(mark)).sort(), MARK);

/** The texts typed inside one list item, for what a removal takes away. */
const typedIn = (item: Locator): Promise<string[]> =>
  item.locator('textarea, input[type="text"]').evaluateAll((boxes, mark) => boxes.map((b) => (b as HTMLInputElement).value).filter((v) => v.includes(mark)), MARK);

const sorted = (values: string[]) => [...values].sort();

let counter = 0;

/** Opens every fold and adds every optional section once, so every text box is there to type in. */
async function openEverything(page: Page): Promise<void> {
  const clicked = new Set<string>();
  for (let round = 0; round < 120; round++) {
    const closed = editor(page).locator('details:not([open]) > summary:visible');
    if ((await closed.count()) > 0) {
      await closed.first().click();
      continue;
    }
    const adders = editor(page).locator('.optional > button.add:visible');
    const texts = await adders.allTextContents();
    const next = texts.findIndex((text) => !clicked.has(text));
    if (next < 0) return;
    clicked.add(texts[next]!);
    await adders.nth(next).click();
  }
  throw new Error('the form kept growing');
}

/** Types into every empty (or every) text box in view; some key by key, as a person types, the rest at once. */
async function typeInto(page: Page, typed: string[], onlyEmpty: boolean): Promise<void> {
  const ids = await editor(page).locator('textarea, input[type="text"]').evaluateAll((boxes, only) => boxes
    .filter((b) => b.id !== 'studio-node-id' && b.id !== 'studio-new-flag' && (b as HTMLElement).offsetParent !== null && (!only || (b as HTMLInputElement).value === ''))
    .map((b) => b.id), onlyEmpty);
  for (const id of ids) {
    const box = editor(page).locator(`[id="${id}"]`);
    const value = `${MARK}${++counter} 打的字`;
    if (counter % 7 === 0) {
      await box.fill('');
      await box.pressSequentially(value);
    } else await box.fill(value);
    typed.push(value);
  }
}

/** Every list's "Add …", each typed into at once; after each, nothing typed before is lost. */
async function addToEveryList(page: Page, typed: string[]): Promise<void> {
  const ids = await editor(page).locator('button.add[id$="-add"]').evaluateAll((bs) => bs.map((b) => b.id));
  expect(ids.length, 'lists in this form').toBeGreaterThan(0);
  for (const id of ids) {
    await editor(page).locator(`[id="${id}"]`).click();
    expect(await typedNow(page), `after ${id}`).toEqual(sorted(typed));
    await openEverything(page);
    await typeInto(page, typed, true);
    expect(await typedNow(page), `after typing into the item ${id} added`).toEqual(sorted(typed));
  }
}

/** Moves items up (each move keeps every text) and checks one move really swapped two items. */
async function moveUp(page: Page, typed: string[]): Promise<void> {
  const ups = editor(page).locator('button.tool[id$="-up"]:enabled');
  const count = Math.min(await ups.count(), 3);
  for (let k = 0; k < count; k++) {
    const up = ups.nth(k);
    const id = (await up.getAttribute('id'))!.replace(/-up$/, '');
    const index = Number(/-(\d+)$/.exec(id)![1]);
    const above = `${id.replace(/-\d+$/, '')}-${index - 1}`;
    const [was, wasAbove] = [await typedIn(editor(page).locator(`[data-item="${id}"]`)), await typedIn(editor(page).locator(`[data-item="${above}"]`))];
    await up.click();
    expect(await typedNow(page), `after moving ${id} up`).toEqual(sorted(typed));
    expect(await typedIn(editor(page).locator(`[data-item="${above}"]`)), `${id} moved up`).toEqual(was);
    expect(await typedIn(editor(page).locator(`[data-item="${id}"]`)), `${above} moved down`).toEqual(wasAbove);
  }
}

/** Removes the first item of every list that has two or more: only that item's texts go. */
async function removeSome(page: Page, typed: string[]): Promise<void> {
  const removers = await editor(page).locator('button.tool[id$="-0-remove"]').evaluateAll((bs) => bs.map((b) => b.id));
  for (const id of removers) {
    const remover = editor(page).locator(`[id="${id}"]`);
    if ((await remover.count()) === 0) continue;
    const item = editor(page).locator(`[data-item="${id.replace(/-remove$/, '')}"]`);
    const list = id.replace(/-0-remove$/, '');
    if ((await editor(page).locator(`[data-item^="${list}-"]`).count()) < 2) continue;
    for (const gone of await typedIn(item)) typed.splice(typed.indexOf(gone), 1);
    await remover.click();
    expect(await typedNow(page), `after removing ${id}`).toEqual(sorted(typed));
  }
}

test('nothing typed into any list of any form is lost, by adding, moving or removing items, or by a reload', async ({ page }) => {
  test.setTimeout(600_000);
  await page.goto('./');
  await page.getByRole('button', { name: 'Level studio' }).click();
  await page.getByRole('button', { name: 'New blank level' }).click();
  const forms: { key: string; open: () => Promise<void>; typed: string[] }[] = [];
  const levelSettings = () => outline(page).getByRole('button', { name: 'Level settings' }).click();
  forms.push({ key: 'level', open: levelSettings, typed: [] });
  for (const kind of ['Message', 'Decision', 'Consequence', 'Branch', 'Ending']) {
    await outline(page).getByRole('combobox', { name: 'Add a node…' }).selectOption({ label: kind });
    const id = /Node (\S+) ·/.exec((await editor(page).getByRole('heading', { level: 2 }).textContent()) ?? '')![1]!;
    forms.push({ key: id, open: () => outline(page).getByRole('button', { name: new RegExp(`^${id} · `) }).click(), typed: [] });
  }

  for (const form of forms) {
    await form.open();
    await openEverything(page);
    await typeInto(page, form.typed, false);
    expect(await typedNow(page), `${form.key}: typed`).toEqual(sorted(form.typed));
    await addToEveryList(page, form.typed);
    await moveUp(page, form.typed);
    await removeSome(page, form.typed);
    // Undo and redo of the last removal keep the texts too.
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('button', { name: 'Redo' }).click();
    expect(await typedNow(page), `${form.key}: after undo and redo`).toEqual(sorted(form.typed));
    console.log(`studio typing: ${form.key}: ${form.typed.length} texts kept`);
  }
  await snap(page, 'studio-typing');

  // The draft, saved as it went, holds every text after a reload.
  await page.reload();
  await page.getByRole('button', { name: 'Level studio' }).click();
  for (const form of forms) {
    await form.open();
    expect(await typedNow(page), `${form.key}: after a reload`).toEqual(sorted(form.typed));
  }
});
