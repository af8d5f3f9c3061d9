import { expect, snap, test } from './fixtures';
import { shippedLevels } from './levels';

test('the title switches language live and remembers it', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await snap(page, 'title-zh');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'See Through It' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await snap(page, 'title-en');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
});

test.describe('a slow network', () => {
  // Its own browser: a service worker already installed would answer for the network, past the route.
  test.use({ freshPage: true });

  test('the title answers before the levels arrive; the level list waits for them with a loading line', async ({ page }) => {
    // A slow school network: the level files arrive only once the test lets them (the title may
    // start fetching them in the background; that must not hold it up).
    const levelFile = new RegExp(`/assets/(${shippedLevels.map((l) => l.file).join('|')})-[\\w-]+\\.js$`);
    let arrived = 0;
    let requested = 0;
    let letThrough!: () => void;
    const network = new Promise<void>((done) => (letThrough = done));
    await page.route(levelFile, async (route) => {
      requested++;
      await network;
      await route.continue();
      arrived++;
    });
    await page.goto('./');
    const start = page.getByRole('button', { name: '开始' });
    await expect(start).toBeEnabled();
    expect(arrived, 'level files the title waited for').toBe(0);
    await start.click();
    await expect(page.getByRole('status')).toHaveText('加载中…');
    await expect(page.locator('button.level-card')).toHaveCount(0);
    expect(requested, 'level files asked for').toBeGreaterThan(0);
    letThrough();
    await expect(page.locator('button.level-card')).toHaveCount(shippedLevels.length);
    expect(arrived).toBe(shippedLevels.length);
  });
});

test.describe('an uncaught error', () => {
  test.use({ problems: async ({}, use) => use([]) }); // this test causes a page error on purpose

  test('shows a friendly message, the error text and a reload button', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('button', { name: '开始' })).toBeVisible();
    await page.evaluate(() => setTimeout(() => { throw new Error('test failure'); }));
    const dialog = page.getByRole('alertdialog', { name: '出错了' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('Error: test failure');
    await snap(page, 'error-screen');
    await dialog.getByRole('button', { name: '重新加载' }).click();
    await expect(page.getByRole('button', { name: '开始' })).toBeVisible();
  });
});
