// What one device, one address and the whole hub may do: the numbers (every one overridable, for
// the tests and the bench) and the counters that hold them. A limit refuses or drops; it never
// waits, so a flood costs the hub a counter's update per frame and nobody else notices it.
import { TokenBucket } from './rate-limit';

export interface Limits {
  /** Messages a second per connection, and the burst allowed; past it frames are dropped unread. */
  perSocket: { perSecond: number; burst: number };
  /** The same for all connections of one address together. */
  perAddress: { perSecond: number; burst: number };
  /** A connection that goes on sending after this many dropped frames in ten seconds is closed. */
  dropsBeforeClose: number;
  connectionsPerAddress: number;
  /** Seats one address may take in one session (a lab PC, a phone that lost its token). */
  seatsPerAddress: number;
  seatsPerSession: number;
  /** Sessions one address may open in an hour, and sessions open on the hub at once. */
  sessionsPerAddressPerHour: number;
  openSessions: number;
  /** Join codes one address, and all addresses together, may get wrong in a minute. */
  wrongCodesPerAddress: number;
  wrongCodesTotal: number;
  /** An open session with no change for this long is ended; an ended one is removed after `removeAfterMs`. */
  idleEndMs: number;
  removeAfterMs: number;
  /** Frames waiting to go to a device before it is treated as gone (it is not reading). */
  maxBufferedBytes: number;
  /** Whether the hub's own PC (loopback) is exempt from the per-address limits: it is the teacher's. */
  trustLoopback: boolean;
}

export const DEFAULT_LIMITS: Limits = {
  perSocket: { perSecond: 20, burst: 40 },
  perAddress: { perSecond: 60, burst: 120 },
  dropsBeforeClose: 200,
  connectionsPerAddress: 16,
  seatsPerAddress: 3,
  seatsPerSession: 1000,
  sessionsPerAddressPerHour: 12,
  openSessions: 40,
  wrongCodesPerAddress: 10,
  wrongCodesTotal: 300,
  idleEndMs: 12 * 3600_000,
  removeAfterMs: 24 * 3600_000,
  maxBufferedBytes: 4 * 1024 * 1024,
  trustLoopback: true,
};

/** Events in a sliding window of `ms`, counted in ten slices (constant memory, however many events). */
export class WindowCount {
  private slices = new Array<number>(10).fill(0);
  private start = 0;
  constructor(private readonly ms: number, private readonly now: () => number) {
    this.start = now();
  }
  private roll(): void {
    const slice = this.ms / 10;
    const t = this.now();
    const steps = Math.floor((t - this.start) / slice);
    if (steps <= 0) return;
    if (steps >= 10) this.slices.fill(0);
    else this.slices = [...this.slices.slice(steps), ...new Array<number>(steps).fill(0)];
    this.start += steps * slice;
  }
  add(): number {
    this.roll();
    this.slices[9]! += 1;
    return this.count();
  }
  count(): number {
    this.roll();
    return this.slices.reduce((a, b) => a + b, 0);
  }
}

/** What one address has done: its shared message bucket, its connections, its wrong codes, its sessions. */
export interface AddressUse {
  bucket: TokenBucket;
  connections: number;
  wrongCodes: WindowCount;
  sessions: WindowCount;
}

export const isLoopback = (address: string): boolean => /^(127\.|::1$|::ffff:127\.)/.test(address);

export class AddressBook {
  private byAddress = new Map<string, AddressUse>();
  readonly wrongCodes: WindowCount;
  constructor(private readonly limits: Limits, private readonly now: () => number) {
    this.wrongCodes = new WindowCount(60_000, now);
  }
  /** Whether per-address limits apply to this address. */
  limited(address: string): boolean {
    return !(this.limits.trustLoopback && isLoopback(address));
  }
  use(address: string): AddressUse {
    let use = this.byAddress.get(address);
    if (!use) {
      const { perSecond, burst } = this.limits.perAddress;
      use = { bucket: new TokenBucket(perSecond, burst, this.now), connections: 0, wrongCodes: new WindowCount(60_000, this.now), sessions: new WindowCount(3600_000, this.now) };
      this.byAddress.set(address, use);
    }
    return use;
  }
  /** Forgets addresses with no connection and nothing counted (memory stays bounded). */
  sweep(): void {
    for (const [address, use] of this.byAddress) if (use.connections === 0 && use.wrongCodes.count() === 0 && use.sessions.count() === 0) this.byAddress.delete(address);
  }
}
