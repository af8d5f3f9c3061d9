// `npm run bench:class`: the class hub with 60 and 500 simulated devices on loopback. Prints, per
// class size, the vote-to-projector latency (p50, p95), the hub's memory and CPU. Figures, not a
// pass/fail test. The hub runs in its own process (as `npm run class` starts it) so its CPU and
// memory are its own; the devices share the same machine, so on a 2-core PC they compete with it.
//
// Latency: each device votes at a random moment in a window; the projector's updates carry the
// number of seats that have voted. The k-th vote sent is matched with the first update showing k
// voters (order statistics: loopback delivers nearly in order); latency = that update's arrival −
// the k-th send time.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HUB_PATH, type RoundSpec } from '../src/class/protocol';
import { SimDevice } from '../tests/integration/sim-device';

const SIZES = (process.env.BENCH_CLASS_SIZES ?? '60,500').split(',').map(Number);
const ROUNDS = Number(process.env.BENCH_CLASS_ROUNDS ?? 5);
const WINDOW_MS = Number(process.env.BENCH_CLASS_WINDOW ?? 2000);
const TICKS = 100; // Linux clock ticks a second (USER_HZ)

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

/** The hub process's CPU time (ms) and resident memory (MB), read from /proc. */
function usage(pid: number) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  const cpuMs = ((Number(stat[11]) + Number(stat[12])) * 1000) / TICKS;
  const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;
  return { cpuMs, rssMb: rss };
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function startHub() {
  const port = await freePort();
  const stateDir = mkdtempSync(join(tmpdir(), 'bench-class-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', CLASS_NO_BUILD: '1', CLASS_DIST: mkdtempSync(join(tmpdir(), 'bench-dist-')), CLASS_STATE_DIR: stateDir },
    stdio: ['ignore', 'pipe', 'ignore'], // its log of refusals is not the bench's business
  });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => ((out += String(d)), out.includes('listening on port') && resolve()));
    child.once('exit', (code) => reject(new Error(`hub exited ${code}: ${out}`)));
  });
  return { child, url: `ws://127.0.0.1:${port}${HUB_PATH}`, stateDir };
}

async function bench(size: number) {
  const { child, url, stateDir } = await startHub();
  const pid = child.pid!;
  await sleep(300);
  const idle = usage(pid);
  const host = await SimDevice.open(url);
  const created = await host.ask({ t: 'host.create', mode: 'live', seats: 'animal' });
  if (created.t !== 'host.created') throw new Error('no session');
  const students: SimDevice[] = [];
  const joinStart = performance.now();
  for (let i = 0; i < size; i += 50) {
    const batch = await Promise.all(Array.from({ length: Math.min(50, size - i) }, () => SimDevice.open(url)));
    await Promise.all(batch.map((d) => d.ask({ t: 'join', code: created.code }, 30_000)));
    students.push(...batch);
  }
  const joinMs = performance.now() - joinStart;
  const joined = usage(pid);

  const latencies: number[] = [];
  const burst: number[] = [];
  let peakRss = joined.rssMb;
  const cpuStart = usage(pid).cpuMs;
  const wallStart = performance.now();
  for (let r = 0; r < ROUNDS; r++) {
    const spread = r < ROUNDS - 1; // the last round: everyone presses at once (the worst case)
    const round: RoundSpec = {
      id: `n${r}`, kind: 'decision', levelId: 'bench', prompt: { 'zh-CN': `第${r}题`, en: `Question ${r}` },
      options: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: { 'zh-CN': id, en: id } })),
    };
    const seen: { at: number; voters: number }[] = [];
    host.onMessage = (m, at) => {
      if (m.t === 'host.state' && m.view.round?.id === round.id) seen.push({ at, voters: m.view.round.voters });
    };
    await host.ask({ t: 'host.open', round });
    await Promise.all(students.map((d) => d.waitFor('student.state', (m) => m.view.round?.id === round.id, 30_000)));
    const sent: number[] = [];
    await Promise.all(
      students.map(async (d, i) => {
        if (spread) await sleep(Math.random() * WINDOW_MS);
        sent.push(performance.now());
        await d.ask({ t: 'vote', roundId: round.id, picks: [round.options[i % 4]!.id] }, 30_000);
      }),
    );
    while (!seen.some((s) => s.voters >= size)) await sleep(5);
    peakRss = Math.max(peakRss, usage(pid).rssMb);
    sent.sort((a, b) => a - b);
    sent.forEach((t, k) => {
      const update = seen.find((s) => s.voters >= k + 1)!;
      (spread ? latencies : burst).push(update.at - t);
    });
    await host.ask({ t: 'host.play', roundId: round.id, choice: 'majority' });
  }
  const wallMs = performance.now() - wallStart;
  const cpuMs = usage(pid).cpuMs - cpuStart;
  const votes = size * ROUNDS;
  const fileKb = readdirSync(stateDir).reduce((sum, name) => sum + statSync(join(stateDir, name)).size, 0) / 1024;
  latencies.sort((a, b) => a - b);
  burst.sort((a, b) => a - b);
  const result = {
    devices: size,
    joinMs: Math.round(joinMs),
    latencyP50: pct(latencies, 50),
    latencyP95: pct(latencies, 95),
    burstP50: pct(burst, 50),
    burstP95: pct(burst, 95),
    idleRssMb: idle.rssMb,
    rssMb: peakRss,
    cpuMsPerVote: cpuMs / votes,
    cpuPercent: (100 * cpuMs) / wallMs,
    fileKb,
  };
  host.close();
  students.forEach((d) => d.close());
  child.kill('SIGTERM');
  return result;
}

const f = (n: number, d = 1) => n.toFixed(d);
console.log(`Class hub bench: ${ROUNDS} rounds per class (${ROUNDS - 1} with votes spread over ${WINDOW_MS} ms, 1 with every device at once), loopback, hub in its own process.`);
console.log('devices  join(ms)  vote→projector p50/p95 (ms)  all-at-once p50/p95 (ms)  hub RSS idle→peak (MB)  hub CPU per vote (ms)  hub CPU while voting  state file (KB)');
const results = [];
for (const size of SIZES) {
  const r = await bench(size);
  results.push(r);
  console.log(
    `${String(r.devices).padStart(7)}  ${String(r.joinMs).padStart(8)}  ${`${f(r.latencyP50)} / ${f(r.latencyP95)}`.padStart(27)}  ${`${f(r.burstP50)} / ${f(r.burstP95)}`.padStart(24)}  ${`${f(r.idleRssMb, 0)} → ${f(r.rssMb, 0)}`.padStart(22)}  ${f(r.cpuMsPerVote, 2).padStart(20)}  ${f(r.cpuPercent, 0).padStart(19)} %  ${f(r.fileKb, 0).padStart(15)}`,
  );
}
const worst = results.at(-1)!;
// One Node process uses one core: votes a second it could take at 100 % of a core.
const votesPerSecond = 1000 / worst.cpuMsPerVote;
console.log(
  `\nWhere one teacher's PC stops: the hub is one Node process on one core; at ${f(worst.cpuMsPerVote, 2)} ms of CPU per vote (with ${worst.devices} devices) it takes about ${Math.round(votesPerSecond)} votes a second before it falls behind,` +
    ` so a class pressing within one second is served up to roughly ${Math.round(votesPerSecond)} devices on this machine; memory (${f(worst.rssMb, 0)} MB) is not the limit.` +
    ' Not measured here: the school network (a Wi-Fi access point is commonly rated for a few dozen active phones) may stop first.',
);
