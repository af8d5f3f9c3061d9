// A student's own results, kept on their computer: for each level, how often it was played, the
// best score and stars, the endings reached and when it was last played. The save carries a format
// version, read as ink reads a story's: a save older than the oldest format this game can read, or
// newer than the newest it knows, is reported (naming both versions) and replaced by an empty one.
// Nothing here throws on a bad save, and nothing reads the clock: the caller passes the time in.
import { z } from 'zod';

/** The save format this game writes. */
export const PROGRESS_VERSION = 1;
/** The oldest save format this game can still read. */
export const PROGRESS_MIN_COMPATIBLE = 1;

export const LevelProgress = z.object({
  played: z.int().min(1).meta({ description: 'Times the level was played to an ending.' }),
  bestScore: z.int(),
  bestStars: z.int().min(0).max(3),
  endings: z.array(z.string().min(1)).meta({ description: 'Ids of the endings reached, in the order first reached.' }),
  lastPlayed: z.iso.datetime({ offset: true }).meta({ description: 'When the level was last finished, as an ISO 8601 date and time.' }),
});
export type LevelProgress = z.infer<typeof LevelProgress>;

export const Progress = z.object({
  version: z.literal(PROGRESS_VERSION),
  minCompatible: z.int().min(0).max(PROGRESS_VERSION).meta({ description: 'The oldest save format the game that wrote this could read.' }),
  levels: z.record(z.string().min(1), LevelProgress).meta({ description: 'Results by level id.' }),
});
export type Progress = z.infer<typeof Progress>;

/** One finished play of a level. */
export interface Play {
  readonly levelId: string;
  readonly score: number;
  readonly stars: 0 | 1 | 2 | 3;
  readonly endingId: string;
  /** When it was finished, as an ISO 8601 date and time, e.g. new Date().toISOString(). */
  readonly at: string;
}

const PlayInput = z.object({
  levelId: z.string().min(1),
  score: z.int(),
  stars: z.int().min(0).max(3),
  endingId: z.string().min(1),
  at: z.iso.datetime({ offset: true }),
});

export type ProgressProblem = 'corrupt' | 'too-old' | 'too-new';

export interface ProgressRead {
  readonly progress: Progress;
  /** Set when a save was there but could not be used; `progress` is then empty. */
  readonly problem?: ProgressProblem;
  /** The save's format version, when it had one (for too-old and too-new). */
  readonly savedVersion?: number;
  /** What went wrong, in English, for the console and for bug reports. */
  readonly message?: string;
}

export const emptyProgress = (): Progress => ({ version: PROGRESS_VERSION, minCompatible: PROGRESS_MIN_COMPATIBLE, levels: {} });

/** A level's results, or undefined if it was never played (level ids are never looked up on the prototype). */
export const levelProgress = (progress: Progress, levelId: string): LevelProgress | undefined =>
  Object.hasOwn(progress.levels, levelId) ? progress.levels[levelId] : undefined;

/**
 * The progress after one more play; the given progress is left unchanged. Throws a RangeError on a
 * play that could not be saved (stars outside 0–3, a score that is not a whole number, a time that
 * is not ISO 8601), so a bad call never writes a save that would later read as corrupt.
 */
export function recordPlay(progress: Progress, play: Play): Progress {
  const checked = PlayInput.safeParse(play);
  if (!checked.success) {
    throw new RangeError(`recordPlay: ${checked.error.issues.map((i) => `${i.path.join('.') || 'play'}: ${i.message}`).join('; ')}`);
  }
  const { levelId, score, stars, endingId, at } = checked.data;
  const before = levelProgress(progress, levelId);
  const entry: LevelProgress = before
    ? {
        played: before.played + 1,
        bestScore: Math.max(before.bestScore, score),
        bestStars: Math.max(before.bestStars, stars),
        endings: before.endings.includes(endingId) ? [...before.endings] : [...before.endings, endingId],
        lastPlayed: at,
      }
    : { played: 1, bestScore: score, bestStars: stars, endings: [endingId], lastPlayed: at };
  return { ...progress, levels: { ...progress.levels, [levelId]: entry } };
}

/** Just enough of any save, old or new, to read its format version. */
const Envelope = z.object({ version: z.int().min(0) });

/**
 * Reads a stored save. Never throws: nothing stored gives empty progress and no problem; a save that
 * cannot be used gives empty progress and the problem: 'corrupt' (not JSON, or not the format its
 * version says), 'too-old' or 'too-new' (with the save's version and this game's in the message).
 */
export function readProgress(json: string | null): ProgressRead {
  if (json === null) return { progress: emptyProgress() };
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return { progress: emptyProgress(), problem: 'corrupt', message: `the saved results are not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  const envelope = Envelope.safeParse(data);
  if (!envelope.success) {
    return { progress: emptyProgress(), problem: 'corrupt', message: 'the saved results have no format version' };
  }
  const savedVersion = envelope.data.version;
  if (savedVersion > PROGRESS_VERSION) {
    return {
      progress: emptyProgress(),
      problem: 'too-new',
      savedVersion,
      message: `the saved results are format version ${savedVersion}, newer than this game understands (version ${PROGRESS_VERSION}): they were written by a newer version of the game`,
    };
  }
  if (savedVersion < PROGRESS_MIN_COMPATIBLE) {
    return {
      progress: emptyProgress(),
      problem: 'too-old',
      savedVersion,
      message: `the saved results are format version ${savedVersion}, older than the oldest this game can read (version ${PROGRESS_MIN_COMPATIBLE})`,
    };
  }
  const parsed = Progress.safeParse(data);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first && first.path.length > 0 ? `${first.path.join('.')}: ` : '';
    return { progress: emptyProgress(), problem: 'corrupt', savedVersion, message: `the saved results do not match format version ${savedVersion} (${where}${first?.message ?? 'invalid'})` };
  }
  return { progress: parsed.data };
}
