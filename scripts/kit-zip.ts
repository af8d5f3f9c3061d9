// A .zip writer for the class kit, on Node's own zlib (native deflate, ≈10× faster than a
// JavaScript one on the kit's 100 MB Node binary). What the kit needs and no more: deflated or
// stored files, UTF-8 names (开始上课.cmd) flagged as such, and on Linux each file's Unix mode,
// so start.sh and node stay executable after unzip. No ZIP64: a kit is far below 4 GB.
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  data: Buffer;
  /** Unix permission bits (e.g. 0o755); written with "made on Unix" so unzip restores them. */
  mode?: number;
}

/** Already compressed formats are stored: deflating them again costs time and saves nothing. */
const STORED = /\.(woff2|png|jpe?g|webp|zip|gz|br)$/i;

export function zip(entries: readonly ZipEntry[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  // A fixed date (2026-01-01 00:00): the same kit gives the same .zip.
  const dosDate = ((2026 - 1980) << 9) | (1 << 5) | 1;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const store = STORED.test(entry.name);
    const body = store ? entry.data : deflateRawSync(entry.data, { level: 6 });
    const crc = crc32(entry.data);
    const flags = 0x0800; // names in UTF-8
    // The local header and the central directory's header share one run of fields (version
    // needed … name length), at offset 4 in the one and 6 in the other.
    const shared = (into: Buffer, at: number) => {
      into.writeUInt16LE(20, at);
      into.writeUInt16LE(flags, at + 2);
      into.writeUInt16LE(store ? 0 : 8, at + 4);
      into.writeUInt16LE(0, at + 6);
      into.writeUInt16LE(dosDate, at + 8);
      into.writeUInt32LE(crc, at + 10);
      into.writeUInt32LE(body.length, at + 14);
      into.writeUInt32LE(entry.data.length, at + 18);
      into.writeUInt16LE(name.length, at + 22);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    shared(local, 4);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(entry.mode === undefined ? 20 : (3 << 8) | 20, 4); // made by: DOS, or Unix
    shared(header, 6);
    header.writeUInt32LE(entry.mode === undefined ? 0 : ((0o100000 | entry.mode) << 16) >>> 0, 38);
    header.writeUInt32LE(offset, 42);
    parts.push(local, name, body);
    central.push(header, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}
