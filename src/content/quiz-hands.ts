// The show-of-hands check of a class without devices: a few matched messages from form A before
// the lesson, from form B after it (and from the booster later), projected one at a time while the
// presenter counts hands with + / −. Only the counts are kept, on this computer, until the lesson's
// record is cleared; no names, no answers of anyone in particular.
import { handsItems, type HandsCount, type JudgeItem, type QuizFormName } from '../core';
import { load, remove, save } from '../services/storage';
import { quizForm } from './quiz-forms';

export type HandsRound = 'before' | 'after' | 'later';

/** The form each round projects: matched items, so before and after compare like with like. */
export const ROUND_FORM: Readonly<Record<HandsRound, QuizFormName>> = { before: 'A', after: 'B', later: 'booster' };

/** The order a class sees, the same on every projector (as the levels' class order). */
const HANDS_SEED = 'class';

export interface HandsTaken {
  readonly form: QuizFormName;
  readonly at: string;
  readonly counts: readonly HandsCount[];
}

export type HandsRecord = Partial<Record<HandsRound, HandsTaken>>;

const KEY = 'hands-check';
const ROUNDS: readonly HandsRound[] = ['before', 'after', 'later'];

/** The messages a round projects, in the class's order; empty if the form is missing. */
export const handsItemsOf = (form: QuizFormName): JudgeItem[] => {
  const shipped = quizForm(form);
  return shipped ? handsItems(shipped, HANDS_SEED) : [];
};

const isCount = (c: unknown): c is HandsCount =>
  typeof c === 'object' && c !== null && typeof (c as HandsCount).itemId === 'string' && Number.isInteger((c as HandsCount).scam) && Number.isInteger((c as HandsCount).real);

/** The counts kept so far; anything unreadable counts as not taken. */
export function handsRecord(): HandsRecord {
  try {
    const stored = JSON.parse(load(KEY) ?? '{}') as Record<string, Partial<HandsTaken> | undefined>;
    return Object.fromEntries(ROUNDS.flatMap((round) => {
      const taken = stored[round];
      const ok = taken && typeof taken.at === 'string' && typeof taken.form === 'string' && Array.isArray(taken.counts) && taken.counts.every(isCount);
      return ok ? [[round, taken as HandsTaken]] : [];
    }));
  } catch {
    return {};
  }
}

/** Keeps a round's counts (`now` from the caller). */
export function recordHands(round: HandsRound, counts: readonly HandsCount[], now: Date): void {
  save(KEY, JSON.stringify({ ...handsRecord(), [round]: { form: ROUND_FORM[round], at: now.toISOString(), counts } satisfies HandsTaken }));
}

export const clearHands = (): void => remove(KEY);
