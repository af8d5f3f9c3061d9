// The faces: deterministic SVG avatars from DiceBear (MIT code, CC0 1.0 drawings; CREDITS.md).
// The same look always draws the same face, on every PC, with no network. This module is loaded
// after the title (src/art/faces.ts imports it dynamically), outside the initial JS budget, and
// each style is a chunk of its own, fetched when a face first needs it: Lorelei (the default) is
// ≈51 kB gzip, Notionists ≈121 kB, so a level that sticks to the default costs one small chunk.
// The one-file build inlines every style, so the set stays small (Open Peeps, also CC0, would add
// 260 kB to that file). Each style comes from its own package (@dicebear/lorelei,
// @dicebear/notionists), not from @dicebear/collection, whose index has every style and, lacking a
// sideEffects flag, would bundle all thirty, 273 kB gzip.
import { svgDataUri } from './svg-uri';
import { createAvatar, type Style } from '@dicebear/core';
import { DEFAULT_STYLE, isAvatarStyle, PLAYER_LOOKS, type AvatarStyle, type FaceLook } from './avatar-looks';

type AnyStyle = Style<Record<string, unknown>>;
const asStyle = (module: unknown) => module as AnyStyle;

const LOADERS: Record<AvatarStyle, () => Promise<AnyStyle>> = {
  lorelei: () => import('@dicebear/lorelei').then(asStyle),
  notionists: () => import('@dicebear/notionists').then(asStyle),
};

/**
 * Soft backgrounds that keep the black line drawings readable on the game's night blue. The first
 * is the player's alone: their face never shares a colour with anyone they talk to.
 */
const PLAYER_BACKGROUND = ['b6e3f4'];
const BACKGROUNDS = ['c0aede', 'd1d4f9', 'ffd5dc', 'ffdfbf', 'c7f0d8', 'f4e4a6', 'e0c3a8'];
/** Skin and hair in a few natural tones (DiceBear's default draws every face white-skinned, black-haired, alike). */
const SKIN = ['fde7d6', 'f6d3b4', 'eebf98', 'd9a37c'];
const HAIR_COLOUR = ['1b1b1b', '2e2320', '4a3426', '6b4a2f', '8a5a34', '3a3f5c'];
/**
 * Lorelei's 48 hair styles, split: each of the player's faces has its own, and everyone else draws
 * from the rest, so no one in a chat wears the player's hair (凯哥's long hair read as the player's).
 */
const PLAYER_HAIR = new Set(PLAYER_LOOKS.map((l) => l.hair));
const OTHER_HAIR = Array.from({ length: 48 }, (_, i) => `variant${String(i + 1).padStart(2, '0')}`).filter((v) => !PLAYER_HAIR.has(v));

const styles = new Map<AvatarStyle, Promise<AnyStyle>>();
const drawn = new Map<string, string>();

const styleOf = (look: FaceLook): AvatarStyle => (isAvatarStyle(look.style) ? look.style : DEFAULT_STYLE);

/** The SVG markup of a face: round, on a soft colour chosen by the seed (the player's own colour for the player). No beards: most of the cast are children. */
export async function avatarSvg(look: FaceLook): Promise<string> {
  const style = styleOf(look);
  const key = `${style}\n${look.seed}\n${look.player === true}`;
  const known = drawn.get(key);
  if (known !== undefined) return known;
  let loading = styles.get(style);
  if (!loading) styles.set(style, (loading = LOADERS[style]()));
  const tones = style === 'lorelei' ? { skinColor: SKIN, hairColor: HAIR_COLOUR, hair: look.player && look.hair ? [look.hair] : OTHER_HAIR } : {};
  const backgroundColor = look.player ? PLAYER_BACKGROUND : BACKGROUNDS;
  const svg = createAvatar(await loading, { seed: look.seed, radius: 50, backgroundColor, size: 128, beardProbability: 0, ...tones }).toString();
  drawn.set(key, svg);
  return svg;
}

/** The face as a data: address for an <img> (the game's CSP allows data: images). */
export const avatarDataUri = async (look: FaceLook): Promise<string> =>
  svgDataUri(await avatarSvg(look));
