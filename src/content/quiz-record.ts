// This computer's record of the learning check: when each form was taken and how it went.
// Nothing leaves the device. Scoring and the booster's due date are pure, in src/core/quiz.ts;
// the clock is passed in. Kept apart from the forms themselves (./quiz-forms.ts) so that the
// title can say the booster is due without fetching the forms' parser.
import { boosterStatus, gainOf, scoreForm, type FormAnswers, type FormResult, type Gain, type QuizForm, type QuizFormName } from '../core';
import { load, remove, save } from '../services/storage';

export interface TakenForm {
  /** When it was finished, ISO 8601. */
  readonly at: string;
  readonly result: FormResult;
  /** What was answered, item by item, so the results can show what fooled the player. */
  readonly answers?: FormAnswers;
}

export type FormsRecord = Partial<Record<QuizFormName, TakenForm>>;

const KEY = 'learning-check-forms';

const isTaken = (value: unknown): value is TakenForm =>
  typeof value === 'object' && value !== null && typeof (value as TakenForm).at === 'string' && typeof (value as TakenForm).result?.correct === 'number';

/** What this computer has taken so far; anything unreadable counts as not yet taken. */
export function formsRecord(): FormsRecord {
  try {
    const stored = JSON.parse(load(KEY) ?? '{}') as Record<string, unknown>;
    return Object.fromEntries((['A', 'B', 'booster'] as const).flatMap((f) => (isTaken(stored[f]) ? [[f, stored[f]]] : [])));
  } catch {
    return {};
  }
}

/** Scores a form and keeps the result with the time it was taken (`now` from the caller). */
export function recordForm(form: QuizForm, answers: FormAnswers, now: Date): FormResult {
  const result = scoreForm(form, answers);
  save(KEY, JSON.stringify({ ...formsRecord(), [form.form]: { at: now.toISOString(), result, answers } satisfies TakenForm }));
  return result;
}

/** The form to take next: A before play, B after it, then the booster once it is due. */
export function nextForm(record: FormsRecord, now: Date): QuizFormName | undefined {
  if (!record.A) return 'A';
  if (!record.B) return 'B';
  return boosterStatus({ formB: record.B.at, ...(record.booster ? { booster: record.booster.at } : {}) }, now).due ? 'booster' : undefined;
}

/** Whether the booster is due on this computer now, and from when. */
export const boosterDue = (record: FormsRecord, now: Date) =>
  boosterStatus({ ...(record.B ? { formB: record.B.at } : {}), ...(record.booster ? { booster: record.booster.at } : {}) }, now);

/** Gain from A to B, once both are taken. */
export const formsGain = (record: FormsRecord): Gain | undefined => (record.A && record.B ? gainOf(record.A.result, record.B.result) : undefined);

export const resetForms = (): void => remove(KEY);
