// A plain static web server on loopback, for the deployment tests and the bench: the build folder
// under any sub-path (as a school's web server might put it), served by the game's one static file
// server (server/static-files.ts: sirv, the build's .gz copies to browsers that take them, as a
// school's server with gzip_static would, so the bench sees gzip transfer sizes), and a file's
// content can be swapped ("deploy" a new version).
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { staticFiles } from '../server/static-files';

export interface StaticServer {
  /** The address of the mounted folder, ending in a slash, e.g. http://127.0.0.1:41234/a/b/ */
  readonly url: string;
  /** Serves the script `path` (relative to the folder, e.g. "sw.js") through `change` from now on. */
  override(path: string, change: ((text: string) => string) | undefined): void;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Where the folder appears, e.g. "/schools/no-3/see-through/"; "/" by default. */
  mount?: string;
}

export async function serveStatic(folder: string, { mount = '/' }: ServeOptions = {}): Promise<StaticServer> {
  const root = resolve(folder);
  const prefix = `/${mount.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const overrides = new Map<string, (text: string) => string>();
  const serveFile = staticFiles(root, { brotli: false });

  const server: Server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://x').pathname;
    if (pathname === prefix.slice(0, -1)) {
      response.writeHead(301, { location: prefix }).end();
      return;
    }
    if (!pathname.startsWith(prefix)) {
      response.writeHead(404).end('not found');
      return;
    }
    const inside = `/${pathname.slice(prefix.length)}`;
    const change = overrides.get(inside.slice(1));
    if (change) {
      // A changed file, as a new deployment would have it: never cached, never precompressed.
      const body = Buffer.from(change(readFileSync(join(root, inside.slice(1)), 'utf8')));
      response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache', 'content-length': String(body.length) });
      response.end(request.method === 'HEAD' ? undefined : body);
      return;
    }
    if (!serveFile(request, response, inside)) response.writeHead(404).end('not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the static server has no port');
  return {
    url: `http://127.0.0.1:${address.port}${prefix}`,
    override: (path, change) => (change ? overrides.set(path, change) : overrides.delete(path)),
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
