// The class-session hub: `npm run class`. One Node server on the teacher's PC serves the built game
// (dist/, compressed) and, on the same origin, the WebSocket that the projector and the students'
// devices talk over (docs/class-protocol.md). The rules are in src/class/hub-state.ts, the files
// in session-store.ts, the limits in limits.ts; this file moves frames: every message checked
// and limited, every change acknowledged only once it is on disk.
import { createHash, randomBytes, randomInt } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';
import {
  type CheckBank, type HubDeps, HubError, type SessionState, advance, check, createSession, end, findSeat, hostView, isHost, join as joinSession,
  openRound, play, rekey, report, reveal, setLevel, setMode, studentView, summary, vote, seatOf,
} from '../src/class/hub-state';
import {
  type ClientMessage, type ErrorCode, HOST_ONLY, HUB_PATH, MAX_FRAME_BYTES, type Notice, PROTOCOL_VERSION, type ServerMessage, type SessionEntry, type Storage, parseClientFrame,
} from '../src/class/protocol';
import { SHIPPED_BANK } from './check-bank';
import { hostAllowed, httpFront, lanAddresses, originAllowed } from './http-front';
import { AddressBook, DEFAULT_LIMITS, type Limits, WindowCount, isLoopback } from './limits';
import { TokenBucket } from './rate-limit';
import { type Disk, SessionStore, nodeDisk } from './session-store';

export { lanAddresses } from './http-front';

export interface HubOptions {
  /** 0 picks a free port. */
  port: number;
  /** The interface to listen on; every interface ("0.0.0.0") unless told. */
  host?: string;
  /** The built game to serve; null serves only the hub (tests, bench). */
  dist: string | null;
  stateDir: string;
  log?: (line: string) => void;
  limits?: Partial<Limits>;
  /** Host names besides addresses, localhost and this PC's name that the hub answers to. */
  allowedHosts?: readonly string[];
  /** The file operations (the tests give one whose disk is full). */
  disk?: Disk;
  now?: () => number;
  /** How often self-paced views refresh and old sessions are ended and removed (ms). */
  tickMs?: number;
  /** The learning check's item ids a device's check is taken in; the shipped forms unless told. */
  bank?: CheckBank;
}

export interface RunningHub {
  port: number;
  server: Server;
  /** Addresses other devices on this network can open. */
  addresses: string[];
  sessions: ReadonlyMap<string, SessionState>;
  /** Whether the sessions folder takes the hub's writes. */
  storage(): Storage;
  close(): Promise<void>;
}

type Role = 'none' | 'host' | 'student';
interface Conn {
  id: number;
  ws: WebSocket;
  address: string;
  bucket: TokenBucket;
  drops: WindowCount;
  code: string | null;
  role: Role;
  seat: number | null;
  lastRateReply: number;
  alive: boolean;
  /** Closed by the hub: frames already read from its socket are ignored. */
  gone: boolean;
}

const SELF_PACED_REFRESH_MS = 10_000;
const KEEPALIVE_MS = 30_000;
/** The projector's updates are at most this often (each is the whole view): a vote waits at most this long for it. */
const HOST_UPDATE_GAP_MS = 40;

export async function startHub(options: HubOptions): Promise<RunningHub> {
  const log = options.log ?? ((line: string) => console.error(`${new Date().toISOString()} ${line}`));
  const now = options.now ?? Date.now;
  const limits: Limits = { ...DEFAULT_LIMITS, ...options.limits };
  const bank = options.bank ?? SHIPPED_BANK;
  const deps: HubDeps = {
    now,
    token: () => randomBytes(24).toString('base64url'),
    randomInt: (n) => randomInt(n),
    hash: (secret) => createHash('sha256').update(secret).digest('base64url'),
  };
  const v = PROTOCOL_VERSION;

  // ── Sessions and their files ──────────────────────────────────────────────────────────────
  let sessions = new Map<string, SessionState>();
  /** Every projector is shown the storage's state as soon as it changes (set once the sockets are up). */
  let storageChanged = () => {};
  const store = new SessionStore(options.stateDir, options.disk ?? nodeDisk, (code) => sessions.get(code), log, () => storageChanged());
  const loaded = await store.load();
  sessions = loaded.sessions;
  const notices: Map<string, Notice[]> = loaded.notices;
  const damaged = loaded.damaged;
  /** Codes never given out again: damaged files' (so never overwritten). */
  const reserved = new Set(damaged.map((d) => d.file.slice(0, 6)));
  if (sessions.size) log(`resumed ${sessions.size} session(s) from ${options.stateDir}`);
  /** Seats each address took in each session (kept in memory only: files hold no addresses). */
  const seatsBy = new Map<string, Map<string, number>>();
  const book = new AddressBook(limits, now);

  // ── Connections ───────────────────────────────────────────────────────────────────────────
  const conns = new Set<Conn>();
  let nextId = 1;
  const members = (code: string) => [...conns].filter((c) => c.code === code);
  const connected = (code: string) => members(code).filter((c) => c.role === 'student').length;

  const toHosts = new Set<string>();
  const toStudents = new Set<string>();
  let scheduled: ReturnType<typeof setTimeout> | null = null;
  let lastHostUpdate = -Infinity;
  const schedule = () => {
    if (scheduled) return;
    const wait = Math.max(0, lastHostUpdate + HOST_UPDATE_GAP_MS - now());
    scheduled = setTimeout(flush, wait);
  };
  const send = (conn: Conn, message: ServerMessage | string, essential = true) => {
    const ws = conn.ws;
    if (ws.readyState !== ws.OPEN) return;
    // A device that does not read its frames is not waited for: updates skip it, and past the
    // limit it is treated as gone (it reconnects and is sent the present state).
    if (ws.bufferedAmount > limits.maxBufferedBytes) return void ws.terminate();
    if (!essential && ws.bufferedAmount > MAX_FRAME_BYTES * 8) return;
    ws.send(typeof message === 'string' ? message : JSON.stringify(message));
  };
  const fail = (conn: Conn, code: ErrorCode, message: string, rid?: number) => {
    if (code !== 'rate') log(`conn ${conn.id}${conn.code ? ` (session ${conn.code})` : ''}: refused, ${code}: ${message}`);
    send(conn, { v, t: 'error', code, message, ...(rid === undefined ? {} : { rid }) });
  };

  storageChanged = () => {
    for (const code of sessions.keys()) toHosts.add(code);
    schedule();
  };

  function flush() {
    scheduled = null;
    lastHostUpdate = now();
    const status = store.status();
    for (const code of toHosts) {
      const state = sessions.get(code);
      if (!state) continue;
      const hosts = members(code).filter((c) => c.role === 'host');
      if (!hosts.length) continue;
      const view = hostView(state, now(), connected(code), { storage: status, notices: notices.get(code) ?? [] });
      const frame = JSON.stringify({ v, t: 'host.state', view } satisfies ServerMessage);
      for (const c of hosts) send(c, frame, false);
    }
    toHosts.clear();
    for (const code of toStudents) {
      const state = sessions.get(code);
      if (!state) continue;
      for (const c of members(code)) if (c.role === 'student') send(c, { v, t: 'student.state', view: studentView(state, state.seatList[(c.seat ?? 0) - 1]) }, false);
    }
    toStudents.clear();
  }

  /** A session changed: the projector is shown at once; `then` (the acknowledgement) waits for the disk. */
  const changed = (code: string, then: () => void, students = false) => {
    toHosts.add(code);
    if (students) toStudents.add(code);
    schedule();
    store.save(code, then);
  };
  const become = (conn: Conn, code: string, role: Role, seat: number | null) => Object.assign(conn, { code, role, seat });
  /** One projector a session: the one showing it is told it was replaced, and stops. */
  const replaceHost = (code: string, by: Conn) => {
    for (const c of members(code))
      if (c !== by && c.role === 'host') {
        send(c, { v, t: 'host.replaced' });
        become(c, code, 'none', null);
        log(`session ${code}: projector conn ${c.id} replaced by conn ${by.id}`);
      }
  };
  /** A projector on another device shows the session (one on the same address is this PC's reloaded tab, or a second tab: it is replaced). */
  const otherHost = (code: string, conn: Conn) => members(code).some((c) => c !== conn && c.role === 'host' && c.address !== conn.address);

  function dispatch(conn: Conn, m: ClientMessage) {
    const rid = m.rid === undefined ? {} : { rid: m.rid };
    const ack = () => send(conn, { v, t: 'ack', ...rid });
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
          send(conn, { v, t: 'summary', summary: summary(state, now()), ...rid });
          return;
        case 'host.remove':
          if (!state.ended) throw new HubError('conflict', 'end the session before removing it');
          removeSession(state.code).then(ack, (e: Error) => fail(conn, 'internal', `could not remove its files: ${e.message}`.slice(0, 300), m.rid));
          return;
      }
      changed(state.code, ack, true);
      return;
    }
    switch (m.t) {
      case 'host.create': {
        const open = [...sessions.values()].filter((s) => !s.ended).length;
        if (open >= limits.openSessions) throw new HubError('full', `this hub has ${open} sessions open; end one first`);
        const use = book.use(conn.address);
        if (book.limited(conn.address) && use.sessions.count() >= limits.sessionsPerAddressPerHour) throw new HubError('rate', 'too many sessions opened from this device; wait a while');
        use.sessions.add();
        const { state, secret } = createSession(deps, m.mode, m.seats, new Set([...sessions.keys(), ...reserved]));
        sessions.set(state.code, state);
        become(conn, state.code, 'host', null);
        log(`session ${state.code} opened (${m.mode})`);
        // The session is shown at once, with whether the disk takes it: a teacher on a full disk is told now, not at the first vote.
        send(conn, { v, t: 'host.created', code: state.code, secret, ...rid });
        changed(state.code, () => undefined);
        return;
      }
      case 'host.resume': {
        const state = [...sessions.values()].find((s) => isHost(deps, s, m.secret));
        if (!state) throw new HubError('not-found', 'no session has this secret');
        if (otherHost(state.code, conn) && !m.takeover) throw new HubError('conflict', 'another projector is showing this session');
        replaceHost(state.code, conn);
        become(conn, state.code, 'host', null);
        ack();
        toHosts.add(state.code);
        schedule();
        return;
      }
      case 'host.list': {
        if (!isLoopback(conn.address)) throw new HubError('forbidden', 'the list of sessions is shown only on the hub\'s own PC');
        const entries: SessionEntry[] = [...sessions.values()].map((s) => ({
          code: s.code, mode: s.mode, joined: s.seatList.length, createdAt: s.createdAt, updatedAt: s.updatedAt, ended: s.ended, level: s.level,
        }));
        send(conn, { v, t: 'sessions', sessions: entries.sort((a, b) => b.updatedAt - a.updatedAt).slice(0, 50), damaged: damaged.slice(0, 20), ...rid });
        return;
      }
      case 'host.claim': {
        if (!isLoopback(conn.address)) throw new HubError('forbidden', 'a session is taken back only on the hub\'s own PC');
        const state = sessions.get(m.code);
        if (!state) throw new HubError('not-found', 'no session has this code');
        const secret = rekey(deps, state);
        replaceHost(state.code, conn);
        become(conn, state.code, 'host', null);
        log(`session ${state.code} taken back from the list by conn ${conn.id}`);
        send(conn, { v, t: 'host.created', code: state.code, secret, ...rid });
        changed(state.code, () => undefined);
        return;
      }
      case 'join': {
        const use = book.use(conn.address);
        const limited = book.limited(conn.address);
        if ((limited && use.wrongCodes.count() >= limits.wrongCodesPerAddress) || book.wrongCodes.count() >= limits.wrongCodesTotal)
          throw new HubError('rate', 'too many wrong codes; wait a minute and check the code on the projector');
        const state = sessions.get(m.code);
        if (!state) {
          use.wrongCodes.add();
          book.wrongCodes.add();
          throw new HubError('not-found', 'no session has this code');
        }
        // One seat per connection: a device that joined keeps its seat (and its token).
        if (conn.role === 'student' && conn.code === m.code) throw new HubError('conflict', 'this device already has a seat in this session');
        if (state.seatList.length >= limits.seatsPerSession) throw new HubError('full', `this session holds at most ${limits.seatsPerSession} devices`);
        let taken = seatsBy.get(state.code);
        if (!taken) seatsBy.set(state.code, (taken = new Map()));
        if (limited && (taken.get(conn.address) ?? 0) >= limits.seatsPerAddress) throw new HubError('full', 'this device already has its seats in this session');
        const { seat, token } = joinSession(deps, state);
        taken.set(conn.address, (taken.get(conn.address) ?? 0) + 1);
        become(conn, state.code, 'student', seat.number);
        changed(state.code, () => {
          send(conn, { v, t: 'joined', token, seat: seatOf(seat, state.seats), ...rid });
          send(conn, { v, t: 'student.state', view: studentView(state, seat) });
        });
        return;
      }
      case 'rejoin': {
        for (const state of sessions.values()) {
          const seat = findSeat(deps, state, m.token);
          if (!seat) continue;
          become(conn, state.code, 'student', seat.number);
          send(conn, { v, t: 'joined', token: m.token, seat: seatOf(seat, state.seats), ...rid });
          send(conn, { v, t: 'student.state', view: studentView(state, seat) });
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
        else check(deps, state, seat, m.result, bank);
        changed(state.code, ack);
        return;
      }
      case 'ping':
        send(conn, { v, t: 'pong', ...rid });
        return;
    }
  }

  async function removeSession(code: string) {
    await store.remove(code);
    sessions.delete(code);
    notices.delete(code);
    seatsBy.delete(code);
    for (const c of members(code)) become(c, code, 'none', null);
    log(`session ${code} removed with its files`);
  }

  /** A refused frame counts against its connection: one that keeps on is closed. True when closed. */
  function strike(conn: Conn): boolean {
    if (conn.drops.add() <= limits.dropsBeforeClose) return false;
    if (!conn.gone) log(`conn ${conn.id} (${conn.address}): closed, it went on sending past its limit`);
    conn.gone = true;
    conn.ws.terminate();
    return true;
  }

  /** A frame over the rate is dropped unread, with one "slow down" a second at most: a flood is not answered with a flood. */
  function drop(conn: Conn) {
    if (strike(conn) || now() - conn.lastRateReply < 1000) return;
    conn.lastRateReply = now();
    fail(conn, 'rate', 'too many messages; wait a second');
  }

  function receive(conn: Conn, frame: string) {
    if (conn.gone) return;
    if (!conn.bucket.take() || (book.limited(conn.address) && !book.use(conn.address).bucket.take())) return drop(conn);
    const parsed = parseClientFrame(frame);
    if (!parsed.ok) {
      if (!strike(conn)) fail(conn, parsed.code, parsed.message);
      return;
    }
    try {
      dispatch(conn, parsed.message);
    } catch (e) {
      if (e instanceof HubError) fail(conn, e.code, e.message, parsed.message.rid);
      else {
        log(`conn ${conn.id}: internal error on ${parsed.message.t}: ${(e as Error).stack ?? String(e)}`);
        fail(conn, 'internal', 'the hub failed on this message; it goes on', parsed.message.rid);
      }
    }
  }

  // ── HTTP and WebSocket on one port ───────────────────────────────────────────────────────────
  let port = options.port;
  const allowedHosts = options.allowedHosts ?? [];
  const server = createServer(httpFront(options.dist, allowedHosts, () => port));
  server.on('clientError', (_e, socket) => socket.destroy());

  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES, perMessageDeflate: false });
  server.on('upgrade', (req, socket, head) => {
    const path = new URL(req.url ?? '/', 'http://hub').pathname;
    const address = req.socket.remoteAddress ?? '?';
    // Another site's page may not drive a class's session through a student's browser.
    if (path !== HUB_PATH || !hostAllowed(req.headers.host, allowedHosts) || !originAllowed(req)) return void socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
    if (book.limited(address) && book.use(address).connections >= limits.connectionsPerAddress) return void socket.end('HTTP/1.1 429 Too Many Requests\r\n\r\n');
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });

  wss.on('connection', (ws: WebSocket, req: { socket: { remoteAddress?: string } }) => {
    const address = req.socket.remoteAddress ?? '?';
    const conn: Conn = {
      id: nextId++, ws, address, bucket: new TokenBucket(limits.perSocket.perSecond, limits.perSocket.burst, now), drops: new WindowCount(10_000, now),
      code: null, role: 'none', seat: null, lastRateReply: -Infinity, alive: true, gone: false,
    };
    conns.add(conn);
    book.use(address).connections += 1;
    ws.on('pong', () => (conn.alive = true));
    ws.on('message', (data, isBinary) => {
      if (conn.gone) return;
      if (isBinary) {
        if (!strike(conn)) fail(conn, 'bad-message', 'frames are JSON text');
        return;
      }
      receive(conn, data.toString());
    });
    ws.on('error', (e) => log(`conn ${conn.id}: ${e.message}`)); // e.g. a frame over maxPayload; ws then closes it (1009)
    ws.on('close', () => {
      conns.delete(conn);
      book.use(address).connections -= 1;
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
    book.sweep();
  }, KEEPALIVE_MS);
  keepalive.unref();
  // In self-paced mode "stuck for long" changes with time alone; old sessions end, then go.
  const refresh = setInterval(() => {
    const t = now();
    for (const [code, state] of sessions) {
      if (state.mode === 'self' && !state.ended && members(code).some((c) => c.role === 'host')) toHosts.add(code);
      if (!state.ended && t - state.updatedAt > limits.idleEndMs) {
        end(deps, state);
        log(`session ${code} ended: no change for ${Math.round(limits.idleEndMs / 3600_000)} h`);
        changed(code, () => undefined, true);
      } else if (state.ended && t - state.updatedAt > limits.removeAfterMs && !members(code).length) void removeSession(code);
    }
    if (toHosts.size) schedule();
  }, options.tickMs ?? SELF_PACED_REFRESH_MS);
  refresh.unref();
  // Sessions read from a copy or an old format are written back in this hub's format at once.
  for (const code of loaded.rewrite) store.save(code, () => undefined);

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
    storage: () => store.status(),
    close: async () => {
      clearInterval(keepalive);
      clearInterval(refresh);
      if (scheduled) clearTimeout(scheduled);
      await store.drain();
      for (const conn of conns) conn.ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
