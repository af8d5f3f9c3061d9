// The ending's score block and the stars Phaser draws below its label: ending.css places the block
// from these numbers (--ending-score-x, …; see ../shared/layout-vars.ts).
export const ENDING_LAYOUT = {
  score: { x: 120, y: 480, width: 760 },
  /** The first star's centre, the stars' outer radius and the distance between their centres. */
  stars: { x: 200, y: 720, size: 70, gap: 180 },
} as const;
