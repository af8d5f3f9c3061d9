// One place for the look: the design size, colours (from ./palette.ts) and motion settings.
import { colourNumber, PALETTE, type PaletteName } from './palette';

export const SCREEN = { width: 1920, height: 1080 } as const;

/** The palette as numbers, for Phaser's drawing calls. */
export const COLOUR = Object.fromEntries(Object.entries(PALETTE).map(([name, hex]) => [name, colourNumber(hex)])) as Record<PaletteName, number>;

export { reducedMotion } from '../../services/settings';
