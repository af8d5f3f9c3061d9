// Old school PCs often have no WebGL (old drivers, blocked GPUs): the game must run on Phaser's
// Canvas renderer. Chromium is started with WebGL switched off.
import config from '../../playwright.config';
import { expect, test } from './fixtures';
import { openFirstLevel } from './play';

const launchOptions = config.use?.launchOptions ?? {};
test.use({ launchOptions: { ...launchOptions, args: [...(launchOptions.args ?? []), '--disable-webgl', '--disable-webgl2'] } });

test('without WebGL the game draws with Canvas and plays from the title to the first message', async ({ page }) => {
  await page.goto('./');
  const webgl = await page.evaluate(() => {
    const probe = document.createElement('canvas');
    return Boolean(probe.getContext('webgl2') ?? probe.getContext('webgl'));
  });
  expect(webgl, 'WebGL is switched off in this browser').toBe(false);
  await expect(page.getByRole('button', { name: '开始' })).toBeEnabled();

  // The game's canvas has a 2D context (a WebGL canvas would refuse one) and has been drawn on.
  const drawn = async () =>
    page.evaluate(() => {
      const canvas = document.querySelector('#game canvas') as HTMLCanvasElement | null;
      const context = canvas?.getContext('2d');
      if (!canvas || !context) return null;
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      const colours = new Set<number>();
      for (let i = 0; i < data.length; i += 4 * 997) colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
      return colours.size;
    });
  expect(await drawn(), 'colours sampled on the title').toBeGreaterThan(3);

  await openFirstLevel(page);
  await expect(page.getByRole('log').locator('.bubble').first()).not.toBeEmpty();
  expect(await drawn(), 'colours sampled on the chat (backdrop, phone, meter)').toBeGreaterThan(3);
});
