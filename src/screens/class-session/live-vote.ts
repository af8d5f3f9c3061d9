// The chat's class vote fed by the students' devices (live class session): the decision goes to
// every device with its choices in the order the projector shows them; the split fills in as votes
// come; the presenter reveals it, then plays the majority or any choice, as with hands. With no
// live session this does nothing and the vote is counted by hand as ever.
import type { Story, StoryState } from '../../core';
import { hostSession } from '../../class/host-session';
import type { RoundSpec } from '../../class/protocol';
import { button, el } from '../shared/element';
import { ct } from './text';

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
  // A new id each time the vote opens: stepping back and voting again is a new round.
  const round: RoundSpec = {
    id: `${decision.id}.${Date.now().toString(36)}${opened++}`.slice(0, 64),
    kind: 'decision',
    levelId: story.level.id,
    prompt: decision.prompt,
    options: choices.map((c) => ({ id: c.id, text: c.text })),
  };
  session.setLevel({ levelId: story.level.id, title: story.level.title });
  session.open(round);

  vote.element.classList.add('from-devices');
  const voted = el('p', { className: 'hub-status', attrs: { 'aria-live': 'polite' } });
  const reveal = button(ct('reveal'), () => session.reveal(round.id), 'btn reveal');
  vote.element.querySelector('.vote-actions')?.prepend(voted, reveal);
  const hint = vote.element.querySelector('.vote-actions .hint');
  if (hint) hint.textContent = ct('fromDevices');

  const stop = session.onView((view) => {
    const live = view.round?.id === round.id ? view.round : view.history.find((r) => r.id === round.id);
    if (!live) return;
    vote.setCounts(live.counts);
    voted.textContent = ct('votedOf', { v: live.voters, n: view.connected });
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
