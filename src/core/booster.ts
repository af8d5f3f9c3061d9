// When the learning check's booster is due. Apart from ./quiz.ts and its schemas: the title says
// the booster is due, and its JavaScript does not carry zod for that.

/** The booster is due this many days after form B. */
export const BOOSTER_AFTER_DAYS = 7;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * When the booster is due: BOOSTER_AFTER_DAYS after form B was taken. `now` is injected (core reads
 * no clock). Not due before form B, nor once the booster was taken after that form B.
 */
export function boosterStatus(taken: { readonly formB?: string; readonly booster?: string }, now: Date | number): { due: boolean; dueAt?: string } {
  if (!taken.formB) return { due: false };
  const b = Date.parse(taken.formB);
  if (Number.isNaN(b)) return { due: false };
  const dueAt = new Date(b + BOOSTER_AFTER_DAYS * DAY_MS);
  const boosted = taken.booster !== undefined && Date.parse(taken.booster) >= b;
  const time = typeof now === 'number' ? now : now.getTime();
  return { due: !boosted && time >= dueAt.getTime(), dueAt: dueAt.toISOString() };
}
