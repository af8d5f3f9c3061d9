// The chat on a phone. It renders the story's events one by one and hands the player's choice back
// to the story; it never scores or branches itself.
import Phaser from 'phaser';
import { createStory, whatIf, type Choice, type Level, type LocalText, type Story, type StoryEvent, type StoryState } from '../../core';
import { button, el } from '../shared/element';
import { playSound, stopMusic } from '../../services/audio';
import { local, t } from '../../services/i18n';
import { drawPhone, TypingDots } from '../shared/phone';
import { SafetyMeter } from '../shared/safety-meter';
import { markMoreBelow, pageDown } from './more-below';
import { mountScreen } from '../shared/screen';
import { messageSpeed, projectorMode } from '../../services/settings';
import { reducedMotion } from '../shared/theme';
import { findLevel } from '../shared/catalog';
import { applyLayout } from '../shared/layout-vars';
import { chatLayout } from './layout';
import type { ChatData, ConsequenceData, EndingData } from '../shared/navigation';
import { redrawOnWake } from '../shared/redraw-on-wake';
import { SceneKey } from '../shared/scene-keys';
import { setPresenter, showPresenterHintOnce } from '../shared/presenter';
import { openSettings } from '../shared/navigation';
import { choiceFeedback } from './choice-feedback';
import { DecisionVote } from './decision-vote';
import { connectClassVote } from '../../class/live-vote';
import { reportProgress } from '../../class/self-paced';
import { postNotes } from '../../services/notes-channel';
import { speakerNotes } from '../../content/speaker-notes';
import { playSeed } from '../../services/play-seed';
import { SpotSigns } from './spot-signs';
import './chat.css';
import './chat-projector.css';

/** A line of the chat as shown, kept so the chat can be redrawn in another language. */
interface Line {
  role: Extract<StoryEvent, { type: 'message' }>['role'] | 'player';
  /** The speaker; the player is "me" in the current language. */
  name?: LocalText;
  text: LocalText;
  /** The message node, so a contact's phrases can be flagged (./spot-signs.ts). */
  nodeId?: string;
}

/** What the presenter can step back to: the chat as it was before an advance or a choice. */
interface Snapshot {
  state: StoryState;
  queue: StoryEvent[];
  lines: number;
  lastChoice: Choice | undefined;
  waiting: (() => void) | undefined;
}

/** How long someone "types" before a message appears: longer messages take a little longer. */
const typingTime = (text: string): number => Math.min(1600, 450 + text.length * 12);

export class ChatScene extends Phaser.Scene {
  private story!: Story;
  private state!: StoryState;
  private queue: StoryEvent[] = [];
  private transcript: Line[] = [];
  private lastChoice: Choice | undefined;
  private typingName: LocalText | undefined;
  private projector = false;
  /** In projector mode, what the next press of → shows. */
  private waiting: (() => void) | undefined;
  private history: Snapshot[] = [];
  private vote: DecisionVote | undefined;
  /** The decision just taken, for "what if". */
  private taken: { before: StoryState; choiceId: string } | undefined;
  private scrollQueued = false;
  /** Re-marks the feedback column's "more below" after its content changes. */
  private feedbackChanged: () => void = () => undefined;
  private meter!: SafetyMeter;
  private spots!: SpotSigns;
  private dots!: TypingDots;
  private dom!: {
    log: HTMLElement;
    lines: HTMLOListElement;
    typing: HTMLParagraphElement;
    feedback: HTMLElement;
    score: HTMLElement;
    decision: HTMLElement;
  };

  constructor() {
    super(SceneKey.Chat);
  }

  create(data: ChatData): void {
    const parsed = findLevel(this, data.levelId);
    if (!parsed) {
      this.scene.start(SceneKey.LevelList);
      return;
    }
    const level = parsed.level;
    this.story = createStory(level, { seed: playSeed() }); // a fresh order of the choices each play
    this.spots = new SpotSigns(level, projectorMode());
    this.queue = [];
    this.transcript = [];
    this.lastChoice = undefined;
    this.typingName = undefined;
    this.waiting = undefined;
    this.history = [];
    this.vote = undefined;
    this.taken = undefined;
    this.projector = projectorMode();

    stopMusic();
    const layout = chatLayout(this.projector);
    if (layout.phone) drawPhone(this, layout.phone);
    this.meter = new SafetyMeter(this, layout.meter, parsed.exploration.bounds, level.startScore);
    this.dots = new TypingDots(this, layout.dots.x, layout.dots.y);
    this.buildDom(level);
    redrawOnWake(this, () => this.redraw());

    this.input.keyboard?.on('keydown', (event: KeyboardEvent) => {
      if (this.projector) return; // projector mode has its presenter keys
      this.pickChoice(Number(event.key) - 1);
    });
    setPresenter(this, {
      advance: () => this.advance(),
      back: () => this.stepBack(),
      choose: (i) => (this.vote ? this.vote.select(i) : this.pickChoice(i)),
      adjust: (delta) => this.vote?.adjust(delta),
      reveal: () => void this.spots.revealNext(),
      leave: () => this.scene.start(SceneKey.LevelList),
    });
    showPresenterHintOnce();

    const step = this.story.start();
    this.state = step.state;
    this.play(step.events);
  }

  /** Draws the DOM layer again from what has been shown so far, e.g. in a new language. */
  private redraw(): void {
    this.buildDom(this.story.level);
    for (const line of this.transcript) this.renderLine(line);
    if (this.lastChoice) this.showFeedback(this.lastChoice);
    if (this.typingName) this.dom.typing.textContent = t('chat.typing', { name: local(this.typingName) });
    this.dom.score.textContent = String(this.state.score);
    if (this.waiting) this.dom.typing.textContent = t('presenter.next');
    else if (this.queue.length === 0) this.offerChoices();
  }

  private buildDom(level: Level): void {
    for (const old of [...this.children.getAll()]) if (old instanceof Phaser.GameObjects.DOMElement) old.destroy();
    const contact = level.characters.find((c) => c.role === 'contact');
    const lines = el('ol', { className: 'lines' });
    // The scrolling log is focusable so keyboard users can scroll back through the chat.
    const log = el('div', { className: 'log scroll', attrs: { role: 'log', 'aria-label': t('chat.log'), tabindex: '0' } }, [lines]);
    const typing = el('p', { className: 'typing', attrs: { 'aria-hidden': 'true' } });
    const score = el('strong', { text: String(level.startScore) });
    // It scrolls when long (large text, "what if" opened), so it is focusable.
    const feedback = el('section', { className: 'feedback', attrs: { 'aria-live': 'polite', 'aria-label': t('chat.feedback'), tabindex: '0' } });
    this.feedbackChanged = markMoreBelow(feedback);
    const decision = el('section', { className: 'decision', attrs: { 'aria-label': t('chat.decision') } });
    const { phone: _drawnOnly, ...numbers } = chatLayout(this.projector);
    const root = mountScreen(this, 'chat-screen', [
      el('div', { className: 'side' }, [el('p', { className: 'kicker', text: t('levels.case', { n: level.case }) }), el('h1', { text: local(level.title) })]),
      el('p', { className: 'meter-label' }, [el('span', { text: t('chat.score') }), score]),
      feedback,
      el('p', { className: 'phone-head', text: contact ? local(contact.name) : '' }),
      log,
      typing,
      decision,
      this.spots.bar(),
      el('div', { className: 'corner' }, [
        button(t('settings.open'), () => openSettings(this), 'btn'),
        button(t('chat.leave'), () => this.scene.start(SceneKey.LevelList), 'btn'),
      ]),
    ]);
    applyLayout(root, 'chat', numbers);
    this.dom = { log, lines, typing, feedback, score, decision };
  }

  private play(events: readonly StoryEvent[]): void {
    reportProgress(this.state); // a self-paced class session: where this device is
    this.queue.push(...events);
    this.next();
  }

  /** Shows the next event, then calls itself again after a pause fit for reading. */
  private next(): void {
    const event = this.queue.shift();
    if (!event) return this.offerChoices();
    const pace = messageSpeed() === 'fast' ? 0.3 : 1;
    // The presenter paces a projected story with a key; a player's screen paces itself.
    const after = (ms: number, then = () => this.next()) => {
      if (!this.projector) return void this.time.delayedCall(ms * pace, then);
      this.waiting = then;
      this.dom.typing.textContent = t('presenter.next');
    };
    switch (event.type) {
      case 'message':
        if (event.role === 'contact' && !this.projector) {
          this.showTyping(event.name);
          after(typingTime(local(event.text)), () => {
            this.hideTyping();
            playSound('messageIn');
            this.addLine({ role: event.role, name: event.name, text: event.text, nodeId: event.nodeId });
            this.next();
          });
        } else {
          if (event.role === 'contact') playSound('messageIn');
          this.addLine({ role: event.role, name: event.name, text: event.text, nodeId: event.nodeId });
          after(event.role === 'narrator' ? 900 : 300);
        }
        return;
      case 'chose':
        playSound('messageSent');
        this.addLine({ role: 'player', text: event.choice.text });
        this.lastChoice = event.choice;
        this.showFeedback(event.choice);
        if (event.choice.kind === 'risky' && !reducedMotion()) this.cameras.main.shake(260, 0.004);
        // Projected, the choice, its feedback and the score change land together, then the class
        // talks it over until the presenter goes on.
        const scoreChange = this.queue[0];
        if (this.projector && scoreChange?.type === 'score') {
          this.queue.shift();
          this.showScore(scoreChange.score, scoreChange.delta);
        }
        after(700);
        return;
      case 'score':
        this.showScore(event.score, event.delta);
        this.next();
        return;
      case 'consequence':
        postNotes(speakerNotes(this.story.level, event.node.charge, {}));
        after(1200, () => {
          const data: ConsequenceData = { node: event.node, onContinue: () => this.afterConsequence() };
          this.scene.launch(SceneKey.Consequence, data);
          this.scene.sleep(); // hides the chat's DOM layer too, so the consequence is modal
        });
        return;
      case 'ending':
        after(1500, () => {
          const data: EndingData = { levelId: this.story.level.id, score: event.score, ending: event.node, trail: this.state.trail };
          this.scene.start(SceneKey.Ending, data);
        });
        return;
    }
  }

  private showScore(score: number, delta: number): void {
    playSound(delta > 0 ? 'scoreUp' : 'scoreDown');
    this.meter.set(score);
    this.dom.score.textContent = String(score);
  }

  private afterConsequence(): void {
    this.scene.wake();
    const step = this.story.proceed(this.state);
    this.state = step.state;
    this.dom.log.focus({ preventScroll: true });
    this.play(step.events);
  }

  private offerChoices(): void {
    if (this.state.status !== 'choosing') return;
    const decision = this.story.node(this.state.at);
    if (decision.type !== 'choice') return;
    postNotes(speakerNotes(this.story.level, decision.prompt, {
      ...(decision.discussion ? { discussion: decision.discussion } : {}),
      choices: this.story.choices(this.state).map((c) => ({ text: c.text, kind: c.kind, feedback: c.feedback })),
    }));
    const buttons = this.story.choices(this.state).map((choice, i) =>
      el('li', {}, [
        el('button', { className: 'choice', attrs: { type: 'button' }, onClick: () => this.choose(choice.id) }, [
          el('kbd', { text: String(i + 1) }),
          el('span', { text: local(choice.text) }),
        ]),
      ]),
    );
    this.dom.decision.replaceChildren(
      el('h2', { text: local(decision.prompt) }),
      el('ol', { className: 'choices' }, buttons),
      ...(this.projector ? [button(t('vote.open'), () => this.openVote(), 'btn open-vote')] : []),
      el('p', { className: 'hint', text: t(this.projector ? 'presenter.decisionHint' : 'chat.keysHint', { n: buttons.length }) }),
    );
    this.dom.decision.querySelector<HTMLButtonElement>('button.choice')?.focus({ preventScroll: true });
  }

  private choose(choiceId: string): void {
    if (this.state.status !== 'choosing') return;
    playSound('choice');
    this.remember();
    this.vote?.record(choiceId);
    this.vote = undefined;
    this.taken = { before: this.state, choiceId };
    this.dom.decision.replaceChildren();
    const step = this.story.choose(this.state, choiceId);
    this.state = step.state;
    this.play(step.events);
  }

  private pickChoice(index: number): void {
    const choices = this.dom.decision.querySelectorAll<HTMLButtonElement>('button.choice');
    if (index >= 0 && index < choices.length) choices[index]!.click();
  }

  /** Presenter's →: the rest of a long feedback, the next message, or at a decision the class vote, then its majority. */
  private advance(): void {
    // Projected, a feedback longer than its column (its warning sign last) is shown a screenful at
    // a time before the story goes on: a clicker cannot scroll.
    if (pageDown(this.dom.feedback)) return;
    if (this.waiting) {
      const then = this.waiting;
      this.remember();
      this.waiting = undefined;
      this.dom.typing.textContent = '';
      then();
    } else if (this.vote) this.vote.playMajority();
    else if (this.state.status === 'choosing' && this.queue.length === 0) this.openVote();
  }

  /** Presenter's ←: the chat as it was one step ago. */
  private stepBack(): void {
    const snapshot = this.history.pop();
    if (!snapshot) return;
    this.vote = undefined;
    this.state = snapshot.state;
    this.queue = snapshot.queue;
    this.transcript = this.transcript.slice(0, snapshot.lines);
    this.lastChoice = snapshot.lastChoice;
    this.waiting = snapshot.waiting;
    this.meter.set(this.state.score);
    this.redraw();
  }

  private remember(): void {
    this.history.push({ state: this.state, queue: [...this.queue], lines: this.transcript.length, lastChoice: this.lastChoice, waiting: this.waiting });
  }

  private openVote(): void {
    if (this.story.node(this.state.at).type !== 'choice') return;
    this.vote = new DecisionVote(this.story, this.state, (choiceId) => this.choose(choiceId));
    connectClassVote(this.vote, this.story, this.state); // a live class session: the devices vote
    this.dom.decision.replaceChildren(this.vote.element);
    this.vote.element.querySelector<HTMLButtonElement>('button.adjust')?.focus({ preventScroll: true });
  }

  private addLine(line: Line): void {
    this.transcript.push(line);
    this.renderLine(line);
  }

  private renderLine({ role, name, text, nodeId }: Line): void {
    const speaker = role === 'player' ? t('chat.me') : name ? local(name) : '';
    const who = role === 'narrator' ? null : el('span', { className: role === 'player' ? 'who sr-only' : 'who', text: speaker });
    this.dom.lines.append(el('li', { className: `bubble ${role}` }, [who, role === 'contact' && nodeId ? this.spots.text(nodeId, text) : el('span', { text: local(text) })]));
    this.scrollToLatest();
  }

  /**
   * Keeps the newest line in view. Reading the log's height right after adding a line forces a
   * layout of the whole screen there and then; in the next frame's callback it costs nothing extra,
   * as the frame lays the screen out anyway, and several lines cost one layout, not one each.
   */
  private scrollToLatest(): void {
    if (this.scrollQueued) return;
    this.scrollQueued = true;
    requestAnimationFrame(() => {
      this.scrollQueued = false;
      this.dom.log.scrollTop = this.dom.log.scrollHeight;
    });
  }

  private showFeedback(choice: Choice): void {
    const taken = this.taken;
    const alternatives = taken?.choiceId === choice.id ? () => whatIf(this.story, taken.before, choice.id) : undefined;
    const parts = choiceFeedback(choice, alternatives);
    const decision = taken ? this.story.node(taken.before.at) : undefined;
    parts.splice(1, 0, ...this.spots.feedback(decision?.type === 'choice' ? decision : undefined, choice)); // the technique met or missed
    this.dom.feedback.replaceChildren(...parts);
    this.dom.feedback.scrollTop = 0;
    this.feedbackChanged();
  }

  private showTyping(name: LocalText): void {
    this.typingName = name;
    this.dom.typing.textContent = t('chat.typing', { name: local(name) });
    this.dots.show();
  }

  private hideTyping(): void {
    this.typingName = undefined;
    this.dom.typing.textContent = '';
    this.dots.hide();
  }
}
