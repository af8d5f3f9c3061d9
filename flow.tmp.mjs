import { chromium } from '@playwright/test';
const [,, lang='zh-CN', w='1280', h='720', path='safe'] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
const p = await b.newPage({ viewport: { width: +w, height: +h }, locale: lang });
p.on('console', m => { if (m.type() !== 'warning') console.log('console', m.type(), m.text()) });
p.on('pageerror', e => console.log('pageerror', e.message));
const tag = `${lang}-${w}-${path}`;
await p.goto('http://127.0.0.1:4173/');
await p.getByRole('button', { name: lang === 'en' ? 'Start' : '开始' }).click();
await p.waitForTimeout(800);
await p.screenshot({ path: `/tmp/shots/${tag}-list.png` });
await p.locator('button.level-card').first().click();
const picks = path === 'safe' ? [0, 0, 0] : [2, 0, null, 2];
let i = 0;
for (const pick of picks.concat(path === "safe" ? [] : [null])) {
  if (pick === null) {
    await p.getByRole('button', { name: lang === 'en' ? 'Continue' : '继续' }).waitFor({ timeout: 30000 });
    await p.waitForTimeout(500);
    await p.screenshot({ path: `/tmp/shots/${tag}-consequence.png` });
    await p.getByRole('button', { name: lang === 'en' ? 'Continue' : '继续' }).click();
    continue;
  }
  const choice = p.locator('button.choice').nth(pick);
  await choice.waitFor({ timeout: 30000 });
  await p.waitForTimeout(300);
  await p.screenshot({ path: `/tmp/shots/${tag}-d${i++}.png` });
  await choice.click();
}
await p.locator('.ending-screen h1').waitFor({ timeout: 30000 });
await p.waitForTimeout(1500);
await p.screenshot({ path: `/tmp/shots/${tag}-ending.png` });
await b.close();
