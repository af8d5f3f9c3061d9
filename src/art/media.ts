// Pictures for what a chat line sends rather than says: a level writes "【视频】" / "[Video]",
// "【表情包】" / "[Meme]" or "【图片】" / "[Image]" in a message, and the phone shows a picture of it
// above the words, as a chat app shows a video's thumbnail or a sticker. The words stay (they are
// what a screen reader reads). The drawings are the game's own flat SVG (CREDITS.md, "Pictures"):
// a video is a closed tile with a play button and nothing of what it shows (the level's video is a
// classmate filmed without knowing); a meme is a laughing sticker; a photo a generic portrait.
import { svgUri } from './svg-uri';
import './media.css';

const svg = (body: string, viewBox = '0 0 240 160') => svgUri(body, viewBox);

const VIDEO = svg(
  '<rect width="240" height="160" rx="18" fill="#2b3550"/>' +
    '<rect x="14" y="14" width="212" height="104" rx="10" fill="#3d4a6e"/>' +
    '<circle cx="120" cy="66" r="30" fill="#ffffff" fill-opacity=".9"/>' +
    '<path d="M110 50 L136 66 L110 82 Z" fill="#2b3550"/>' +
    '<rect x="14" y="132" width="150" height="8" rx="4" fill="#5b6a91"/>' +
    '<rect x="14" y="132" width="46" height="8" rx="4" fill="#ffc94d"/>' +
    '<rect x="186" y="128" width="40" height="16" rx="8" fill="#5b6a91"/>',
);

const MEME = svg(
  '<circle cx="80" cy="80" r="70" fill="#ffd34d" stroke="#e0a800" stroke-width="4"/>' +
    '<path d="M40 62 q14 -16 28 0 M92 62 q14 -16 28 0" stroke="#5b3a00" stroke-width="7" fill="none" stroke-linecap="round"/>' +
    '<path d="M38 88 q42 52 84 0 z" fill="#8a2d1a"/><path d="M52 100 q28 18 56 0 q-28 26 -56 0z" fill="#ff7a7a"/>' +
    '<path d="M26 74 q-6 18 6 26" stroke="#6ec6ff" stroke-width="8" fill="none" stroke-linecap="round"/>' +
    '<path d="M134 74 q6 18 -6 26" stroke="#6ec6ff" stroke-width="8" fill="none" stroke-linecap="round"/>',
  '0 0 160 160',
);

const PHOTO = svg(
  '<rect width="240" height="160" rx="14" fill="#cfe3f7"/>' +
    '<circle cx="196" cy="34" r="14" fill="#fff3b0"/>' +
    '<path d="M0 130 q60 -30 120 -10 t120 -6 V160 H0z" fill="#9fd3a8"/>' +
    '<circle cx="120" cy="66" r="28" fill="#f6d2b8"/>' +
    '<path d="M90 66 q0 -40 30 -40 q30 0 30 40 q-6 -22 -30 -22 q-24 0 -30 22z" fill="#4a3426"/>' +
    '<path d="M108 74 q12 10 24 0" stroke="#8a4b3a" stroke-width="4" fill="none" stroke-linecap="round"/>' +
    '<path d="M84 160 q4 -50 36 -50 q32 0 36 50z" fill="#ff9fb5"/>',
);

/** Each kind of media, the words that mark it in either language, and its picture. */
const KINDS = [
  { kind: 'video', marks: ['【视频】', '[Video]'], src: VIDEO },
  { kind: 'meme', marks: ['【表情包】', '[Meme]'], src: MEME },
  { kind: 'photo', marks: ['【图片】', '[Image]', '[Photo]'], src: PHOTO },
] as const;

/** The kind of media a line's words send, if any. */
export function mediaKind(text: string): (typeof KINDS)[number]['kind'] | undefined {
  return KINDS.find((k) => k.marks.some((mark) => text.includes(mark)))?.kind;
}

/** Puts the picture of what `body` sends above its words (decoration: the words say it). */
export function mediaPictures(body: HTMLElement): void {
  const kind = mediaKind(body.textContent ?? '');
  const found = KINDS.find((k) => k.kind === kind);
  if (!found) return;
  const img = document.createElement('img');
  img.className = `media media-${found.kind}`;
  img.alt = '';
  img.draggable = false;
  img.src = found.src;
  body.prepend(img);
}
