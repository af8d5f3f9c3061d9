// A class's learning check, counted without names: the show-of-hands check (hands counted per
// answer, before and after the lesson, on matched items) and the gain with its uncertainty. Hands
// are anonymous, so before and after are two independent samples of answers: the gain is a
// difference of two proportions, its effect size Cohen's h, each with a 95 % interval.
import type { JudgeItem, QuizForm } from './quiz';
import { shuffle, type Seed } from './shuffle';

/** Messages projected per round: two matched pairs (a risky message and its harmless twin, twice). */
export const HANDS_PAIRS = 2;

/**
 * The messages of a form for a show of hands: the matched pairs whose risky message uses the
 * first HANDS_PAIRS techniques in alphabetical order, so forms A and B (and the booster) give
 * matched items; in an order fixed by `seed`.
 */
export function handsItems(form: QuizForm, seed: Seed): JudgeItem[] {
  const judged = form.items.filter((i): i is JudgeItem => i.kind === 'judge');
  const risky = judged.filter((i) => i.answer === 'scam' && i.pair !== undefined && i.technique !== undefined);
  const chosen = [...risky].sort((a, b) => a.technique!.localeCompare(b.technique!)).slice(0, HANDS_PAIRS);
  const items = chosen.flatMap((scam) => [scam, ...judged.filter((i) => i.id === scam.pair)]);
  return shuffle(items, `${seed}:hands`);
}

/** Hands counted for one message: how many said "danger signs", how many "harmless". */
export interface HandsCount {
  readonly itemId: string;
  readonly scam: number;
  readonly real: number;
}

/** Right answers out of all hands raised. */
export interface Tally {
  readonly right: number;
  readonly total: number;
}

export function tallyHands(items: readonly Pick<JudgeItem, 'id' | 'answer'>[], counts: readonly HandsCount[]): Tally {
  let right = 0;
  let total = 0;
  for (const c of counts) {
    const item = items.find((i) => i.id === c.itemId);
    if (!item) continue;
    right += item.answer === 'scam' ? c.scam : c.real;
    total += c.scam + c.real;
  }
  return { right, total };
}

/** A value with its 95 % interval. */
export interface Estimate {
  readonly value: number;
  readonly low: number;
  readonly high: number;
}

const Z95 = 1.96;

/**
 * The change from `before` to `after` in the share of right answers (in points, −100…100) and
 * Cohen's h (2·asin√p₂ − 2·asin√p₁), each with a 95 % interval. Undefined until both have hands.
 */
export function proportionGain(before: Tally, after: Tally): { points: Estimate; h: Estimate; before: number; after: number } | undefined {
  if (before.total === 0 || after.total === 0) return undefined;
  const [p1, p2] = [before.right / before.total, after.right / after.total];
  const se = Math.sqrt((p1 * (1 - p1)) / before.total + (p2 * (1 - p2)) / after.total);
  const diff = p2 - p1;
  const h = 2 * Math.asin(Math.sqrt(p2)) - 2 * Math.asin(Math.sqrt(p1));
  const seH = Math.sqrt(1 / before.total + 1 / after.total);
  const round1 = (x: number) => Math.round(x * 10) / 10;
  const round2 = (x: number) => Math.round(x * 100) / 100;
  return {
    before: round1(100 * p1),
    after: round1(100 * p2),
    points: { value: round1(100 * diff), low: round1(100 * Math.max(-1, diff - Z95 * se)), high: round1(100 * Math.min(1, diff + Z95 * se)) },
    h: { value: round2(h), low: round2(h - Z95 * seH), high: round2(h + Z95 * seH) },
  };
}

/** Cohen's words for an effect size: below 0.2 small…, as a key the screens translate. */
export const effectWord = (h: number): 'none' | 'small' | 'medium' | 'large' => {
  const size = Math.abs(h);
  return size < 0.2 ? 'none' : size < 0.5 ? 'small' : size < 0.8 ? 'medium' : 'large';
};

/** The items the class missed most: share of hands on the wrong answer, highest first. */
export function mostMissed(items: readonly Pick<JudgeItem, 'id' | 'answer'>[], counts: readonly HandsCount[], limit = 3): { itemId: string; wrong: number; total: number }[] {
  return counts
    .flatMap((c) => {
      const item = items.find((i) => i.id === c.itemId);
      const total = c.scam + c.real;
      if (!item || total === 0) return [];
      return [{ itemId: c.itemId, wrong: item.answer === 'scam' ? c.real : c.scam, total }];
    })
    .filter((m) => m.wrong > 0)
    .sort((a, b) => b.wrong / b.total - a.wrong / a.total)
    .slice(0, limit);
}

/**
 * The class's gain on devices, where each student took form A before and form B after: the mean
 * change in points with its 95 % interval, and the effect size d_z (mean change ÷ its standard
 * deviation) with an approximate 95 % interval. Pairs are counts only (one number per device, no
 * names). Undefined with fewer than two pairs.
 */
export function pairedGain(changes: readonly number[]): { n: number; points: Estimate; dz: Estimate } | undefined {
  const n = changes.length;
  if (n < 2) return undefined;
  const mean = changes.reduce((s, x) => s + x, 0) / n;
  const sd = Math.sqrt(changes.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1));
  const se = sd / Math.sqrt(n);
  const dz = sd === 0 ? 0 : mean / sd;
  const seDz = Math.sqrt(1 / n + (dz * dz) / (2 * n));
  const round1 = (x: number) => Math.round(x * 10) / 10;
  const round2 = (x: number) => Math.round(x * 100) / 100;
  return {
    n,
    points: { value: round1(mean), low: round1(mean - Z95 * se), high: round1(mean + Z95 * se) },
    dz: { value: round2(dz), low: round2(dz - Z95 * seDz), high: round2(dz + Z95 * seDz) },
  };
}

/** How many devices changed their score by how many points between two forms (no device named). */
export interface ChangeCount {
  readonly points: number;
  readonly devices: number;
}

/** More devices than any class (a hub holds 1,000 a session): a count past it is not believed. */
const MAX_DEVICES = 10_000;

/** What a class's per-device changes say: how many went up, stayed, went down, and the paired gain. */
export interface ChangeSummary {
  /** Devices that took both forms. */
  readonly n: number;
  readonly improved: number;
  readonly same: number;
  readonly fell: number;
  /** The mean change with its interval and d_z (pairedGain); undefined with fewer than two devices. */
  readonly gain: ReturnType<typeof pairedGain>;
}

/**
 * The paired gain of devices' changes kept as counts (the hub keeps "3 devices: +16.7 points", never
 * which device): each count stands for that many devices. A change within half a point of none
 * is "the same". Counts that are not whole, not positive or past MAX_DEVICES count as none.
 */
export function changeSummary(counts: readonly ChangeCount[]): ChangeSummary {
  const changes = counts.flatMap((c) => (Number.isInteger(c.devices) && c.devices > 0 && c.devices <= MAX_DEVICES && Number.isFinite(c.points) ? Array<number>(c.devices).fill(c.points) : []));
  const SAME = 0.5;
  return {
    n: changes.length,
    improved: changes.filter((x) => x >= SAME).length,
    same: changes.filter((x) => Math.abs(x) < SAME).length,
    fell: changes.filter((x) => x <= -SAME).length,
    gain: pairedGain(changes),
  };
}
