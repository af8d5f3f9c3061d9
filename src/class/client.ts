// The page's side of the class hub: one WebSocket back to the origin that served the page (never
// anywhere else), reconnecting by itself, every frame checked with the shared schemas. The projector
// keeps its session secret, a student's device its seat token, in session storage: a reload or a
// dropped Wi-Fi returns each to its own session and seat.
import { type ClientMessage, HUB_INFO_PATH, HUB_PATH, PROTOCOL_VERSION, type ServerMessage, type ServerOf, type ServerType, parseServerFrame } from './protocol';

type Outgoing = ClientMessage extends infer M ? (M extends { v: number } ? Omit<M, 'v'> : never) : never;

const SECRET_KEY = 'see-through:class-secret';
const TOKEN_KEY = 'see-through:class-token';

const session = {
  get: (key: string): string | null => {
    try {
      return sessionStorage.getItem(key);
    } catch {
      return null;
    }
  },
  set: (key: string, value: string | null): void => {
    try {
      if (value === null) sessionStorage.removeItem(key);
      else sessionStorage.setItem(key, value);
    } catch {
      // Storage blocked: the session lasts as long as this page.
    }
  },
};
export const savedSecret = () => session.get(SECRET_KEY);
export const savedToken = () => session.get(TOKEN_KEY);
export const saveSecret = (secret: string | null) => session.set(SECRET_KEY, secret);
export const saveToken = (token: string | null) => session.set(TOKEN_KEY, token);

/**
 * Whether the hub served this page: it marks the page it serves with <meta name="class-hub">, so a
 * static deployment or the one-file build asks nothing of the network to find out.
 */
export const servedByHub = (): boolean =>
  typeof document !== 'undefined' && /^https?:$/.test(location.protocol) && document.querySelector('meta[name="class-hub"]') !== null;

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

export class HubClient {
  private ws: WebSocket | null = null;
  private listeners = new Set<Listener>();
  private linkListeners = new Set<(link: Link) => void>();
  private retry = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private closedByUs = false;
  private queue: string[] = [];
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
      if (hello) ws.send(JSON.stringify({ v: PROTOCOL_VERSION, ...hello }));
      for (const frame of this.queue.splice(0)) ws.send(frame);
    });
    ws.addEventListener('message', (event) => {
      const message = typeof event.data === 'string' ? parseServerFrame(event.data) : null;
      if (!message) return; // not the hub's: ignored
      for (const listener of this.listeners) listener(message);
    });
    ws.addEventListener('close', () => {
      if (this.ws !== ws) return;
      this.ws = null;
      if (this.closedByUs) return;
      this.setLink('lost');
      // Back off up to 5 s: a hub restarting takes a second or two.
      this.timer = setTimeout(() => this.connect(), Math.min(5000, 300 * 2 ** this.retry++));
    });
  }

  private setLink(link: Link): void {
    this.link = link;
    for (const listener of this.linkListeners) listener(link);
  }

  send(message: Outgoing): void {
    const frame = JSON.stringify({ v: PROTOCOL_VERSION, ...message });
    if (this.ws?.readyState === WebSocket.OPEN) this.ws.send(frame);
    else if (this.queue.length < 50) this.queue.push(frame); // sent once the hub is back
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
    clearTimeout(this.timer);
    this.ws?.close();
  }
}
