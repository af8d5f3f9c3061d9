// Stars that mean safety, from what the player did (the trail), never from the score. The one rule:
// - 3 to start; a risky choice caps the play at 2; a choice that harms someone else at 1; one that
//   asks for, buys or forwards someone's intimate image at 0.
// - A choice made under a threat or a trick aimed at the player (a decision marked "pressure", or a
//   choice that leads straight to a victim's screen) is never risky and caps nothing: giving in to
//   an extortionist or a groomer is not the child's fault. Such a play is a victim's, and its stars
//   reward getting help: a safe choice under pressure after the last time they gave in earns full
//   stars (one fewer if harm still went on to someone else); if help reached them some other way,
//   2; if it has not yet ("harmed"), 1 — and that line says it is not their fault.
// - Otherwise a "recovered" ending caps the play at 2 and a "harmed" one takes a star away.
// Never blame a victim; never let harm done to someone else keep a star.
// The reasons the ending gives for the stars come from the same branches that count them (ratingAt),
// as codes the ending screen only words: the explanation cannot drift from the rule.
import { victimScreenAfter } from './graph';
import type { Choice, Level, NodeOf } from './schema';
import type { Story, StoryState } from './story';
import type { TrailStep } from './trail';

export type Stars = 0 | 1 | 2 | 3;
export type Outcome = NodeOf<'ending'>['outcome'];

/** How a choice is labelled after it is made: its kind, or "pressured" for giving in under a threat or a trick. */
export type Verdict = Choice['kind'] | 'pressured';

/**
 * A choice as the star rule sees it. `pressured`: made under a threat or a trick aimed at the
 * player (./schema.ts, "pressure"), or it leads straight to a victim's screen.
 */
export type RatedChoice = Pick<Choice, 'kind' | 'harmsOthers' | 'intimateImage'> & { readonly pressured?: boolean };

/** The label a choice gets after it is made: a risky move under pressure (giving in) is never "risky" but "pressured". */
export const verdictOf = (choice: RatedChoice): Verdict => (choice.pressured && choice.kind === 'risky' ? 'pressured' : choice.kind);

/** The most stars a play can still earn after this choice. */
export function capOf(choice: RatedChoice): Stars {
  if (choice.intimateImage) return 0;
  if (choice.harmsOthers) return 1;
  return verdictOf(choice) === 'risky' ? 2 : 3;
}

/** What the star rule remembers of a play so far. */
export interface StarTrack {
  /** The most stars the choices so far allow. */
  readonly cap: Stars;
  /** The player gave in under a threat or a trick at some point. */
  readonly victim: boolean;
  /** After the last time they gave in, they made a safe choice under pressure (told, called, refused). */
  readonly helped: boolean;
}

export const startTrack = (): StarTrack => ({ cap: 3, victim: false, helped: false });

/** The track after one more choice. */
export function trackChoice(track: StarTrack, choice: RatedChoice): StarTrack {
  const cap = Math.min(track.cap, capOf(choice)) as Stars;
  if (verdictOf(choice) === 'pressured') return { cap, victim: true, helped: false };
  if (choice.pressured && choice.kind === 'safe' && track.victim) return { cap, victim: true, helped: true };
  return { ...track, cap };
}

/**
 * Why a play has its stars, as codes the ending words (the UI strings teach.stars.<code>): what
 * capped it (intimateImage, harmsOthers, risky), how a victim's play was rated (victimHelped,
 * victimNoticed, victimNotYet), what the ending took (recovered, harmed), or clean: nothing did.
 */
export const STAR_REASONS = ['clean', 'risky', 'harmsOthers', 'intimateImage', 'recovered', 'harmed', 'victimHelped', 'victimNoticed', 'victimNotYet'] as const;
export type StarReason = (typeof STAR_REASONS)[number];

/** The stars of a play and why, in the order the ending says them. */
export interface Rating {
  readonly stars: Stars;
  readonly reasons: readonly StarReason[];
}

/** What capped a play, by the cap (3: nothing did). */
const CAPPED_BY: Record<Stars, StarReason | undefined> = { 0: 'intimateImage', 1: 'harmsOthers', 2: 'risky', 3: undefined };

/** The stars at an ending, from the track of the play that reached it, and the reasons for them. */
export function ratingAt(track: StarTrack, outcome: Outcome): Rating {
  const capped = CAPPED_BY[track.cap];
  const reasons: StarReason[] = capped ? [capped] : [];
  if (track.victim) {
    // Helped: full stars, less one if harm went on to someone else ("harmed"). Not helped: 2 if help
    // came another way, 1 if not yet. What they were pushed into costs nothing.
    const forHelp: Stars = track.helped ? (outcome === 'harmed' ? 2 : 3) : outcome === 'harmed' ? 1 : 2;
    reasons.push(track.helped ? 'victimHelped' : outcome === 'harmed' ? 'victimNotYet' : 'victimNoticed');
    if (track.helped && outcome === 'harmed') reasons.push('harmed');
    return { stars: Math.min(track.cap, forHelp) as Stars, reasons };
  }
  if (outcome === 'recovered' && !capped) reasons.push('recovered');
  if (outcome === 'harmed') reasons.push('harmed');
  const kept = outcome === 'recovered' ? Math.min(track.cap, 2) : track.cap;
  return { stars: Math.max(0, outcome === 'harmed' ? kept - 1 : kept) as Stars, reasons: reasons.length > 0 ? reasons : ['clean'] };
}

/** The stars at an ending, from the track of the play that reached it. */
export const starsAt = (track: StarTrack, outcome: Outcome): Stars => ratingAt(track, outcome).stars;

/** The stars of a play: the choices it took, in order, and the outcome of its ending. */
export const starsFor = (choices: readonly RatedChoice[], outcome: Outcome): Stars => starsAt(choices.reduce(trackChoice, startTrack()), outcome);

/** Whether taking this choice makes the player a victim: it leads to a victim's screen with no decision between. */
export const makesVictim = (level: Pick<Level, 'nodes'>, choice: Pick<Choice, 'next'>): boolean =>
  victimScreenAfter((id) => level.nodes.find((n) => n.id === id), choice.next) !== undefined;

/** A choice at its decision, as the star rule sees it. */
export const rate = (level: Pick<Level, 'nodes'>, decision: Pick<NodeOf<'choice'>, 'pressure'>, choice: Choice): Choice & { pressured: boolean } => ({
  ...choice,
  pressured: decision.pressure !== undefined || makesVictim(level, choice),
});

/** The choices a play took, read back from its trail, each rated at its decision. */
export function choicesOf(level: Pick<Level, 'nodes'>, trail: readonly TrailStep[]): (Choice & { pressured: boolean })[] {
  const decisions = new Map(level.nodes.flatMap((n) => (n.type === 'choice' ? [[n.id, n] as const] : [])));
  return trail.flatMap((step) => {
    const decision = decisions.get(step.node);
    const choice = decision?.choices.find((c) => c.id === step.choice);
    return decision && choice ? [rate(level, decision, choice)] : [];
  });
}

/** The stars of a play from the level, its trail and its ending's outcome, and the reasons for them. */
export const ratingOfTrail = (level: Pick<Level, 'nodes'>, trail: readonly TrailStep[], outcome: Outcome): Rating =>
  ratingAt(choicesOf(level, trail).reduce(trackChoice, startTrack()), outcome);

/** The stars of a finished play (a state at an ending). */
export function starsOf(story: Story, state: StoryState): Stars {
  const ending = story.node(state.at);
  if (ending.type !== 'ending') throw new Error(`the play has not ended: it waits at "${state.at}"`);
  return ratingOfTrail(story.level, state.trail, ending.outcome).stars;
}
