// `npm run bench`: the game's figures beside a bare Phaser 4 page's, measured the same way.
//
// Builds the game (vite.config.ts) and a bare Phaser 4 "hello world" (bench/bare, from the full
// `phaser` package), serves both on loopback with gzip, and loads each in headless Chromium (the
// one the end-to-end tests use, with their flags), each run in a fresh browser context (empty
// cache, no service worker), at full speed and with the CPU slowed 4× through the DevTools
// protocol. It prints the median of the runs, the game / bare ratio, and the issue's targets.
// Then the level studio's figures (bench/studio.ts), and, unless --no-lighthouse, Lighthouse's
// mobile preset scores for both pages.
//
//   npm run bench                      5 runs each, Lighthouse 3 runs of the game and 1 of bare
//                                      (if installed: npm i --no-save lighthouse@12)
//   npm run bench -- --runs 7          more runs
//   npm run bench -- --no-lighthouse   skip Lighthouse
//   npm run bench -- --verbose         every sample, not only the medians
//
// How to read the table: README.md, "Benchmark".
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { build } from 'vite';
import playwrightConfig from '../playwright.config';
import { serveStatic } from '../scripts/static-server';
import { benchStudio } from './studio';

const root = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = argv.indexOf(name);
  return at >= 0 ? Number(argv[at + 1]) : fallback;
};
const RUNS = Math.max(1, option('--runs', 5));
const PLAYS = Math.max(2, option('--plays', 50));
const LIGHTHOUSE = !argv.includes('--no-lighthouse');
const VERBOSE = argv.includes('--verbose');
const FRAME_WINDOW_MS = 3000;
const THROTTLE = 4;

const launchOptions = playwrightConfig.use?.launchOptions ?? {};
const executablePath = launchOptions.executablePath ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const chromeArgs = launchOptions.args ?? ['--headless', '--no-sandbox', '--disable-gpu'];

/**
 * tsx (esbuild, keepNames) wraps named inner functions in `__name(…)`; the functions this script
 * runs in the page are serialised, so the page needs that helper too.
 */
const NAME_HELPER = { content: 'globalThis.__name ??= (fn) => fn;' };

type Page_ = 'game' | 'bare';
type Speed = 'full' | 'slow';
interface Sample {
  jsBytes: number;
  interactiveMs: number;
  inputMs: number;
  frameP95Ms: number;
  /** The game only: navigation → the first frame painted after its font (scripts/font-plugin.ts) arrived. */
  fontPaintMs?: number;
  heap1?: number;
  heap50?: number;
  objects1?: number;
  objects50?: number;
  nodes1?: number;
  nodes50?: number;
  listeners1?: number;
  listeners50?: number;
}

type Memory = Pick<Sample, 'heap1' | 'objects1' | 'nodes1' | 'listeners1'>;

// ---------------------------------------------------------------------------------------------
// Build

const outGame = join(root, 'dist-bench', 'game');
const outBare = join(root, 'dist-bench', 'bare');

async function buildBoth(): Promise<void> {
  const started = performance.now();
  await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'warn', build: { outDir: outGame, emptyOutDir: true } });
  await build({ configFile: join(root, 'bench', 'vite.bare.config.ts'), logLevel: 'warn', build: { outDir: outBare, emptyOutDir: true } });
  console.log(`built the game and the bare Phaser page in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** The JavaScript a page loads before running anything: its entry script and its modulepreloads. */
function initialJs(folder: string): { files: string[]; gzip: number } {
  // Inline scripts left out: the old-kernel gate names the polyfills' file only to load it in an old kernel.
  const html = readFileSync(join(folder, 'index.html'), 'utf8').replace(/<script>[\s\S]*?<\/script>/g, '');
  const files = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="\.\/([^"]+\.js)"/g)].map((m) => m[1]!);
  const gzip = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(folder, f)), { level: 6 }).length, 0);
  return { files, gzip };
}

/**
 * What the old kernels cost: the gate every browser runs (inline, the page's first script) and the
 * polyfills only a browser missing a method fetches. Neither counts in "initial JS" above: the gate
 * is in the page itself, the polyfills are not loaded by a current browser.
 */
function oldKernelWeight(folder: string): Record<'gate' | 'polyfills', { raw: number; gzip: number }> {
  const html = readFileSync(join(folder, 'index.html'), 'utf8');
  const gate = Buffer.from(/<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '');
  const file = readdirSync(join(folder, 'assets')).find((f) => f.startsWith('old-kernels-'));
  const polyfills = file ? readFileSync(join(folder, 'assets', file)) : Buffer.alloc(0);
  const size = (b: Buffer) => ({ raw: b.length, gzip: gzipSync(b, { level: 6 }).length });
  return { gate: size(gate), polyfills: size(polyfills) };
}

// ---------------------------------------------------------------------------------------------
// In the page

/** Notes, on the page's own clock, when the game's Start button is on screen and enabled. */
function watchTitle(): void {
  const w = window as unknown as { benchInteractiveAt?: number };
  const ready = () => {
    const start = document.querySelector<HTMLButtonElement>('.title-screen .btn-primary');
    return Boolean(start && !start.disabled && start.getClientRects().length > 0 && start.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }));
  };
  const check = () => {
    if (w.benchInteractiveAt !== undefined) return;
    if (ready()) w.benchInteractiveAt = performance.now();
    else requestAnimationFrame(check);
  };
  new MutationObserver((_, observer) => {
    check();
    if (w.benchInteractiveAt !== undefined) observer.disconnect();
  }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'class', 'disabled'] });
  requestAnimationFrame(check);
}

/**
 * Notes, on the page's own clock, the first frame after the game's font has loaded: the one that
 * paints the title in it (font-display: swap draws it in a PC's own font until then).
 */
function watchFont(): void {
  const w = window as unknown as { benchFontAt?: number };
  const loaded = () => [...document.fonts].some((f) => f.family.replace(/["']/g, '') === 'See Through Sans' && f.status === 'loaded');
  const check = () => {
    if (loaded()) requestAnimationFrame(() => (w.benchFontAt ??= performance.now()));
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

/** The game's font files in a build: the WOFF2 files and their @font-face stylesheet. */
function fontFiles(folder: string): { files: number; woff2: number; css: number } {
  const names = readdirSync(join(folder, 'assets'));
  const size = (f: string) => readFileSync(join(folder, 'assets', f)).length;
  const woff2 = names.filter((f) => f.endsWith('.woff2'));
  return { files: woff2.length, woff2: woff2.reduce((sum, f) => sum + size(f), 0), css: names.filter((f) => /^font-.*\.css$/.test(f)).reduce((sum, f) => sum + size(f), 0) };
}

/**
 * Gzip bytes of the JavaScript that came over the network by `until` (resource timing, on the
 * page's clock). A file fetched twice (a prefetch, then the import) is counted once; a response
 * from the browser's cache (transferSize 0) is not a transfer.
 */
const jsBytesUntil = (page: Page, until: number) =>
  page.evaluate((t) => {
    const bytes = new Map<string, number>();
    for (const e of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
      if (/\.m?js(\?|$)/.test(e.name) && e.responseEnd <= t && e.transferSize > 0) bytes.set(e.name, Math.max(bytes.get(e.name) ?? 0, e.encodedBodySize));
    }
    return [...bytes.values()].reduce((sum, b) => sum + b, 0);
  }, until);

/** Frame-to-frame times (requestAnimationFrame) over a window. */
const frameTimes = (page: Page, ms: number) =>
  page.evaluate(
    (windowMs) =>
      new Promise<number[]>((done) => {
        const deltas: number[] = [];
        let first: number | undefined;
        let last: number | undefined;
        const frame = (now: number) => {
          if (last !== undefined) deltas.push(now - last);
          first ??= now;
          last = now;
          if (now - first < windowMs) requestAnimationFrame(frame);
          else done(deltas);
        };
        requestAnimationFrame(frame);
      }),
    ms,
  );

/**
 * Input → on screen: from the pointer event's own timestamp to just after the next frame that
 * follows the change (a requestAnimationFrame, then a task: that frame has been painted by then).
 * The change: in the game, the player's message appears in the chat; in the bare page, the text
 * object changes (the page calls `bareBench.onChange`).
 */
async function inputLatency(page: Page, which: Page_, trigger: () => Promise<void>): Promise<number> {
  await page.evaluate((kind) => {
    const w = window as unknown as { benchInput?: Promise<number>; bareBench?: { onChange?: () => void } };
    w.benchInput = new Promise<number>((done) => {
      let clickedAt: number | undefined;
      const onInput = (event: Event) => (clickedAt ??= event.timeStamp);
      document.addEventListener('pointerdown', onInput, { capture: true });
      const changed = () => {
        if (clickedAt === undefined) return;
        document.removeEventListener('pointerdown', onInput, { capture: true });
        const since = clickedAt;
        requestAnimationFrame(() => setTimeout(() => done(performance.now() - since)));
      };
      if (kind === 'bare') {
        w.bareBench!.onChange = changed;
        return;
      }
      const before = document.querySelectorAll('.bubble.player').length;
      const observer = new MutationObserver(() => {
        if (document.querySelectorAll('.bubble.player').length <= before) return;
        observer.disconnect();
        changed();
      });
      observer.observe(document.body, { childList: true, subtree: true });
    });
  }, which);
  await trigger();
  return page.evaluate(() => (window as unknown as { benchInput: Promise<number> }).benchInput);
}

/**
 * After forced garbage collection: the JS heap in use; the same without V8's compiled code (which
 * grows as more functions get optimised, and is no leak), from a heap snapshot; and the DOM's node
 * and event-listener counts.
 */
async function memory(cdp: CDPSession): Promise<Memory> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap1 = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
  let snapshot = '';
  const onChunk = ({ chunk }: { chunk: string }) => void (snapshot += chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false, captureNumericValue: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const parsed = JSON.parse(snapshot) as { snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }; nodes: number[] };
  const fields = parsed.snapshot.meta.node_fields;
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  const code = parsed.snapshot.meta.node_types[0].indexOf('code');
  let objects1 = 0;
  for (let i = 0; i < parsed.nodes.length; i += fields.length) if (parsed.nodes[i + typeAt] !== code) objects1 += parsed.nodes[i + sizeAt]!;
  return { heap1, objects1, nodes1: nodes, listeners1: jsEventListeners };
}

/** Memory after the first play (`first` ends it) and after PLAYS plays (`again` is one more). */
async function memoryOverPlays(cdp: CDPSession, first: () => Promise<unknown>, again: () => Promise<unknown>): Promise<Partial<Sample>> {
  await first();
  const one = await memory(cdp);
  for (let i = 1; i < PLAYS; i++) await again();
  const { heap1, objects1, nodes1, listeners1 } = await memory(cdp);
  return { ...one, heap50: heap1, objects50: objects1, nodes50: nodes1, listeners50: listeners1 };
}

// ---------------------------------------------------------------------------------------------
// One run of each page

async function runGame(browser: Browser, url: string, speed: Speed): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'zh-CN', serviceWorkers: 'allow' });
  await context.addInitScript(NAME_HELPER);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (speed === 'slow') await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  await page.addInitScript(() => localStorage.setItem('see-through:message-speed', 'fast'));
  await page.addInitScript(watchTitle);
  await page.addInitScript(watchFont);
  try {
    await page.goto(`${url}?lang=zh-CN`);
    const interactiveMs = await (await page.waitForFunction(() => (window as unknown as { benchInteractiveAt?: number }).benchInteractiveAt, null, { timeout: 60_000 })).jsonValue() as number;
    const jsBytes = await jsBytesUntil(page, interactiveMs);
    const fontPaintMs = await (await page.waitForFunction(() => (window as unknown as { benchFontAt?: number }).benchFontAt, null, { timeout: 60_000 })).jsonValue() as number;

    // The first level: frames while its chat animates (typing dots, messages arriving, the meter).
    await page.locator('.title-screen .btn-primary').click();
    await page.locator('button.level-card').first().click();
    await page.locator('.briefing-screen .btn-primary').click();
    await page.locator('.chat-screen').waitFor();
    const frames = await frameTimes(page, FRAME_WINDOW_MS);

    // A choice: click → the player's own message on screen. Clicked as the bare page is, by the
    // mouse at the button's centre, once it is there and still (a trial click checks that): a
    // locator's click would run Playwright's own hit-target checks in the page, inside the figure.
    const choice = page.locator('button.choice').first();
    await choice.click({ trial: true, timeout: 60_000 });
    const box = (await choice.boundingBox())!;
    const inputMs = await inputLatency(page, 'game', () => page.mouse.click(box.x + box.width / 2, box.y + box.height / 2));

    const sample: Sample = { jsBytes, interactiveMs, fontPaintMs, inputMs, frameP95Ms: percentile(frames, 95) };
    if (speed === 'full') {
      // Level plays: open a level, its chat on screen, leave. The first is the one open now.
      const leave = async () => {
        await page.getByRole('button', { name: '离开关卡' }).click();
        await page.locator('.list-screen').waitFor();
      };
      Object.assign(sample, await memoryOverPlays(cdp, leave, async () => {
        await page.locator('button.level-card').first().click();
        await page.locator('.briefing-screen .btn-primary').click();
        await page.locator('.chat-screen').waitFor();
        await leave();
      }));
    }
    return sample;
  } finally {
    await context.close();
  }
}

async function runBare(browser: Browser, url: string, speed: Speed): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  await context.addInitScript(NAME_HELPER);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (speed === 'slow') await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  try {
    await page.goto(url);
    const interactiveMs = await (await page.waitForFunction(() => (window as unknown as { bareBench: { interactiveAt?: number } }).bareBench.interactiveAt, null, { timeout: 60_000 })).jsonValue() as number;
    const jsBytes = await jsBytesUntil(page, interactiveMs);
    renderers.bare = await page.evaluate(() => (window as unknown as { bareBench: { renderer?: string } }).bareBench.renderer ?? '?');
    const frames = await frameTimes(page, FRAME_WINDOW_MS);
    const inputMs = await inputLatency(page, 'bare', () => page.mouse.click(640, 360));
    const sample: Sample = { jsBytes, interactiveMs, inputMs, frameP95Ms: percentile(frames, 95) };
    if (speed === 'full') {
      const restart = () => page.evaluate(() => (window as unknown as { bareBench: { restart(): Promise<void> } }).bareBench.restart());
      Object.assign(sample, await memoryOverPlays(cdp, restart, restart));
    }
    return sample;
  } finally {
    await context.close();
  }
}

const renderers: Record<Page_, string> = { game: '?', bare: '?' };

async function gameRenderer(browser: Browser, url: string): Promise<string> {
  const page = await browser.newPage();
  try {
    await page.goto(url);
    await page.locator('.title-screen .btn-primary').waitFor();
    // A canvas that already has a WebGL context refuses a 2D one, and the other way round.
    return await page.evaluate(() => (document.querySelector<HTMLCanvasElement>('#game canvas')?.getContext('2d') ? 'Canvas' : 'WebGL'));
  } finally {
    await page.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Lighthouse

interface Scores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  /** What Lighthouse took as the largest contentful paint, and anything it could not measure. */
  notes: string[];
}

/** The little of Lighthouse's result this script reads (Lighthouse is installed on demand). */
interface Audit {
  id: string;
  score: number | null;
  scoreDisplayMode: string;
  displayValue?: string;
  numericValue?: number;
  details?: { items?: { items?: { node?: { nodeLabel?: string } }[] }[] };
}
interface LighthouseResult {
  categories: Record<string, { score: number | null } | undefined>;
  audits: Record<string, Audit | undefined>;
  runWarnings: string[];
  runtimeError?: { message: string };
}
type Lighthouse = (url: string, flags: Record<string, unknown>) => Promise<{ lhr: LighthouseResult } | undefined>;
type ChromeLauncher = { launch(options: { chromePath: string; chromeFlags: string[] }): Promise<{ port: number; kill(): void }> };

/** Lighthouse and its Chrome launcher, if installed (`npm i --no-save lighthouse@12`). */
async function loadLighthouse(): Promise<{ lighthouse: Lighthouse; launcher: ChromeLauncher } | string> {
  const names = ['lighthouse', 'chrome-launcher'];
  try {
    const [lighthouse, launcher] = await Promise.all(names.map((name) => import(name)));
    return { lighthouse: (lighthouse as { default: Lighthouse }).default, launcher: launcher as ChromeLauncher };
  } catch {
    return 'Lighthouse is not installed: `npm i --no-save lighthouse@12` (12.x runs on Node 20; 13 needs Node 22), then run the bench again.';
  }
}

async function lighthouseScores({ lighthouse, launcher }: { lighthouse: Lighthouse; launcher: ChromeLauncher }, url: string): Promise<Scores> {
  const chrome = await launcher.launch({ chromePath: executablePath, chromeFlags: chromeArgs });
  // Lighthouse logs a stack trace when a page has no largest contentful paint (bare Phaser draws
  // only on a canvas); the table says so in a line of its own.
  const logError = console.error;
  console.error = (...args: unknown[]) => (String(args[0]).includes('NO_LCP') ? undefined : logError(...args));
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'] });
    if (!result) throw new Error('Lighthouse returned nothing');
    const { categories, audits, runWarnings, runtimeError } = result.lhr;
    const score = (id: string) => categories[id]?.score ?? Number.NaN;
    const value = (id: string) => audits[id]?.numericValue ?? Number.NaN;
    const lcpElement = audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.nodeLabel;
    const notes = [
      lcpElement ? `largest contentful paint: "${lcpElement.replace(/\s+/g, ' ')}"` : 'no largest contentful paint (nothing but a canvas), so no performance score',
      ...(runtimeError ? [runtimeError.message] : []),
      ...runWarnings,
    ];
    if (VERBOSE) {
      const failing = Object.values(audits).filter((a): a is Audit => Boolean(a && a.score !== null && a.score < 1 && ['binary', 'numeric'].includes(a.scoreDisplayMode)));
      for (const a of failing) console.log(`    ${url}: ${a.id} ${a.score} ${a.displayValue ?? ''}`);
    }
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      fcp: value('first-contentful-paint'),
      lcp: value('largest-contentful-paint'),
      tbt: value('total-blocking-time'),
      cls: value('cumulative-layout-shift'),
      notes,
    };
  } finally {
    console.error = logError;
    chrome.kill();
  }
}

// ---------------------------------------------------------------------------------------------
// Figures

function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
const median = (values: readonly number[]) => percentile(values, 50);

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
const ms = (value: number) => (value >= 100 ? `${Math.round(value)} ms` : `${value.toFixed(1)} ms`);
const ratio = (a: number, b: number) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : '—');

interface Row {
  label: string;
  cells: string[];
  target?: string;
  met?: boolean;
}

function printTable(title: string, head: string[], rows: Row[]): void {
  const table = [head, ...rows.map((r) => [r.label, ...r.cells, r.target ? `${r.met ? '✓' : '✗'} ${r.target}` : ''])];
  const widths = head.map((_, i) => Math.max(...table.map((row) => [...(row[i] ?? '')].length)));
  const line = (row: string[]) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ').trimEnd();
  console.log(`\n${title}`);
  console.log(line(head));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const row of table.slice(1)) console.log(line(row));
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  if (!existsSync(executablePath)) throw new Error(`no Chromium at ${executablePath}: set CHROMIUM_PATH`);
  const started = performance.now();
  await buildBoth();
  const initialGame = initialJs(outGame);
  const initialBare = initialJs(outBare);
  const levelChunks = readdirSync(join(outGame, 'assets')).filter((f) => /\.js$/.test(f) && !initialGame.files.some((i) => i.endsWith(f)));

  const [game, bare] = await Promise.all([serveStatic(outGame), serveStatic(outBare)]);
  const browser = await chromium.launch({ executablePath, args: chromeArgs });
  const samples: Record<Page_, Record<Speed, Sample[]>> = { game: { full: [], slow: [] }, bare: { full: [], slow: [] } };
  try {
    renderers.game = await gameRenderer(browser, game.url);
    for (const speed of ['full', 'slow'] as const) {
      for (let run = 1; run <= RUNS; run++) {
        // Alternate the pages, so that anything else the machine does falls on both alike.
        samples.game[speed].push(await runGame(browser, game.url, speed));
        samples.bare[speed].push(await runBare(browser, bare.url, speed));
        process.stdout.write(`\r${speed === 'full' ? 'full speed' : `CPU ${THROTTLE}× slower`}: run ${run} of ${RUNS}   `);
      }
    }
    process.stdout.write('\n');
  } finally {
    await browser.close();
  }

  const med = (page: Page_, speed: Speed, key: keyof Sample) => median(samples[page][speed].map((s) => s[key]).filter((v): v is number => v !== undefined));
  const both = (key: keyof Sample, format: (v: number) => string, speed: Speed) => {
    const g = med('game', speed, key);
    const b = med('bare', speed, key);
    return [format(g), format(b), ratio(g, b)];
  };
  const growth = (page: Page_, from: keyof Sample, to: keyof Sample) => med(page, 'full', to) / med(page, 'full', from);
  const growthRow = (label: string, from: keyof Sample, to: keyof Sample, target?: string): Row => ({
    label,
    cells: [`${growth('game', from, to).toFixed(2)}×`, `${growth('bare', from, to).toFixed(2)}×`, '', '', '', ''],
    ...(target ? { target, met: growth('game', from, to) <= 1.1 } : {}),
  });

  const head = ['', 'game', 'bare Phaser', 'game/bare', `game ${THROTTLE}×CPU`, `bare ${THROTTLE}×CPU`, 'game/bare', 'target'];
  const fullOnly = new Set<keyof Sample>(['heap1', 'heap50', 'objects1', 'objects50', 'nodes1', 'nodes50', 'listeners1', 'listeners50']);
  const row = (label: string, key: keyof Sample, format: (v: number) => string, target?: string, met?: boolean): Row => ({
    label,
    cells: [...both(key, format, 'full'), ...(fullOnly.has(key) ? ['—', '—', '—'] : both(key, format, 'slow'))],
    ...(target ? { target, met } : {}),
  });
  const count = (v: number) => String(Math.round(v));
  const titleRatio = Math.max(med('game', 'full', 'interactiveMs') / med('bare', 'full', 'interactiveMs'), med('game', 'slow', 'interactiveMs') / med('bare', 'slow', 'interactiveMs'));
  const rows: Row[] = [
    row('JS before title interactive (gzip)', 'jsBytes', kb),
    row('navigation → title interactive', 'interactiveMs', ms, 'game/bare ≤ 1.1×', titleRatio <= 1.1),
    row('navigation → first paint in its font', 'fontPaintMs', (v) => (Number.isFinite(v) ? ms(v) : '—')),
    row('choice → message on screen', 'inputMs', ms, '≤ 50 ms', Math.max(med('game', 'full', 'inputMs'), med('game', 'slow', 'inputMs')) <= 50),
    row('frame time p95 (chat animating)', 'frameP95Ms', ms),
    row('JS heap after 1 play (GC)', 'heap1', mb),
    row(`JS heap after ${PLAYS} plays (GC)`, 'heap50', mb),
    growthRow(`JS heap growth, ${PLAYS} plays / 1`, 'heap1', 'heap50'),
    growthRow(`  without compiled code`, 'objects1', 'objects50', 'game ≤ 1.1×'),
    row('DOM nodes after 1 play', 'nodes1', count),
    row(`DOM nodes after ${PLAYS} plays`, 'nodes50', count),
    row('event listeners after 1 play', 'listeners1', count),
    row(`event listeners after ${PLAYS} plays`, 'listeners50', count),
  ];
  printTable(`Medians of ${RUNS} runs each, Chromium headless (${executablePath}); game renderer: ${renderers.game}, bare: ${renderers.bare}`, head, rows);

  // Issue 26's budget: what a current browser loads before the title (zod, the hub's client, the
  // quiz's scoring and the art's code come later; src/screens/title/title-scene.ts).
  const budget = 200 * 1000;
  printTable('Initial JavaScript (entry script and its modulepreloads, gzip level 6)', ['', 'game', 'bare Phaser', 'game/bare', 'target'], [
    { label: 'initial JS', cells: [kb(initialGame.gzip), kb(initialBare.gzip), ratio(initialGame.gzip, initialBare.gzip)], target: `≤ ${budget / 1000} kB`, met: initialGame.gzip <= budget },
  ]);
  console.log(`game initial files: ${initialGame.files.join(', ')}; loaded later: ${levelChunks.join(', ')}`);
  const kernels = oldKernelWeight(outGame);
  printTable('Old kernels (Chromium 86–97): extra weight, gzip level 6 (scripts/old-kernels-plugin.ts)', ['', 'gzip', 'raw', 'loaded by'], [
    { label: 'gate (inline in index.html)', cells: [kb(kernels.gate.gzip), kb(kernels.gate.raw), 'every browser'] },
    { label: 'polyfills (assets/old-kernels-*.js)', cells: [kb(kernels.polyfills.gzip), kb(kernels.polyfills.raw), 'only a browser missing a method'] },
  ]);
  const font = fontFiles(outGame);
  printTable('The game font (Noto Sans SC subset, WOFF2: not JS, loaded after the title, font-display: swap)', ['', 'bytes', 'files'], [
    { label: 'font files', cells: [kb(font.woff2), String(font.files)] },
    { label: '@font-face stylesheet', cells: [kb(font.css), '1'] },
  ]);

  if (VERBOSE) {
    for (const page of ['game', 'bare'] as const) {
      for (const speed of ['full', 'slow'] as const) console.log(`${page} ${speed}:`, JSON.stringify(samples[page][speed]));
    }
  }

  // The level studio (issue 16): opening it at 4× CPU, edits on a 500-node level, 50 drafts' storage.
  await benchStudio(game.url, { launch: { executablePath, args: chromeArgs }, runs: RUNS });

  if (LIGHTHOUSE) {
    console.log('\nLighthouse (mobile preset: emulated phone, simulated slow 4G and 4× CPU)…');
    const tools = await loadLighthouse();
    if (typeof tools === 'string') console.log(tools);
    else {
      try {
        const gameRuns: Scores[] = [];
        for (let i = 0; i < 3; i++) gameRuns.push(await lighthouseScores(tools, game.url));
        const bareRuns = [await lighthouseScores(tools, bare.url)];
        type Numeric = Exclude<keyof Scores, 'notes'>;
        const pick = (runs: Scores[], key: Numeric) => median(runs.map((r) => r[key]).filter(Number.isFinite));
        const s = (v: number) => (Number.isFinite(v) ? v.toFixed(2) : '—');
        const t = (v: number) => (Number.isFinite(v) ? ms(v) : '—');
        const lh = (label: string, key: Numeric, format: (v: number) => string, target?: string, test?: (v: number) => boolean): Row => ({
          label,
          cells: [format(pick(gameRuns, key)), gameRuns.map((r) => format(r[key])).join(' '), format(pick(bareRuns, key))],
          ...(target && test ? { target, met: test(pick(gameRuns, key)) } : {}),
        });
        printTable('Lighthouse: median of 3 runs of the game (and each run), 1 run of the bare page', ['', 'game', 'game runs', 'bare Phaser', 'target'], [
          lh('performance', 'performance', s, '≥ 0.95', (v) => v >= 0.95),
          lh('accessibility', 'accessibility', s, '1.00', (v) => v >= 1),
          lh('best practices', 'bestPractices', s, '1.00', (v) => v >= 1),
          lh('first contentful paint', 'fcp', t),
          lh('largest contentful paint', 'lcp', t),
          lh('total blocking time', 'tbt', t),
          lh('cumulative layout shift', 'cls', (v) => (Number.isFinite(v) ? v.toFixed(3) : '—')),
        ]);
        const notes = (name: string, runs: Scores[]) => [...new Set(runs.flatMap((r) => r.notes))].forEach((note) => console.log(`${name}: ${note}`));
        notes('game', gameRuns);
        notes('bare Phaser', bareRuns);
      } catch (error) {
        console.log(`Lighthouse could not run: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
  await Promise.all([game.close(), bare.close()]);
  console.log(`\nbench took ${((performance.now() - started) / 1000 / 60).toFixed(1)} min`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
