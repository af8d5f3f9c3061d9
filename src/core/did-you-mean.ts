// "Did you mean …?" for a mistyped id: the known id nearest by edit distance, when it is near
// enough to be a likely slip (a typo, a swapped letter), and nothing otherwise.

/** Levenshtein distance: the fewest single-character insertions, deletions or substitutions. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

const commonPrefix = (a: string, b: string): number => {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
};

/**
 * The candidate nearest to `wanted`, if it is within a third of its length (at least 1 edit), so
 * "pushh" gets "push" but "n9" never gets "ad".
 * Ties go to the longer shared beginning ("criminal-287" → "criminal-287-2", not "criminal-17"),
 * then to the alphabetically first, so the answer never depends on the order of the candidates.
 */
export function didYouMean(wanted: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.max(1, Math.floor(wanted.length / 3));
  const w = wanted.toLowerCase();
  let best: { id: string; distance: number; prefix: number } | undefined;
  for (const id of candidates) {
    const c = id.toLowerCase();
    const here = { id, distance: editDistance(w, c), prefix: commonPrefix(w, c) };
    if (!best || here.distance < best.distance || (here.distance === best.distance && (here.prefix > best.prefix || (here.prefix === best.prefix && id < best.id)))) {
      best = here;
    }
  }
  return best && best.distance <= limit ? best.id : undefined;
}
