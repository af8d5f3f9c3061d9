// A teacher chooses levels for a class by age band: the level list shows only that band's levels,
// says which band is chosen, keeps the choice after a level is opened and left, and shows all again.
import { expect, test } from './fixtures';
import { shippedLevels } from './levels';

test.use({ locale: 'en-US' });

test('the level list filters by age band and keeps the band chosen', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  const cards = page.locator('button.level-card');
  await expect(cards).toHaveCount(shippedLevels.length);
  const filter = page.getByRole('group', { name: 'Filter by age' });
  await expect(filter.getByRole('button', { name: 'All ages' })).toHaveAttribute('aria-pressed', 'true');

  for (const band of ['10-12', '12-15', '15-17'] as const) {
    const inBand = shippedLevels.filter((l) => l.ageBand === band);
    expect(inBand.length, `levels for ${band}`).toBeGreaterThan(0);
    await filter.getByRole('button', { name: `ages ${band.replace('-', '–')}` }).click();
    await expect(cards).toHaveCount(inBand.length);
    for (const level of inBand) await expect(page.getByRole('button', { name: level.title.en })).toBeVisible();
    await expect(filter.getByRole('button', { name: `ages ${band.replace('-', '–')}` })).toHaveAttribute('aria-pressed', 'true');
  }

  // Open a level and come back: the band holds.
  const last = shippedLevels.filter((l) => l.ageBand === '15-17')[0]!;
  await page.getByRole('button', { name: last.title.en }).click();
  await page.getByRole('button', { name: 'Back' }).first().click();
  await expect(cards).toHaveCount(shippedLevels.filter((l) => l.ageBand === '15-17').length);

  await page.getByRole('group', { name: 'Filter by age' }).getByRole('button', { name: 'All ages' }).click();
  await expect(cards).toHaveCount(shippedLevels.length);
});
