// Deployable anywhere: the build plays from a sub-path of any static server, and
// `npm run build:single` makes one HTML file that plays when double-clicked, with no server.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { serveStatic } from '../../scripts/static-server';
import { expect, test } from './fixtures';
import { reachFirstDecision } from './play';

const outDir = process.env.E2E_OUTDIR ?? 'dist';
/** In-page addresses, never the network: data: for Phaser's textures, blob: for the synthesised sounds. */
const inPage = (url: string) => url.startsWith('data:') || url.startsWith('blob:');

/** Collects Content-Security-Policy violations as the page reports them. */
async function watchPolicy(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as { cspViolations?: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return () => page.evaluate(() => (window as { cspViolations?: string[] }).cspViolations ?? []);
}

test('the build plays from a sub-path of a plain static server', async ({ page }) => {
  const server = await serveStatic(outDir, { mount: '/schools/no-3/see-through/' });
  try {
    const outside: string[] = [];
    page.on('request', (r) => r.url().startsWith(server.url) || inPage(r.url()) || outside.push(r.url()));
    const violations = await watchPolicy(page);
    await page.goto(server.url);
    await reachFirstDecision(page);
    expect(outside, 'requests outside the sub-path').toEqual([]);
    expect(await violations()).toEqual([]);
  } finally {
    await server.close();
  }
});

test.describe('the one-file build', () => {
  let folder: string;
  let file: string;

  test.beforeAll(() => {
    // Built here, fresh, into a folder of its own; copied alone onto the "USB stick".
    folder = mkdtempSync(join(tmpdir(), 'see-through-single-'));
    execFileSync('node_modules/.bin/vite', ['build', '--mode', 'single', '--outDir', join(folder, 'build'), '--logLevel', 'error'], { stdio: 'inherit' });
    mkdirSync(join(folder, 'U盘 USB'));
    file = join(folder, 'U盘 USB', '识破 See Through.html');
    copyFileSync(join(folder, 'build', 'index.html'), file);
  });
  test.afterAll(() => rmSync(folder, { recursive: true, force: true }));

  test('is one HTML file: every script and style inline, allowed by hash, not by unsafe-inline', () => {
    const html = readFileSync(file, 'utf8');
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+rel="(stylesheet|modulepreload|manifest)"/);
    const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    // Scripts: the old-kernel gate, the old kernels' polyfills (scripts/old-kernels-plugin.ts) and the
    // game; styles: the game's stylesheet and the font's @font-face rules (scripts/font-plugin.ts), each by its hash.
    expect(policy).toMatch(/^default-src 'self'; script-src 'self'( 'sha256-[\w+/=]+'){3}; style-src 'self'( 'sha256-[\w+/=]+')+;/);
    expect(policy).not.toContain('unsafe');
  });

  test.use({ sound: true }); // the sounds are made in the page: blob: addresses, never the network

  test('plays from file:// with no server, to a decision, with nothing fetched', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const violations = await watchPolicy(page);
    const address = pathToFileURL(file).href;
    await page.goto(address);
    await reachFirstDecision(page);
    expect(requests.filter((url) => url !== address && !inPage(url))).toEqual([]);
    expect(requests.filter((url) => url.startsWith('blob:')).length, 'sounds made on the page').toBeGreaterThan(0);
    expect(await violations()).toEqual([]);
  });
});
