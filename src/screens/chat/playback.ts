// The chat's playback: which of the story's events shows when. The engine says what happens; this
// says at what pace a person sees it (someone types, a message appears, a pause to read) and, on a
// projector, waits for the presenter's → instead of a timer, steps back on ←, and runs the class
// vote at a decision. It has no Phaser, DOM or i18n: time comes from an injected clock and what is
// shown goes to a view, so the pacing, the step back and the vote are unit-tested
// (tests/unit/chat-playback.test.ts) and the scene only renders.
import type { Choice, LocalText, NodeOf, StoryEvent } from '../../core';
import { majorityOf } from './vote-tally';
import { unreachable } from '../../core/unreachable';

/** "instant" is for the end-to-end tests only (./test-pace.ts); players choose normal or fast. */
export type Pace = 'normal' | 'fast' | 'instant';

export interface PlaybackSettings {
  pace: Pace;
  /** Projected, the presenter paces the story with a key: no timers. */
  projector: boolean;
  reducedMotion: boolean;
  /**
   * On a phone the feedback on a choice fills the foot of the screen, where the next decision
   * will appear: the story waits there until the player goes on, as projected it waits for →.
   */
  holdFeedback?: boolean;
}

/** Runs `then` after `ms` of the game's time (Phaser's clock in the game, a fake one in tests). */
export interface Clock {
  after(ms: number, then: () => void): void;
}

export type MessageEvent = Extract<StoryEvent, { type: 'message' }>;
export type ConversationEvent = Extract<StoryEvent, { type: 'conversation' }>;
export type EndingEvent = Extract<StoryEvent, { type: 'ending' }>;

/** What the scene draws; each is called at the moment it should appear. */
export interface PlaybackView {
  /** Someone is typing (a name), or no one is any more (null). */
  typing(name: LocalText | null): void;
  message(event: MessageEvent): void;
  /**
   * The story moves to another conversation, before its messages. `then`: the conversation the
   * story moves to next before it needs the player, if any; when that is the chat on screen, this
   * one only passes through (Mum's one line in the middle of another chat), as a banner.
   */
  conversation(event: ConversationEvent, then: string | undefined): void;
  /** The player's choice and its feedback; `shake` when it was risky and motion is allowed; the chat it was made in. */
  chose(choice: Choice, shake: boolean, conversation: string | undefined): void;
  score(score: number, delta: number): void;
  /** A consequence is next: ahead of its pause (speaker notes), then when it opens. */
  consequenceAhead(node: NodeOf<'consequence'>): void;
  consequence(node: NodeOf<'consequence'>): void;
  ending(event: EndingEvent): void;
  /** Projected: whether the story waits for the presenter's →. */
  waiting(on: boolean): void;
  /** The events are all shown: offer the decision, if the story is at one; true if it is. */
  decision(): boolean;
  /** The class vote opens at the decision on screen: its tally, which hands (or devices) fill. */
  openVote(): Tally;
  /** Play the choice at this index of the decision on screen. */
  play(index: number): void;
}

/** A class vote's counts, one per choice shown; + and − change the selected option's count. */
export interface Tally {
  readonly counts: readonly number[];
  select(index: number): void;
  adjust(delta: 1 | -1): void;
}

/** Normal, fast, instant: how long each pause lasts, as a share of the normal pause. */
const PACE: Record<Pace, number> = { normal: 1, fast: 0.3, instant: 0 };

/** Pauses after each kind of event, at normal pace, in ms: time to read before the next. */
export const PAUSE = { narrator: 900, message: 300, chose: 700, consequence: 1200, ending: 1500 } as const;

/** How long someone "types" before a message appears: longer messages take a little longer. */
export const typingTime = (length: number): number => Math.min(1600, 450 + length * 12);

interface Snapshot<M> {
  queue: StoryEvent[];
  waiting: (() => void) | undefined;
  memento: M;
}

/**
 * `M` is what the scene needs to put back on a step back (the story's state, the lines shown);
 * `remember` takes it at each step the presenter can undo.
 */
export class Playback<M> {
  private queue: StoryEvent[] = [];
  private pending: (() => void) | undefined;
  private history: Snapshot<M>[] = [];
  private tally: Tally | undefined;
  private atDecision = false;

  constructor(
    private readonly view: PlaybackView,
    private readonly clock: Clock,
    private readonly settings: () => PlaybackSettings,
    /** A message's length in the language shown, for its typing time. */
    private readonly lengthOf: (text: LocalText) => number,
    private readonly memento: () => M,
  ) {}

  /** Adds the engine's events and shows them, each at its time. */
  play(events: readonly StoryEvent[]): void {
    this.atDecision = false;
    this.queue.push(...events);
    this.next();
  }

  /** True while the story waits for the presenter's →. */
  get waiting(): boolean {
    return this.pending !== undefined;
  }

  /** True while the class vote is open. */
  get voting(): boolean {
    return this.tally !== undefined;
  }

  /** The presenter's →: the next step, else at a decision the class vote, then its majority. */
  advance(): void {
    if (this.pending) {
      const then = this.pending;
      this.remember();
      this.pending = undefined;
      this.view.waiting(false);
      then();
    } else if (this.tally) this.view.play(majorityOf(this.tally.counts));
    else if (this.atDecision && this.queue.length === 0) this.openVote();
  }

  /** Keeps what a step back returns to; called before each advance and before a choice. */
  remember(): void {
    this.history.push({ queue: [...this.queue], waiting: this.pending, memento: this.memento() });
  }

  /** The presenter's ←: the playback as it was one step ago, and the scene's memento of then. */
  back(): M | undefined {
    const snapshot = this.history.pop();
    if (!snapshot) return undefined;
    this.closeVote();
    this.queue = snapshot.queue;
    this.pending = snapshot.waiting;
    this.atDecision = false;
    return snapshot.memento;
  }

  /** After the scene redrew (a step back, a new language): shows again what is awaited. */
  refresh(): void {
    if (this.pending) this.view.waiting(true);
    else if (this.queue.length === 0) this.offer();
  }

  /** A decision was taken: the vote, if open, closes. */
  chosen(): void {
    this.closeVote();
    this.atDecision = false;
  }

  /** Opens the class vote, at a decision only; the → after it plays the majority. */
  openVote(): void {
    if (this.atDecision && !this.tally) this.tally = this.view.openVote();
  }

  /** Keys 1–4: in a vote, the option whose count + and − change; else that choice is played. */
  select(index: number): void {
    if (this.tally) this.tally.select(index);
    else if (this.atDecision) this.view.play(index);
  }

  /** + and −: one hand more or fewer for the selected option. */
  adjust(delta: 1 | -1): void {
    this.tally?.adjust(delta);
  }

  private closeVote(): void {
    this.tally = undefined;
  }

  private offer(): void {
    this.atDecision = this.view.decision();
  }

  /** Waits before `then`: the presenter's → when projected (or `hold`), else a pause at the chosen pace. */
  private after(ms: number, then: () => void = () => this.next(), hold = false): void {
    const { projector, pace } = this.settings();
    if (projector || hold) {
      this.pending = then;
      this.view.waiting(true);
    } else this.clock.after(ms * PACE[pace], then);
  }

  /** Shows the next event, then goes on after the pause it needs. */
  private next(): void {
    const event = this.queue.shift();
    if (!event) return this.offer();
    const { projector, reducedMotion } = this.settings();
    switch (event.type) {
      case 'message':
        if (event.role === 'contact' && !projector) {
          this.view.typing(event.name);
          return this.after(typingTime(this.lengthOf(event.text)), () => {
            this.view.typing(null);
            this.view.message(event);
            this.next();
          });
        }
        this.view.message(event);
        return this.after(event.role === 'narrator' || event.role === 'system' ? PAUSE.narrator : PAUSE.message);
      case 'conversation': {
        const then = this.queue.find((e): e is ConversationEvent => e.type === 'conversation');
        this.view.conversation(event, then?.conversation.id);
        return this.next();
      }
      case 'chose': {
        this.view.chose(event.choice, event.choice.kind === 'risky' && !reducedMotion, event.conversation);
        // Projected, the choice, its feedback and the score change land together, then the class
        // talks it over until the presenter goes on.
        const scoreChange = this.queue[0];
        if (projector && scoreChange?.type === 'score') {
          this.queue.shift();
          this.view.score(scoreChange.score, scoreChange.delta);
        }
        return this.after(PAUSE.chose, undefined, this.settings().holdFeedback === true);
      }
      case 'score':
        this.view.score(event.score, event.delta);
        return this.next();
      case 'consequence':
        this.view.consequenceAhead(event.node);
        // The story goes on when the scene plays the events after the consequence.
        return this.after(PAUSE.consequence, () => this.view.consequence(event.node));
      case 'ending':
        return this.after(PAUSE.ending, () => this.view.ending(event));
      default:
        return unreachable(event, 'story event'); // a new event kind is a compile error here
    }
  }
}
