// The old Chromium kernels the game supports, for the tests (issue 26): headless builds that ship
// inside npm packages made for serverless functions, devDependencies of the project.
//   86  chrome-aws-lambda 5.3.1   (the kernel of 360 Secure Browser 13's fast mode, QQ Browser, Sogou)
//   109 @sparticuz/chromium 109.0.6 (the last Chrome for Windows 7)
// Their binaries and libraries are brotli-compressed tars in the package's bin/; they are unpacked
// once into node_modules/.cache/old-chromium/<version>/ (npm ci empties it with node_modules).
// They run headless with --no-sandbox. Besides what they carry (NSS, expat), they need from the
// system only glibc and NSPR (Debian: libnspr4); scripts/e2e-needs.ts installs that.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));

export const OLD_KERNELS = {
  86: 'chrome-aws-lambda',
  109: '@sparticuz/chromium',
} as const;
export type OldKernel = keyof typeof OLD_KERNELS;

/** The libraries the old kernels take from the system (beyond glibc), and the Debian package of each. */
export const OLD_KERNEL_LIBS = { 'libnspr4.so': 'libnspr4' } as const;

export interface OldChromium {
  executable: string;
  /** The environment to run it in: its own libraries first. */
  env: NodeJS.ProcessEnv;
}

/** Unpacks the old Chromium (once) and says how to run it. */
export function oldChromium(version: OldKernel): OldChromium {
  const bin = join(root, 'node_modules', OLD_KERNELS[version], 'bin');
  const dir = join(root, 'node_modules', '.cache', 'old-chromium', String(version));
  const executable = join(dir, 'chromium');
  if (!existsSync(executable)) {
    if (!existsSync(join(bin, 'chromium.br'))) throw new Error(`${OLD_KERNELS[version]} is not installed (a devDependency): run npm ci`);
    const partial = `${dir}-unpacking`;
    rmSync(partial, { recursive: true, force: true });
    mkdirSync(partial, { recursive: true });
    for (const tar of ['aws.tar.br', 'swiftshader.tar.br']) {
      if (!existsSync(join(bin, tar))) continue;
      const untar = spawnSync('tar', ['-x', '-C', partial], { input: brotliDecompressSync(readFileSync(join(bin, tar))) });
      if (untar.status !== 0) throw new Error(`could not unpack ${tar} of ${OLD_KERNELS[version]}: ${String(untar.stderr)}`);
    }
    writeFileSync(join(partial, 'chromium'), brotliDecompressSync(readFileSync(join(bin, 'chromium.br'))));
    chmodSync(join(partial, 'chromium'), 0o755);
    rmSync(dir, { recursive: true, force: true });
    renameSync(partial, dir);
  }
  const libs = [join(dir, 'lib'), dir, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':');
  return { executable, env: { ...process.env, LD_LIBRARY_PATH: libs } };
}
