// Icons for speakers who are not people, drawn for the game as flat SVG (CREDITS.md, "Pictures"):
// an app or an advert (a generic app tile, no brand), a game's system message (a gamepad), a
// crowd such as "the group" (three heads). A level asks for one with a character's look.icon, so
// an advert is never drawn as a person and a crowd never borrows a classmate's face.
import { svgUri } from './svg-uri';
const uri = (body: string) => svgUri(body, '0 0 128 128');

const ICONS = {
  app: uri(
    '<rect width="128" height="128" rx="64" fill="#ffdfbf"/>' +
      '<rect x="30" y="30" width="68" height="68" rx="18" fill="#ff7a45"/>' +
      '<path d="M50 76 L64 46 L78 76 M55 66 H73" stroke="#fff" stroke-width="8" fill="none" stroke-linecap="round" stroke-linejoin="round"/>' +
      '<circle cx="96" cy="34" r="12" fill="#e5484d"/><text x="96" y="39" font-size="15" font-family="sans-serif" font-weight="700" fill="#fff" text-anchor="middle">AD</text>',
  ),
  game: uri(
    '<rect width="128" height="128" rx="64" fill="#d1d4f9"/>' +
      '<path d="M30 56 q4 -14 18 -14 h32 q14 0 18 14 l6 26 q2 12 -8 14 q-8 2 -14 -8 l-4 -6 h-28 l-4 6 q-6 10 -14 8 q-10 -2 -8 -14z" fill="#4b4fa8"/>' +
      '<path d="M46 56 v16 M38 64 h16" stroke="#fff" stroke-width="6" stroke-linecap="round"/>' +
      '<circle cx="82" cy="58" r="5" fill="#ffc94d"/><circle cx="90" cy="68" r="5" fill="#3ddc97"/>',
  ),
  group: uri(
    '<rect width="128" height="128" rx="64" fill="#c7f0d8"/>' +
      '<circle cx="40" cy="58" r="14" fill="#7fa7d9"/><path d="M18 98 q0 -24 22 -24 q22 0 22 24z" fill="#7fa7d9"/>' +
      '<circle cx="88" cy="58" r="14" fill="#e8a1b8"/><path d="M66 98 q0 -24 22 -24 q22 0 22 24z" fill="#e8a1b8"/>' +
      '<circle cx="64" cy="48" r="16" fill="#3f6f55"/><path d="M38 98 q0 -28 26 -28 q26 0 26 28z" fill="#3f6f55"/>',
  ),
} as const;

export const iconUri = (icon: keyof typeof ICONS): string => ICONS[icon];
