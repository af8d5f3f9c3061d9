// What the end-to-end tests need from the machine, checked before anything else in `npm test`, so a
// fresh machine learns in a second what it lacks instead of failing deep in the browser stage:
// Debian's Chromium (or CHROMIUM_PATH), a CJK font (WenQuanYi Micro Hei) so Chinese text renders,
// the one system library the old Chromium kernels (scripts/old-chromium.ts) do not carry, and
// Wine, which runs the Windows class kit in its test (tests/e2e/kit.spec.ts).
// Missing pieces are installed with apt-get when running as root (saying so); otherwise the script
// stops at once with the one command that installs them.
import { accessSync, constants } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { OLD_KERNEL_LIBS } from './old-chromium';

const DEFAULT_CHROMIUM = '/usr/bin/chromium';
/** Debian's wine64 (not on PATH: the `wine` wrapper is another package). */
export const WINE64 = '/usr/lib/wine/wine64';

const executable = (path: string): boolean => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

const onPath = (command: string): boolean => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

/** The Debian packages missing for the browser tests, in the order apt-get should install them. */
function missingPackages(): string[] {
  const missing: string[] = [];
  if (!process.env.CHROMIUM_PATH && !executable(DEFAULT_CHROMIUM)) missing.push('chromium');
  const fonts = spawnSync('fc-list', [], { encoding: 'utf8' });
  if (fonts.error) missing.push('fontconfig', 'fonts-wqy-microhei');
  else if (!/wenquanyi|wqy/i.test(fonts.stdout)) missing.push('fonts-wqy-microhei');
  const libraries = spawnSync('ldconfig', ['-p'], { encoding: 'utf8' }).stdout ?? '';
  for (const [library, debianPackage] of Object.entries(OLD_KERNEL_LIBS)) if (!libraries.includes(library)) missing.push(debianPackage);
  if (!executable(WINE64)) missing.push('wine64');
  return missing;
}

function fail(lines: string[]): never {
  console.error(lines.join('\n'));
  process.exit(1);
}

const custom = process.env.CHROMIUM_PATH;
if (custom && !executable(custom)) {
  fail([`CHROMIUM_PATH is ${custom}, which is not an executable file. Point it at a Chromium, or unset it to use ${DEFAULT_CHROMIUM}.`]);
}

let missing = missingPackages();
if (missing.length > 0) {
  const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
  const root = process.getuid?.() === 0;
  if (!root || !onPath('apt-get')) {
    fail([
      `The browser tests need ${missing.join(' and ')}, which this machine lacks. Install with:`,
      '',
      `  sudo sh -c '${command}'`,
      '',
      onPath('apt-get') ? 'then run npm test again.' : `(on a system without apt-get, install Chromium and a CJK font yourself and set CHROMIUM_PATH).`,
    ]);
  }
  console.log(`Installing ${missing.join(', ')} with apt-get, for the browser tests.`);
  const apt = (args: string[]) =>
    spawnSync('apt-get', args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
  // Wine without its recommends (32-bit Wine, Mono, Gecko): the 64-bit Node of the kit needs none of them.
  const lean = missing.filter((p) => p === 'wine64');
  const rest = missing.filter((p) => p !== 'wine64');
  const installed = apt(['update', '-qq']) && (rest.length === 0 || apt(['install', '-y', '-qq', ...rest])) && (lean.length === 0 || apt(['install', '-y', '-qq', '--no-install-recommends', ...lean]));
  if (!installed) fail([`apt-get could not install ${missing.join(' ')}.`]);
  missing = missingPackages();
  if (missing.length > 0) fail([`Still missing after apt-get: ${missing.join(', ')}.`]);
}
