// The game's art: faces drawn the same way every time from a level's looks, only CC0 avatar
// styles (so no credit is owed that CREDITS.md lacks), a picture for every shipped level, and a
// bundled Twemoji picture for every emoji the game ships.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emojiPictures, twemojiFile } from '../../scripts/emoji-plugin';
import { AVATAR_STYLES, DEFAULT_STYLE, lookOf, PLAYER_LOOKS } from '../../src/art/avatar-looks';
import { avatarSvg } from '../../src/art/avatars';
import { caseFileUri, coverUri, hasOwnCover } from '../../src/art/pictures';

const levels = readdirSync('levels')
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join('levels', f), 'utf8')) as { id: string; characters: { id: string; role: string; look?: { seed: string; style?: string } }[] });

describe('faces', () => {
  it('are the same drawing for the same look, and differ between looks', async () => {
    const a = await avatarSvg({ seed: 'kai-side-jobs' });
    expect(a.startsWith('<svg')).toBe(true);
    expect(await avatarSvg({ seed: 'kai-side-jobs' })).toBe(a);
    expect(await avatarSvg({ seed: 'lin-deskmate' })).not.toBe(a);
    expect(await avatarSvg({ seed: 'kai-side-jobs', style: 'notionists' })).not.toBe(a);
  });

  it('fall back to the character id and the default style', async () => {
    expect(lookOf({ id: 'kai' })).toEqual({ seed: 'kai', style: DEFAULT_STYLE });
    expect(lookOf({ id: 'kai', look: { seed: 'k', style: 'no-such-style' } })).toEqual({ seed: 'k', style: DEFAULT_STYLE });
    expect(await avatarSvg({ seed: 'k', style: 'no-such-style' })).toBe(await avatarSvg({ seed: 'k', style: DEFAULT_STYLE }));
  });

  it('come only from styles whose drawings are CC0 1.0', () => {
    for (const style of AVATAR_STYLES) {
      // The style's own package (its exports hide package.json): node_modules/@dicebear/<style>/LICENSE.
      const licence = readFileSync(join('node_modules', '@dicebear', style, 'LICENSE'), 'utf8');
      expect(licence, style).toMatch(/# Design[\s\S]*License: CC0 1\.0/);
    }
  });

  it('are drawn for every character of every shipped level', async () => {
    for (const level of levels) {
      for (const c of level.characters.filter((c) => c.role === 'contact' || c.role === 'player')) {
        expect(await avatarSvg(lookOf(c)), `${level.id}/${c.id}`).toMatch(/^<svg[\s\S]*<\/svg>$/);
      }
    }
  });

  it('offer the player a handful of distinct faces, none from anything personal', async () => {
    expect(PLAYER_LOOKS.length).toBeGreaterThanOrEqual(6);
    expect(new Set(await Promise.all(PLAYER_LOOKS.map((l) => avatarSvg(l)))).size).toBe(PLAYER_LOOKS.length);
    expect(new Set(PLAYER_LOOKS.map((l) => l.id)).size).toBe(PLAYER_LOOKS.length);
  });
});

describe('pictures', () => {
  it('give every shipped level its own cover, and any other level the generic one', () => {
    for (const level of levels) expect(hasOwnCover(level.id), level.id).toBe(true);
    expect(hasOwnCover('imported-level')).toBe(false);
    expect(coverUri('imported-level')).toMatch(/^data:image\/svg\+xml;charset=utf-8,%3Csvg/);
    expect(caseFileUri()).toMatch(/^data:image\/svg\+xml/);
  });
});

describe('emoji', () => {
  it('have a bundled Twemoji picture for every emoji the game ships', () => {
    const { pictures, missing } = emojiPictures(process.cwd());
    expect(missing).toEqual([]);
    for (const svg of pictures.values()) expect(svg).toMatch(/^<svg/);
  });

  it('are looked up by Twemoji file name', () => {
    expect(twemojiFile('🥺')).toMatch(/\/1f97a\.svg$/);
    expect(twemojiFile('❤️')).toMatch(/\/2764\.svg$/);
    expect(twemojiFile('👍🏽')).toMatch(/\/1f44d-1f3fd\.svg$/);
  });
});
