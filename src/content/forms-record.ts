// This computer's record of the learning check, as read: which forms were taken, and whether the
// booster is due. Apart from ./quiz-record.ts, which scores a form with the forms' schemas (zod):
// the title says the booster is due, and its JavaScript does not carry zod for that.
import { boosterStatus } from '../core/booster';
import type { FormAnswers, FormResult, QuizFormName } from '../core';
import { load } from '../services/storage';

export interface TakenForm {
  /** When it was finished, ISO 8601. */
  readonly at: string;
  readonly result: FormResult;
  /** What was answered, item by item, so the results can show what fooled the player. */
  readonly answers?: FormAnswers;
}

export type FormsRecord = Partial<Record<QuizFormName, TakenForm>>;

export const FORMS_KEY = 'learning-check-forms';

const isTaken = (value: unknown): value is TakenForm =>
  typeof value === 'object' && value !== null && typeof (value as TakenForm).at === 'string' && typeof (value as TakenForm).result?.correct === 'number';

/** What this computer has taken so far; anything unreadable counts as not yet taken. */
export function formsRecord(): FormsRecord {
  try {
    const stored = JSON.parse(load(FORMS_KEY) ?? '{}') as Record<string, unknown>;
    return Object.fromEntries((['A', 'B', 'booster'] as const).flatMap((f) => (isTaken(stored[f]) ? [[f, stored[f]]] : [])));
  } catch {
    return {};
  }
}

/** Whether the booster is due on this computer now, and from when. */
export const boosterDue = (record: FormsRecord, now: Date) =>
  boosterStatus({ ...(record.B ? { formB: record.B.at } : {}), ...(record.booster ? { booster: record.booster.at } : {}) }, now);
