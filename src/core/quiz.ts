// The learning check: six questions, one per typical case, taken before and after play so a
// player (or a class) sees how much better they spot the danger the second time.
import { z } from 'zod';
import { LocalText } from './schema';

const id = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/);

export const QuizQuestion = z.strictObject({
  id,
  case: z.number().int().meta({ description: 'The SPP typical case the question is about.' }),
  question: LocalText,
  options: z.array(z.strictObject({ id, text: LocalText })).min(2).max(4),
  answer: id.meta({ description: 'The id of the right option.' }),
  explanation: LocalText.meta({ description: 'Why, with the real case; shown after answering in the second round.' }),
});
export type QuizQuestion = z.infer<typeof QuizQuestion>;

export const Quiz = z
  .strictObject({ $schema: z.string().optional(), questions: z.array(QuizQuestion).min(1) })
  .superRefine((quiz, ctx) => {
    quiz.questions.forEach((q, i) => {
      if (!q.options.some((o) => o.id === q.answer)) {
        ctx.addIssue({ code: 'custom', path: ['questions', i, 'answer'], message: `no option has the id "${q.answer}"` });
      }
    });
  });
export type Quiz = z.infer<typeof Quiz>;

/** The player's answers, by question id. */
export type QuizAnswers = Readonly<Record<string, string>>;

export interface QuizScore {
  readonly correct: number;
  readonly total: number;
}

export const isRight = (question: QuizQuestion, answer: string | undefined): boolean => answer === question.answer;

export function scoreQuiz(quiz: Quiz, answers: QuizAnswers): QuizScore {
  return { correct: quiz.questions.filter((q) => isRight(q, answers[q.id])).length, total: quiz.questions.length };
}
