// The chat on a phone. It renders the story's events one by one and hands the player's choice back
// to the story; it never scores or branches itself.
import Phaser from 'phaser';
import { createStory, finishPlay, whatIf, type Choice, type Level, type LocalText, type Story, type StoryEvent, type StoryState } from '../../core';
import { button, el } from '../shared/element';
import { playSound, stopMusic } from '../../services/audio';
import { local, t } from '../../services/i18n';
import { drawPhone, TypingDots } from './phone';
import { SafetyMeter } from './meter';
import { pageDown, revealOpened } from '../shared/more-below';
import { mountScreen } from '../shared/screen';
import { keepFitted } from '../shared/fit';
import { messageSpeed, projectorMode } from '../../services/settings';
import { reducedMotion } from '../shared/theme';
import { findLevel } from '../shared/catalog';
import { leaveLevel, trialLevel } from '../shared/studio-door';
import { askToLeave } from '../shared/confirm-leave';
import { applyLayout } from '../shared/layout-vars';
import { chatLayout } from './layout';
import type { ChatData, ConsequenceData, EndingData } from '../shared/navigation';
import { redrawOnWake } from '../shared/redraw-on-wake';
import { SceneKey } from '../shared/scene-keys';
import { setPresenter, showPresenterHintOnce } from '../shared/presenter';
import { openSettings } from '../shared/navigation';
import { choiceFeedback, verdictAt } from './choice-feedback';
import { consequenceDetail } from '../shared/consequence-detail';
import { Playback, type PlaybackView } from './playback';
import { Threads, type ThreadsState } from './threads';
import { phoneLayout, watchFilled } from '../shared/phone-mode';
import { mediaPictures } from '../../art/media';
import { testPace } from './test-pace';
import { DecisionVote } from './decision-vote';
import { connectClassVote } from './live-vote';
import { reportProgress } from '../../class/self-paced';
import { postNotes } from '../../services/notes-channel';
import { speakerNotes } from '../../content/speaker-notes';
import { referencesOf } from '../../content/level-references';
import { caseKicker } from '../shared/case-line';
import { emojify } from '../../art/emoji';
import { lineFace } from '../../art/screen-art';
import { playSeed } from '../../services/play-seed';
import { SpotSigns } from './spot-signs';
import './chat.css';
import './chat-projector.css';
import './threads.css';
import './meter.css';

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
  /** The conversation it belongs to (format 2), so it goes in that chat's log (./threads.ts). */
  conversation?: string | undefined;
}

/** What the presenter's ← puts back besides the playback (./playback.ts): the story and the lines shown. */
interface Memento {
  state: StoryState;
  lines: number;
  lastChoice: Choice | undefined;
  threads: ThreadsState;
}

export class ChatScene extends Phaser.Scene {
  private story!: Story;
  private state!: StoryState;
  /** What shows when (queue, pacing, the presenter's → and ←, the vote); this scene draws it. */
  private playback!: Playback<Memento>;
  private transcript: Line[] = [];
  private lastChoice: Choice | undefined;
  /** The phone's chats, one log each; rebuilt with the DOM layer. */
  private threads!: Threads;
  private typingName: LocalText | undefined;
  private projector = false;
  private vote: DecisionVote | undefined;
  /** The hands counted at each decision: ← then → must never lose a count (nor the debrief). */
  private tallies = new Map<string, Map<string, number>>();
  /** The decision just taken, for "what if". */
  private taken: { before: StoryState; choiceId: string } | undefined;
  private meter!: SafetyMeter;
  /** The level's worst and best scores: how far the meter reaches either way. */
  private bounds = { min: 0, max: 0 };
  private spots!: SpotSigns;
  private dots!: TypingDots;
  private dom!: {
    typing: HTMLParagraphElement;
    feedback: HTMLElement;
    score: HTMLElement;
    decision: HTMLElement;
    /** On a phone, under the feedback: the story waits for it (./playback.ts, holdFeedback). */
    goOn: HTMLButtonElement;
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
    // A fresh order of the choices each play; played from a node in the studio, the way there first.
    const before = trialLevel(this, level.id)?.before;
    this.story = createStory(level, { seed: playSeed(), ...(before ? { before } : {}) });
    this.spots = new SpotSigns(level, projectorMode());
    this.transcript = [];
    this.lastChoice = undefined;
    this.typingName = undefined;
    this.vote = undefined;
    this.tallies = new Map();
    this.taken = undefined;
    this.projector = projectorMode();
    this.playback = new Playback(
      this.view(),
      { after: (ms, then) => void this.time.delayedCall(ms, then) }, // paused while the scene sleeps
      () => ({ pace: testPace() ?? messageSpeed(), projector: this.projector, reducedMotion: reducedMotion(), holdFeedback: phoneLayout() }),
      (text) => local(text).length,
      () => ({ state: this.state, lines: this.transcript.length, lastChoice: this.lastChoice, threads: this.threads.state }),
    );

    stopMusic();
    const layout = chatLayout(this.projector);
    if (layout.phone) drawPhone(this, layout.phone);
    this.bounds = parsed.exploration.bounds; // also the ending's "best"
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
  private redraw(threads = this.threads.state): void {
    this.buildDom(this.story.level, this.state.score);
    for (const line of this.transcript) this.renderLine(line, true);
    this.threads.restore(threads);
    if (this.lastChoice) this.showFeedback(this.lastChoice);
    if (this.typingName) this.dom.typing.textContent = t('chat.typing', { name: local(this.typingName) });
    this.dom.score.textContent = String(this.state.score);
    this.playback.refresh();
  }

  private buildDom(level: Level, points = level.startScore): void {
    for (const old of [...this.children.getAll()]) if (old instanceof Phaser.GameObjects.DOMElement) old.destroy();
    this.threads?.destroy();
    const threads = (this.threads = new Threads(level, this.projector));
    const typing = el('p', { className: 'typing', attrs: { 'aria-hidden': 'true' } });
    const score = el('strong', { text: String(points) });
    const meter = (this.meter = new SafetyMeter(this.bounds, points));
    // It scrolls when long (large text, "what if" opened), so it is focusable.
    const feedback = el('section', { className: 'feedback scroll', attrs: { 'aria-live': 'polite', 'aria-label': t('chat.feedback'), tabindex: '0' } });
    revealOpened(feedback);
    const decision = el('section', { className: 'decision', attrs: { 'aria-label': t('chat.decision') } });
    const reveal = this.spots.revealPanel();
    const goOn = button(t('chat.goOn'), () => this.playback.advance(), 'btn btn-primary go-on');
    goOn.hidden = true;
    const { phone: _drawnOnly, ...numbers } = chatLayout(this.projector);
    const root = mountScreen(this, 'chat-screen', [
      el('div', { className: 'side' }, [el('p', { className: 'kicker', text: caseKicker(referencesOf(level).realCase, level.case) }), el('h1', { text: local(level.title) })]),
      el('p', { className: 'meter-label' }, [el('span', { text: t('chat.score') }), score]),
      meter.element,
      el('p', { className: 'meter-explain', text: t('meter.explain') }),
      feedback,
      goOn,
      threads.head,
      threads.log,
      threads.list,
      threads.banner,
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
    watchFilled(root, { deciding: decision, 'has-feedback': feedback }); // for the phone layout
    // The layout rule (docs/layout.md): every option and the whole feedback on screen, at any text
    // size and projected; a long header or typing line shrinks to its one line.
    keepFitted([decision, feedback, reveal], { least: 0.3, floor: this.projector ? 0.95 : 0.85 });
    keepFitted([threads.head, typing], { least: 0.3, floor: 0.7 });
    this.dom = { typing, feedback, score, decision, goOn };
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
        this.addLine({ role: event.role, name: event.name, text: event.text, from: event.from, nodeId: event.nodeId, conversation: event.conversation });
      },
      // Passing through (it comes back to the chat on screen before the decision): a banner.
      conversation: (event, then) => this.threads.switchTo(event.conversation, then !== undefined && then === this.threads.shown),
      chose: (choice, shake, conversation) => {
        if ((choice.mode ?? 'say') === 'say') playSound('messageSent'); // a thought or an act is not sent
        this.addLine({ role: 'player', text: choice.text, mode: choice.mode, conversation });
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
      // The story finishes the play (stars, their reasons, the prompts); the ending only shows it.
      ending: () => {
        const data: EndingData = { play: finishPlay(this.story, this.state), level: this.story.level, best: this.bounds.max };
        this.scene.start(SceneKey.Ending, data);
      },
      waiting: (on) => this.showWaiting(on),
      decision: () => this.offerChoices(),
      openVote: () => this.openVote(),
      play: (index) => {
        const choice = this.story.choices(this.state)[index];
        if (choice) this.choose(choice.id);
      },
    };
  }

  /** The story waits: projected for the presenter's →; on a phone for "Go on" under the feedback. */
  private showWaiting(on: boolean): void {
    if (this.projector) {
      this.dom.typing.textContent = on ? t('presenter.next') : '';
      return;
    }
    this.dom.goOn.hidden = !on;
    if (on) this.dom.goOn.focus({ preventScroll: true });
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
    this.threads.log.focus({ preventScroll: true });
    this.play(step.events);
  }

  /** Shows the decision the story is at; false if it is at none. */
  private offerChoices(): boolean {
    if (this.state.status !== 'choosing') return false;
    const decision = this.story.node(this.state.at);
    if (decision.type !== 'choice') return false;
    postNotes(speakerNotes(this.story.level, decision.prompt, {
      ...(decision.discussion ? { discussion: decision.discussion } : {}),
      choices: this.story.choices(this.state).map((c) => ({ text: c.text, kind: verdictAt(this.story.level, decision, c), feedback: c.feedback })), // never "risky" under pressure
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
    this.meter.set(this.state.score);
    this.redraw(memento.threads);
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

  /** Draws a line in its chat's log; `quiet` when the chat is drawn again (no banner). */
  private renderLine({ role, name, text, from, nodeId, mode = 'say', conversation }: Line, quiet = false): void {
    const body = role === 'contact' && nodeId ? this.spots.text(nodeId, text) : el('span', { text: local(text) });
    emojify(body); // emoji as bundled pictures, not the PC's emoji font
    mediaPictures(body); // "[Video]", "[Meme]", "[Photo]" as a picture, the words kept beside it
    // Not bubbles: a system line (centred, as a phone shows "X joined"), the player's act or thought.
    const plain = role === 'system' ? 'system-line' : role === 'player' && mode !== 'say' ? `player-${mode}` : undefined;
    if (plain) {
      const who = role === 'player' ? el('span', { className: 'sr-only', text: t(`chatLine.${mode === 'think' ? 'thought' : 'action'}`) }) : null;
      return this.threads.add(conversation, el('li', { className: `line ${plain}` }, [who, body]), local(text), quiet);
    }
    const speaker = role === 'player' ? t('chat.me') : name ? local(name) : '';
    const who = role === 'narrator' ? null : el('span', { className: role === 'player' ? 'who sr-only' : 'who', text: speaker });
    const face = lineFace(this.story.level, from, role);
    const line = el('li', { className: face ? `bubble ${role} with-face` : `bubble ${role}` }, [face, who, body]);
    this.threads.add(conversation, line, speaker ? t('threads.quote', { name: speaker, text: local(text) }) : local(text), quiet);
  }

  private showFeedback(choice: Choice): void {
    const taken = this.taken;
    const alternatives = taken?.choiceId === choice.id ? () => whatIf(this.story, taken.before, choice.id) : undefined;
    const at = taken ? this.story.node(taken.before.at) : undefined;
    const decision = at?.type === 'choice' ? at : undefined;
    const parts = choiceFeedback(this.story.level, decision, choice, alternatives);
    parts.splice(1, 0, ...this.spots.feedback(decision, choice)); // the technique met or missed
    this.dom.feedback.replaceChildren(...parts);
    this.dom.feedback.scrollTop = 0;
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
