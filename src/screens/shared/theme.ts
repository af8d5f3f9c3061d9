// One place for the look: the design size, colours and motion settings.
export const SCREEN = { width: 1920, height: 1080 } as const;

export const COLOUR = {
  night: 0x0b1630,
  navy: 0x13244a,
  panel: 0x1b2f5c,
  line: 0x3a5a9a,
  phone: 0x0e1a36,
  screen: 0xf2f5fb,
  safe: 0x3ddc97,
  risky: 0xff6b6b,
  gold: 0xffc94d,
  sky: 0x6cb8ff,
  white: 0xffffff,
} as const;

export { reducedMotion } from '../services/settings';
