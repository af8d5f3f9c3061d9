import { expect, snap, test } from './fixtures';

test('the title switches language live and remembers it @both', async ({ page }) => {
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
