// A simulated device for the class hub: a WebSocket client that keeps every frame it gets and lets
// a test wait for the one it expects. Used by the integration tests and the bench.
import WebSocket from 'ws';
import { type ClientMessage, PROTOCOL_VERSION, type ServerMessage, type ServerOf, type ServerType } from '../../src/class/protocol';

type Outgoing = ClientMessage extends infer M ? (M extends { v: number } ? Omit<M, 'v'> : never) : never;

export class SimDevice {
  readonly received: ServerMessage[] = [];
  closed: { code: number } | null = null;
  private waiters: { test: (m: ServerMessage) => boolean; resolve: (m: ServerMessage) => void }[] = [];
  private rid = 0;
  onMessage: ((m: ServerMessage, at: number) => void) | null = null;
  /** The protocol version sent (the bench speaks 1 to the hub of before protocol 2). */
  version: number = PROTOCOL_VERSION;

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const m = JSON.parse(String(data)) as ServerMessage;
      this.received.push(m);
      this.onMessage?.(m, performance.now());
      this.waiters = this.waiters.filter((w) => (w.test(m) ? (w.resolve(m), false) : true));
    });
    ws.on('close', (code) => (this.closed = { code }));
    ws.on('error', () => undefined);
  }

  /** `from`: the loopback address to connect from (127.0.0.2, …), so that one test has many addresses. */
  static open(url: string, from?: string, headers?: Record<string, string>): Promise<SimDevice> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url, { ...(from ? { localAddress: from } : {}), ...(headers ? { headers } : {}) });
      ws.once('open', () => resolve(new SimDevice(ws)));
      ws.once('error', reject);
    });
  }

  /** Sends a message (the version is added) and returns its request id. */
  send(message: Outgoing): number {
    const rid = ++this.rid;
    this.ws.send(JSON.stringify({ v: this.version, ...message, rid }));
    return rid;
  }

  raw(frame: string | Buffer): void {
    this.ws.send(frame);
  }

  /** The first message (already received from `from` on, or still to come) that passes `test`. */
  waitFor<T extends ServerType>(t: T, test: (m: ServerOf<T>) => boolean = () => true, timeoutMs = 10_000, from = 0): Promise<ServerOf<T>> {
    const match = (m: ServerMessage): m is ServerOf<T> => m.t === t && test(m as ServerOf<T>);
    const seen = this.received.slice(from).find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${t} within ${timeoutMs} ms; last: ${JSON.stringify(this.received.at(-1))?.slice(0, 300)}`)), timeoutMs);
      this.waiters.push({ test: match, resolve: (m) => (clearTimeout(timer), resolve(m as ServerOf<T>)) });
    });
  }

  /** Sends and waits for the reply that echoes its request id. */
  async ask(message: Outgoing, timeoutMs = 10_000): Promise<ServerMessage> {
    const from = this.received.length;
    const rid = this.send(message);
    const match = (m: ServerMessage) => 'rid' in m && m.rid === rid;
    const seen = this.received.slice(from).find(match);
    if (seen) return seen;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no reply to ${message.t} within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({ test: match, resolve: (m) => (clearTimeout(timer), resolve(m)) });
    });
  }

  close(): void {
    this.ws.close();
  }
}
