// The faces: deterministic SVG avatars from DiceBear (MIT code, CC0 1.0 drawings; CREDITS.md).
// The same look always draws the same face, on every PC, with no network. This module and
// DiceBear are loaded after the title (src/art/faces.ts imports it dynamically), outside the
// initial JS budget.
import { createAvatar, type Style } from '@dicebear/core';
import { lorelei, notionists, openPeeps } from '@dicebear/collection';
import { DEFAULT_STYLE, isAvatarStyle, type AvatarStyle, type FaceLook } from './avatar-looks';

// DiceBear's style objects share one options type loosely; each is called with the common options only.
const STYLES: Record<AvatarStyle, Style<Record<string, unknown>>> = {
  notionists: notionists as unknown as Style<Record<string, unknown>>,
  lorelei: lorelei as unknown as Style<Record<string, unknown>>,
  'open-peeps': openPeeps as unknown as Style<Record<string, unknown>>,
};

/** Soft backgrounds that keep the black line drawings readable on the game's night blue. */
const BACKGROUNDS = ['b6e3f4', 'c0aede', 'd1d4f9', 'ffd5dc', 'ffdfbf', 'c7f0d8'];

const cache = new Map<string, string>();

/** The SVG markup of a face: round, on a soft colour chosen by the seed. */
export function avatarSvg(look: FaceLook): string {
  const style = isAvatarStyle(look.style) ? look.style : DEFAULT_STYLE;
  const key = `${style}\n${look.seed}`;
  let svg = cache.get(key);
  if (svg === undefined) {
    svg = createAvatar(STYLES[style], { seed: look.seed, radius: 50, backgroundColor: BACKGROUNDS, size: 128 }).toString();
    cache.set(key, svg);
  }
  return svg;
}

/** The face as a data: address for an <img> (the game's CSP allows data: images). */
export const avatarDataUri = (look: FaceLook): string => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(avatarSvg(look))}`;
