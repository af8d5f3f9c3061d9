// Can a decision be won by reading the shape of its options? A test-wise player picks the longest
// option (the one that explains itself, names an adult, lists every step). This measures, per
// level, how often that pick is the best choice, and how often random play earns three stars, so
// the checker can warn an author whose decisions give themselves away.
import type { Exploration } from './explore';
import type { Language, Level } from './schema';

/** Warn when the longest option is the best one in more than this share of a level's decisions. */
export const LONGEST_BEST_LIMIT = 0.5;
/** Warn when plays that pick at random earn three stars more often than this. */
export const RANDOM_THREE_STAR_LIMIT = 0.1;

export interface DecisionWording {
  /** Decisions as offered (a decision whose choices depend on flags counts once per distinct set). */
  readonly decisions: number;
  /** Ids of the decisions (as offered) where a best-scoring option is (one of) the longest. */
  readonly longestBest: readonly string[];
  readonly share: number;
}

const length = (text: string): number => Array.from(text.replace(/\s+/g, ' ').trim()).length;

/** How often, in `lang`, the longest option offered at a decision is a best one (highest score). */
export function decisionWording(level: Level, exploration: Pick<Exploration, 'offered'>, lang: Language): DecisionWording {
  const byId = new Map(level.nodes.map((n) => [n.id, n]));
  let decisions = 0;
  const longestBest: string[] = [];
  for (const [id, sets] of exploration.offered) {
    const node = byId.get(id);
    if (node?.type !== 'choice') continue;
    for (const ids of sets) {
      const choices = node.choices.filter((c) => ids.includes(c.id));
      if (choices.length < 2) continue;
      decisions++;
      const best = Math.max(...choices.map((c) => c.score));
      const longest = Math.max(...choices.map((c) => length(c.text[lang])));
      if (choices.some((c) => c.score === best && length(c.text[lang]) === longest)) longestBest.push(id);
    }
  }
  return { decisions, longestBest, share: decisions === 0 ? 0 : longestBest.length / decisions };
}
