// A learning-check form as text (levels/quiz/form-a.json, form-b.json, booster.json): parsed and
// reported like a level, `file:line → item q3 › answer: …`. A format-1 learning check
// (learning-check.json) is migrated to a form with a note.
import { didYouMean, migrateQuiz, MIN_FORM_ITEMS, QuizForm, type Message, type Technique } from '../core';
import { parseJsonText, problemOf, validate, type Problem } from './parse-data';

export type ParsedQuiz =
  | { readonly ok: true; readonly form: QuizForm; readonly problems: readonly Problem[]; readonly notes: readonly Message[] }
  | { readonly ok: false; readonly problems: readonly Problem[]; readonly notes?: readonly Message[] };

export interface ParseQuizOptions {
  /** Technique ids the items' "skill" and "technique" must name. */
  readonly techniques?: readonly Pick<Technique, 'id'>[];
  /** A form shipped with the game: it needs at least MIN_FORM_ITEMS items. */
  readonly shipped?: boolean;
}

export function parseQuizForm(file: string, text: string, options: ParseQuizOptions = {}): ParsedQuiz {
  const parsed = parseJsonText(file, text);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  const migration = migrateQuiz(parsed.data);
  const valid = validate(file, parsed, QuizForm, migration.data);
  if (!valid.ok) return { ok: false, problems: valid.problems, notes: migration.notes };
  const form = valid.value;
  const at = (path: (string | number)[]) => ({ path, line: parsed.lineOf(path), data: migration.data });
  const problems: Problem[] = [];
  if (options.shipped && form.items.length < MIN_FORM_ITEMS) {
    problems.push(problemOf(file, { code: 'quizTooFewItems', params: { min: MIN_FORM_ITEMS, count: form.items.length } }, at(['items'])));
  }
  if (options.techniques) {
    const known = new Set(options.techniques.map((t) => t.id));
    form.items.forEach((item, i) => {
      const key = item.kind === 'choice' ? 'skill' : 'technique';
      const id = item.kind === 'choice' ? item.skill : item.technique;
      if (id === undefined || known.has(id)) return;
      const suggestion = didYouMean(id, known);
      problems.push(problemOf(file, { code: 'unknownTechnique', params: { id, ...(suggestion ? { suggestion } : {}) } }, at(['items', i, key])));
    });
  }
  if (problems.length > 0) return { ok: false, problems, notes: migration.notes };
  return { ok: true, form, problems, notes: migration.notes };
}
