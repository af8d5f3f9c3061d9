// The old Chromium kernels school PCs run (issue 26): in Chromium 86 (360 Secure Browser 13's fast
// mode) and 109 (the last Chrome for Windows 7), the game served by the class hub plays a level to
// its ending through a consequence, opens a shipped level in the studio, and a student joins a
// class, with no script error. Playwright attaches to them over the DevTools protocol; its
// locators need Chromium 105+, so these steps find elements with DOM queries in the page.
// Then, in the current Chromium: a browser below the supported version gets the "update your
// browser" page, and a current one fetches no polyfill.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as plain, type Browser, chromium, type Page } from '@playwright/test';
import { type RunningHub, startHub } from '../../server/hub';
import { HUB_PATH } from '../../src/class/protocol';
import { createStory, type StoryState } from '../../src/core';
import { readLevel } from '../fixtures/plays';
import { type OldKernel, oldChromium } from '../../scripts/old-chromium';
import { SimDevice } from '../integration/sim-device';
import { expect, test } from './fixtures';

const dist = process.env.E2E_OUTDIR ?? 'dist';

interface Kernel {
  browser: Browser;
  page: Page;
  problems: string[];
  close: () => Promise<void>;
}

/** Starts the old Chromium headless and attaches Playwright to its first tab. */
async function launchOld(version: OldKernel): Promise<Kernel> {
  const { executable, env } = oldChromium(version);
  const profile = mkdtempSync(join(tmpdir(), `chromium-${version}-`));
  const args = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--window-size=1280,720', `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'];
  // Its own process group: closing it ends every process it started, which write to the profile.
  const child: ChildProcess = spawn(executable, args, { env, stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  let log = '';
  const endpoint = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Chromium ${version} did not start within 30 s:\n${log}`)), 30_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      log += String(chunk);
      const found = /DevTools listening on (ws:\S+)/.exec(log);
      if (!found) return;
      clearTimeout(timer);
      resolve(found[1]!);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium ${version} exited (${code}):\n${log}`));
    });
  });
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0]!;
  const page = context.pages()[0] ?? (await context.newPage());
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  // The test-only instant pace, as in fixtures.ts: the chat's timing is tested elsewhere.
  await page.addInitScript(() => (window.__seeThroughTestPace = 'instant'));
  // The DOM query the steps below run in the page.
  await page.addInitScript({ content: `window.shown = ${shown.toString()};` });
  return {
    browser,
    page,
    problems,
    close: async () => {
      await browser.close().catch(() => undefined);
      // The profile goes once Chromium and its helpers have exited: they write there until their
      // last moment (a helper still writing once failed the test with ENOTEMPTY).
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill();
        await exited;
      }
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // the group is gone already
      }
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    },
  };
}

/** Waits until `probe`, run in the page, returns something truthy, and returns it. */
async function until<T, A>(page: Page, probe: (arg: A) => T, arg: A, timeout = 30_000): Promise<T> {
  // (Playwright's own typing of the argument, "Unboxed<A>", does not unify with a generic A.)
  const handle = await page.waitForFunction(probe as (arg: unknown) => T, arg, { timeout, polling: 100 });
  return (await handle.jsonValue()) as T;
}

/**
 * In the page: the first element matching `selector` that is on screen (and whose text matches
 * `text`, if given), as a DOM query an old kernel can run.
 */
function shown(selector: string, text?: string): HTMLElement | null {
  for (const el of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
    const style = getComputedStyle(el);
    if (el.getClientRects().length === 0 || style.visibility === 'hidden' || (el as HTMLButtonElement).disabled) continue;
    if (text === undefined || (el.textContent ?? '').trim() === text) return el;
  }
  return null;
}

/** Clicks what `shown` finds, once it is there. */
async function click(page: Page, selector: string, text?: string): Promise<void> {
  await until(page, ([s, t]) => {
    const el = shown(s, t);
    el?.click();
    return Boolean(el);
  }, [selector, text] as const);
}

/** The English texts of the choices that lead through a consequence (the real case) to an ending. */
function pathThroughConsequence(levelId: string): string[] {
  const story = createStory(readLevel(levelId));
  const walk = (state: StoryState, texts: string[], seen: boolean): string[] | null => {
    while (state.status === 'consequence') {
      state = story.proceed(state).state;
      seen = true;
    }
    if (state.status === 'ended') return seen ? texts : null;
    if (texts.length > 20) return null;
    for (const choice of story.choices(state)) {
      const found = walk(story.choose(state, choice.id).state, [...texts, choice.text.en!], seen);
      if (found) return found;
    }
    return null;
  };
  const path = walk(story.start().state, [], false);
  if (!path) throw new Error(`${levelId} has no way through a consequence`);
  return path;
}

/** Title → the level → its ending, choosing `path`; returns the consequences seen on the way. */
async function playLevel(page: Page, title: string, path: string[]): Promise<number> {
  await click(page, '.title-screen .btn-primary');
  await until(page, (t) => {
    const card = Array.from(document.querySelectorAll<HTMLElement>('.level-card')).find((c) => (c.textContent ?? '').includes(t));
    card?.click();
    return Boolean(card);
  }, title);
  await click(page, '.briefing-screen .btn-primary');
  let consequences = 0;
  for (let step = 0; step < 80; step++) {
    const at = await until(page, () => (shown('.ending-screen h1') ? 'ending' : shown('.consequence-screen .btn-primary') ? 'consequence' : shown('button.choice') ? 'choice' : ''), null);
    if (at === 'ending') return consequences;
    if (at === 'consequence') {
      consequences++;
      expect(await page.evaluate(() => document.querySelector('.consequence-screen')!.textContent)).toContain('Adapted from SPP typical case');
    }
    const text = at === 'choice' ? path.shift() : undefined;
    if (at === 'choice' && text === undefined) throw new Error('a decision past the end of the path');
    // Click it and wait until that very control is gone, so the next look finds what came after.
    await page.evaluate(([selector, wanted]) => {
      const control = Array.from(document.querySelectorAll<HTMLElement>(selector)).find((c) => shown(selector) && (wanted === undefined || (c.textContent ?? '').includes(wanted)));
      if (!control) throw new Error(`no ${selector} ${wanted ?? ''} on screen`);
      control.dataset.oldKernelClicked = '1';
      control.click();
    }, [at === 'consequence' ? '.consequence-screen .btn-primary' : 'button.choice', text] as const);
    await until(page, () => !shown('[data-old-kernel-clicked]'), null);
  }
  throw new Error('no ending after 80 steps');
}

for (const version of [86, 109] as const) {
  plain(`Chromium ${version}: a level to its ending, a consequence, the studio and a class join, with no script error`, async () => {
    plain.setTimeout(360_000); // a whole level in an old kernel, on two busy cores
    const stateDir = mkdtempSync(join(tmpdir(), 'old-kernel-hub-'));
    const hub: RunningHub = await startHub({ port: 0, host: '127.0.0.1', dist, stateDir, log: () => undefined });
    const origin = `http://127.0.0.1:${hub.port}`;
    const kernel = await launchOld(version);
    const { page, problems } = kernel;
    try {
      await page.goto(`${origin}/?lang=en`);
      expect(await page.evaluate(() => navigator.userAgent)).toContain(`Chrome/${version}.`);
      // Only a kernel that misses a library method fetches the polyfills: 86 does, 109 does not.
      const polyfills = () => page.evaluate(() => performance.getEntriesByType('resource').filter((e) => /old-kernels-/.test(e.name)).length);
      expect(await polyfills()).toBe(version === 86 ? 1 : 0);

      // Held upright (a phone's 360×740), the title is laid out as the phone, not a letterbox:
      // the layout keys on a class the game sets, not on `:has()`, which these kernels lack.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setDeviceMetricsOverride', { width: 360, height: 740, deviceScaleFactor: 1, mobile: false });
      await until(page, () => document.documentElement.classList.contains('phone') && shown('.title-screen .btn-primary') !== null, null);
      const title = await page.evaluate(() => {
        const r = document.querySelector('.title-screen')!.getBoundingClientRect();
        const start = document.querySelector('.title-screen .btn-primary')!.getBoundingClientRect();
        return { width: r.width, height: r.height, startHeight: start.height, canvas: getComputedStyle(document.querySelector('#game canvas')!).visibility };
      });
      expect(title).toEqual({ width: 360, height: 740, startHeight: expect.any(Number), canvas: 'hidden' });
      expect(title.startHeight).toBeGreaterThanOrEqual(44);
      await cdp.send('Emulation.clearDeviceMetricsOverride');
      await until(page, () => !document.documentElement.classList.contains('phone'), null);

      const level = readLevel('bank-card');
      expect(await playLevel(page, level.title.en!, pathThroughConsequence(level.id))).toBeGreaterThan(0);

      // The studio, reached in the game from the ending (no second load of the game in an old
      // kernel): a shipped level copied in (a deep copy: structuredClone, polyfilled in 86) and checked.
      await click(page, '.ending-screen button', 'Back to levels');
      await click(page, '.list-screen button', 'Back');
      await click(page, '.title-screen button', 'Level studio');
      await until(page, () => shown('h1', 'Level studio'), null);
      await page.evaluate((title) => {
        const select = Array.from(document.querySelectorAll('select')).find((s) => Array.from(s.options).some((o) => o.textContent === title))!;
        select.value = Array.from(select.options).find((o) => o.textContent === title)!.value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      }, level.title.en!);
      await until(page, () => /Lowest score -?\d+, highest -?\d+/.test(document.body.textContent ?? ''), null);
      expect(await page.evaluate(() => document.querySelectorAll('.map-node').length)).toBeGreaterThan(5);

      // A class: the projector's session made over the protocol, the student joins in this kernel.
      const host = await SimDevice.open(`ws://127.0.0.1:${hub.port}${HUB_PATH}`);
      try {
        const created = await host.ask({ t: 'host.create', mode: 'live', seats: 'animal' });
        if (created.t !== 'host.created') throw new Error(JSON.stringify(created));
        await page.goto(`${origin}/?join=${created.code}&lang=en`);
        await until(page, () => shown('h1, h2', 'Join the class'), null);
        expect(await page.evaluate(() => document.querySelector('input')!.value)).toBe(created.code);
        await click(page, 'button', 'Join');
        await until(page, () => Array.from(document.querySelectorAll('h1, h2')).some((h) => /^You are: /.test(h.textContent ?? '')), null);
        await host.waitFor('host.state', (m) => m.view.joined === 1);
      } finally {
        host.close();
      }
      expect(problems, 'console errors and page errors').toEqual([]);
    } finally {
      await kernel.close();
      await hub.close();
      rmSync(stateDir, { recursive: true, force: true });
    }
  });
}

// Not the fixtures' test: the refused module is a console line by design.
plain('a browser below the supported version gets the "update your browser" page, in words, and no game', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => violations.push(m.text()));
  // A kernel of 2019 (Chromium 80: ES modules, but no String.prototype.replaceAll).
  await page.addInitScript(() => delete (String.prototype as { replaceAll?: unknown }).replaceAll);
  await page.goto('./');
  await expect(page.getByRole('heading', { name: '请更新浏览器' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Please update your browser' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Chrome 或 Edge 86');
  await expect(page.getByRole('main')).toContainText('version 86 or later');
  // The game never started: its module was refused before it ran (the only console lines).
  await expect(page.locator('.title-screen')).toHaveCount(0);
  expect(await page.locator('#game canvas').count()).toBe(0);
  expect(violations.every((line) => /Content Security Policy/.test(line))).toBe(true);
});

test('a current browser loads no polyfill', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('.title-screen .btn-primary')).toBeEnabled();
  expect(await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => /old-kernels-/.test(e.name)).length)).toBe(0);
});
