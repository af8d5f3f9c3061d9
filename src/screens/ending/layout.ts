// The ending's two columns: what happened, the score and stars and the buttons on the left; who
// to tell and the lessons on the right. ending.css places them from these numbers (--ending-left-x,
// …; see ../shared/layout-vars.ts).
export const ENDING_LAYOUT = {
  left: { x: 120, width: 760 },
  right: { x: 960, width: 880 },
} as const;
