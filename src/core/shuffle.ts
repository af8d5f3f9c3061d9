// A seeded, deterministic shuffle: the same seed always gives the same order, so a class session
// that fixes the seed shows every screen, vote and handout the same choices in the same places.
// The seed is injected (core never calls Math.random).

export type Seed = number | string;

/** FNV-1a: a string (or number) to a 32-bit integer. */
export function hashSeed(seed: Seed): number {
  const text = String(seed);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a small, fast generator of numbers in [0, 1). */
export function seededRandom(seed: Seed): () => number {
  let a = hashSeed(seed);
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A new array with the items in an order fixed by the seed (Fisher–Yates). */
export function shuffle<T>(items: readonly T[], seed: Seed): T[] {
  const random = seededRandom(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
