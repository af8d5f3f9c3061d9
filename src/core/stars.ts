// Stars that mean safety, from what the player did (the trail), never from the score: 3 to start;
// a risky choice or a "recovered" ending caps the play at 2; a choice that harms someone else
// caps it at 1; a "harmed" ending takes one more away (never below 0) — unless the harm was done
// to the player: a play in which they were tricked or threatened (a choice that leads to a
// victim's screen) loses no star for what was done to them. Never blame a victim.
import { victimScreenAfter } from './graph';
import type { Choice, Level, NodeOf } from './schema';
import type { Story, StoryState } from './story';

export type Stars = 0 | 1 | 2 | 3;
export type Outcome = NodeOf<'ending'>['outcome'];

/** The most stars a play can still earn after this choice. */
export const capOf = (choice: Pick<Choice, 'kind' | 'harmsOthers'>): Stars => (choice.harmsOthers ? 1 : choice.kind === 'risky' ? 2 : 3);

/** A choice as the star rule sees it; `victim`: it leads to a victim's screen (the player was tricked or threatened). */
export type RatedChoice = Pick<Choice, 'kind' | 'harmsOthers'> & { readonly victim?: boolean };

/** The stars of a play: the choices it took, and the outcome of its ending. The one rule. */
export function starsFor(choices: readonly RatedChoice[], outcome: Outcome): Stars {
  return starsFromCap(Math.min(3, ...choices.map(capOf)) as Stars, outcome, choices.some((c) => c.victim));
}

/** The stars at an ending, given the cap the play's choices left and whether the player was a victim in it. */
export function starsFromCap(cap: Stars, outcome: Outcome, victim = false): Stars {
  const capped = outcome === 'recovered' ? Math.min(cap, 2) : cap;
  return Math.max(0, outcome === 'harmed' && !victim ? capped - 1 : capped) as Stars;
}

/** Whether taking this choice makes the player a victim: it leads to a victim's screen with no decision between. */
export const makesVictim = (level: Pick<Level, 'nodes'>, choice: Pick<Choice, 'next'>): boolean =>
  victimScreenAfter((id) => level.nodes.find((n) => n.id === id), choice.next) !== undefined;

/** The choices a play took, read back from its trail ("node/choice"), each marked when it made the player a victim. */
export function choicesOf(level: Pick<Level, 'nodes'>, trail: readonly string[]): (Choice & { victim: boolean })[] {
  const decisions = new Map(level.nodes.flatMap((n) => (n.type === 'choice' ? [[n.id, n] as const] : [])));
  return trail.flatMap((step) => {
    const cut = step.lastIndexOf('/');
    const choice = decisions.get(step.slice(0, cut))?.choices.find((c) => c.id === step.slice(cut + 1));
    return choice ? [{ ...choice, victim: makesVictim(level, choice) }] : [];
  });
}

/** The stars of a finished play (a state at an ending). */
export function starsOf(story: Story, state: StoryState): Stars {
  const ending = story.node(state.at);
  if (ending.type !== 'ending') throw new Error(`the play has not ended: it waits at "${state.at}"`);
  return starsOfTrail(story.level, state.trail, ending.outcome);
}

/** The stars of a play from the level and its trail, without a story (e.g. on the ending screen). */
export function starsOfTrail(level: Pick<Level, 'nodes'>, trail: readonly string[], outcome: Outcome): Stars {
  return starsFor(choicesOf(level, trail), outcome);
}
