// The vice-president's plan for a lesson: which levels, in which order. Kept on this computer.
import { load, save } from './storage';

/** A school period, in minutes. */
export const PERIOD_MINUTES = 45;

export function lessonPlan(): string[] {
  try {
    const ids: unknown = JSON.parse(load('lesson-plan') ?? '[]');
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

export const saveLessonPlan = (ids: readonly string[]): void => void save('lesson-plan', JSON.stringify(ids));

/** The planned level after this one, if any. */
export function nextInPlan(levelId: string): string | undefined {
  const plan = lessonPlan();
  const at = plan.indexOf(levelId);
  return at >= 0 ? plan[at + 1] : undefined;
}
