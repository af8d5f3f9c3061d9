// The chat on a phone. It renders the story's events one by one and hands the player's choice back
// to the story; it never scores or branches itself.
import Phaser from 'phaser';
import { createStory, whatIf, type Choice, type Conversation, type Level, type LocalText, type Story, type StoryEvent, type StoryState } from '../../core';
import { button, el } from '../shared/element';
import { playSound, stopMusic } from '../../services/audio';
import { local, t } from '../../services/i18n';
import { drawPhone, TypingDots } from '../shared/phone';
import { SafetyMeter } from '../shared/safety-meter';
import { pageDown, revealOpened } from '../shared/more-below';
import { mountScreen } from '../shared/screen';
import { keepFitted } from '../shared/fit';
import { messageSpeed, projectorMode } from '../../services/settings';
import { reducedMotion } from '../shared/theme';
import { findLevel } from '../shared/catalog';
import { leaveLevel } from '../shared/studio-door';
import { askToLeave } from '../shared/confirm-leave';
import { applyLayout } from '../shared/layout-vars';
import { chatLayout } from './layout';
import type { ChatData, ConsequenceData, EndingData } from '../shared/navigation';
import { redrawOnWake } from '../shared/redraw-on-wake';
import { SceneKey } from '../shared/scene-keys';
import { setPresenter, showPresenterHintOnce } from '../shared/presenter';
import { openSettings } from '../shared/navigation';
import { choiceFeedback } from './choice-feedback';
import { consequenceDetail } from '../shared/consequence-detail';
import { Playback, type PlaybackView } from './playback';
import { testPace } from './test-pace';
import { DecisionVote } from './decision-vote';
import { connectClassVote } from '../../class/live-vote';
import { reportProgress } from '../../class/self-paced';
import { postNotes } from '../../services/notes-channel';
import { speakerNotes } from '../../content/speaker-notes';
import { referencesOf } from '../../content/level-references';
import { emojify } from '../../art/emoji';
import { characterFace } from '../../art/faces';
import { conversationHead, lineFace } from '../../art/screen-art';
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
  /** The speaker's character id, for their face. */
  from?: string;
  /** The message node, so a contact's phrases can be flagged (./spot-signs.ts). */
  nodeId?: string;
  /** The player's line: said (a sent bubble), done (an action line) or thought (never sent). */
  mode?: Choice['mode'];
}

/** What the presenter's ← puts back besides the playback (./playback.ts): the story and the lines shown. */
interface Memento {
  state: StoryState;
  lines: number;
  lastChoice: Choice | undefined;
  conversation: Conversation | undefined;
}

export class ChatScene extends Phaser.Scene {
  private story!: Story;
  private state!: StoryState;
  /** What shows when (queue, pacing, the presenter's → and ←, the vote); this scene draws it. */
  private playback!: Playback<Memento>;
  private transcript: Line[] = [];
  private lastChoice: Choice | undefined;
  /** Format 2: the conversation the phone shows, for its header. */
  private conversation: Conversation | undefined;
  private typingName: LocalText | undefined;
  private projector = false;
  private vote: DecisionVote | undefined;
  /** The hands counted at each decision: ← then → must never lose a count (nor the debrief). */
  private tallies = new Map<string, Map<string, number>>();
  /** The decision just taken, for "what if". */
  private taken: { before: StoryState; choiceId: string } | undefined;
  private scrollQueued = false;
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
    this.transcript = [];
    this.lastChoice = undefined;
    this.conversation = undefined;
    this.typingName = undefined;
    this.vote = undefined;
    this.tallies = new Map();
    this.taken = undefined;
    this.projector = projectorMode();
    this.playback = new Playback(
      this.view(),
      { after: (ms, then) => void this.time.delayedCall(ms, then) }, // paused while the scene sleeps
      () => ({ pace: testPace() ?? messageSpeed(), projector: this.projector, reducedMotion: reducedMotion() }),
      (text) => local(text).length,
      () => ({ state: this.state, lines: this.transcript.length, lastChoice: this.lastChoice, conversation: this.conversation }),
    );

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
      choose: (i) => this.playback.select(i),
      adjust: (delta) => this.playback.adjust(delta),
      reveal: () => void this.spots.revealNext(),
      leave: () => askToLeave(this, () => leaveLevel(this)),
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
    if (this.conversation) this.showConversation(this.conversation);
    if (this.typingName) this.dom.typing.textContent = t('chat.typing', { name: local(this.typingName) });
    this.dom.score.textContent = String(this.state.score);
    this.playback.refresh();
  }

  private buildDom(level: Level): void {
    for (const old of [...this.children.getAll()]) if (old instanceof Phaser.GameObjects.DOMElement) old.destroy();
    const contact = level.characters.find((c) => c.role === 'contact');
    const lines = el('ol', { className: 'lines' });
    // The scrolling log is focusable so keyboard users can scroll back through the chat.
    const log = el('div', { className: 'log scroll no-fade', attrs: { role: 'log', 'aria-label': t('chat.log'), tabindex: '0' } }, [lines]);
    const typing = el('p', { className: 'typing', attrs: { 'aria-hidden': 'true' } });
    const score = el('strong', { text: String(level.startScore) });
    // It scrolls when long (large text, "what if" opened), so it is focusable.
    const feedback = el('section', { className: 'feedback scroll', attrs: { 'aria-live': 'polite', 'aria-label': t('chat.feedback'), tabindex: '0' } });
    revealOpened(feedback);
    const decision = el('section', { className: 'decision', attrs: { 'aria-label': t('chat.decision') } });
    const head = el('p', { className: 'phone-head' }, contact ? [characterFace(contact, { className: 'face face-head' }), local(contact.name)] : []);
    const reveal = this.spots.revealPanel();
    const { phone: _drawnOnly, ...numbers } = chatLayout(this.projector);
    const root = mountScreen(this, 'chat-screen', [
      el('div', { className: 'side' }, [el('p', { className: 'kicker', text: t('levels.case', { n: level.case }) }), el('h1', { text: local(level.title) })]),
      el('p', { className: 'meter-label' }, [el('span', { text: t('chat.score') }), score]),
      feedback,
      head,
      log,
      typing,
      decision,
      this.spots.bar(),
      reveal,
      el('div', { className: 'corner' }, [
        button(t('settings.open'), () => openSettings(this), 'btn'),
        button(t('chat.leave'), () => leaveLevel(this), 'btn'),
      ]),
    ]);
    applyLayout(root, 'chat', numbers);
    // The layout rule (docs/layout.md): every option and the whole feedback on screen, at any text
    // size and projected; a long header or typing line shrinks to its one line.
    for (const box of [decision, feedback, reveal]) keepFitted(box, { least: 0.3, floor: this.projector ? 0.95 : 0.85 });
    for (const line of [head, typing]) keepFitted(line, { least: 0.3, floor: 0.7 });
    this.dom = { log, lines, typing, feedback, score, decision };
  }

  private play(events: readonly StoryEvent[]): void {
    reportProgress(this.state); // a self-paced class session: where this device is
    this.playback.play(events);
  }

  /** How the playback's moments are drawn. */
  private view(): PlaybackView {
    return {
      typing: (name) => (name ? this.showTyping(name) : this.hideTyping()),
      message: (event) => {
        if (event.role === 'contact') playSound('messageIn');
        this.addLine({ role: event.role, name: event.name, text: event.text, from: event.from, nodeId: event.nodeId });
      },
      conversation: (event) => this.showConversation(event.conversation),
      chose: (choice, shake) => {
        if ((choice.mode ?? 'say') === 'say') playSound('messageSent'); // a thought or an act is not sent
        this.addLine({ role: 'player', text: choice.text, mode: choice.mode });
        this.lastChoice = choice;
        this.showFeedback(choice);
        if (shake) this.cameras.main.shake(260, 0.004);
      },
      score: (score, delta) => this.showScore(score, delta),
      consequenceAhead: (node) => postNotes(speakerNotes(this.story.level, node.charge, { detail: consequenceDetail(node) })),
      consequence: (node) => {
        const data: ConsequenceData = { node, references: referencesOf(this.story.level), onContinue: () => this.afterConsequence() };
        this.scene.launch(SceneKey.Consequence, data);
        this.scene.sleep(); // hides the chat's DOM layer too, so the consequence is modal
      },
      ending: (event) => {
        const data: EndingData = { levelId: this.story.level.id, score: event.score, ending: event.node, trail: this.state.trail };
        this.scene.start(SceneKey.Ending, data);
      },
      waiting: (on) => (this.dom.typing.textContent = on ? t('presenter.next') : ''),
      decision: () => this.offerChoices(),
      openVote: () => this.openVote(),
      play: (index) => {
        const choice = this.story.choices(this.state)[index];
        if (choice) this.choose(choice.id);
      },
    };
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

  /** Shows the decision the story is at; false if it is at none. */
  private offerChoices(): boolean {
    if (this.state.status !== 'choosing') return false;
    const decision = this.story.node(this.state.at);
    if (decision.type !== 'choice') return false;
    postNotes(speakerNotes(this.story.level, decision.prompt, {
      ...(decision.discussion ? { discussion: decision.discussion } : {}),
      choices: this.story.choices(this.state).map((c) => ({ text: c.text, kind: c.kind, feedback: c.feedback })),
    }));
    const buttons = this.story.choices(this.state).map((choice, i) =>
      el('li', {}, [
        el('button', { className: 'choice', attrs: { type: 'button' }, onClick: () => this.choose(choice.id) }, [
          el('kbd', { text: String(i + 1) }),
          // To do or to think, not to say: marked, as the chat will show it differently.
          choice.mode && choice.mode !== 'say' ? el('span', { className: 'mode', text: t(`chatLine.mode.${choice.mode}`) }) : null,
          el('span', { text: local(choice.text) }),
        ]),
      ]),
    );
    this.dom.decision.replaceChildren(
      el('h2', { text: local(decision.prompt) }),
      el('ol', { className: 'choices' }, buttons),
      ...(this.projector ? [button(t('vote.open'), () => this.playback.openVote(), 'btn open-vote')] : []),
      el('p', { className: 'hint', text: t(this.projector ? 'presenter.decisionHint' : 'chat.keysHint', { n: buttons.length }) }),
    );
    this.dom.decision.querySelector<HTMLButtonElement>('button.choice')?.focus({ preventScroll: true });
    return true;
  }

  private choose(choiceId: string): void {
    if (this.state.status !== 'choosing') return;
    playSound('choice');
    this.playback.remember();
    this.keepTally();
    this.vote?.record(choiceId);
    this.vote = undefined;
    this.playback.chosen();
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

  /** Presenter's →: the rest of a long feedback, else the playback's next step (or the vote). */
  private advance(): void {
    // Projected, a feedback longer than its column (its warning sign last) is shown a screenful at
    // a time before the story goes on: a clicker cannot scroll.
    if (!pageDown(this.dom.feedback)) this.playback.advance();
  }

  /** Presenter's ←: the chat as it was one step ago. */
  private stepBack(): void {
    const memento = this.playback.back();
    if (!memento) return;
    this.keepTally();
    this.vote = undefined;
    this.state = memento.state;
    this.transcript = this.transcript.slice(0, memento.lines);
    this.lastChoice = memento.lastChoice;
    this.conversation = memento.conversation;
    this.meter.set(this.state.score);
    this.redraw();
  }

  /** The class vote at the decision on screen; the playback keeps its tally. */
  private openVote(): DecisionVote {
    const vote = new DecisionVote(this.story, this.state, (choiceId) => this.choose(choiceId), this.tallies.get(this.state.at));
    this.vote = vote;
    connectClassVote(vote, this.story, this.state); // a live class session: the devices vote
    this.dom.decision.replaceChildren(vote.element);
    vote.element.querySelector<HTMLButtonElement>('button.adjust')?.focus({ preventScroll: true });
    return vote;
  }

  /** Keeps the open vote's count for when the class comes back to its decision. */
  private keepTally(): void {
    if (this.vote) this.tallies.set(this.vote.at, this.vote.tally());
  }

  private addLine(line: Line): void {
    this.transcript.push(line);
    this.renderLine(line);
  }

  private renderLine({ role, name, text, from, nodeId, mode = 'say' }: Line): void {
    const body = role === 'contact' && nodeId ? this.spots.text(nodeId, text) : el('span', { text: local(text) });
    emojify(body); // emoji as bundled pictures, not the PC's emoji font
    // Not bubbles: a system line (centred, as a phone shows "X joined"), the player's act or thought.
    const plain = role === 'system' ? 'system-line' : role === 'player' && mode !== 'say' ? `player-${mode}` : undefined;
    if (plain) {
      const who = role === 'player' ? el('span', { className: 'sr-only', text: t(`chatLine.${mode === 'think' ? 'thought' : 'action'}`) }) : null;
      this.dom.lines.append(el('li', { className: `line ${plain}` }, [who, body]));
      return this.scrollToLatest();
    }
    const speaker = role === 'player' ? t('chat.me') : name ? local(name) : '';
    const who = role === 'narrator' ? null : el('span', { className: role === 'player' ? 'who sr-only' : 'who', text: speaker });
    const face = lineFace(this.story.level, from, role);
    this.dom.lines.append(el('li', { className: face ? `bubble ${role} with-face` : `bubble ${role}` }, [face, who, body]));
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
  }

  private showTyping(name: LocalText): void {
    this.typingName = name;
    this.dom.typing.textContent = t('chat.typing', { name: local(name) });
    this.dots.show();
  }

  /** Format 2: the phone shows another conversation; its title heads the phone. */
  private showConversation(conversation: Conversation): void {
    this.conversation = conversation;
    const head = this.dom.log.parentElement?.querySelector<HTMLElement>('.phone-head');
    if (!head) return;
    // The kind of app, as a look (chat.css, [data-app]) and in words; a group also says how many are in it.
    head.dataset.app = conversation.app;
    this.dom.log.dataset.app = conversation.app;
    const kind = el('span', { className: 'sr-only', text: t(`chatLine.app.${conversation.app}`) });
    const members = conversation.app === 'group' ? el('span', { className: 'members', text: t('chatLine.members', { n: conversation.members.length }) }) : null;
    head.replaceChildren(kind, ...conversationHead(this.story.level, conversation, local(conversation.title)), members ?? '');
  }

  private hideTyping(): void {
    this.typingName = undefined;
    this.dom.typing.textContent = '';
    this.dots.hide();
  }
}
