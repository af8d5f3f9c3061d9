// Brotli and gzip copies of the build's text files (x.js → x.js.br, x.js.gz), written once at build
// time: the class hub (server/static-files.ts, with sirv) and a school's web server (nginx's
// gzip_static, Apache's MultiViews) send them to browsers that accept them, so a class of 60
// devices loading the game costs the teacher's PC no compression at all. Runs after every other
// plugin has written its files (the service worker included); the service worker precaches the
// plain files only (its globPatterns name the extensions), and browsers never ask for these.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

/** Files worth compressing: text. Pictures other than SVG and fonts (WOFF2) are compressed already. */
export const COMPRESSIBLE = /\.(html|js|mjs|css|json|webmanifest|svg|txt)$/;
/** Below this a compressed copy saves less than its headers cost. */
const SMALLEST = 512;

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

const filesIn = (folder: string): string[] => readdirSync(folder, { recursive: true, encoding: 'utf8' }).map((f) => join(folder, f)).filter((f) => statSync(f).isFile());

/** Writes the .br and .gz copies of every compressible file in `folder`; returns how many files it compressed. */
export async function precompressFolder(folder: string): Promise<number> {
  const files = filesIn(folder).filter((f) => COMPRESSIBLE.test(f) && statSync(f).size >= SMALLEST);
  await Promise.all(
    files.map(async (file) => {
      const raw = readFileSync(file);
      const [br, gz] = await Promise.all([
        brotli(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }),
        gzipped(raw, { level: 9 }),
      ]);
      writeFileSync(`${file}.br`, br);
      writeFileSync(`${file}.gz`, gz);
    }),
  );
  return files.length;
}

export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        await precompressFolder(outDir);
      },
    },
  };
}
