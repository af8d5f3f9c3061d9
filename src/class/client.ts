// The page's side of the class hub: one WebSocket back to the origin that served the page (never
// anywhere else), reconnecting by itself, every frame checked with the shared schemas. The projector
// keeps its session secret in local storage (this origin's, so a closed tab or a restarted PC gets
// back to its session), a student's device its seat token in session storage.
//
// A message is done only when the hub answers it (its `ack` says the change is on disk): until
// then it is held and sent again on every reconnection, so a vote in flight when the hub stopped is
// not lost while the device says "sent".
import { type ClientMessage, HUB_INFO_PATH, HUB_PATH, PROTOCOL_VERSION, type ServerMessage, type ServerOf, type ServerType, parseServerFrame } from './protocol';
import { servedByHub } from './hub-page';
import { Timeout } from '../services/clock';

type Outgoing = ClientMessage extends infer M ? (M extends { v: number } ? Omit<M, 'v'> : never) : never;

export { savedSecret, savedToken, saveSecret, saveToken, servedByHub } from './hub-page';

export interface HubInfo {
  hub: true;
  v: number;
  /** Addresses other devices on this network can open. */
  addresses: string[];
}

/** The hub's addresses on the school network (asked afresh: the PC may have changed network). */
export async function hubInfo(): Promise<HubInfo | null> {
  if (!servedByHub()) return null;
  try {
    const response = await fetch(new URL(HUB_INFO_PATH, location.origin), { cache: 'no-store' });
    if (!response.ok) return null;
    const info = (await response.json()) as HubInfo;
    return info.hub === true && Array.isArray(info.addresses) ? info : null;
  } catch {
    return null;
  }
}

type Listener = (message: ServerMessage) => void;
export type Link = 'connecting' | 'open' | 'lost';
/** The request id of the hello (host.resume, host.create, rejoin…) sent on each connection. */
export const HELLO_RID = 0;
/** At most this many messages wait for the hub's answer; past it the oldest is given up. */
const MAX_PENDING = 50;

interface Pending {
  rid: number;
  frame: string;
  /** A later message with the same key replaces this one (a changed vote, the latest progress). */
  key: string | null;
  done: (answer: ServerMessage | null) => void;
}

export class HubClient {
  private ws: WebSocket | null = null;
  private listeners = new Set<Listener>();
  private linkListeners = new Set<(link: Link) => void>();
  private retry = 0;
  private readonly reconnect = new Timeout();
  private closedByUs = false;
  private pending: Pending[] = [];
  private nextRid = 1;
  link: Link = 'connecting';

  /** `hello` is sent on every (re)connection first: host.resume or rejoin, so the hub knows who is back. */
  constructor(private readonly hello: () => Outgoing | null) {
    this.connect();
  }

  private connect(): void {
    const url = new URL(HUB_PATH, location.href);
    url.protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
    const ws = new WebSocket(url);
    this.ws = ws;
    ws.addEventListener('open', () => {
      this.retry = 0;
      this.setLink('open');
      const hello = this.hello();
      if (hello) ws.send(JSON.stringify({ v: PROTOCOL_VERSION, ...hello, rid: HELLO_RID }));
      // Everything not yet answered goes again: the hub takes a vote twice as one.
      for (const p of this.pending) ws.send(p.frame);
    });
    ws.addEventListener('message', (event) => {
      const message = typeof event.data === 'string' ? parseServerFrame(event.data) : null;
      if (!message) return; // not the hub's: ignored
      if (message.rid !== undefined && message.rid !== HELLO_RID) {
        const i = this.pending.findIndex((p) => p.rid === message.rid);
        if (i >= 0) this.pending.splice(i, 1)[0]!.done(message);
      }
      for (const listener of this.listeners) listener(message);
    });
    ws.addEventListener('close', () => {
      if (this.ws !== ws) return;
      this.ws = null;
      if (this.closedByUs) return;
      this.setLink('lost');
      // Back off up to 5 s: a hub restarting takes a second or two.
      this.reconnect.set(Math.min(5000, 300 * 2 ** this.retry++), () => this.connect());
    });
  }

  private setLink(link: Link): void {
    this.link = link;
    for (const listener of this.linkListeners) listener(link);
  }

  /**
   * Sends a message and resolves with the hub's answer to it (`ack`, an error, a reply), however
   * many reconnections that takes; null if a later message with the same `key` replaced it.
   */
  send(message: Outgoing, key: string | null = null): Promise<ServerMessage | null> {
    const rid = this.nextRid++;
    const frame = JSON.stringify({ v: PROTOCOL_VERSION, ...message, rid });
    return new Promise((done) => {
      if (key !== null)
        for (const old of this.pending.filter((p) => p.key === key)) {
          this.pending.splice(this.pending.indexOf(old), 1);
          old.done(null);
        }
      this.pending.push({ rid, frame, key, done });
      if (this.pending.length > MAX_PENDING) this.pending.shift()!.done(null);
      if (this.ws?.readyState === WebSocket.OPEN) this.ws.send(frame);
    });
  }

  /** Messages sent and not yet answered by the hub. */
  get unanswered(): number {
    return this.pending.length;
  }

  on(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  onType<T extends ServerType>(t: T, listener: (message: ServerOf<T>) => void): () => void {
    return this.on((m) => {
      if (m.t === t) listener(m as ServerOf<T>);
    });
  }

  onLink(listener: (link: Link) => void): () => void {
    this.linkListeners.add(listener);
    return () => this.linkListeners.delete(listener);
  }

  close(): void {
    this.closedByUs = true;
    this.reconnect.clear();
    this.ws?.close();
  }
}
