// Where the chat's parts sit on the 1920×1080 screen. Phaser draws the phone, the meter's bar and
// the typing dots here, and chat.css places the DOM beside and on them from the same numbers (as
// --chat-… custom properties, see ../shared/layout-vars.ts): moving the meter is one edit.
interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ChatLayout {
  /** The left column: level title, meter and feedback. */
  column: { x: number; width: number; titleY: number };
  /** The meter's label line, and below it the bar Phaser draws. */
  meterLabel: { y: number };
  meter: Box;
  /** The feedback after a choice: under the meter on a desk, the right-hand column projected. */
  feedback: { x: number; y: number; width: number; maxHeight: number };
  /** Projected: what S reveals, large, under the meter (on a desk it is a short notice). */
  reveal: { y: number; maxHeight: number };
  /** The phone Phaser draws (none when projected), its header bar, the chat log inside it. */
  phone: Box | null;
  phoneHead: Box;
  log: Box;
  /** "… is typing": the line, and the dots Phaser bounces at its start. */
  typing: { x: number; y: number; width: number };
  dots: { x: number; y: number };
}

const PHONE: Box = { x: 670, y: 24, width: 580, height: 1032 };
const COLUMN = { x: 60, width: 560 };

/** On a player's screen: the phone in the middle, the column at its left. */
const ON_SCREEN: ChatLayout = {
  column: { ...COLUMN, titleY: 48 },
  meterLabel: { y: 330 },
  meter: { x: COLUMN.x, y: 400, width: COLUMN.width, height: 40 },
  feedback: { x: COLUMN.x, y: 470, width: COLUMN.width, maxHeight: 570 },
  reveal: { y: 470, maxHeight: 480 },
  phone: PHONE,
  phoneHead: { x: PHONE.x + 30, y: PHONE.y + 36, width: PHONE.width - 60, height: 64 },
  log: { x: PHONE.x + 20, y: 140, width: PHONE.width - 40, height: 790 },
  typing: { x: 720, y: 948, width: 480 },
  dots: { x: 720 + 18, y: 948 + 18 },
};

/**
 * Projected: no phone. Three columns, all used: the title, meter and what S reveals on the left;
 * the chat under its header (whose chat it is) in the middle; the feedback after a choice on the
 * right, where it has the screen's full height (it was squeezed under the meter while the right
 * third stayed empty). Room above the meter for a title of two lines.
 */
const PROJECTED: ChatLayout = {
  ...ON_SCREEN,
  column: { ...COLUMN, titleY: 24 },
  meterLabel: { y: 180 },
  meter: { x: COLUMN.x, y: 254, width: COLUMN.width, height: 44 },
  feedback: { x: 1300, y: 24, width: 580, maxHeight: 930 },
  reveal: { y: 330, maxHeight: 600 },
  phone: null,
  phoneHead: { x: 650, y: 24, width: 610, height: 72 },
  log: { x: 650, y: 108, width: 610, height: 846 },
  typing: { x: 650, y: 966, width: 610 },
};

export const chatLayout = (projector: boolean): ChatLayout => (projector ? PROJECTED : ON_SCREEN);
