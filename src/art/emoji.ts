// Emoji as pictures: the emoji in a piece of text become <img alt="😆"> from Twemoji's SVGs,
// bundled for exactly the emoji the game ships (scripts/emoji-plugin.ts), so nothing depends on
// a PC's emoji font. The alt keeps the emoji in the text for screen readers and copy; the
// pictures' data loads lazily after the title, and each image gets its picture when it arrives.
// An emoji with no bundled picture (an imported level's) stays as text.
import list from 'virtual:emoji-list';
import './art.css';

type Pictures = typeof import('virtual:emoji-pictures').default;
let loading: Promise<Pictures> | undefined;
export const loadEmoji = (): Promise<Pictures> => (loading ??= import('virtual:emoji-pictures').then((m) => m.default));

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PATTERN = list.length > 0 ? new RegExp(`(${list.map(escape).join('|')})`, 'u') : undefined;

/** The text split into plain runs and bundled emoji, in order. */
export function splitEmoji(text: string): { text: string; emoji: boolean }[] {
  if (!PATTERN) return [{ text, emoji: false }];
  return text
    .split(PATTERN)
    .map((part, i) => ({ text: part, emoji: i % 2 === 1 }))
    .filter((p) => p.text !== '');
}

function emojiImage(emoji: string): HTMLImageElement {
  const img = document.createElement('img');
  img.className = 'emoji';
  img.alt = emoji;
  img.draggable = false;
  void loadEmoji().then((pictures) => {
    const src = pictures[emoji];
    if (src) img.src = src;
  });
  return img;
}

/** Replaces the bundled emoji inside an element's text (its descendants too) with pictures. */
export function emojify(root: Node): void {
  if (!PATTERN) return;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (PATTERN.test((n as Text).data)) texts.push(n as Text);
  for (const node of texts) {
    const parts = splitEmoji(node.data);
    node.replaceWith(...parts.map((p) => (p.emoji ? emojiImage(p.text) : document.createTextNode(p.text))));
  }
}

/** Text with its emoji as pictures, for an element's content. */
export function emojiText(text: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  fragment.append(text);
  emojify(fragment);
  return fragment;
}
