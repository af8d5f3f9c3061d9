// The game's font in every build: Noto Sans SC cut to the game's characters (scripts/font-subset.ts).
// - `vite build`: the WOFF2 files and a small stylesheet of @font-face rules in assets/, linked from
//   index.html. Not JavaScript, so outside the initial JS budget; the service worker precaches them
//   (vite.config.ts, globPatterns); `font-display: swap` keeps the title from waiting for them.
// - `vite build --mode single`: the rules inlined in index.html with the fonts as data: addresses.
// - dev server: the same rules and files, cut on request, so new strings show at once.
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { buildFontSubset, fontFaceCss, type FontSubset } from './font-subset.ts';

const DEV_PREFIX = '/@game-font/';

export function gameFont(root: string, single: boolean): Plugin {
  let subset: FontSubset | undefined;
  let cssFile = '';
  return {
    name: 'game-font',
    async buildStart() {
      if (this.meta.watchMode) return;
      subset = await buildFontSubset(root);
      const chars = subset.characters.size;
      const sizes = subset.files.map((f) => `${f.weight}: ${(f.bytes.length / 1000).toFixed(1)} kB`).join(', ');
      this.info(`font subset: ${chars} characters, ${sizes}`);
      if (single) return;
      for (const file of subset.files) this.emitFile({ type: 'asset', fileName: `assets/${file.fileName}`, source: file.bytes });
      const css = fontFaceCss(subset.files, (f) => `./${f.fileName}`) + '\n';
      cssFile = `assets/font-${createHash('sha256').update(css).digest('hex').slice(0, 8)}.css`;
      this.emitFile({ type: 'asset', fileName: cssFile, source: css });
    },
    transformIndexHtml: {
      handler(_html, context) {
        if (context.server) return [{ tag: 'link', attrs: { rel: 'stylesheet', href: `${DEV_PREFIX}font.css` }, injectTo: 'head' }];
        if (!subset) return;
        if (single) {
          const css = fontFaceCss(subset.files, (f) => `data:font/woff2;base64,${f.bytes.toString('base64')}`);
          return [{ tag: 'style', children: css, injectTo: 'head' }];
        }
        return [{ tag: 'link', attrs: { rel: 'stylesheet', href: `./${cssFile}` }, injectTo: 'head' }];
      },
    },
    configureServer(server) {
      server.middlewares.use(async (request, response, next) => {
        const url = request.url ?? '';
        if (!url.startsWith(DEV_PREFIX)) return next();
        try {
          const made = await buildFontSubset(root);
          const name = url.slice(DEV_PREFIX.length).split('?')[0];
          if (name === 'font.css') {
            response.setHeader('Content-Type', 'text/css');
            response.end(fontFaceCss(made.files, (f) => `${DEV_PREFIX}${f.fileName}`));
            return;
          }
          const file = made.files.find((f) => f.fileName === name);
          if (!file) return next();
          response.setHeader('Content-Type', 'font/woff2');
          response.end(file.bytes);
        } catch (error) {
          next(error);
        }
      });
    },
  };
}
