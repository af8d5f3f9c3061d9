// Cuts the game's font from Noto Sans SC (SIL Open Font License 1.1, @fontsource/noto-sans-sc) to
// the characters of scripts/font-chars.ts, as WOFF2. Fontsource's "chinese-simplified" file of a
// weight holds the 7,946 characters of simplified Chinese and Latin text in one font, so most of
// the game is one subset per weight. Symbols it lacks (arrows, ①, ≥, ✓, ★) live in Fontsource's
// numbered unicode-range chunks of the full font: each chunk that has some of them gives a second,
// small file. Every file's @font-face names exactly the characters it holds (unicode-range), so
// the browser knows which file draws which character. Used by the Vite plugin
// (scripts/font-plugin.ts), the unit test and the bench.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';
import { asText, roomCharacters, shippedCharacters } from './font-chars.ts';

const require = createRequire(import.meta.url);
const fontsource = dirname(require.resolve('@fontsource/noto-sans-sc/package.json'));

/** The CSS family name the game's stylesheet asks for first (src/style.css, --font). */
export const FONT_FAMILY = 'See Through Sans';
/** Regular text and bold (headings, buttons, strong). */
export const WEIGHTS = [400, 700] as const;
export type Weight = (typeof WEIGHTS)[number];

export const sourceFontFile = (weight: Weight): string => join(fontsource, 'files', `noto-sans-sc-chinese-simplified-${weight}-normal.woff2`);

export interface FontFile {
  weight: Weight;
  /** A name with the content's hash, for the build's assets folder. */
  fileName: string;
  bytes: Buffer;
  /** The code points this file draws. */
  covers: number[];
}

export interface FontSubset {
  files: FontFile[];
  /** The code points of the shipped text (scripts/font-chars.ts). */
  characters: Set<number>;
  /** Shipped, but in no file of Noto Sans SC (a PC's own font draws them, if it can). */
  absent: number[];
}

/** The code points a font file (WOFF2, WOFF or TrueType) maps to glyphs: its cmap. */
export async function fontCoverage(bytes: Uint8Array): Promise<Set<number>> {
  const [{ convert }, hb] = await Promise.all([import('fontverter'), import('harfbuzzjs')]);
  const face = new hb.Face(new hb.Blob(await convert(bytes, 'sfnt')));
  return new Set(face.collectUnicodes());
}

/** Fontsource's numbered chunks of a weight, with their unicode-range, from its stylesheet. */
function chunks(weight: Weight): { file: string; ranges: [number, number][] }[] {
  const css = readFileSync(join(fontsource, `${weight}.css`), 'utf8');
  return [...css.matchAll(/url\(\.\/files\/([^)]+\.woff2)\)[^;]*;\s*unicode-range:\s*([^;]+);/g)].map((m) => ({
    file: join(fontsource, 'files', m[1]!),
    ranges: m[2]!.split(',').map((r) => {
      const [from, to] = r.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(from!, 16), parseInt(to ?? from!, 16)] as [number, number];
    }),
  }));
}

/** A unicode-range value for a set of code points: runs joined (U+4e00-4e03,U+4e08). */
export function unicodeRange(codePoints: Iterable<number>): string {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    const hex = (c: number) => c.toString(16);
    runs.push(i === j ? `U+${hex(sorted[i]!)}` : `U+${hex(sorted[i]!)}-${hex(sorted[j]!)}`);
    i = j + 1;
  }
  return runs.join(',');
}

/**
 * A short unicode-range for the main file: the 256-character blocks it has characters in. Its
 * exact list would be 19 kB of render-blocking CSS (the game's Chinese characters are scattered
 * over the CJK block); the browser reads the file's own cmap for what it lacks, and the symbol
 * files, declared after it, are asked first for their characters.
 */
export function blockRange(codePoints: Iterable<number>): string {
  const blocks = [...new Set([...codePoints].map((c) => c >> 8))].sort((a, b) => a - b);
  return unicodeRange(blocks.flatMap((b) => [b << 8, (b << 8) + 255]).flatMap((c, i, all) => (i % 2 === 0 ? range(c, all[i + 1]!) : [])));
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

const coverageOfSource = new Map<string, Promise<Set<number>>>();
const sourceCoverage = (file: string) => {
  let made = coverageOfSource.get(file);
  if (!made) coverageOfSource.set(file, (made = fontCoverage(readFileSync(file))));
  return made;
};

async function cut(source: string, weight: Weight, codePoints: number[], tag: string): Promise<FontFile> {
  const bytes = await subsetFont(readFileSync(source), asText(codePoints), { targetFormat: 'woff2' });
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 8);
  return { weight, fileName: `noto-sans-sc-${tag}-${weight}-${hash}.woff2`, bytes, covers: [...codePoints].sort((a, b) => a - b) };
}

const cache = new Map<string, Promise<FontSubset>>();

/** The subset for the repository at `root`, cut once per set of characters (the dev server asks often). */
export function buildFontSubset(root: string): Promise<FontSubset> {
  const characters = shippedCharacters(root);
  const room = roomCharacters();
  const key = createHash('sha256').update(asText(characters)).digest('hex');
  let made = cache.get(key);
  if (!made) {
    // One file after another: the WOFF2 coder (wawoff2, WebAssembly) shares its memory between
    // calls, and two at once can hand back each other's bytes.
    made = (async () => {
      const files: FontFile[] = [];
      const absent = new Set<number>();
      for (const weight of WEIGHTS) {
        const main = await sourceCoverage(sourceFontFile(weight));
        const inMain = new Set([...characters, ...room].filter((c) => main.has(c)));
        files.push(await cut(sourceFontFile(weight), weight, [...inMain], 'subset'));
        const rest = [...characters].filter((c) => !main.has(c));
        const found = new Set<number>();
        for (const chunk of chunks(weight)) {
          const inRange = rest.filter((c) => !found.has(c) && chunk.ranges.some(([from, to]) => c >= from && c <= to));
          if (inRange.length === 0) continue;
          const has = await sourceCoverage(chunk.file);
          const here = inRange.filter((c) => has.has(c));
          if (here.length === 0) continue;
          for (const c of here) found.add(c);
          files.push(await cut(chunk.file, weight, here, 'symbols'));
        }
        for (const c of rest) if (!found.has(c)) absent.add(c);
      }
      return { files, characters, absent: [...absent].sort((a, b) => a - b) };
    })();
    cache.set(key, made);
  }
  return made;
}

/**
 * The @font-face rules, with each file's address given by `url` (a path in the build, or a data:
 * address in the one-file build). `font-display: swap`: the title shows at once in a PC's own
 * font and changes to this one when it has arrived.
 */
export function fontFaceCss(files: readonly FontFile[], url: (file: FontFile) => string): string {
  return files
    .map(
      (file) =>
        `@font-face{font-family:'${FONT_FAMILY}';font-style:normal;font-weight:${file.weight};font-display:swap;` +
        `src:url(${url(file)}) format('woff2');unicode-range:${file.fileName.includes('-symbols-') ? unicodeRange(file.covers) : blockRange(file.covers)}}`,
    )
    .join('\n');
}
