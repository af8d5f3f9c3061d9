// A contact message cut into the phrases a player can point at in "spot a sign" mode: each sign's
// phrase whole (where core's signRanges finds it), the rest cut after punctuation. Joined again,
// the segments are the message's text exactly.
import { signRanges, type NodeOf } from '../../core';

/** A run of a message's text: a sign's phrase (with its index) or a stretch between signs. */
export interface Segment {
  text: string;
  signIndex?: number;
}

/** Stretches end after punctuation, so each is a phrase a player can point at. */
const PHRASE_END = /(?<=[，。！？；：,.!?;:~～…]\s*)(?=\S)/u;
export const WORDS = /[\p{L}\p{N}]/u;

/** The message's text in segments: its signs' phrases, and the rest cut into phrases. */
export function segmentsOf(node: NodeOf<'message'>, lang: 'zh-CN' | 'en'): Segment[] {
  const text = node.text[lang];
  const out: Segment[] = [];
  const plain = (from: number, to: number) => {
    // A space after punctuation stays with the phrase before it, so the text reads the same.
    for (const part of text.slice(from, to).split(PHRASE_END)) if (part !== '') out.push({ text: part });
  };
  let at = 0;
  for (const range of signRanges(node, lang)) {
    if (range.start < at) continue; // overlapping phrases: the first one wins
    plain(at, range.start);
    out.push({ text: text.slice(range.start, range.end), signIndex: range.signIndex });
    at = range.end;
  }
  plain(at, text.length);
  return out;
}

