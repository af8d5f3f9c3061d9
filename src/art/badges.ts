// Pictures for the screens that had none (the review of 5 December 2026: "the quiz, results and
// certificate are still bare"), drawn for the game as flat SVG like its covers (CREDITS.md,
// "Pictures"): a shield with a tick (My results), a magnifier over a chat bubble (the learning
// check), a rosette (the certificate). Small enough to travel inline, so a printed certificate
// carries its picture. Decoration beside a heading that says the same: empty alt text.
import { svgUri } from './svg-uri';
const uri = (body: string) => svgUri(body, '0 0 160 160');

const BADGES = {
  results: uri(
    '<circle cx="80" cy="80" r="76" fill="#1b2f5c"/>' +
      '<path d="M80 26 L122 42 V78 Q122 112 80 134 Q38 112 38 78 V42 Z" fill="#3ddc97" stroke="#f4f7ff" stroke-width="5" stroke-linejoin="round"/>' +
      '<path d="M60 80 L75 95 L102 64" stroke="#0b1630" stroke-width="10" fill="none" stroke-linecap="round" stroke-linejoin="round"/>' +
      '<path d="M26 40 l6 -12 l6 12 l-6 12z M128 116 l5 -10 l5 10 l-5 10z" fill="#ffc94d"/>',
  ),
  quiz: uri(
    '<circle cx="80" cy="80" r="76" fill="#1b2f5c"/>' +
      '<path d="M32 44 h72 q10 0 10 10 v34 q0 10 -10 10 h-40 l-16 14 v-14 h-16 q-10 0 -10 -10 v-34 q0 -10 10 -10z" fill="#e9eef7"/>' +
      '<rect x="44" y="60" width="44" height="7" rx="3.5" fill="#6cb8ff"/><rect x="44" y="74" width="30" height="7" rx="3.5" fill="#ff8a8a"/>' +
      '<circle cx="98" cy="96" r="22" fill="none" stroke="#ffc94d" stroke-width="9"/>' +
      '<path d="M114 112 L132 130" stroke="#ffc94d" stroke-width="12" stroke-linecap="round"/>',
  ),
  certificate: uri(
    '<path d="M58 100 L44 150 L64 140 L74 158 L86 108 Z M102 100 L116 150 L96 140 L86 158 L74 108 Z" fill="#ff8a8a"/>' +
      '<circle cx="80" cy="70" r="52" fill="#ffc94d"/><circle cx="80" cy="70" r="40" fill="none" stroke="#fff3c4" stroke-width="5"/>' +
      '<path d="M80 44 l8 17 l18 2 l-13 12 l4 18 l-17 -9 l-17 9 l4 -18 l-13 -12 l18 -2z" fill="#fff"/>',
  ),
} as const;

/** A screen's picture as an <img>, sized by CSS (.badge-art, art.css). */
export function badgeImage(kind: keyof typeof BADGES): HTMLImageElement {
  const img = document.createElement('img');
  img.className = `badge-art badge-${kind}`;
  img.alt = '';
  img.draggable = false;
  img.src = BADGES[kind];
  return img;
}
