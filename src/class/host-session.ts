// The projector's class session: one per page, kept across screens (the title, the chat, the
// debrief) while the lesson goes on. It keeps the session's secret in this origin's local storage,
// so a reloaded projector, a closed tab opened again or a restarted hub picks the same session up.
// One projector a session: a second one is refused until it asks to take over, and the first is
// then told in words that it was replaced.
import { HELLO_RID, HubClient, savedSecret, saveSecret, servedByHub } from './client';
import { clock } from '../services/clock';
import type { HostView, LevelInfo, Mode, RoundSpec, SeatStyle, SessionEntry, Summary } from './protocol';

type ViewListener = (view: HostView) => void;
/** Why this projector does not show its session: another has it open, or took it over. */
export type Away = 'elsewhere' | 'replaced' | null;

type Start = { create: { mode: Mode; seats: SeatStyle } } | { claim: string } | null;

export class HostSession {
  view: HostView | null = null;
  code: string | null = null;
  away: Away = null;
  private viewListeners = new Set<ViewListener>();
  private goneListeners = new Set<() => void>();
  private awayListeners = new Set<(away: Away) => void>();
  /** Once this page has shown the session, its reconnections take it back (its own socket may linger). */
  private shown = false;
  private takeover = false;
  readonly client: HubClient;

  constructor(start: Start) {
    let pending = start;
    this.client = new HubClient(() => {
      if (this.away === 'replaced') return null; // not fought over: the teacher chooses to take it back
      const secret = savedSecret();
      if (pending && 'claim' in pending) return { t: 'host.claim', code: pending.claim };
      if (secret) return { t: 'host.resume', secret, takeover: this.shown || this.takeover };
      if (pending) {
        const { mode, seats } = pending.create;
        pending = null;
        return { t: 'host.create', mode, seats };
      }
      return null;
    });
    this.client.on((m) => {
      if (m.t === 'host.created') {
        pending = null;
        saveSecret(m.secret);
        this.code = m.code;
      } else if (m.t === 'host.state') {
        this.view = m.view;
        this.code = m.view.code;
        this.shown = true;
        this.setAway(null);
        for (const listener of this.viewListeners) listener(m.view);
      } else if (m.t === 'host.replaced') {
        this.setAway('replaced');
      } else if (m.t === 'error' && m.rid === HELLO_RID && m.code === 'conflict') {
        this.setAway('elsewhere');
      } else if (m.t === 'error' && m.rid === HELLO_RID && m.code === 'not-found' && !this.view) {
        // The secret belongs to a session the hub no longer has: forget it.
        saveSecret(null);
        this.close();
        if (active === this) active = null;
        for (const listener of this.goneListeners) listener();
      }
    });
  }

  private setAway(away: Away): void {
    if (this.away === away) return;
    this.away = away;
    for (const listener of this.awayListeners) listener(away);
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

  onAway(listener: (away: Away) => void): () => void {
    this.awayListeners.add(listener);
    return () => this.awayListeners.delete(listener);
  }

  /** Shows the session here; the projector that had it is told it was taken over. */
  takeOver(): void {
    const secret = savedSecret();
    if (!secret) return;
    this.takeover = true;
    this.away = null;
    void this.client.send({ t: 'host.resume', secret, takeover: true });
  }

  get live(): boolean {
    return !!this.view && !this.view.ended && this.view.mode === 'live';
  }

  setMode(mode: Mode): void {
    void this.client.send({ t: 'host.mode', mode }, 'mode');
  }
  setLevel(level: LevelInfo | null): void {
    void this.client.send({ t: 'host.level', level }, 'level');
  }
  open(round: RoundSpec): void {
    void this.client.send({ t: 'host.open', round });
  }
  reveal(roundId: string): void {
    void this.client.send({ t: 'host.reveal', roundId });
  }
  play(roundId: string, choice: string): void {
    void this.client.send({ t: 'host.play', roundId, choice });
  }
  advance(): void {
    void this.client.send({ t: 'host.advance' });
  }
  async summary(): Promise<Summary> {
    const answer = await this.client.send({ t: 'host.summary' });
    if (answer?.t !== 'summary') throw new Error(answer?.t === 'error' ? answer.message : 'no summary');
    return answer.summary;
  }
  end(): void {
    void this.client.send({ t: 'host.end' });
  }
  /** Removes the ended session's files from the hub's PC; the secret goes with them. */
  async remove(): Promise<boolean> {
    const answer = await this.client.send({ t: 'host.remove' });
    if (answer?.t !== 'ack') return false;
    saveSecret(null);
    return true;
  }
  close(): void {
    this.client.close();
  }
}

let active: HostSession | null = null;

/** The projector's session: the one running, or one picked up from this origin's secret (a reload, a closed tab). */
export function hostSession(): HostSession | null {
  if (!active && servedByHub() && savedSecret()) active = new HostSession(null);
  return active;
}

export function startHostSession(mode: Mode, seats: SeatStyle): HostSession {
  active?.close();
  saveSecret(null);
  active = new HostSession({ create: { mode, seats } });
  return active;
}

/** Takes a session back from the hub's list (on the hub's own PC): a new secret replaces the old. */
export function claimHostSession(code: string): HostSession {
  active?.close();
  saveSecret(null);
  active = new HostSession({ claim: code });
  return active;
}

export function forgetHostSession(): void {
  active?.close();
  active = null;
  saveSecret(null);
}

/** The sessions on this hub, as only the hub's own PC is told them (null elsewhere, or no hub). */
export async function listSessions(): Promise<{ sessions: SessionEntry[]; damaged: { file: string; keptAs: string }[] } | null> {
  if (!servedByHub()) return null;
  const client = new HubClient(() => null);
  try {
    const answer = await Promise.race([client.send({ t: 'host.list' }), new Promise<null>((r) => clock().after(4000, () => r(null)))]);
    return answer?.t === 'sessions' ? { sessions: answer.sessions, damaged: answer.damaged } : null;
  } finally {
    client.close();
  }
}
