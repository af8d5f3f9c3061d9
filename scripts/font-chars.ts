// The characters the game's font must draw: everything the game ships as text (levels, locales, the
// UI strings written in the code), plus ASCII and common punctuation so that a new UI string of
// plain English or usual Chinese punctuation never falls back to a PC's own font. One function
// for the build (scripts/font-plugin.ts cuts the subset from it) and the unit test that checks
// every shipped string against the subset (tests/unit/font-subset.test.ts).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Where shipped text lives, relative to the repository. Folders are read recursively. */
export const TEXT_SOURCES = ['levels', 'src', 'index.html'] as const;
const TEXT_FILE = /\.(json|ts|css|html)$/;

/**
 * Always in the font: printable ASCII, Latin-1 punctuation the English text may use, general
 * punctuation (dashes, curly quotes, ellipsis, bullet), CJK symbols and punctuation, and the
 * full-width forms (，：？！（）…). A few hundred glyphs, so a new string rarely needs a rebuild.
 */
const ALWAYS: [number, number][] = [
  [0x20, 0x7e],
  [0xa0, 0xbf],
  [0xd7, 0xd7],
  [0xf7, 0xf7],
  [0x2010, 0x2027],
  [0x2030, 0x203b],
  [0x2190, 0x2193], // arrows, used for the presenter keys (← →)
  [0x2460, 0x2473], // circled numbers ①–⑳
  [0x3000, 0x303f],
  [0xff01, 0xff5e],
];

/**
 * Emoji are drawn from Twemoji's SVGs (src/art/emoji.ts), not the font: characters shown as emoji
 * by default (😆 🥺 ⏰: Unicode's Emoji_Presentation, skin tones and regional indicators among
 * them), variation selectors, joiners and keycap combiners. Symbols shown as text by default
 * (★ ✓ ⚠) are text: the font draws them.
 */
// eslint-disable-next-line no-misleading-character-class -- tested one code point at a time, so a joiner or selector alone is meant
const EMOJI = /[\p{Emoji_Presentation}\u{FE0E}\u{FE0F}\u{200D}\u{20E3}]/u;
export const isEmojiPart = (char: string): boolean => EMOJI.test(char);

/** A character the font needs: not a control character, not whitespace other than space, not emoji. */
export const needsGlyph = (char: string): boolean => !/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\n\r\t]/u.test(char) && !isEmojiPart(char);

export interface TextFile {
  /** Path relative to the repository, with forward slashes. */
  path: string;
  /** Its text: for JSON, every string in it (keys included) joined by newlines, escapes decoded. */
  text: string;
}

function walk(root: string, entry: string): string[] {
  const full = join(root, entry);
  if (!statSync(full).isDirectory()) return TEXT_FILE.test(entry) ? [entry] : [];
  return readdirSync(full)
    .sort()
    .flatMap((name) => walk(root, join(entry, name)));
}

function strings(value: unknown, into: string[]): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, into);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      into.push(k);
      strings(v, into);
    }
  }
  return into;
}

/** Every file of shipped text under `root` (the repository), with its text. */
export function shippedText(root: string): TextFile[] {
  return TEXT_SOURCES.flatMap((entry) => walk(root, entry)).map((path) => {
    const raw = readFileSync(join(root, path), 'utf8');
    // Comments are not shown to anyone (box-drawing rules, arrows in explanations): left out.
    let text = /\.(ts|css)$/.test(path) ? raw.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/.*$/gm, '$1') : raw;
    if (path.endsWith('.json')) {
      try {
        text = strings(JSON.parse(raw), []).join('\n');
      } catch {
        // A JSON file with comments or a deliberate error (a test fixture): its raw text will do.
      }
    }
    return { path: relative('.', path).split('\\').join('/'), text };
  });
}

/** The distinct characters of some text that need a glyph from the font, as code points. */
export function glyphsOf(text: string): Set<number> {
  const out = new Set<number>();
  for (const char of text) if (needsGlyph(char)) out.add(char.codePointAt(0)!);
  return out;
}

/** Every character of the shipped text that needs a glyph: the font must draw all of them. */
export function shippedCharacters(root: string): Set<number> {
  const out = new Set<number>();
  for (const file of shippedText(root)) for (const c of glyphsOf(file.text)) out.add(c);
  return out;
}

/** Characters the font keeps when its main file has them, for strings still to come. */
export function roomCharacters(): Set<number> {
  const out = new Set<number>();
  for (const [from, to] of ALWAYS) for (let c = from; c <= to; c++) out.add(c);
  return out;
}

/** Code points as a string, in order (for subset-font, and for reading in a test's message). */
export const asText = (codePoints: Iterable<number>): string =>
  [...codePoints].sort((a, b) => a - b).map((c) => String.fromCodePoint(c)).join('');

/** Every emoji of the shipped text (as written, variation selectors included), in order of first use. */
export function shippedEmoji(root: string): string[] {
  const found = new Set<string>();
  // Node 20 knows the `v` flag; TypeScript's es2022 target does not, hence the constructor.
  const RGI_EMOJI = new RegExp('\\p{RGI_Emoji}', 'gv');
  for (const file of shippedText(root)) for (const m of file.text.matchAll(RGI_EMOJI)) if (/\p{Emoji_Presentation}|\u{FE0F}|\u{20E3}/u.test(m[0])) found.add(m[0]);
  return [...found];
}
