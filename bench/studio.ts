// The level studio's figures (issue 16), printed by `npm run bench` after the game's, or alone:
//   npx tsx bench/studio.ts [--dist <built game folder>] [--runs N] [--edits N]
// - time to open the studio with the CPU slowed 4× (a click on the title's button to the map on
//   screen, code fetched and run: a fresh browser context each run, so nothing is cached);
// - for a generated 500-node level: from an edit to the checker's answer on the page and to the
//   redrawn map, for a typed character (the map's layout is reused) and for a changed arrow (laid
//   out again), median and p95, target ≤ 100 ms;
// - the storage 50 drafts take (each in its two slots), as a browser's quota counts it.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type LaunchOptions, type Page } from '@playwright/test';
import type { Level } from '../src/core';
import { DraftStore, memoryAdapter } from '../src/studio/model/drafts';
import { setField } from '../src/studio/model/edits';
import { serveStatic } from '../scripts/static-server';

const THROTTLE = 4;
const NAME_HELPER = { content: 'globalThis.__name ??= (fn) => fn;' };

const lt = (zh: string, en: string) => ({ 'zh-CN': zh, en });

/**
 * A level of `size` nodes, shaped like a long real one: rounds of a message and a decision whose
 * safe choice goes on and whose risky choice shows a consequence that rejoins the story; endings
 * at the close. Every text filled, so the checker has the whole level to read.
 */
export function generatedLevel(size = 500): Level {
  const nodes: Level['nodes'] = [];
  const rounds = Math.floor((size - 2) / 3);
  for (let r = 0; r < rounds; r++) {
    const next = r + 1 < rounds ? `m${r + 1}` : 'end-safe';
    nodes.push({ id: `m${r}`, type: 'message', from: 'contact', text: lt(`第 ${r} 条消息：要不要一起赚点零花钱？`, `Message ${r}: want to earn some pocket money together?`), next: `d${r}` });
    nodes.push({
      id: `d${r}`,
      type: 'choice',
      prompt: lt('你怎么回复？', 'What do you reply?'),
      choices: [
        { id: 'no', text: lt('不了，谢谢', 'No, thanks'), kind: 'safe', score: 1, feedback: lt('对，先问问家长。', 'Right: ask a parent first.'), next },
        { id: 'yes', text: lt('好啊', 'Sure'), kind: 'risky', score: -1, feedback: lt('这可能是骗局。', 'This may be a scam.'), next: `c${r}` },
      ],
    });
    nodes.push({
      id: `c${r}`,
      type: 'consequence',
      perspective: 'actor',
      case: 1,
      charge: lt('帮助信息网络犯罪活动罪', 'Helping information-network crime'),
      laws: ['criminal-287-2'],
      happened: lt('真实案例里发生的事。', 'What happened in the real case.'),
      prosecutors: lt('检察机关做了什么。', 'What the prosecutors did.'),
      next: r + 1 < rounds ? `m${r + 1}` : 'end-recovered',
    } as Level['nodes'][number]);
  }
  const ending = (id: string, outcome: 'safe' | 'recovered') =>
    ({ id, type: 'ending', outcome, title: lt('结局', 'The end'), text: lt('结局的文字。', 'How it ended.'), lessons: [lt('一条要点', 'A lesson')], help: ['110'] }) as Level['nodes'][number];
  nodes.push(ending('end-safe', 'safe'), ending('end-recovered', 'recovered'));
  return {
    id: `generated-${size}`,
    title: lt(`生成的 ${nodes.length} 节点关卡`, `Generated ${nodes.length}-node level`),
    summary: lt('用于基准测试。', 'For the benchmark.'),
    case: 1,
    ageBand: '12-15',
    minutes: 45,
    objectives: [lt('测试', 'Test')],
    characters: [{ id: 'contact', name: lt('联系人', 'Contact'), role: 'contact' }],
    flags: {},
    startScore: 0,
    start: 'm0',
    nodes,
  } as Level;
}

const percentile = (values: readonly number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
};
const ms = (v: number) => (v >= 100 ? `${Math.round(v)} ms` : `${v.toFixed(1)} ms`);

/** Click on the title's "Level studio" to the studio's map on the page, measured in the page. */
async function openTime(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const button = [...document.querySelectorAll<HTMLButtonElement>('.screen button')].find((b) => /关卡工作室|Level studio/.test(b.textContent ?? ''))!;
        const began = performance.now();
        button.click();
        const look = () => (document.querySelector('.studio .map-svg .map-node') ? resolve(performance.now() - began) : requestAnimationFrame(look));
        look();
      }),
  );
}

/** An edit made as the browser makes it (an input or change event), to the studio's marks on the page's timeline. */
async function editTimes(page: Page, kind: 'type' | 'arrow', i: number): Promise<{ checked: number; mapped: number }> {
  return page.evaluate(
    ({ kind, i }) =>
      new Promise<{ checked: number; mapped: number }>((resolve) => {
        performance.clearMarks('studio:checked');
        performance.clearMarks('studio:mapped');
        const began = performance.now();
        if (kind === 'type') {
          const box = document.querySelector<HTMLTextAreaElement>('.editor textarea[lang="en"]')!;
          box.value += String(i % 10);
          box.dispatchEvent(new Event('input', { bubbles: true }));
        } else {
          // The message's "next": alternately to its own decision and to the decision after it.
          const select = document.querySelector<HTMLSelectElement>('.editor select[id$="-next"]')!;
          select.value = i % 2 === 0 ? 'd1' : 'd0';
          select.dispatchEvent(new Event('change', { bubbles: true }));
        }
        const look = () => {
          const checked = performance.getEntriesByName('studio:checked')[0];
          const mapped = performance.getEntriesByName('studio:mapped')[0];
          if (checked && mapped) resolve({ checked: checked.startTime - began, mapped: mapped.startTime - began });
          else setTimeout(look, 5);
        };
        look();
      }),
    { kind, i },
  );
}

export interface StudioBenchOptions {
  readonly launch: LaunchOptions;
  readonly runs?: number;
  readonly edits?: number;
}

export async function benchStudio(url: string, { launch, runs = 5, edits = 40 }: StudioBenchOptions): Promise<void> {
  const browser = await chromium.launch(launch);
  const opens: number[] = [];
  const times: Record<'type' | 'arrow', { checked: number[]; mapped: number[] }> = { type: { checked: [], mapped: [] }, arrow: { checked: [], mapped: [] } };
  const file = join(mkdtempSync(join(tmpdir(), 'studio-bench-')), 'generated-500.json');
  const level = generatedLevel(500);
  writeFileSync(file, JSON.stringify(level));
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 720 } });
      const page = await context.newPage();
      await page.addInitScript(NAME_HELPER);
      const cdp = await context.newCDPSession(page);
      await page.goto(url);
      await page.getByRole('button', { name: 'Level studio' }).waitFor();
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
      opens.push(await openTime(page));
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      if (run === 0) {
        // The 500-node level, opened as a file is; then edits at full speed.
        const chooser = page.waitForEvent('filechooser');
        await page.getByRole('button', { name: 'Open .json file' }).click();
        await (await chooser).setFiles(file);
        await page.getByRole('navigation', { name: 'Nodes' }).getByRole('button', { name: /^m0 · / }).click();
        await page.getByRole('heading', { level: 2, name: /Node m0/ }).waitFor();
        for (let i = 0; i < edits; i++) {
          for (const kind of ['type', 'arrow'] as const) {
            const t = await editTimes(page, kind, i);
            times[kind].checked.push(t.checked);
            times[kind].mapped.push(t.mapped);
          }
        }
      }
      await context.close();
      process.stdout.write(`\rstudio: run ${run + 1} of ${runs}   `);
    }
    process.stdout.write('\n');
  } finally {
    await browser.close();
  }

  // 50 drafts: the shipped levels in turn, each saved twice so both its slots hold a copy.
  const shipped = readdirSync('levels').filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(join('levels', f), 'utf8')) as Level);
  const store = new DraftStore(memoryAdapter());
  for (let i = 0; i < 50; i++) {
    const draft = { ...shipped[i % shipped.length]!, id: `draft-${i}` };
    store.save(`d${i}`, draft);
    store.save(`d${i}`, setField(draft, ['minutes'], 6));
  }
  const big = new DraftStore(memoryAdapter());
  big.save('big', level);
  big.save('big', setField(level, ['minutes'], 44));
  const chars = store.size();

  const row = (label: string, values: number[], target?: string) => {
    const med = percentile(values, 50);
    const p95 = percentile(values, 95);
    const met = target ? (p95 <= 100 ? ' ✓' : ' ✗') : '';
    console.log(`${label.padEnd(58)} ${ms(med).padStart(9)} ${ms(p95).padStart(9)}   ${target ?? ''}${met}`);
  };
  console.log(`\nLevel studio (${launch.executablePath ?? 'chromium'}); ${runs} opens, ${edits} edits of each kind on a ${level.nodes.length}-node level`);
  console.log(`${''.padEnd(58)} ${'median'.padStart(9)} ${'p95'.padStart(9)}   target`);
  row(`open the studio, CPU ${THROTTLE}× slower (click → map drawn)`, opens);
  row('500 nodes: type a character → checker answers', times.type.checked, '≤ 100 ms');
  row('500 nodes: type a character → map redrawn', times.type.mapped, '≤ 100 ms');
  row('500 nodes: change an arrow → checker answers', times.arrow.checked, '≤ 100 ms');
  row('500 nodes: change an arrow → map laid out and redrawn', times.arrow.mapped, '≤ 100 ms');
  // Chromium lets a site keep about 5.2 M characters in localStorage (measured: QuotaExceededError after 5,200,146).
  const QUOTA = 5_200_000;
  console.log(`50 drafts (the shipped levels in turn, 2 slots each): ${(chars / 1e6).toFixed(2)} M characters, ${Math.round((chars / QUOTA) * 100)} % of Chromium's localStorage quota (≈ 5.2 M characters a site)`);
  console.log(`one ${level.nodes.length}-node draft (2 slots): ${(big.size() / 1000).toFixed(0)} k characters`);
}

// Alone: `npx tsx bench/studio.ts --dist dist` (a built game folder).
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const argv = process.argv.slice(2);
  const arg = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
  const server = await serveStatic(arg('--dist') ?? 'dist');
  try {
    await benchStudio(server.url, {
      launch: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] },
      runs: Number(arg('--runs') ?? 5),
      edits: Number(arg('--edits') ?? 40),
    });
  } finally {
    await server.close();
  }
}
