// Files that come in are never garbled in silence: UTF-8 (with or without BOM) is read; GBK and
// UTF-16 are named, with the fix, and their text offered decoded. Real files made by Python's
// GBK and UTF-16 codecs (tests/fixtures/encoding/), not bytes made up by the test.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../src/core';
import { decodeFile } from '../../src/content/decode-file';
import { parseLevel } from '../../src/content/parse-level';
import { registry } from '../../src/content/registry';

const utf8 = readFileSync('tests/fixtures/valid-small.json', 'utf8');
const bytes = (name: string) => readFileSync(`tests/fixtures/encoding/${name}`);

describe('decoding an incoming file', () => {
  it('reads UTF-8 as it is', () => {
    expect(decodeFile(readFileSync('tests/fixtures/valid-small.json'))).toEqual({ ok: true, text: utf8, bom: false });
  });

  it('reads UTF-8 with a BOM, dropping the BOM', () => {
    const decoded = decodeFile(bytes('level-utf8-bom.json'));
    expect(decoded).toEqual({ ok: true, text: utf8, bom: true });
  });

  it('names a GBK file, says to save it as UTF-8, and offers its text decoded', () => {
    const gbk = bytes('level-gbk.json');
    // The test can fail: read naively as UTF-8 the Chinese turns into replacement characters.
    expect(new TextDecoder().decode(gbk)).toContain('\uFFFD');
    const decoded = decodeFile(gbk);
    expect(decoded.ok).toBe(false);
    if (decoded.ok) return;
    expect(decoded.problem).toEqual({ code: 'notUtf8', params: { encoding: '@encoding.gb18030' } });
    expect(renderMessage(decoded.problem, 'en')).toMatch(/not saved as UTF-8 \(it looks like GBK\/GB18030.*save it as UTF-8/);
    expect(renderMessage(decoded.problem, 'zh-CN')).toMatch(/不是 UTF-8 编码.*GBK\/GB18030.*请用 UTF-8 另存/);
    expect(decoded.offer).toEqual({ encoding: 'gb18030', text: utf8 });
    expect(parseLevel('level-gbk.json', decoded.offer!.text, registry).ok).toBe(true);
  });

  it('names a UTF-16 ("Unicode" in Notepad) file and offers its text', () => {
    const decoded = decodeFile(bytes('level-utf16le.json'));
    expect(decoded).toMatchObject({ ok: false, problem: { code: 'notUtf8', params: { encoding: '@encoding.utf-16le' } }, offer: { encoding: 'utf-16le', text: utf8 } });
  });

  it('takes an ArrayBuffer as a browser File gives it', () => {
    const gbk = bytes('level-gbk.json');
    const buffer = gbk.buffer.slice(gbk.byteOffset, gbk.byteOffset + gbk.byteLength);
    expect(decodeFile(buffer)).toMatchObject({ ok: false, offer: { text: utf8 } });
  });
});
