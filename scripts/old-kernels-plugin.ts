// Old Chromium kernels (issue 26): the gate and the polyfills of src/old-kernels/, built with
// esbuild (a classic script each, not part of the module graph) and put into the page.
//
// - The gate is inlined at the top of <head>, right after the Content-Security-Policy, which
//   allows it by its hash: no extra request before the splash paints, and every browser, however
//   old, runs it before the game's module.
// - The polyfills are a file of their own, assets/old-kernels-<hash>.js, which only a browser that
//   misses a method fetches (the gate writes its <script> in). It is left out of the service
//   worker's precache for that reason (vite.config.ts) and cached at run time instead.
// - The one-file build has no files: the polyfills are inlined after the gate (core-js installs
//   only what is missing), and the one-file CSP plugin hashes both.
import { createHash } from 'node:crypto';
import { buildSync } from 'esbuild';
import type { Plugin } from 'vite';

/** The polyfills' file name in assets/ starts with this (the precache leaves it out). */
export const POLYFILLS_PREFIX = 'old-kernels-';

const CSP = /(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(" \/?>)/;

function bundle(entry: string, target: string, define: Record<string, string> = {}, banner = ''): string {
  const out = buildSync({ entryPoints: [entry], bundle: true, format: 'iife', minify: true, target, define, banner: { js: banner }, write: false, legalComments: 'none', charset: 'utf8', logLevel: 'silent' });
  return out.outputFiles[0]!.text.trim();
}

const sha256 = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;

export function oldKernels(root: string, single: boolean): Plugin {
  let polyfills = '';
  let polyfillsFile = '';
  return {
    name: 'old-kernels',
    apply: 'build',
    buildStart() {
      polyfills = bundle(`${root}/src/old-kernels/polyfills.ts`, 'chrome86', {}, '/*! core-js, MIT License, (c) 2013–2025 Denis Pushkarev, CoreJS Company: https://github.com/zloirock/core-js */');
      if (single) return;
      polyfillsFile = `assets/${POLYFILLS_PREFIX}${createHash('sha256').update(polyfills).digest('hex').slice(0, 8)}.js`;
      this.emitFile({ type: 'asset', fileName: polyfillsFile, source: polyfills });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!CSP.test(html)) throw new Error('index.html has no Content-Security-Policy meta to put the old-kernel gate after');
        // Relative, like every address of the build (base './').
        const gate = bundle(`${root}/src/old-kernels/gate.ts`, 'es5', { __POLYFILLS__: JSON.stringify(single ? '' : `./${polyfillsFile}`) });
        const scripts = single ? [gate, polyfills] : [gate];
        return html.replace(CSP, (_, open: string, policy: string, close: string) => {
          // The one-file build's CSP plugin adds the hashes of every inline script itself.
          const allowed = single ? policy : policy.replace(/(^|; )script-src ([^;]*)/, (__, start: string, sources: string) => `${start}script-src ${sources} ${sha256(gate)}`);
          return `${open}${allowed}${close}\n    ${scripts.map((code) => `<script>${code}</script>`).join('\n    ')}`;
        });
      },
    },
  };
}
