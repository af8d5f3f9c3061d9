// The class kit's .zip (scripts/kit.ts, zipFolder; scripts/kit-zip.ts), checked on a small folder
// shaped like a kit: unpacked as an unzip tool would, it gives back every file, byte for byte,
// under the kit's folder name with its UTF-8 names, and on Linux each file's Unix mode, so the
// start file and Node stay executable. (The kit's end-to-end test, tests/e2e/kit.spec.ts, runs
// the kit's folder itself: deflating its 100 MB Node there cost seconds and checked nothing more.)
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { kitName, START_FILE, zipFolder } from '../../scripts/kit';

/** Each file's Unix mode, from the zip's central directory (fflate's unzip does not give it). */
function unixModes(zip: Buffer): Map<string, number> {
  const modes = new Map<string, number>();
  let at = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  while (at >= 0 && zip.readUInt32LE(at) === 0x02014b50) {
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    const madeOn = zip[at + 5];
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    if (madeOn === 3) modes.set(name, (zip.readUInt32LE(at + 38) >>> 16) & 0o777);
    at += 46 + nameLength + extra + comment;
  }
  return modes;
}

const work = mkdtempSync(join(tmpdir(), 'kit-zip-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A folder shaped like a kit: a start file, a runtime, a game with a picture, a README in Chinese. */
function kitLike(platform: 'linux' | 'win'): { folder: string; files: Record<string, Buffer> } {
  const folder = join(work, platform);
  const files: Record<string, Buffer> = {
    [START_FILE[platform]]: Buffer.from(platform === 'win' ? '@echo off\r\nrem 开始\r\n' : '#!/bin/sh\nexec ./runtime/node app/hub.mjs\n'),
    [platform === 'win' ? 'runtime/node.exe' : 'runtime/node']: Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 7919) % 251)),
    'app/hub.mjs': Buffer.from('console.log("hub");\n'.repeat(500)),
    'dist/assets/cover.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4]),
    '使用说明 README.txt': Buffer.from('\ufeff识破 · See Through It\n'),
  };
  for (const [name, data] of Object.entries(files)) {
    const path = join(folder, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, data);
    chmodSync(path, name === START_FILE.linux || name === 'runtime/node' ? 0o755 : 0o644);
  }
  return { folder, files };
}

describe('the class kit .zip', () => {
  for (const platform of ['linux', 'win'] as const) {
    it(`gives back every file of the ${platform} kit under its folder name, byte for byte`, () => {
      const { folder, files } = kitLike(platform);
      const zipFile = join(work, `${platform}.zip`);
      zipFolder(folder, platform, zipFile);
      const zip = readFileSync(zipFile);
      const unpacked = unzipSync(new Uint8Array(zip));
      const expected = Object.fromEntries(Object.entries(files).map(([name, data]) => [`${kitName(platform)}/${name}`, data.toString('base64')]));
      expect(Object.fromEntries(Object.entries(unpacked).map(([name, data]) => [name, Buffer.from(data).toString('base64')]))).toEqual(expected);
      const modes = unixModes(zip);
      if (platform === 'linux') {
        expect(modes.get(`${kitName('linux')}/start.sh`)).toBe(0o755);
        expect(modes.get(`${kitName('linux')}/runtime/node`)).toBe(0o755);
        expect(modes.get(`${kitName('linux')}/app/hub.mjs`)).toBe(0o644);
      } else {
        expect(modes.size, 'a Windows zip carries no Unix modes').toBe(0);
      }
    });
  }

  it('deflates what compresses and stores what is compressed already', () => {
    const zipFile = join(work, 'linux-methods.zip');
    zipFolder(kitLike('linux').folder, 'linux', zipFile);
    const zip = readFileSync(zipFile);
    const method = (name: string) => {
      const at = zip.indexOf(Buffer.from(`${kitName('linux')}/${name}`, 'utf8')) - 30; // its local header
      return zip.readUInt16LE(at + 8);
    };
    expect(method('app/hub.mjs')).toBe(8);
    expect(method('dist/assets/cover.png')).toBe(0);
  });
});
