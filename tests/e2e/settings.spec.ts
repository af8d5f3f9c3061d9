import { expect, snap, test } from './fixtures';

test('language and text size change live in the middle of a level, keeping its progress', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: '开始' }).click();
  await page.getByRole('button', { name: /“躺赚”500元/ }).click();
  await page.getByRole('button', { name: '开始这一关' }).click();
  await page.getByRole('button', { name: /不借。/ }).click();
  await expect(page.locator('.meter-label strong')).toHaveText('20');
  await expect(page.getByRole('button', { name: /截图，回家给爸爸看。/ })).toBeVisible({ timeout: 30_000 });
  const bubble = page.locator('.bubble.contact').first();
  const before = await bubble.evaluate((e) => parseFloat(getComputedStyle(e).fontSize));

  await page.getByRole('button', { name: '设置' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '设置' })).toBeVisible();
  await page.getByRole('group', { name: '文字大小' }).getByRole('button', { name: '150%' }).click();
  await expect(page.getByRole('group', { name: '文字大小' }).getByRole('button', { name: '150%' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('group', { name: '语言' }).getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await snap(page, 'settings-en');
  await page.getByRole('button', { name: 'Done' }).click();

  await expect(page.getByRole('log')).toContainText("Rent out a spare bank card");
  await expect(page.getByRole('log')).toContainText("Nah, I don't lend my card.");
  await expect(page.getByText('✓ A safe choice')).toBeVisible();
  await expect(page.locator('.meter-label strong')).toHaveText('20');
  await expect(page.getByRole('button', { name: /Screenshot it and show Dad\./ })).toBeVisible();
  const after = await page.locator('.bubble.contact').first().evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  expect(after / before).toBeCloseTo(1.5, 1);
  await snap(page, 'chat-en-150');
  // At 150 % the feedback fits its column (docs/layout.md): its text shrinks rather than running
  // below the fold, so nothing hides under a fade; its "what if" can still be opened and read.
  const feedback = page.getByRole('region', { name: 'Your last choice' });
  const below = () => feedback.evaluate((box) => box.scrollHeight - box.clientHeight - box.scrollTop);
  await expect.poll(below, { message: "nothing below the feedback's fold" }).toBeLessThan(2);
  // The fade's depth at the column's foot (base.css, "more-below"), driven by the column's scroll.
  const fade = () => feedback.evaluate((box) => getComputedStyle(box).getPropertyValue('--more-below'));
  await feedback.getByText('What if we had chosen differently?').click();
  await expect(feedback.locator('.what-if li').first()).toBeInViewport();
  await feedback.evaluate((box) => box.scrollTo({ top: box.scrollHeight, behavior: 'instant' }));
  await expect.poll(fade, { message: 'no fade once its foot is reached' }).toBe('0px');
  await page.getByRole('button', { name: /Screenshot it and show Dad\./ }).click();
  await expect(page.locator('.meter-label strong')).toHaveText('40');
});

test('a game muted before its first click makes no sound, and no audio context, until the sound is switched on', async ({ page }) => {
  // This page starts muted (fixtures.ts): a class's PCs often are.
  await page.addInitScript(() => {
    const made = window as { audioContexts?: number };
    made.audioContexts = 0;
    const Original = window.AudioContext;
    window.AudioContext = class extends Original {
      constructor(options?: AudioContextOptions) {
        super(options);
        made.audioContexts!++;
      }
    };
  });
  const contexts = () => page.evaluate(() => (window as { audioContexts?: number }).audioContexts);
  const sounds: string[] = [];
  page.on('request', (r) => void (r.url().startsWith('blob:') && sounds.push(r.url())));
  await page.goto('./');
  await page.getByRole('button', { name: '开始' }).click();
  await expect(page.locator('button.level-card').first()).toBeVisible();
  await page.getByRole('button', { name: '返回', exact: true }).click();
  await page.getByRole('button', { name: '设置', exact: true }).click();
  const sound = page.getByRole('group', { name: /^声音/ });
  await expect(sound.getByRole('button', { pressed: true })).toHaveText(/关$/);
  expect(await contexts(), 'audio contexts while muted').toBe(0);
  expect(sounds, 'sounds made while muted').toEqual([]);

  await sound.getByRole('button', { name: '开', exact: true }).click();
  await expect.poll(contexts, { message: 'the sound starts when it is switched on' }).toBe(1);
  await expect.poll(() => sounds.length, { message: 'sounds made' }).toBeGreaterThan(0);
});
