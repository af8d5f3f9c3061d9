// The class vote's arithmetic, apart from its screen: which option won, and how the class split.

/** The option with most votes; a tie goes to the first of them (the order shown). */
export const majorityOf = (counts: readonly number[]): number =>
  counts.reduce((best, n, i) => (n > (counts[best] ?? 0) ? i : best), 0);

/** Each option's share of the votes, in whole per cent (0 for all when no one voted). */
export function shares(counts: readonly number[]): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  return counts.map((n) => (total > 0 ? Math.round((100 * n) / total) : 0));
}
