// Speaker notes travel from the projected game to a second window on the presenter's screen over
// a BroadcastChannel: same computer, same browser, nothing leaves the device.
import type { LocalText, Verdict } from '../core';

export interface SpeakerNotes {
  level: LocalText;
  /** What is on screen now: the decision, a consequence or the ending. */
  heading: LocalText;
  discussion?: LocalText;
  /** At a briefing with a content note: read it aloud now, before the level starts. */
  readAloud?: LocalText;
  /** At a briefing: what the level teaches. */
  objectives?: LocalText[];
  /** At a consequence: the real case's detail the projected pages leave out, for the presenter to tell. */
  detail?: { heading: LocalText; text: LocalText }[];
  choices?: { text: LocalText; kind: Verdict; feedback: LocalText }[];
  /** The law the level cites, as "law, article · name" lines in both languages. */
  laws: LocalText[];
  caseLine: LocalText;
  help: LocalText[];
}

const CHANNEL = 'see-through-notes';
let channel: BroadcastChannel | undefined;

const open = (): BroadcastChannel | undefined => {
  if (typeof BroadcastChannel === 'undefined') return undefined;
  channel ??= new BroadcastChannel(CHANNEL);
  return channel;
};

export function postNotes(notes: SpeakerNotes): void {
  open()?.postMessage(notes);
}

export function onNotes(listener: (notes: SpeakerNotes) => void): void {
  open()?.addEventListener('message', (event: MessageEvent<SpeakerNotes>) => listener(event.data));
}
