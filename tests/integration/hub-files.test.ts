// The hub serves the built game (server/static-files.ts, sirv): the build's brotli and gzip copies to
// browsers that take them, with the right type, caching and ranges; the page marked as the hub's,
// at any address without an extension; and nothing else — no file outside the build, and a hostile
// path (malformed, a NUL, "..", a bare "__proto__", a request line no URL parser takes) is refused,
// never a crash.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { HUB_MARK } from '../../server/static-files';
import { precompressFolder } from '../../scripts/precompress-plugin';
import { hubInProcess } from './hub-harness';

const SCRIPT = `console.log(${JSON.stringify('识破 '.repeat(400))});\n`;

/** A small build: its page, a hashed script with its .br and .gz copies, a picture. */
async function fakeBuild(): Promise<string> {
  const dist = mkdtempSync(join(tmpdir(), 'hub-files-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), `<!doctype html><html><head><title>x</title></head><body>${'<p>game</p>'.repeat(100)}</body></html>`);
  writeFileSync(join(dist, 'assets', 'index-abc123.js'), SCRIPT);
  writeFileSync(join(dist, 'icon.png'), Buffer.alloc(100, 7));
  writeFileSync(join(dist, '..', 'outside.txt'), 'secret');
  expect(await precompressFolder(dist)).toBe(2); // the page and the script; the picture is too small and no text
  return dist;
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

const get = (port: number, path: string, headers: Record<string, string> = {}): Promise<Answer> =>
  new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });

/** A request line as a client may write it, unparsed by any URL library; its status line, or '' when the hub hung up (Node's parser refused it). */
const raw = (port: number, target: string): Promise<string> =>
  new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`));
    let answer = '';
    socket.setTimeout(5000, () => reject(new Error(`no answer to GET ${target}`)));
    socket.on('data', (c: Buffer) => (answer += String(c)));
    socket.on('close', () => resolve(answer.split('\r\n')[0]!));
    socket.on('error', reject);
  });

describe('the hub’s files', () => {
  it('sends the precompressed copy the browser takes, with its type, caching and ranges', async () => {
    const { hub } = await hubInProcess({ dist: await fakeBuild() });
    const br = await get(hub.port, '/assets/index-abc123.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/^text\/javascript/);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers['x-content-type-options']).toBe('nosniff');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(br.body).toString()).toBe(SCRIPT);
    const gz = await get(hub.port, '/assets/index-abc123.js', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(SCRIPT);
    const plain = await get(hub.port, '/assets/index-abc123.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(SCRIPT);
    expect((await get(hub.port, '/assets/index-abc123.js', { 'if-none-match': String(plain.headers.etag) })).status).toBe(304);
    const part = await get(hub.port, '/icon.png', { range: 'bytes=10-19' });
    expect([part.status, part.headers['content-range'], part.body.length]).toEqual([206, 'bytes 10-19/100', 10]);
    expect((await get(hub.port, '/icon.png')).headers['content-type']).toBe('image/png');
  });

  it('serves the page, marked as the hub’s, at every address without an extension', async () => {
    const { hub } = await hubInProcess({ dist: await fakeBuild() });
    for (const path of ['/', '/index.html', '/join?code=123456', '/assets/', '/some/where']) {
      const page = await get(hub.port, path, { 'accept-encoding': 'gzip, br' });
      expect(page.status, path).toBe(200);
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(page.headers['cache-control']).toBe('no-cache');
      expect(page.headers['x-content-type-options']).toBe('nosniff');
      expect(gunzipSync(page.body).toString()).toContain(HUB_MARK);
    }
    const plain = await get(hub.port, '/');
    expect(plain.body.toString()).toMatch(new RegExp(`<head>\\s*${HUB_MARK}`));
    expect((await get(hub.port, '/', { 'if-none-match': String(plain.headers.etag) })).status).toBe(304);
  });

  it('serves nothing outside the build, and no hostile path crashes it', async () => {
    const { hub } = await hubInProcess({ dist: await fakeBuild() });
    for (const path of ['/nope.js', '/../outside.txt', '/%2e%2e/outside.txt', '/assets/%2e%2e%2f..%2foutside.txt', '/%00.js', '/%E0%A4%A.js', '/__proto__.js', '/assets/constructor.js', '/index.html.br'])
      expect((await get(hub.port, path)).status, path).toBe(404);
    for (const target of ['__proto__', 'constructor', '*', '//outside.txt', '/..%2foutside.txt', 'http://[::1', '/%'])
      expect(await raw(hub.port, target), target).toMatch(/^(HTTP\/1\.1 (200|400|404) |$)/);
    expect(await raw(hub.port, 'http://[::1')).toMatch(/^HTTP\/1\.1 400 /); // once a crash of the whole hub
    expect((await get(hub.port, '/assets/index-abc123.js')).status).toBe(200); // still serving
  });
});
