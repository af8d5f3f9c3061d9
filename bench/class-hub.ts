// `npm run bench:class`: the class hub with 60 and 500 simulated devices on loopback, side by side
// with the hub as it was before (commit BASE, "today's hub" when this bench was written: its
// server/ and src/class/ are taken with `git archive` into a temp folder at run time, never kept in
// the tree). Prints, per hub and class size, the vote-to-projector latency (p50, p95) with votes
// spread over a window and with every device at once, the hub's memory and CPU; then the same
// latency for 59 devices while a 60th floods the hub with 10,000 messages. Figures, not a
// pass/fail test. Each hub runs in its own process (as `npm run class` starts it); the devices
// share the machine, so on a 2-core PC they compete with it.
//
// Latency: each device votes at a random moment in a window; the projector's updates carry the
// number of seats that have voted. The k-th vote sent is matched with the first update showing k
// voters (order statistics: loopback delivers nearly in order); latency = that update's arrival −
// the k-th send time.
import { execSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HUB_PATH, type RoundSpec } from '../src/class/protocol';
import { SimDevice } from '../tests/integration/sim-device';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
/** The hub before acks waited for the disk (protocol 1): the "before" column. */
const BASE = process.env.BENCH_CLASS_BASE ?? '892746f';
const SIZES = (process.env.BENCH_CLASS_SIZES ?? '60,500').split(',').map(Number);
const ROUNDS = Number(process.env.BENCH_CLASS_ROUNDS ?? 4);
const WINDOW_MS = Number(process.env.BENCH_CLASS_WINDOW ?? 2000);
const FLOOD = Number(process.env.BENCH_CLASS_FLOOD ?? 10_000);
const TICKS = 100; // Linux clock ticks a second (USER_HZ)

interface Hub {
  name: string;
  root: string;
  version: number;
}

/** The hub of commit BASE in a temp folder, sharing this tree's node_modules. */
function baseHub(): Hub | null {
  try {
    const dir = mkdtempSync(join(tmpdir(), 'bench-base-hub-'));
    execSync(`git archive ${BASE} server src/class src/locales | tar -x -C ${dir}`, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
    // Its package.json says "type": "module", as the tree's does.
    execSync(`git show ${BASE}:package.json > ${join(dir, 'package.json')}`, { cwd: root });
    process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
    return { name: `before (${BASE})`, root: dir, version: 1 };
  } catch (e) {
    console.error(`No "before" hub: commit ${BASE} is not in this clone (${(e as Error).message.split('\n')[0]}).`);
    return null;
  }
}

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

const pct = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function startHub(hub: Hub) {
  const port = await freePort();
  const stateDir = mkdtempSync(join(tmpdir(), 'bench-class-'));
  const child = spawn(process.execPath, ['--import', 'tsx', join(hub.root, 'server/main.ts')], {
    cwd: hub.root,
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

async function openClass(hub: Hub, url: string, size: number) {
  const open = async () => {
    const d = await SimDevice.open(url);
    d.version = hub.version;
    return d;
  };
  const host = await open();
  const created = await host.ask({ t: 'host.create', mode: 'live', seats: 'animal' });
  if (created.t !== 'host.created') throw new Error(`no session: ${JSON.stringify(created)}`);
  const students: SimDevice[] = [];
  for (let i = 0; i < size; i += 50) {
    const batch = await Promise.all(Array.from({ length: Math.min(50, size - i) }, open));
    await Promise.all(batch.map((d) => d.ask({ t: 'join', code: created.code }, 30_000)));
    students.push(...batch);
  }
  return { host, students, open };
}

const roundOf = (r: number): RoundSpec => ({
  id: `n${r}`, kind: 'decision', levelId: 'bench', prompt: { 'zh-CN': `第${r}题`, en: `Question ${r}` },
  options: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: { 'zh-CN': id, en: id } })),
});

/** One round: every voter votes (spread over the window, or at once); returns each vote's latency to the projector. */
async function voteRound(host: SimDevice, voters: SimDevice[], round: RoundSpec, spread: boolean): Promise<number[]> {
  const seen: { at: number; voters: number }[] = [];
  host.onMessage = (m, at) => {
    if (m.t === 'host.state' && m.view.round?.id === round.id) seen.push({ at, voters: m.view.round.voters });
  };
  await host.ask({ t: 'host.open', round }, 30_000);
  await Promise.all(voters.map((d) => d.waitFor('student.state', (m) => m.view.round?.id === round.id, 30_000)));
  const sent: number[] = [];
  await Promise.all(
    voters.map(async (d, i) => {
      if (spread) await sleep(Math.random() * WINDOW_MS);
      sent.push(performance.now());
      await d.ask({ t: 'vote', roundId: round.id, picks: [round.options[i % 4]!.id] }, 60_000);
    }),
  );
  while (!seen.some((s) => s.voters >= voters.length)) await sleep(5);
  host.onMessage = null;
  sent.sort((a, b) => a - b);
  const latencies = sent.map((t, k) => seen.find((s) => s.voters >= k + 1)!.at - t);
  await host.ask({ t: 'host.play', roundId: round.id, choice: 'majority' }, 30_000);
  return latencies;
}

async function bench(hub: Hub, size: number) {
  const { child, url, stateDir } = await startHub(hub);
  const pid = child.pid!;
  await sleep(300);
  const idle = usage(pid);
  const joinStart = performance.now();
  const { host, students } = await openClass(hub, url, size);
  const joinMs = performance.now() - joinStart;
  const latencies: number[] = [];
  const burst: number[] = [];
  let peakRss = usage(pid).rssMb;
  const cpuStart = usage(pid).cpuMs;
  const wallStart = performance.now();
  for (let r = 0; r < ROUNDS; r++) {
    const spread = r < ROUNDS - 1; // the last round: everyone presses at once (the worst case)
    (spread ? latencies : burst).push(...(await voteRound(host, students, roundOf(r), spread)));
    peakRss = Math.max(peakRss, usage(pid).rssMb);
  }
  const wallMs = performance.now() - wallStart;
  const cpuMs = usage(pid).cpuMs - cpuStart;
  const fileKb = readdirSync(stateDir).reduce((sum, name) => sum + statSync(join(stateDir, name)).size, 0) / 1024;
  latencies.sort((a, b) => a - b);
  burst.sort((a, b) => a - b);
  host.close();
  students.forEach((d) => d.close());
  child.kill('SIGTERM');
  return {
    hub: hub.name, devices: size, joinMs: Math.round(joinMs),
    latencyP50: pct(latencies, 50), latencyP95: pct(latencies, 95), burstP50: pct(burst, 50), burstP95: pct(burst, 95),
    idleRssMb: idle.rssMb, rssMb: peakRss, cpuMsPerVote: cpuMs / (size * ROUNDS), cpuPercent: (100 * cpuMs) / wallMs, fileKb,
  };
}

/** 60 devices; one sends FLOOD messages as fast as its socket takes them while the other 59 vote over the window. */
async function floodBench(hub: Hub) {
  const { child, url } = await startHub(hub);
  const { host, students } = await openClass(hub, url, 60);
  const [flooder, ...voters] = students;
  const latencies: number[] = [];
  const pongsBefore = flooder!.received.length;
  for (let r = 0; r < 2; r++) {
    const round = roundOf(r);
    const voting = voteRound(host, voters, round, true);
    // The flood starts with the round's votes: tiny valid messages, each one the hub must look at.
    const frame = `{"v":${hub.version},"t":"ping"}`;
    for (let i = 0; i < FLOOD && flooder!.ws.readyState === flooder!.ws.OPEN; i++) flooder!.raw(frame);
    latencies.push(...(await voting));
  }
  latencies.sort((a, b) => a - b);
  const answered = flooder!.received.length - pongsBefore;
  const closed = flooder!.closed !== null || flooder!.ws.readyState !== flooder!.ws.OPEN;
  host.close();
  students.forEach((d) => d.close());
  child.kill('SIGTERM');
  return { hub: hub.name, p50: pct(latencies, 50), p95: pct(latencies, 95), max: latencies.at(-1)!, answered, closed };
}

const f = (n: number, d = 1) => n.toFixed(d);
const hubs = [baseHub(), { name: 'this tree', root, version: 2 }].filter((h): h is Hub => h !== null && existsSync(join(h.root, 'server/main.ts')));
console.log(`Class hub bench: ${ROUNDS} rounds per class (${ROUNDS - 1} with votes spread over ${WINDOW_MS} ms, 1 with every device at once), loopback, each hub in its own process.`);
console.log('hub                 devices  join(ms)  vote→projector p50/p95 (ms)  all-at-once p50/p95 (ms)  hub RSS idle→peak (MB)  hub CPU per vote (ms)  hub CPU while voting  state files (KB)');
const results = [];
for (const size of SIZES)
  for (const hub of hubs) {
    const r = await bench(hub, size);
    results.push(r);
    console.log(
      `${r.hub.padEnd(18)}  ${String(r.devices).padStart(7)}  ${String(r.joinMs).padStart(8)}  ${`${f(r.latencyP50)} / ${f(r.latencyP95)}`.padStart(27)}  ${`${f(r.burstP50)} / ${f(r.burstP95)}`.padStart(24)}  ${`${f(r.idleRssMb, 0)} → ${f(r.rssMb, 0)}`.padStart(22)}  ${f(r.cpuMsPerVote, 2).padStart(20)}  ${f(r.cpuPercent, 0).padStart(19)} %  ${f(r.fileKb, 0).padStart(16)}`,
    );
  }

console.log(`\nUnder a flood: 60 devices, one sends ${FLOOD.toLocaleString('en')} messages at the start of each of 2 rounds (until the hub closes it) while the other 59 vote over ${WINDOW_MS} ms.`);
console.log('hub                 the 59\'s vote→projector p50 / p95 / max (ms)  flooder: frames answered, closed by the hub');
for (const hub of hubs) {
  const r = await floodBench(hub);
  console.log(`${r.hub.padEnd(18)}  ${`${f(r.p50)} / ${f(r.p95)} / ${f(r.max)}`.padStart(42)}  ${String(r.answered).padStart(8)}, ${r.closed ? 'closed' : 'still open'}`);
}

const worst = results.filter((r) => r.hub === 'this tree').at(-1);
if (worst) {
  // One Node process uses one core: votes a second it could take at 100 % of a core.
  const votesPerSecond = 1000 / worst.cpuMsPerVote;
  console.log(
    `\nWhere one teacher's PC stops: the hub is one Node process on one core; at ${f(worst.cpuMsPerVote, 2)} ms of CPU per vote (with ${worst.devices} devices) it takes about ${Math.round(votesPerSecond)} votes a second before it falls behind,` +
      ` so a class pressing within one second is served up to roughly ${Math.round(votesPerSecond)} devices on this machine; memory (${f(worst.rssMb, 0)} MB) is not the limit.` +
      ' Not measured here: the school network (a Wi-Fi access point is commonly rated for a few dozen active phones) may stop first.',
  );
}
