// Every file that comes in (the in-game import, the studio, the checker) is decoded here. UTF-8,
// with or without a BOM, is read as it is. Anything else is never garbled in silence: older
// Notepad and WPS save Chinese text as GBK/GB18030 (or "Unicode", UTF-16), which read as UTF-8
// turns every Chinese string into "�". Such a file is named for what it is, with the fix ("save
// it as UTF-8"), and its text decoded the right way is offered for the UI to use after asking.
import type { Message } from '../core';

export type FileEncoding = 'gb18030' | 'utf-16le' | 'utf-16be';

export type Decoded =
  | { readonly ok: true; readonly text: string; readonly bom: boolean }
  | {
      readonly ok: false;
      /** "not saved as UTF-8 (it looks like GBK/GB18030): save it as UTF-8", as a message code. */
      readonly problem: Message;
      /** The text decoded with the encoding it seems to be in: use it only after asking the user. */
      readonly offer?: { readonly encoding: FileEncoding; readonly text: string };
    };

const decoder = (encoding: string, fatal: boolean): TextDecoder | undefined => {
  try {
    return new TextDecoder(encoding, { fatal, ignoreBOM: false });
  } catch {
    return undefined; // an engine without this encoding
  }
};

const notUtf8 = (encoding: FileEncoding | 'unknown'): Message => ({ code: 'notUtf8', params: { encoding: `@encoding.${encoding}` } });

export function decodeFile(input: Uint8Array | ArrayBuffer): Decoded {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  // UTF-16, as Notepad's "Unicode" writes it, always starts with its byte-order mark.
  const utf16: FileEncoding | undefined = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  if (utf16) {
    const text = decoder(utf16, false)?.decode(bytes);
    return { ok: false, problem: notUtf8(utf16), ...(text === undefined ? {} : { offer: { encoding: utf16, text } }) };
  }
  try {
    // TextDecoder drops a UTF-8 BOM itself (ignoreBOM: false).
    return { ok: true, text: decoder('utf-8', true)!.decode(bytes), bom };
  } catch {
    // Not UTF-8: the usual other encoding for Chinese text on Windows.
  }
  const gb = decoder('gb18030', true);
  if (gb) {
    try {
      return { ok: false, problem: notUtf8('gb18030'), offer: { encoding: 'gb18030', text: gb.decode(bytes) } };
    } catch {
      // Not GB18030 either: say it is not UTF-8, and offer nothing.
    }
  }
  return { ok: false, problem: notUtf8('unknown') };
}
