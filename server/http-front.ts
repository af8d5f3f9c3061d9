// The hub's front door: which requests it answers, and its HTTP side. Which requests: a page on another site must not drive a class through a
// student's browser, and a name an attacker points at this PC (DNS rebinding) must not reach it.
// The Host header must be an address (IPv4, [IPv6]), localhost, this PC's name, or a name given in
// CLASS_HOSTS; a WebSocket's Origin, when a browser sends one, must be the same host.
import type { IncomingMessage, RequestListener } from 'node:http';
import { hostname, networkInterfaces } from 'node:os';
import { HUB_INFO_PATH, PROTOCOL_VERSION } from '../src/class/protocol';
import { HUB_MARK, staticFiles } from './static-files';

export function lanAddresses(port: number): string[] {
  const found: string[] = [];
  for (const list of Object.values(networkInterfaces()))
    for (const net of list ?? []) if (net.family === 'IPv4' && !net.internal) found.push(`http://${net.address}:${port}/`);
  return found;
}

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** The host part of a Host header ("name:port", "[::1]:port"), lower case; null when malformed. */
export function hostOf(header: string | undefined): string | null {
  if (!header) return null;
  const m = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::\d{1,5})?$/i.exec(header.trim());
  return m ? m[1]!.toLowerCase() : null;
}

export function hostAllowed(header: string | undefined, extra: readonly string[]): boolean {
  const host = hostOf(header);
  if (!host) return false;
  if (IPV4.test(host) || host.startsWith('[')) return true;
  const own = hostname().toLowerCase();
  const names = new Set(['localhost', own, `${own}.local`, `${own}.lan`, ...extra.map((n) => n.toLowerCase())]);
  return names.has(host);
}

export function originAllowed(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (!origin) return true; // not a browser (the tests' and the bench's devices)
  try {
    return new URL(origin).host.toLowerCase() === (req.headers.host ?? '').toLowerCase();
  } catch {
    return false;
  }
}

/** The hub's HTTP side: its info (whether a hub served the page, its addresses) and the built game. */
export function httpFront(dist: string | null, allowedHosts: readonly string[], port: () => number): RequestListener {
  const serveFile = dist ? staticFiles(dist, { onePage: true, page: (html) => html.replace(/<head>/i, (head) => `${head}\n    ${HUB_MARK}`) }) : null;
  return (req, res) => {
    if (!hostAllowed(req.headers.host, allowedHosts)) {
      res.writeHead(421, { 'Content-Type': 'text/plain; charset=utf-8' }).end('This hub answers to its addresses only (set CLASS_HOSTS to add a name).');
      return;
    }
    // A request line no URL parser takes ("http://[::1") is refused here: thrown, it would stop the hub.
    const url = URL.canParse(req.url ?? '/', 'http://hub') ? new URL(req.url ?? '/', 'http://hub') : null;
    if (!url) {
      res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad request');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    if (url.pathname === HUB_INFO_PATH) {
      const body = JSON.stringify({ hub: true, v: PROTOCOL_VERSION, addresses: lanAddresses(port()) });
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' }).end(body);
      return;
    }
    if (serveFile?.(req, res, url.pathname)) return;
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
  };
}
