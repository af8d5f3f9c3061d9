// The class-session hub: `npm run class`. One Node server on the teacher's PC serves the built game
// (dist/, compressed) and, on the same origin, the WebSocket that the projector and the students'
// devices talk over (docs/class-protocol.md). The rules are in src/class/hub-state.ts; this file
// moves frames and files: every message checked, every change written to disk before it is
// acknowledged, nothing a device sends able to take the hub down.
import { createHash, randomBytes, randomInt } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { WebSocketServer, type WebSocket } from 'ws';
import {
  type HubDeps, HubError, type SessionState, advance, check, createSession, end, findSeat, hostView, isHost, join as joinSession,
  openRound, play, report, restore, reveal, setLevel, setMode, studentView, summary, vote, seatOf,
} from '../src/class/hub-state';
import {
  type ClientMessage, type ErrorCode, HOST_ONLY, HUB_INFO_PATH, HUB_PATH, MAX_FRAME_BYTES, PROTOCOL_VERSION, type ServerMessage, parseClientFrame,
} from '../src/class/protocol';
import { TokenBucket } from './rate-limit';
import { staticFiles } from './static-files';

export interface HubOptions {
  /** 0 picks a free port. */
  port: number;
  host?: string;
  /** The built game to serve; null serves only the hub (tests, bench). */
  dist: string | null;
  stateDir: string;
  log?: (line: string) => void;
  /** Messages a second per connection, and the burst allowed. */
  rate?: { perSecond: number; burst: number };
  now?: () => number;
}

export interface RunningHub {
  port: number;
  server: Server;
  /** Addresses other devices on this network can open. */
  addresses: string[];
  sessions: ReadonlyMap<string, SessionState>;
  close(): Promise<void>;
}

type Role = 'none' | 'host' | 'student';
interface Conn {
  id: number;
  ws: WebSocket;
  bucket: TokenBucket;
  code: string | null;
  role: Role;
  seat: number | null;
  lastRateReply: number;
  alive: boolean;
}

/** A connection with this many refused messages in a minute is closed (it is not a student). */
const MAX_REFUSALS_PER_MINUTE = 600;
const SELF_PACED_REFRESH_MS = 10_000;
const KEEPALIVE_MS = 30_000;

export function lanAddresses(port: number): string[] {
  const found: string[] = [];
  for (const list of Object.values(networkInterfaces()))
    for (const net of list ?? []) if (net.family === 'IPv4' && !net.internal) found.push(`http://${net.address}:${port}/`);
  return found;
}

export async function startHub(options: HubOptions): Promise<RunningHub> {
  const log = options.log ?? ((line: string) => console.error(`${new Date().toISOString()} ${line}`));
  const now = options.now ?? Date.now;
  const rate = options.rate ?? { perSecond: 20, burst: 40 };
  const deps: HubDeps = {
    now,
    token: () => randomBytes(24).toString('base64url'),
    randomInt: (n) => randomInt(n),
    hash: (secret) => createHash('sha256').update(secret).digest('base64url'),
  };

  // ── Sessions and their files ──────────────────────────────────────────────────────────────
  mkdirSync(options.stateDir, { recursive: true });
  const sessions = new Map<string, SessionState>();
  /** Codes of files that could not be read: never given out again, so never overwritten. */
  const damaged = new Set<string>();
  for (const name of readdirSync(options.stateDir).filter((n) => /^\d{6}\.json$/.test(n))) {
    try {
      const state = restore(readFileSync(join(options.stateDir, name), 'utf8'));
      sessions.set(state.code, state);
    } catch (e) {
      // Left in place for a person to look at; never overwritten (its code stays taken).
      log(`session file ${name} could not be read, left as it is: ${(e as Error).message.slice(0, 200)}`);
      damaged.add(name.slice(0, 6));
    }
  }
  if (sessions.size) log(`resumed ${sessions.size} session(s) from ${options.stateDir}`);

  const write = (state: SessionState) => {
    const file = join(options.stateDir, `${state.code}.json`);
    const temp = `${file}.${process.pid}.tmp`;
    const fd = openSync(temp, 'w');
    try {
      writeSync(fd, JSON.stringify(state));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file); // atomic: a reader sees the old file or the new, never half of one
  };

  // ── Connections ───────────────────────────────────────────────────────────────────────────
  const conns = new Set<Conn>();
  let nextId = 1;
  const members = (code: string) => [...conns].filter((c) => c.code === code);
  const connected = (code: string) => members(code).filter((c) => c.role === 'student').length;

  // Changes are written and announced once per turn of the event loop: a burst of 60 votes is one
  // write and one update to the projector, and every reply waits for the write that makes it true.
  const toWrite = new Set<string>();
  const toHosts = new Set<string>();
  const toStudents = new Set<string>();
  let outbox: [Conn, ServerMessage][] = [];
  let scheduled = false;
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(flush);
  };
  const send = (conn: Conn, message: ServerMessage) => {
    if (conn.ws.readyState === conn.ws.OPEN) conn.ws.send(JSON.stringify(message));
  };
  const reply = (conn: Conn, message: ServerMessage) => {
    outbox.push([conn, message]);
    schedule();
  };
  const fail = (conn: Conn, code: ErrorCode, message: string, rid?: number) => {
    log(`conn ${conn.id}${conn.code ? ` (session ${conn.code})` : ''}: refused, ${code}: ${message}`);
    reply(conn, { v: PROTOCOL_VERSION, t: 'error', code, message, ...(rid === undefined ? {} : { rid }) });
  };

  function flush() {
    scheduled = false;
    for (const code of toWrite) {
      const state = sessions.get(code);
      if (!state) continue;
      try {
        write(state);
      } catch (e) {
        log(`session ${code}: could not write its file: ${(e as Error).message}`);
      }
    }
    toWrite.clear();
    const sending = outbox;
    outbox = [];
    for (const [conn, message] of sending) send(conn, message);
    for (const code of toHosts) {
      const state = sessions.get(code);
      if (!state) continue;
      const frame = JSON.stringify({ v: PROTOCOL_VERSION, t: 'host.state', view: hostView(state, now(), connected(code)) } satisfies ServerMessage);
      for (const c of members(code)) if (c.role === 'host' && c.ws.readyState === c.ws.OPEN) c.ws.send(frame);
    }
    toHosts.clear();
    for (const code of toStudents) {
      const state = sessions.get(code);
      if (!state) continue;
      for (const c of members(code)) {
        if (c.role !== 'student') continue;
        const seat = state.seatList[(c.seat ?? 0) - 1];
        send(c, { v: PROTOCOL_VERSION, t: 'student.state', view: studentView(state, seat) });
      }
    }
    toStudents.clear();
  }

  const changed = (code: string, students = false) => {
    toWrite.add(code);
    toHosts.add(code);
    if (students) toStudents.add(code);
    schedule();
  };

  function dispatch(conn: Conn, m: ClientMessage) {
    const rid = m.rid === undefined ? {} : { rid: m.rid };
    const v = PROTOCOL_VERSION;
    if (HOST_ONLY.has(m.t)) {
      const state = conn.code ? sessions.get(conn.code) : undefined;
      if (conn.role !== 'host' || !state) throw new HubError('forbidden', 'only the projector that opened the session may do this');
      switch (m.t) {
        case 'host.mode':
          setMode(deps, state, m.mode);
          break;
        case 'host.level':
          setLevel(deps, state, m.level);
          break;
        case 'host.open':
          openRound(deps, state, m.round);
          break;
        case 'host.reveal':
          reveal(deps, state, m.roundId);
          break;
        case 'host.play':
          play(deps, state, m.roundId, m.choice);
          break;
        case 'host.advance':
          advance(deps, state);
          break;
        case 'host.end':
          end(deps, state);
          log(`session ${state.code} ended`);
          break;
        case 'host.summary':
          reply(conn, { v, t: 'summary', summary: summary(state, now()), ...rid });
          return;
      }
      reply(conn, { v, t: 'ack', ...rid });
      changed(state.code, true);
      return;
    }
    switch (m.t) {
      case 'host.create': {
        const { state, secret } = createSession(deps, m.mode, m.seats, new Set([...sessions.keys(), ...damaged]));
        sessions.set(state.code, state);
        Object.assign(conn, { code: state.code, role: 'host', seat: null });
        log(`session ${state.code} opened (${m.mode})`);
        reply(conn, { v, t: 'host.created', code: state.code, secret, ...rid });
        changed(state.code);
        return;
      }
      case 'host.resume': {
        const state = [...sessions.values()].find((s) => isHost(deps, s, m.secret));
        if (!state) throw new HubError('not-found', 'no session has this secret');
        Object.assign(conn, { code: state.code, role: 'host', seat: null });
        reply(conn, { v, t: 'ack', ...rid });
        toHosts.add(state.code);
        schedule();
        return;
      }
      case 'join': {
        const state = sessions.get(m.code);
        if (!state) throw new HubError('not-found', 'no session has this code');
        // One seat per connection: a device that joined keeps its seat (and its token).
        if (conn.role === 'student' && conn.code === m.code) throw new HubError('conflict', 'this device already has a seat in this session');
        const { seat, token } = joinSession(deps, state);
        Object.assign(conn, { code: state.code, role: 'student', seat: seat.number });
        reply(conn, { v, t: 'joined', token, seat: seatOf(seat, state.seats), ...rid });
        reply(conn, { v, t: 'student.state', view: studentView(state, seat) });
        changed(state.code);
        return;
      }
      case 'rejoin': {
        for (const state of sessions.values()) {
          const seat = findSeat(deps, state, m.token);
          if (!seat) continue;
          Object.assign(conn, { code: state.code, role: 'student', seat: seat.number });
          reply(conn, { v, t: 'joined', token: m.token, seat: seatOf(seat, state.seats), ...rid });
          reply(conn, { v, t: 'student.state', view: studentView(state, seat) });
          toHosts.add(state.code);
          schedule();
          return;
        }
        throw new HubError('not-found', 'no seat has this token (the session may have been removed)');
      }
      case 'vote':
      case 'progress':
      case 'check': {
        const state = conn.code ? sessions.get(conn.code) : undefined;
        const seat = state?.seatList[(conn.seat ?? 0) - 1];
        if (conn.role !== 'student' || !state || !seat) throw new HubError('forbidden', 'join a session first');
        if (m.t === 'vote') vote(deps, state, seat, m.roundId, m.picks);
        else if (m.t === 'progress') report(deps, state, seat, m.progress);
        else check(deps, state, seat, m.result);
        reply(conn, { v, t: 'ack', ...rid });
        changed(state.code);
        return;
      }
      case 'ping':
        reply(conn, { v, t: 'pong', ...rid });
        return;
    }
  }

  const refusals = new Map<Conn, number[]>();
  const refused = (conn: Conn) => {
    const t = now();
    const recent = (refusals.get(conn) ?? []).filter((x) => t - x < 60_000);
    recent.push(t);
    refusals.set(conn, recent);
    if (recent.length > MAX_REFUSALS_PER_MINUTE) {
      log(`conn ${conn.id}: closed after ${recent.length} refused messages in a minute`);
      conn.ws.close(1008, 'too many refused messages');
    }
  };

  function receive(conn: Conn, frame: string) {
    if (!conn.bucket.take()) {
      refused(conn);
      // One "slow down" a second at most: a flood is not answered with a flood.
      if (now() - conn.lastRateReply >= 1000) {
        conn.lastRateReply = now();
        fail(conn, 'rate', 'too many messages; wait a second');
      }
      return;
    }
    const parsed = parseClientFrame(frame);
    if (!parsed.ok) {
      refused(conn);
      fail(conn, parsed.code, parsed.message);
      return;
    }
    try {
      dispatch(conn, parsed.message);
    } catch (e) {
      refused(conn);
      if (e instanceof HubError) fail(conn, e.code, e.message, parsed.message.rid);
      else {
        log(`conn ${conn.id}: internal error on ${parsed.message.t}: ${(e as Error).stack ?? String(e)}`);
        fail(conn, 'internal', 'the hub failed on this message; it goes on', parsed.message.rid);
      }
    }
  }

  // ── HTTP and WebSocket on one port ───────────────────────────────────────────────────────────
  const serveFile = options.dist ? staticFiles(options.dist) : null;
  let port = options.port;
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://hub');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    if (url.pathname === HUB_INFO_PATH) {
      const body = JSON.stringify({ hub: true, v: PROTOCOL_VERSION, addresses: lanAddresses(port) });
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' }).end(body);
      return;
    }
    if (serveFile?.(req, res, url.pathname)) return;
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
  });
  server.on('clientError', (_e, socket) => socket.destroy());

  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES, perMessageDeflate: false });
  const sameOrigin = (req: IncomingMessage) => {
    const origin = req.headers.origin;
    if (!origin) return true; // not a browser (the tests' and bench's devices)
    try {
      return new URL(origin).host === req.headers.host;
    } catch {
      return false;
    }
  };
  server.on('upgrade', (req, socket, head) => {
    const path = new URL(req.url ?? '/', 'http://hub').pathname;
    if (path !== HUB_PATH || !sameOrigin(req)) {
      // Another site's page may not drive a class's session through a student's browser.
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });

  wss.on('connection', (ws: WebSocket) => {
    const conn: Conn = { id: nextId++, ws, bucket: new TokenBucket(rate.perSecond, rate.burst, now), code: null, role: 'none', seat: null, lastRateReply: -Infinity, alive: true };
    conns.add(conn);
    ws.on('pong', () => (conn.alive = true));
    ws.on('message', (data, isBinary) => {
      if (isBinary) {
        refused(conn);
        fail(conn, 'bad-message', 'frames are JSON text');
        return;
      }
      receive(conn, data.toString());
    });
    ws.on('error', (e) => log(`conn ${conn.id}: ${e.message}`)); // e.g. a frame over maxPayload; ws then closes it (1009)
    ws.on('close', () => {
      conns.delete(conn);
      refusals.delete(conn);
      if (conn.code && conn.role === 'student') {
        toHosts.add(conn.code);
        schedule();
      }
    });
  });

  // A device that vanished without closing (a phone locked, Wi-Fi gone) stops counting as connected.
  const keepalive = setInterval(() => {
    for (const conn of conns) {
      if (!conn.alive) conn.ws.terminate();
      else {
        conn.alive = false;
        conn.ws.ping();
      }
    }
  }, KEEPALIVE_MS);
  keepalive.unref();
  // In self-paced mode "stuck for long" changes with time alone.
  const refresh = setInterval(() => {
    for (const [code, state] of sessions) if (state.mode === 'self' && !state.ended && members(code).some((c) => c.role === 'host')) toHosts.add(code);
    if (toHosts.size) schedule();
  }, SELF_PACED_REFRESH_MS);
  refresh.unref();

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '0.0.0.0', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : options.port;

  return {
    port,
    server,
    addresses: lanAddresses(port),
    sessions,
    close: async () => {
      clearInterval(keepalive);
      clearInterval(refresh);
      flush();
      for (const conn of conns) conn.ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
