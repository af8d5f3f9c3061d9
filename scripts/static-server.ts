// A small static file server on loopback, for the deployment tests and the bench: it serves a build
// folder under any sub-path (as a school's web server might), gzips what the browser accepts (so the
// bench sees real transfer sizes), and can swap a file's content (to "deploy" a new version).
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.webmanifest', '.svg', '.txt']);

export interface StaticServer {
  /** The address of the mounted folder, ending in a slash, e.g. http://127.0.0.1:41234/a/b/ */
  readonly url: string;
  /** Serves `path` (relative to the folder, e.g. "sw.js") through `change` from now on. */
  override(path: string, change: ((text: string) => string) | undefined): void;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Where the folder appears, e.g. "/schools/no-3/see-through/"; "/" by default. */
  mount?: string;
  /** Gzip responses for browsers that accept it (true by default). */
  gzip?: boolean;
}

export async function serveStatic(folder: string, { mount = '/', gzip = true }: ServeOptions = {}): Promise<StaticServer> {
  const root = resolve(folder);
  const prefix = `/${mount.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const overrides = new Map<string, (text: string) => string>();
  const gzipped = new Map<string, Buffer>();

  const server: Server = createServer((request, response) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      if (pathname === prefix.slice(0, -1)) {
        response.writeHead(301, { location: prefix }).end();
        return;
      }
      if (!pathname.startsWith(prefix)) {
        response.writeHead(404).end('not found');
        return;
      }
      const relative = normalize(pathname.slice(prefix.length) || 'index.html');
      let file = join(root, relative);
      if (!file.startsWith(root + sep) && file !== root) {
        response.writeHead(403).end();
        return;
      }
      try {
        if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
        let body: Buffer = await readFile(file);
        const change = overrides.get(relative.split(sep).join('/'));
        if (change) body = Buffer.from(change(body.toString('utf8')));
        const type = extname(file);
        // Vite's assets/ carry a content hash in their names: cache them for good, as a web server
        // should; everything else (index.html, sw.js) is checked for a new version every time.
        const immutable = relative.startsWith(`assets${sep}`) && !change;
        const headers: Record<string, string> = {
          'content-type': TYPES[type] ?? 'application/octet-stream',
          'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
        };
        if (gzip && COMPRESSIBLE.has(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
          const key = `${file}\0${change ? body.toString('base64') : ''}`;
          const packed = gzipped.get(key) ?? gzipSync(body, { level: 6 });
          gzipped.set(key, packed);
          body = packed;
          headers['content-encoding'] = 'gzip';
          headers.vary = 'accept-encoding';
        }
        headers['content-length'] = String(body.length);
        response.writeHead(200, headers).end(request.method === 'HEAD' ? undefined : body);
      } catch {
        response.writeHead(404).end('not found');
      }
    })();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the static server has no port');
  return {
    url: `http://127.0.0.1:${address.port}${prefix}`,
    override: (path, change) => (change ? overrides.set(path, change) : overrides.delete(path)),
    close: () => new Promise((done) => {
      server.closeAllConnections();
      server.close(() => done());
    }),
  };
}
