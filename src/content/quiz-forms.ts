// The learning check of format 2: the forms shipped in levels/quiz/ (form-a.json before play,
// form-b.json after it, booster.json a week or more later), parsed and checked. This computer's
// record of when each was taken is in ./quiz-record.ts, which the title reads without this code.
import type { QuizForm, QuizFormName } from '../core';
import { formatProblem } from './parse-data';
import { parseQuizForm } from './parse-quiz';
import { techniques } from './registry';

const FILES: Record<QuizFormName, string> = { A: '/levels/quiz/form-a.json', B: '/levels/quiz/form-b.json', booster: '/levels/quiz/booster.json' };
const texts = import.meta.glob<string>('/levels/quiz/*.json', { query: '?raw', import: 'default', eager: true });

/** A shipped form, parsed; undefined while it is not written yet. Throws with `file:line → …` if broken. */
export function quizForm(name: QuizFormName): QuizForm | undefined {
  const file = FILES[name];
  const text = texts[file];
  if (text === undefined) return undefined;
  const parsed = parseQuizForm(file.slice(1), text, { techniques });
  if (!parsed.ok) throw new Error(`The learning check is broken:\n${parsed.problems.map((p) => formatProblem(p)).join('\n')}`);
  return parsed.form;
}

