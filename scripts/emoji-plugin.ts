// The emoji the game's text uses, drawn from Twemoji's SVGs (graphics CC-BY 4.0, CREDITS.md) so
// that no PC's own emoji font is needed (Debian and older Windows showed 🥺 as an empty box).
// Only the emoji the shipped text contains are bundled, found at build time by the same reader
// of the shipped text as the font (scripts/font-chars.ts).
// - virtual:emoji-list: the emoji, longest first (tiny; the first screen's code can split text).
// - virtual:emoji-pictures: each emoji's SVG as a data: address (loaded lazily, src/art/emoji.ts).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { shippedEmoji } from './font-chars.ts';

const require = createRequire(import.meta.url);
const twemoji = dirname(require.resolve('@twemoji/svg/package.json'));

/** Twemoji's file for an emoji: code points in hex joined by "-", without FE0F unless it has a joiner. */
export function twemojiFile(emoji: string): string {
  const points = [...emoji].map((c) => c.codePointAt(0)!);
  const kept = emoji.includes('\u200d') ? points : points.filter((c) => c !== 0xfe0f);
  return join(twemoji, `${kept.map((c) => c.toString(16)).join('-')}.svg`);
}

/** The shipped emoji with their SVGs; an emoji Twemoji lacks is reported and left as text. */
export function emojiPictures(root: string): { pictures: Map<string, string>; missing: string[] } {
  const pictures = new Map<string, string>();
  const missing: string[] = [];
  for (const emoji of shippedEmoji(root)) {
    const file = twemojiFile(emoji);
    if (existsSync(file)) pictures.set(emoji, readFileSync(file, 'utf8').trim());
    else missing.push(emoji);
  }
  return { pictures, missing };
}

const LIST = 'virtual:emoji-list';
const PICTURES = 'virtual:emoji-pictures';

export function gameEmoji(root: string): Plugin {
  return {
    name: 'game-emoji',
    resolveId: (id) => (id === LIST || id === PICTURES ? `\0${id}` : null),
    load(id) {
      if (id !== `\0${LIST}` && id !== `\0${PICTURES}`) return null;
      const { pictures, missing } = emojiPictures(root);
      if (missing.length > 0) this.warn(`no Twemoji picture for ${missing.join(' ')}: shown as text`);
      // Re-read when a level or locale changes (the dev server).
      for (const folder of ['levels', 'src/locales']) this.addWatchFile(join(root, folder));
      if (id === `\0${LIST}`) {
        const list = [...pictures.keys()].sort((a, b) => b.length - a.length);
        return `export default ${JSON.stringify(list)};`;
      }
      const entries = [...pictures].map(([emoji, svg]) => [emoji, `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`]);
      return `export default ${JSON.stringify(Object.fromEntries(entries))};`;
    },
  };
}
