// The learning check's questions, and the player's two rounds of answers, kept on this computer.
import { Quiz, scoreQuiz, type QuizAnswers, type QuizScore } from '../core';
import { load, remove, save } from '../services/storage';
import data from '../../levels/quiz/learning-check.json';

export const quiz: Quiz = Quiz.parse(data);

export type Round = 'before' | 'after';

export interface QuizRecord {
  readonly before?: QuizScore;
  readonly after?: QuizScore;
}

const KEY = 'learning-check';

const isScore = (value: unknown): value is QuizScore =>
  typeof value === 'object' && value !== null && Number.isInteger((value as QuizScore).correct) && Number.isInteger((value as QuizScore).total);

/** The scores so far; anything unreadable counts as not yet taken. */
export function quizRecord(): QuizRecord {
  try {
    const stored = JSON.parse(load(KEY) ?? '{}') as Record<string, unknown>;
    return { ...(isScore(stored.before) ? { before: stored.before } : {}), ...(isScore(stored.after) ? { after: stored.after } : {}) };
  } catch {
    return {};
  }
}

/** The round to take next: before play, then after it. */
export const nextRound = (record: QuizRecord): Round | undefined => (!record.before ? 'before' : !record.after ? 'after' : undefined);

export function recordRound(round: Round, answers: QuizAnswers): QuizScore {
  const score = scoreQuiz(quiz, answers);
  save(KEY, JSON.stringify({ ...quizRecord(), [round]: score }));
  return score;
}

export const resetQuiz = (): void => remove(KEY);
