// The one static file server, for the class hub (./http-front.ts) and for the deployment tests and
// the bench (scripts/static-server.ts): sirv, the server Vite's own preview uses. It sends the
// build's precompressed copies (.br, .gz, made by scripts/precompress-plugin.ts) to browsers that
// take them, with their types, ETags and byte ranges, and knows only the files that were in the
// folder when it started: no path a client sends reaches the disk, so none leads out of it.
// The game's page (index.html) may be changed on its way out (the hub marks it as its own).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';

/** Marks a page the hub serves, so the game knows, without asking the network, that a hub is there. */
export const HUB_MARK = '<meta name="class-hub" content="1" />';

export interface StaticOptions {
  /** Changes the game's page (index.html) on its way out. */
  page?: (html: string) => string;
  /** Every address with no file extension is the game's one page (?mode=projector, /join, …), as in the hub. */
  onePage?: boolean;
  /** Send the brotli copies too (true by default); without, gzip only, as many a school's web server does. */
  brotli?: boolean;
}

/** Answers a GET or HEAD for `pathname` (as the URL parser gives it: "/" first, still percent-encoded); false when it is no file of the folder. */
export type ServeFile = (req: IncomingMessage, res: ServerResponse, pathname: string) => boolean;

const NO_FILES: ServeFile = () => false;

/** Security and caching headers on every file: hashed assets never change; the page, the service worker and the manifest are checked each time. */
function commonHeaders(res: ServerResponse, path: string): void {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Cache-Control', path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
}

export function staticFiles(root: string, { page, onePage = false, brotli = true }: StaticOptions = {}): ServeFile {
  const base = resolve(root);
  if (!existsSync(base)) return NO_FILES;
  const files = sirv(base, { etag: true, brotli, gzip: true, extensions: ['html'], setHeaders: (res, path) => commonHeaders(res, path) });
  const servePage = page ? changedPage(join(base, 'index.html'), page) : null;

  return (req, res, pathname) => {
    let path: string;
    try {
      path = decodeURIComponent(pathname);
    } catch {
      return false;
    }
    // Only a path; and the .br and .gz copies are sent in place of their files, never as addresses of their own.
    if (!path.startsWith('/') || path.includes('\0') || /\.(br|gz)$/.test(path)) return false;
    const isPage = path.endsWith('/') || path === '/index.html' || (onePage && extname(path) === '');
    if (isPage && servePage) return servePage(req, res);
    let found = true;
    const notFound = () => void (found = false);
    req.url = pathname; // what sirv reads: the path alone, "/" first
    void files(req, res, notFound);
    if (!found && onePage && extname(path) === '') {
      req.url = '/';
      found = true;
      void files(req, res, notFound);
    }
    return found;
  };
}

interface Page {
  mtime: number;
  etag: string;
  raw: Buffer;
  gzip: Buffer;
}

/** The game's page, changed, read again only when the file changes, and gzipped once. */
function changedPage(file: string, change: (html: string) => string): (req: IncomingMessage, res: ServerResponse) => boolean {
  let cached: Page | null = null;
  const load = (): Page | null => {
    let mtime: number;
    try {
      mtime = statSync(file).mtimeMs;
    } catch {
      return null;
    }
    if (cached?.mtime !== mtime) {
      const raw = Buffer.from(change(readFileSync(file, 'utf8')));
      cached = { mtime, raw, gzip: gzipSync(raw, { level: 9 }), etag: `"${createHash('sha1').update(raw).digest('base64url')}"` };
    }
    return cached;
  };
  return (req, res) => {
    const page = load();
    if (!page) return false;
    commonHeaders(res, '/index.html');
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('ETag', page.etag);
    res.setHeader('Vary', 'Accept-Encoding');
    if (req.headers['if-none-match'] === page.etag) {
      res.writeHead(304).end();
      return true;
    }
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gzip ? page.gzip : page.raw;
    if (gzip) res.setHeader('Content-Encoding', 'gzip');
    res.setHeader('Content-Length', String(body.length));
    res.writeHead(200).end(req.method === 'HEAD' ? undefined : body);
    return true;
  };
}
