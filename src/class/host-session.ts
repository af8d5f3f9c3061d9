// The projector's class session: one per page, kept across screens (the title, the chat, the
// debrief) while the lesson goes on. It holds the session's secret in session storage, so a
// reloaded projector or a restarted hub picks the same session up.
import { HubClient, savedSecret, saveSecret, servedByHub } from './client';
import type { HostView, LevelRef, Mode, RoundSpec, SeatStyle, Summary } from './protocol';

type ViewListener = (view: HostView) => void;

export class HostSession {
  view: HostView | null = null;
  code: string | null = null;
  private viewListeners = new Set<ViewListener>();
  private goneListeners = new Set<() => void>();
  private pendingSummary: ((s: Summary) => void)[] = [];
  readonly client: HubClient;

  constructor(create: { mode: Mode; seats: SeatStyle } | null) {
    let wantCreate = create;
    this.client = new HubClient(() => {
      const secret = savedSecret();
      if (secret) return { t: 'host.resume', secret };
      if (wantCreate) {
        const { mode, seats } = wantCreate;
        wantCreate = null;
        return { t: 'host.create', mode, seats };
      }
      return null;
    });
    this.client.on((m) => {
      if (m.t === 'host.created') {
        saveSecret(m.secret);
        this.code = m.code;
      } else if (m.t === 'host.state') {
        this.view = m.view;
        this.code = m.view.code;
        for (const listener of this.viewListeners) listener(m.view);
      } else if (m.t === 'summary') {
        for (const resolve of this.pendingSummary.splice(0)) resolve(m.summary);
      } else if (m.t === 'error' && m.code === 'not-found' && !this.view) {
        // The secret belongs to a session the hub no longer has: forget it.
        saveSecret(null);
        this.close();
        if (active === this) active = null;
        for (const listener of this.goneListeners) listener();
      }
    });
  }

  onView(listener: ViewListener): () => void {
    this.viewListeners.add(listener);
    if (this.view) listener(this.view);
    return () => this.viewListeners.delete(listener);
  }

  /** The hub no longer has this session (its files were removed): the projector starts afresh. */
  onGone(listener: () => void): () => void {
    this.goneListeners.add(listener);
    return () => this.goneListeners.delete(listener);
  }

  get live(): boolean {
    return !!this.view && !this.view.ended && this.view.mode === 'live';
  }

  setMode(mode: Mode): void {
    this.client.send({ t: 'host.mode', mode });
  }
  setLevel(level: LevelRef | null): void {
    this.client.send({ t: 'host.level', level });
  }
  open(round: RoundSpec): void {
    this.client.send({ t: 'host.open', round });
  }
  reveal(roundId: string): void {
    this.client.send({ t: 'host.reveal', roundId });
  }
  play(roundId: string, choice: string): void {
    this.client.send({ t: 'host.play', roundId, choice });
  }
  advance(): void {
    this.client.send({ t: 'host.advance' });
  }
  summary(): Promise<Summary> {
    return new Promise((resolve) => {
      this.pendingSummary.push(resolve);
      this.client.send({ t: 'host.summary' });
    });
  }
  end(): void {
    this.client.send({ t: 'host.end' });
    saveSecret(null);
  }
  close(): void {
    this.client.close();
  }
}

let active: HostSession | null = null;

/** The projector's session: the one running, or one picked up from this tab's secret after a reload. */
export function hostSession(): HostSession | null {
  if (!active && servedByHub() && savedSecret()) active = new HostSession(null);
  return active;
}

export function startHostSession(mode: Mode, seats: SeatStyle): HostSession {
  active?.close();
  saveSecret(null);
  active = new HostSession({ mode, seats });
  return active;
}

export function forgetHostSession(): void {
  active?.close();
  active = null;
}
