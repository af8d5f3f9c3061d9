// The class kit (scripts/kit.ts), as a teacher gets it: made from this run's build into an empty
// temporary folder (no node_modules, no Node but its own), started by its start file on a loopback
// port; the projector page is served and opens, a student joins over HTTP and WebSocket, and the
// session is saved beside the kit. The Linux kit runs as it is; the Windows kit runs under Debian's
// Wine (its cmd.exe runs 开始上课.cmd, its Node the hub). The kit's .zip, which holds this folder
// with its Unix modes, is checked without deflating 100 MB of Node: tests/unit/kit-zip.test.ts.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { HUB_PATH } from '../../src/class/protocol';
import { folderBytes, type KitPlatform, kitName, makeKit, START_FILE } from '../../scripts/kit';
import { SimDevice } from '../integration/sim-device';
import { expect, test } from './fixtures';

const dist = resolve(process.env.E2E_OUTDIR ?? 'dist');
const WINE = '/usr/lib/wine/wine64';

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/** No node_modules in the folder or any folder above it: the kit runs on what it carries. */
function noNodeModules(folder: string): void {
  for (let dir = folder; ; dir = dirname(dir)) {
    expect(existsSync(join(dir, 'node_modules')), `${dir}/node_modules`).toBe(false);
    if (dirname(dir) === dir) break;
  }
  expect(readdirSync(folder, { recursive: true }).filter((f) => String(f).includes('node_modules'))).toEqual([]);
}

interface Started {
  child: ChildProcess;
  output: () => string;
  /** From the start file's launch to the projector page answering 200. */
  projectorMs: number;
}

/** Runs the start file, and waits until the projector page is served. */
async function start(platform: KitPlatform, kit: string, port: number, winePrefix: string): Promise<Started> {
  const env = { PATH: '/usr/bin:/bin', LANG: 'C.UTF-8', HOME: process.env.HOME ?? '/root', PORT: String(port), KIT_NO_OPEN: '1', WINEPREFIX: winePrefix, WINEDEBUG: '-all' };
  const started = performance.now();
  // Detached: its own process group, so the test can stop the hub and the opener together.
  // Under Wine, Node cannot write to a Linux pipe (EBADF): the Windows kit's window is a file here.
  const log = join(kit, 'window.txt');
  const child = platform === 'linux' ? spawn('./start.sh', [], { cwd: kit, env, detached: true }) : spawn(WINE, ['cmd', '/c', `${START_FILE.win} > window.txt 2>&1`], { cwd: kit, env, detached: true, stdio: 'ignore' });
  let piped = '';
  child.stdout?.on('data', (c: Buffer) => (piped += String(c)));
  child.stderr?.on('data', (c: Buffer) => (piped += String(c)));
  const output = () => (platform === 'linux' ? piped : existsSync(log) ? readFileSync(log, 'utf8') : '');
  const url = `http://127.0.0.1:${port}/?mode=projector`;
  for (;;) {
    const ok = await fetch(url).then((r) => r.ok, () => false);
    if (ok) break;
    if (child.exitCode !== null || performance.now() - started > 120_000) throw new Error(`the kit did not serve ${url}:\n${output()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return { child, output, projectorMs: performance.now() - started };
}

const stop = (child: ChildProcess, prefix: string) => {
  try {
    process.kill(-child.pid!, 'SIGTERM');
  } catch {
    // already gone
  }
  // Wine's own server and the Windows processes it runs outlive the start file's process group.
  if (prefix) spawnSync('/usr/lib/wine/wineserver', ['-k'], { env: { ...process.env, WINEPREFIX: prefix } });
};

function winePrefix(): string {
  // One Wine prefix, kept with the other caches: making one costs half a minute. Node needs it to
  // say Windows 10 (Wine 8 says Windows 7, which Node refuses).
  const prefix = resolve('node_modules/.cache/wine-prefix');
  if (!existsSync(join(prefix, 'system.reg'))) {
    // Wine makes the prefix but not its parent, which a fresh clone lacks until a kit's Node is fetched.
    mkdirSync(dirname(prefix), { recursive: true });
    const made = spawnSync(WINE, ['winecfg', '-v', 'win10'], { env: { ...process.env, WINEPREFIX: prefix, WINEDEBUG: '-all' }, stdio: 'ignore', timeout: 180_000 });
    if (made.status !== 0) throw new Error(`could not make a Wine prefix in ${prefix}`);
  }
  return prefix;
}

for (const platform of ['linux', 'win'] as const) {
  test(`the ${platform === 'linux' ? 'Linux' : 'Windows'} kit, made into an empty folder, serves the projector page and a class`, async ({ page }) => {
    test.setTimeout(300_000);
    const work = mkdtempSync(join(tmpdir(), 'kit-'));
    const prefix = platform === 'win' ? winePrefix() : '';
    try {
      const teacher = join(work, 'teacher PC 老师');
      const kit = makeKit(platform, dist, teacher, false).folder;
      expect(kit).toBe(join(teacher, kitName(platform)));
      noNodeModules(kit);
      expect(existsSync(join(kit, 'runtime', 'LICENSE'))).toBe(true);
      expect(readFileSync(join(kit, 'app', 'THIRD-PARTY-LICENSES.txt'), 'utf8')).toContain('ws ');
      const mode = (file: string) => statSync(join(kit, file)).mode & 0o777;
      if (platform === 'linux') {
        expect(mode('start.sh')).toBe(0o755);
        expect(mode('runtime/node')).toBe(0o755);
      } else {
        expect(readFileSync(join(kit, START_FILE.win), 'latin1')).toMatch(/^@echo off\r\n/);
        expect(existsSync(join(kit, 'runtime', 'node.exe'))).toBe(true);
      }

      const port = await freePort();
      const hub = await start(platform, kit, port, prefix);
      try {
        console.log(`${platform} kit: ${(folderBytes(kit) / 1e6).toFixed(1)} MB; start file → projector page served in ${Math.round(hub.projectorMs)} ms`);
        await expect.poll(hub.output, { timeout: 30_000 }).toContain(`http://localhost:${port}/?mode=projector`);
        // The projector page, in a browser: the game, served by the kit's hub.
        await page.goto(`http://127.0.0.1:${port}/?mode=projector&lang=en`);
        await expect(page.getByRole('button', { name: 'Class session' })).toBeVisible();

        // A class: the projector's session and a student's device, over the protocol.
        const url = `ws://127.0.0.1:${port}${HUB_PATH}`;
        const host = await SimDevice.open(url);
        const student = await SimDevice.open(url);
        try {
          const created = await host.ask({ t: 'host.create', mode: 'self', seats: 'number' });
          if (created.t !== 'host.created') throw new Error(JSON.stringify(created));
          const joined = await student.ask({ t: 'join', code: created.code });
          expect(joined.t).toBe('joined');
          await host.waitFor('host.state', (m) => m.view.joined === 1);
        } finally {
          host.close();
          student.close();
        }
        // Saved beside the kit, in its own sessions/ folder.
        await expect.poll(() => readdirSync(join(kit, 'sessions'), { recursive: true }).length).toBeGreaterThan(0);
      } finally {
        stop(hub.child, prefix);
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
}
