// The title: the emblem Phaser draws (centre and width) above the name and buttons, which
// title.css places from --title-hero-y (see ../shared/layout-vars.ts).
export const TITLE_LAYOUT = {
  shield: { x: 960, y: 250, size: 220, bob: 14 },
  hero: { y: 420 },
} as const;
