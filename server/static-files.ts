// Serves the built game (dist/) with brotli or gzip, compressed once per file and kept in memory:
// a class of 60 devices loading 1 MB at once should cost the teacher's PC one compression, not 60.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json)|image\/svg)/;

interface Entry {
  mtime: number;
  type: string;
  etag: string;
  raw: Buffer;
  br?: Buffer;
  gzip?: Buffer;
}

/** Marks a page the hub serves, so the game knows, without asking the network, that a hub is there. */
export const HUB_MARK = '<meta name="class-hub" content="1" />';

export function staticFiles(root: string) {
  const base = resolve(root);
  const cache = new Map<string, Entry>();

  const load = (file: string): Entry | null => {
    let stat;
    try {
      stat = statSync(file);
    } catch {
      return null;
    }
    if (!stat.isFile()) return null;
    const known = cache.get(file);
    if (known && known.mtime === stat.mtimeMs) return known;
    let raw = readFileSync(file);
    const ext = extname(file).toLowerCase();
    // Own keys only: a request for "x.__proto__" or "x.constructor" is an unknown type, not an inherited value.
    const type = Object.prototype.hasOwnProperty.call(TYPES, ext) ? TYPES[ext]! : 'application/octet-stream';
    if (type.startsWith('text/html')) raw = Buffer.from(raw.toString('utf8').replace(/<head>/i, (head) => `${head}\n    ${HUB_MARK}`));
    const entry: Entry = { mtime: stat.mtimeMs, type, raw, etag: `"${createHash('sha1').update(raw).digest('base64url')}"` };
    if (COMPRESSIBLE.test(type) && raw.length > 512) {
      entry.br = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } });
      entry.gzip = gzipSync(raw, { level: 9 });
    }
    cache.set(file, entry);
    return entry;
  };

  /** Answers a GET or HEAD for a file of the build; false when it is not one. */
  return function serve(req: IncomingMessage, res: ServerResponse, pathname: string): boolean {
    let path: string;
    try {
      path = decodeURIComponent(pathname);
    } catch {
      return false;
    }
    if (path.includes('\0')) return false;
    const file = normalize(join(base, path.endsWith('/') ? path + 'index.html' : path));
    if (file !== base && !file.startsWith(base + sep)) return false; // no way out of dist/
    // An address with no file extension is the game's one page (?mode=projector, /join, …).
    const entry = load(file) ?? (extname(path) === '' ? load(join(base, 'index.html')) : null);
    if (!entry) return false;
    const headers: Record<string, string> = {
      'Content-Type': entry.type,
      ETag: entry.etag,
      Vary: 'Accept-Encoding',
      'X-Content-Type-Options': 'nosniff',
      // Hashed assets never change; the page, the service worker and the manifest are checked each time.
      'Cache-Control': path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    if (req.headers['if-none-match'] === entry.etag) {
      res.writeHead(304, headers).end();
      return true;
    }
    const accept = String(req.headers['accept-encoding'] ?? '');
    let body = entry.raw;
    if (entry.br && /\bbr\b/.test(accept)) {
      body = entry.br;
      headers['Content-Encoding'] = 'br';
    } else if (entry.gzip && /\bgzip\b/.test(accept)) {
      body = entry.gzip;
      headers['Content-Encoding'] = 'gzip';
    }
    headers['Content-Length'] = String(body.length);
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  };
}
