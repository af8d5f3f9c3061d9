// The game's colours, defined once. Phaser draws with them as numbers (COLOUR in ./theme.ts) and the
// DOM layer's CSS reads them as custom properties (--night, --risky, …), which applyPalette sets on
// the page before the first screen: a colour changed here changes on the canvas and in the CSS alike.
export const PALETTE = {
  night: '#0b1630',
  navy: '#13244a',
  panel: '#1b2f5c',
  line: '#3a5a9a',
  ink: '#f4f7ff',
  muted: '#c3d0ee',
  safe: '#3ddc97',
  // The lighter of the two reds the game once had: as text on the navy panels it keeps a contrast
  // of at least 4.5:1, and the meter's bar and the consequence card's edge read as the same red.
  risky: '#ff8a8a',
  gold: '#ffc94d',
  sky: '#6cb8ff',
  focus: '#ffe066',
  white: '#ffffff',
  /** The phone's body, its screen, the bar at the top of its screen, and its grey "typing" ink. */
  phone: '#0e1a36',
  phoneScreen: '#e9eef7',
  phoneBar: '#d3ddef',
  phoneInk: '#44557a',
} as const;

export type PaletteName = keyof typeof PALETTE;

/** A colour's CSS custom property: phoneBar → --phone-bar. */
export const cssName = (name: PaletteName): string => `--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** A colour as the number Phaser's drawing calls take. */
export const colourNumber = (hex: string): number => Number.parseInt(hex.slice(1), 16);

/** Sets every colour of the palette as a custom property of `root` (the page's <html>). */
export function applyPalette(root: HTMLElement = document.documentElement): void {
  for (const name of Object.keys(PALETTE) as PaletteName[]) root.style.setProperty(cssName(name), PALETTE[name]);
}
