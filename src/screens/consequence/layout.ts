// The consequence card: Phaser draws its panel and red edge here, and consequence.css lays the text
// on it from the same numbers (--consequence-card-x, …; see ../shared/layout-vars.ts).
export const CONSEQUENCE_LAYOUT = {
  card: { x: 110, y: 60, width: 1700, height: 960 },
} as const;
