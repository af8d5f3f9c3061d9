// The game's font (Noto Sans SC cut at build time, scripts/font-plugin.ts) draws every character the
// game ships: the levels, the quiz, the locales and the strings in the code. A character outside
// it would fall back to a PC's own font (or an empty box on a PC without a CJK font).
import { describe, expect, it } from 'vitest';
import { glyphsOf, isEmojiPart, shippedText, asText } from '../../scripts/font-chars';
import { buildFontSubset, fontCoverage, WEIGHTS } from '../../scripts/font-subset';

const root = process.cwd();
const files = shippedText(root);

/**
 * In no file of Noto Sans SC, and allowed for now: the level checker's ✗ for a failed checklist
 * rule (src/core/messages, printed in a terminal) and the replacement character "�" that the
 * not-UTF-8 message quotes (drawn by every system). Any other character fails this test.
 */
const FALLBACK_ALLOWED = '✗�';

/** The characters of `text` that need a glyph and are not in `covered`. */
const missing = (text: string, covered: Set<number>) => asText([...glyphsOf(text)].filter((c) => !covered.has(c)));

describe('the game font subset', async () => {
  const subset = await buildFontSubset(root);
  // Per weight, the code points its files draw (the main subset and its symbol files).
  const coverage = WEIGHTS.map(() => new Set<number>([...FALLBACK_ALLOWED].map((c) => c.codePointAt(0)!)));
  for (const f of subset.files) for (const c of await fontCoverage(f.bytes)) coverage[WEIGHTS.indexOf(f.weight)]!.add(c);

  it('reads every level, quiz and locale file the game ships', () => {
    const paths = files.map((f) => f.path);
    for (const expected of ['levels/bank-card.json', 'src/locales/zh-CN.json', 'src/locales/en.json']) expect(paths).toContain(expected);
    expect(paths.filter((p) => p.startsWith('levels/') && p.endsWith('.json')).length).toBeGreaterThanOrEqual(7);
  });

  it('is one main WOFF2 file per weight, a fraction of the full font', () => {
    const main = subset.files.filter((f) => f.fileName.includes('-subset-'));
    expect(main.map((f) => f.weight)).toEqual([...WEIGHTS]);
    for (const f of subset.files) {
      expect(f.bytes.subarray(0, 4).toString('latin1')).toBe('wOF2');
      expect(f.bytes.length).toBeLessThan(400_000); // the full simplified-Chinese file is 1.1 MB
    }
  });

  it.each(files.map((f) => [f.path, f.text] as const))('draws every character of %s in both weights', (_path, text) => {
    for (const [i, covered] of coverage.entries()) expect(missing(text, covered), `weight ${WEIGHTS[i]}`).toBe('');
  });

  it('would catch a shipped string with a character outside the subset', () => {
    const covered = coverage[0]!;
    expect(missing('识破：你好…', covered)).toBe('');
    expect(missing('识破 齉 ไทย', covered)).toBe('ทยไ齉');
  });

  it('leaves emoji to the bundled Twemoji pictures, and keeps ASCII and CJK punctuation', () => {
    const covered = coverage[0]!;
    expect(isEmojiPart('🥺')).toBe(true);
    expect(covered.has('🥺'.codePointAt(0)!)).toBe(false);
    for (const c of 'Aa~…，。“”！？、（）《》—·×✓★') expect(covered.has(c.codePointAt(0)!), c).toBe(true);
  });
});
