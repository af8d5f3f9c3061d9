// A play finished: everything the ending shows and records, computed once by the engine from the
// story and the final state, so the ending screen looks nothing up and parses nothing. The stars
// and their reasons come from the one star rule (./stars.ts), the prompts from ./discussion.ts.
import { discussionPrompts } from './discussion';
import type { LocalText, NodeOf } from './schema';
import { ratingOfTrail, type Outcome, type StarReason, type Stars } from './stars';
import { StoryError, type Story, type StoryState } from './story';
import type { TrailStep } from './trail';

export interface FinishedPlay {
  readonly levelId: string;
  /** The ending reached. */
  readonly ending: NodeOf<'ending'>;
  readonly outcome: Outcome;
  readonly score: number;
  readonly stars: Stars;
  /** Why these stars, as codes the screen words (teach.stars.<code>), in the order to say them. */
  readonly reasons: readonly StarReason[];
  /** The discussion questions of the decisions the play went through, once each, in order. */
  readonly prompts: readonly LocalText[];
  /** The decisions taken, from the level's start. */
  readonly trail: readonly TrailStep[];
}

/** The finished play of a state at an ending; throws a StoryError for a play that has not ended. */
export function finishPlay(story: Story, state: StoryState): FinishedPlay {
  const ending = story.node(state.at);
  if (state.status !== 'ended' || ending.type !== 'ending') throw new StoryError(`the play has not ended: it waits at "${state.at}"`, state.at);
  const { stars, reasons } = ratingOfTrail(story.level, state.trail, ending.outcome);
  return {
    levelId: story.level.id,
    ending,
    outcome: ending.outcome,
    score: state.score,
    stars,
    reasons,
    prompts: discussionPrompts(story.level, state.trail),
    trail: state.trail,
  };
}
