import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { gameFont } from './scripts/font-plugin.ts';
import { gameEmoji } from './scripts/emoji-plugin.ts';
import { oldKernels, POLYFILLS_PREFIX } from './scripts/old-kernels-plugin.ts';
import { precompress } from './scripts/precompress-plugin.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Level files hot-reload in the dev server: instead of reloading the page (which would drop the
 * teacher back at the title), tell the game a level changed; it re-reads the levels and reopens
 * the screen it was on. Added or removed files still reload the page.
 */
function levelsHotReload(): Plugin {
  return {
    name: 'levels-hot-reload',
    handleHotUpdate({ file, modules, server }) {
      if (!/\/levels\/[^/]+\.json$/.test(file)) return;
      for (const module of modules) server.moduleGraph.invalidateModule(module);
      server.ws.send({ type: 'custom', event: 'levels-changed', data: { file } });
      return [];
    },
  };
}

/**
 * The Content-Security-Policy. index.html carries the build's, which allows nothing but the game's
 * own files (plus data: images for Phaser's built-in textures and blob: audio for the synthesised
 * sounds). The dev server also needs its websocket and the <style> tags it injects; the one-file
 * build needs its one inline <script> and <style>, allowed by their hashes, not by 'unsafe-inline'.
 */
function contentSecurityPolicy(variant: 'dev' | 'single'): Plugin {
  const META = /(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")/;
  const edit = (html: string, change: (policy: string) => string): string => {
    if (!META.test(html)) throw new Error('index.html has no Content-Security-Policy meta to adjust');
    return html.replace(META, (_, open: string, policy: string, close: string) => open + change(policy) + close);
  };
  const addTo = (policy: string, directive: string, sources: string): string =>
    policy.replace(new RegExp(`(^|; )${directive} ([^;]*)`), `$1${directive} $2 ${sources}`);
  const hash = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
  const inline = (html: string, tag: string) => [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => hash(m[1]!));

  if (variant === 'dev') {
    return {
      name: 'csp-dev',
      apply: 'serve',
      transformIndexHtml: (html) => edit(html, (p) => addTo(addTo(p, 'style-src', "'unsafe-inline'"), 'connect-src', 'ws: wss:')),
    };
  }
  // The hashes are only known once vite-plugin-singlefile has inlined the code: hold their places
  // (which also tells that plugin the policy allows the inline code), then fill them in.
  const PENDING = "'sha256-pending'";
  return {
    name: 'csp-single-file',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: (html) => edit(html, (p) => addTo(addTo(p, 'script-src', PENDING), 'style-src', PENDING)),
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const page = bundle['index.html'];
        if (page?.type !== 'asset' || typeof page.source !== 'string') throw new Error('no index.html in the one-file build');
        const html = page.source;
        const fill = (directive: string, tag: string) => (p: string) =>
          p.replace(new RegExp(`(^|; )(${directive} [^;]*)${PENDING}`), (_, start: string, rest: string) => start + rest + inline(html, tag).join(' '));
        page.source = edit(html, (p) => fill('style-src', 'style')(fill('script-src', 'script')(p)));
        if (page.source.includes(PENDING)) throw new Error('the one-file build has a Content-Security-Policy hash left unfilled');
      },
    },
  };
}

/**
 * zod compiles a faster object parser with `new Function` when it may, and probes for that with a
 * `new Function("")` it catches; under the game's CSP (no 'unsafe-eval') the probe is still
 * reported as a violation. zod's `jitless` setting skips both; it is set in zod's own config object
 * here, before any schema is made, since the engine (src/core) imports zod and nothing else.
 */
const zodWithoutEval = {
  name: 'zod-jitless',
  transform(code: string, id: string) {
    if (!/[\\/]zod[\\/]v4[\\/]core[\\/]core\.js$/.test(id)) return null;
    const setting = 'export const globalConfig = globalThis.__zod_globalConfig;';
    if (!code.includes(setting)) throw new Error(`zod changed: ${id} no longer has "${setting}"`);
    return { code: code.replace(setting, `${setting}\nglobalConfig.jitless = true;`), map: null };
  },
};

/**
 * In the build, Phaser's Math namespace is required only by its config, for the random number
 * generator: point those requires at src/phaser-build/phaser-math.cjs, which has just that.
 */
function slimPhaserMath(): Plugin {
  return {
    name: 'phaser-math',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer?.includes('/node_modules/phaser/src/') || !/^(\.\.\/)+math\/?$/.test(source)) return null;
      return here('./src/phaser-build/phaser-math.cjs');
    },
  };
}

/**
 * Phaser's build flags, as its own webpack config sets them (node_modules/phaser/config): no debug
 * or experimental code, no 3D or Facebook plugins, and no sound manager (the game plays its sound
 * through howler). The renderer is Canvas only: Phaser's WebGL renderer alone is ≈55 KB gzip, which
 * would put the game over its 250 KB budget, and the game draws only a few vector shapes under a
 * DOM layer, which Canvas draws as well on every PC, old ones without WebGL included.
 * `PHASER_WEBGL=1 npm run build` builds both renderers (WebGL where available, Canvas elsewhere).
 */
const webgl = process.env.PHASER_WEBGL === '1';
export const PHASER_FLAGS = {
  'typeof CANVAS_RENDERER': 'true',
  'typeof WEBGL_RENDERER': String(webgl),
  'typeof WEBGL_DEBUG': 'false',
  'typeof EXPERIMENTAL': 'false',
  'typeof PLUGIN_3D': 'false',
  'typeof PLUGIN_CAMERA3D': 'false',
  'typeof PLUGIN_FBINSTANT': 'false',
  'typeof FEATURE_SOUND': 'false',
} as const;

export default defineConfig(({ command, mode }) => {
  // `npm run build:single` (mode "single"): one self-contained HTML file for a USB stick.
  const single = mode === 'single';
  return {
    // Relative paths: the build runs from any folder of any static server, or from a file.
    base: './',
    publicDir: single ? false : 'public',
    plugins: [
      levelsHotReload(),
      zodWithoutEval,
      slimPhaserMath(),
      contentSecurityPolicy('dev'),
      gameFont(here('.'), single), // Noto Sans SC cut to the game's characters (scripts/font-plugin.ts)
      gameEmoji(here('.')), // the shipped emoji as Twemoji pictures (scripts/emoji-plugin.ts)
      // Chromium 86 and newer: the "update your browser" gate, and polyfills for old kernels only.
      oldKernels(here('.'), single),
      // After one visit, the whole game plays offline: every file of the build is precached (the
      // levels and the sound code included), and a new version waits for the player's yes
      // (src/screens/shared/update-prompt.ts). A file opened from disk has no service worker.
      VitePWA({
        disable: single,
        registerType: 'prompt',
        injectRegister: false,
        manifest: {
          name: '识破 See Through It',
          short_name: '识破',
          description: '一款帮助中小学生识别并拒绝网络违法犯罪的课堂游戏。A classroom game that teaches students to spot and refuse online crime.',
          lang: 'zh-CN',
          start_url: './',
          scope: './',
          display: 'fullscreen',
          orientation: 'landscape',
          background_color: '#0b1630',
          theme_color: '#0b1630',
          icons: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
        },
        workbox: {
          globPatterns: ['**/*.{js,css,html,svg,webmanifest,woff2}'],
          // The old kernels' polyfills: a current browser never fetches them, so it does not
          // precache them either; an old kernel keeps them from its first visit, for offline play.
          globIgnores: [`**/${POLYFILLS_PREFIX}*.js`],
          runtimeCaching: [{ urlPattern: new RegExp(`/assets/${POLYFILLS_PREFIX}[^/]*\\.js$`), handler: 'CacheFirst', options: { cacheName: 'old-kernels' } }],
          // Every address of the game (?lang=en, ?mode=projector, ?notes) is the one page.
          navigateFallback: 'index.html',
          // The class hub's address (server/hub.ts) is never the game's page and never cached.
          navigateFallbackDenylist: [/\/class-hub/],
          ignoreURLParametersMatching: [/.*/],
          cleanupOutdatedCaches: true,
        },
      }),
      ...(single ? [viteSingleFile(), contentSecurityPolicy('single')] : [precompress()]), // .br and .gz copies for servers that send them
    ],
    resolve: {
      alias: [
        // The build uses the game's own Phaser (src/phaser-build/phaser.ts), made from Phaser's
        // sources; the dev server keeps the full package, which it pre-bundles once.
        ...(command === 'build' ? [{ find: /^phaser$/, replacement: here('./src/phaser-build/phaser.ts') }] : []),
        { find: /^phaser-source\//, replacement: here('./node_modules/phaser/src/') },
      ],
    },
    optimizeDeps: { rolldownOptions: { plugins: [zodWithoutEval] } },
    define: command === 'build' ? { ...PHASER_FLAGS, global: 'globalThis' } : {},
    build: {
      // Chromium 86 (the kernel of 360 Secure Browser 13's fast mode and its peers on school PCs)
      // is the oldest the game supports: its syntax is lowered that far for every browser (≈1.5 kB
      // gzip more than es2022, class fields mostly); the library methods it lacks come from
      // src/old-kernels/polyfills.ts, loaded only by the browsers that miss them.
      target: 'chrome86',
      cssTarget: 'chrome86',
      outDir: single ? 'dist-single' : 'dist',
      chunkSizeWarningLimit: 1600,
      rollupOptions: single
        ? {}
        : {
            output: {
              // Phaser in its own chunk, as the official template does: it changes less often than the game.
              manualChunks: (id: string) => (id.includes('node_modules/phaser') || id.endsWith('/src/phaser-build/phaser.ts') ? 'phaser' : undefined),
            },
          },
    },
    server: { port: 5173 },
    preview: { port: 4173 },
  };
});
