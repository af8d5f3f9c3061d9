// The class vote at the decision the story has reached (projector mode): the presenter counts hands
// for each choice and plays one; how the class split is kept for the debrief.
import type { Story, StoryState } from '../../core';
import { recordVote } from '../../services/class-session';
import { local, t } from '../../services/i18n';
import { ClassVote } from './class-vote';

export class DecisionVote extends ClassVote {
  constructor(
    private readonly story: Story,
    private readonly state: StoryState,
    play: (choiceId: string) => void,
    /** The hands already counted at this decision, by choice id (kept across the presenter's ←). */
    counted?: ReadonlyMap<string, number>,
  ) {
    const decision = story.node(state.at);
    const choices = story.choices(state);
    super(
      decision.type === 'choice' ? local(decision.prompt) : '',
      choices.map((c) => ({ text: local(c.text) })),
      {
        heading: t('vote.heading'),
        votes: (n) => t('vote.votes', { count: n }),
        playThis: t('vote.playThis'),
        playMajority: t('vote.playMajority'),
        hint: t('vote.hint'),
      },
      (i) => play(choices[i]!.id),
      choices.map((c) => counted?.get(c.id) ?? 0),
    );
  }

  /** The hands counted so far, by choice id. */
  tally(): Map<string, number> {
    return new Map(this.story.choices(this.state).map((c, i) => [c.id, this.counts[i] ?? 0]));
  }

  /** The decision this vote is at. */
  get at(): string {
    return this.state.at;
  }

  /** Keeps the split for the debrief, with the choice the class went on with. */
  record(played: string): void {
    const decision = this.story.node(this.state.at);
    if (decision.type !== 'choice') return;
    recordVote({
      levelId: this.story.level.id,
      levelTitle: this.story.level.title,
      nodeId: decision.id,
      prompt: decision.prompt,
      options: this.story.choices(this.state).map((c, i) => ({ id: c.id, text: c.text, kind: c.kind, votes: this.counts[i] ?? 0 })),
      played,
    });
  }
}
