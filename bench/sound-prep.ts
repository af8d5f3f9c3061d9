// `npx tsx bench/sound-prep.ts`: the cost of preparing the game's sounds on the first gesture, two
// ways, in Chromium headless: as the game does (synthesise, encode a WAV, wrap it in a Blob URL,
// let howler fetch and decode it: src/services/audio.ts), and straight into Web Audio (synthesise,
// AudioContext.createBuffer + copyToChannel). The page is the code of bench/sound-prep-page.ts,
// bundled with esbuild; each run is a fresh page, the two ways alternating. docs/sound.md gives the
// figures and what they decided. Also the size of howler in the build, gzipped.
import { gzipSync } from 'node:zlib';
import { buildSync } from 'esbuild';
import { chromium } from '@playwright/test';
import type { Prepared } from './sound-prep-page';

const RUNS = Number(process.argv[2] ?? 9);
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const args = ['--headless', '--no-sandbox', '--disable-gpu', '--autoplay-policy=no-user-gesture-required'];

const page = buildSync({ entryPoints: [new URL('./sound-prep-page.ts', import.meta.url).pathname], bundle: true, format: 'iife', target: 'chrome86', write: false, minify: true, logLevel: 'warning' }).outputFiles[0]!.text;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main(): Promise<void> {
  const browser = await chromium.launch({ executablePath, args });
  const results: Record<'howler' | 'webaudio', (Prepared & { heapBytes: number })[]> = { howler: [], webaudio: [] };
  try {
    for (let run = 0; run < RUNS; run++) {
      for (const way of run % 2 ? (['webaudio', 'howler'] as const) : (['howler', 'webaudio'] as const)) {
        const tab = await browser.newPage();
        const cdp = await tab.context().newCDPSession(tab);
        await cdp.send('Performance.enable');
        await tab.goto('about:blank');
        await tab.addScriptTag({ content: page });
        const heap = async () => {
          await cdp.send('HeapProfiler.collectGarbage');
          const { metrics } = await cdp.send('Performance.getMetrics');
          return metrics.find((m) => m.name === 'JSHeapUsedSize')!.value;
        };
        const before = await heap();
        const prepared = await tab.evaluate((w) => window.prepareSounds(w), way);
        results[way].push({ ...prepared, heapBytes: (await heap()) - before });
        await tab.close();
      }
    }
  } finally {
    await browser.close();
  }
  const row = (way: 'howler' | 'webaudio') => {
    const r = results[way];
    const m = (k: keyof (typeof r)[number]) => median(r.map((x) => x[k]));
    return `${way.padEnd(9)} ready ${m('readyMs').toFixed(0).padStart(5)} ms · page busy ${m('busyMs').toFixed(0).padStart(5)} ms (synthesis ${m('synthMs').toFixed(0)} ms) · decoded audio held ${(m('heldBytes') / 1e6).toFixed(2)} MB (context ${m('contextRate')} Hz) · JS heap after ${(m('heapBytes') / 1e6).toFixed(2)} MB`;
  };
  console.log(`Preparing all ${8} sounds on the first gesture, medians of ${RUNS} fresh pages each (${executablePath}):`);
  console.log(row('howler'));
  console.log(row('webaudio'));
  const howler = Buffer.from(buildSync({ stdin: { contents: "export { Howl, Howler } from 'howler';", resolveDir: process.cwd() }, bundle: true, format: 'esm', minify: true, write: false, logLevel: 'warning' }).outputFiles[0]!.contents);
  console.log(`howler, minified: ${(howler.length / 1024).toFixed(1)} KB, ${(gzipSync(howler, { level: 9 }).length / 1024).toFixed(1)} KB gzip (fetched after the title)`);
}

await main();
