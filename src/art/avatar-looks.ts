// What a face is made from, without the drawing code (src/art/avatars.ts, loaded later): the
// style names a level may ask for, the default look of a character, and the faces a player may
// pick for themself. Light enough for the first screen's code.

/** The avatar styles of the game: DiceBear styles whose drawings are CC0 1.0 (see CREDITS.md). */
export const AVATAR_STYLES = ['lorelei', 'notionists'] as const;
export type AvatarStyle = (typeof AVATAR_STYLES)[number];
/** Lorelei: friendly faces that read well at chat size, and the smallest style to load. */
export const DEFAULT_STYLE: AvatarStyle = 'lorelei';

export interface FaceLook {
  seed: string;
  style?: string;
  /** Not a person (an app, a game's system, a crowd): an icon, never a face (./icons.ts). */
  icon?: 'app' | 'game' | 'group' | undefined;
  /** The player's own face: its hair style (a Lorelei variant) is the player's alone, and so is its background. */
  player?: boolean;
  hair?: string;
}

export const isAvatarStyle = (style: unknown): style is AvatarStyle => AVATAR_STYLES.includes(style as AvatarStyle);

/** A character's look: its own, else its id as the seed, in the default style (an unknown style too). */
export function lookOf(character: { id: string; look?: FaceLook | undefined }): { seed: string; style: AvatarStyle; icon?: FaceLook['icon'] } {
  const style = character.look?.style;
  const icon = character.look?.icon;
  return { seed: character.look?.seed ?? character.id, style: isAvatarStyle(style) ? style : DEFAULT_STYLE, ...(icon ? { icon } : {}) };
}

/**
 * The faces a player can choose from in the settings: drawn from fixed seeds, so nothing about
 * the player goes in (no photo, no name). The first is everyone's face until they choose.
 */
export const PLAYER_LOOKS: readonly { id: string; seed: string; style: AvatarStyle; player: true; hair: string }[] = [
  { id: 'p1', seed: 'player-sky', style: 'lorelei', player: true, hair: 'variant01' },
  { id: 'p2', seed: 'player-moss', style: 'lorelei', player: true, hair: 'variant26' },
  { id: 'p3', seed: 'player-sun', style: 'lorelei', player: true, hair: 'variant04' },
  { id: 'p4', seed: 'player-ink', style: 'lorelei', player: true, hair: 'variant14' },
  { id: 'p5', seed: 'player-rain', style: 'lorelei', player: true, hair: 'variant39' },
  { id: 'p6', seed: 'player-leaf', style: 'lorelei', player: true, hair: 'variant36' },
  { id: 'p7', seed: 'player-kite', style: 'lorelei', player: true, hair: 'variant09' },
  { id: 'p8', seed: 'player-pine', style: 'lorelei', player: true, hair: 'variant23' },
];
