// This computer's record of the learning check: when each form was taken and how it went.
// Nothing leaves the device. Scoring and the booster's due date are pure, in src/core/quiz.ts;
// the clock is passed in. Kept apart from the forms themselves (./quiz-forms.ts) so that the
// title can say the booster is due without fetching the forms' parser.
import { boosterStatus, gainOf, scoreForm, type FormAnswers, type FormResult, type Gain, type QuizForm, type QuizFormName } from '../core';
import { remove, save } from '../services/storage';
import { formsRecord, FORMS_KEY, type FormsRecord, type TakenForm } from './forms-record';

export { boosterDue, formsRecord, type FormsRecord, type TakenForm } from './forms-record';

/** Scores a form and keeps the result with the time it was taken (`now` from the caller). */
export function recordForm(form: QuizForm, answers: FormAnswers, now: Date): FormResult {
  const result = scoreForm(form, answers);
  save(FORMS_KEY, JSON.stringify({ ...formsRecord(), [form.form]: { at: now.toISOString(), result, answers } satisfies TakenForm }));
  return result;
}

/** The form to take next: A before play, B after it, then the booster once it is due. */
export function nextForm(record: FormsRecord, now: Date): QuizFormName | undefined {
  if (!record.A) return 'A';
  if (!record.B) return 'B';
  return boosterStatus({ formB: record.B.at, ...(record.booster ? { booster: record.booster.at } : {}) }, now).due ? 'booster' : undefined;
}

/** Gain from A to B, once both are taken. */
export const formsGain = (record: FormsRecord): Gain | undefined => (record.A && record.B ? gainOf(record.A.result, record.B.result) : undefined);

export const resetForms = (): void => remove(FORMS_KEY);
