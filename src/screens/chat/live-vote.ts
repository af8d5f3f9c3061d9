// The chat's class vote fed by the students' devices (live class session): the decision goes to
// every device with its choices in the order the projector shows them; the split fills in as votes
// come; the presenter reveals it, then plays the majority or any choice, as with hands. With no
// live session this does nothing and the vote is counted by hand as ever.
import type { Story, StoryState } from '../../core';
import { hostSession } from '../../class/host-session';
import { levelInfo } from '../../class/level-info';
import type { RoundSpec } from '../../class/protocol';
import { language } from '../../services/i18n';
import { clock } from '../../services/clock';
import { button, el } from '../shared/element';
import { hasSigns, messagesBefore, signRound, type SignMessage } from '../../class/sign-round';
import { ct } from '../../class/ui-text';
import './live-vote.css';

/** What the chat's DecisionVote offers this module. */
export interface DeviceVote {
  readonly element: HTMLElement;
  setCounts(counts: readonly number[]): void;
  record(played: string): void;
}

let opened = 0;

/** Connects a vote to the class's devices; returns false (and changes nothing) without a live session. */
export function connectClassVote(vote: DeviceVote, story: Story, state: StoryState): boolean {
  const session = hostSession();
  if (!session?.live) return false;
  const decision = story.node(state.at);
  if (decision.type !== 'choice') return false;
  const choices = story.choices(state);
  // A new id each time a round opens: stepping back and voting again is a new round.
  const newId = (base: string) => `${base}.${clock().now().toString(36)}${opened++}`.slice(-64).replace(/^[^A-Za-z0-9]+/, '');
  let round: RoundSpec = {
    id: newId(decision.id),
    kind: 'decision',
    levelId: story.level.id,
    prompt: decision.prompt,
    options: choices.map((c) => ({ id: c.id, text: c.text })),
  };
  session.setLevel(levelInfo(story.level));
  session.open(round);

  vote.element.classList.add('from-devices');
  // The heading says where the votes come from, and how many are in (read out as they come).
  const kicker = vote.element.querySelector<HTMLElement>('.kicker');
  kicker?.setAttribute('aria-live', 'polite');
  const reveal = button(ct('reveal'), () => session.reveal(round.id), 'btn reveal');
  const actions = vote.element.querySelector('.vote-actions');
  actions?.append(reveal);
  const messages = hasSigns(story.level) ? messagesBefore(story, state) : [];
  // Back from a spot-the-sign round: the decision again, as a fresh round (the first was closed).
  const reopen = () => {
    round = { ...round, id: newId(decision.id) };
    session.open(round);
    reveal.disabled = false;
    reveal.textContent = ct('reveal');
  };
  if (messages.length) actions?.append(signsButton(vote, story, messages, newId, reopen));

  const stop = session.onView((view) => {
    const live = view.round?.id === round.id ? view.round : view.history.find((r) => r.id === round.id);
    if (!live) return;
    vote.setCounts(live.counts);
    if (kicker) kicker.textContent = ct('devicesVote', { v: live.voters, n: view.connected });
    if (live.state !== 'open') {
      reveal.disabled = true;
      reveal.textContent = ct('revealed');
    }
  });
  const record = vote.record.bind(vote);
  vote.record = (played: string) => {
    stop();
    session.play(round.id, played);
    record(played);
  };
  return true;
}

/**
 * "Spot the signs first": the decision's round gives way to a spot-the-sign round over the
 * messages that led to it; its reveal shows the flags and the truth; then back to the decision
 * (a fresh round, so votes cast before the detour do not count twice).
 */
function signsButton(vote: DeviceVote, story: Story, messages: SignMessage[], newId: (base: string) => string, backToDecision: () => void): HTMLElement {
  const session = hostSession()!;
  return button(ct('signsFirst'), () => {
    const round = signRound(story, messages, newId('signs'));
    session.open(round);
    const counted = el('p', { className: 'hub-status', attrs: { 'aria-live': 'polite' } });
    const rows = messages.map((m) => {
      const count = el('strong');
      const truth = el('span', { className: 'truth' });
      return { m, count, truth, row: el('li', {}, [el('span', { text: m.text[language()] }), count, truth]) };
    });
    const revealButton = button(ct('reveal'), () => session.reveal(round.id), 'btn btn-primary');
    const back = button(ct('backToDecision'), () => {
      stop();
      panel.remove();
      vote.element.hidden = false;
      session.advance();
      backToDecision();
    });
    const panel = el('section', { className: 'class-vote sign-round', attrs: { 'aria-label': ct('signsHeading') } }, [
      el('p', { className: 'kicker', text: ct('signsHeading') }),
      el('h2', { text: round.prompt[language()] }),
      el('ol', { className: 'sign-rows' }, rows.map((r) => r.row)),
      el('div', { className: 'vote-actions' }, [counted, revealButton, back]),
    ]);
    vote.element.hidden = true;
    vote.element.after(panel);
    revealButton.focus({ preventScroll: true });
    const stop = session.onView((view) => {
      const live = view.round?.id === round.id ? view.round : undefined;
      if (!live) return;
      counted.textContent = ct('votedOf', { v: live.voters, count: view.connected });
      const revealed = live.state !== 'open';
      rows.forEach((r, i) => {
        r.count.textContent = ct('flagged', { n: live.counts[i] ?? 0 });
        r.truth.textContent = revealed ? ct(r.m.tricky ? 'tricky' : 'harmless') : '';
      });
      revealButton.disabled = revealed;
    });
  });
}
