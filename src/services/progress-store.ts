// The student's results, kept on this computer under the storage key "progress". A save that cannot
// be used (unreadable, or from a too old or too new version of the game) is replaced by an empty
// one, and the problem is kept until it has been reported once, so the player is told plainly, once.
import { emptyProgress, readProgress, recordPlay, type Play, type Progress, type ProgressRead } from '../core';
import { load, remove, save } from './storage';
import { today } from './clock';

const KEY = 'progress';

/** A problem found in the save and not yet reported to the player. */
let unreported: Omit<ProgressRead, 'progress'> | undefined;

/** Reads the save; on a problem, remembers it for the next loadProgress() and uses empty progress. */
function read(): Progress {
  const { progress, ...found } = readProgress(load(KEY));
  if (found.problem) {
    unreported = found;
    console.warn(`Saved results reset: ${found.message ?? found.problem}`);
  }
  return progress;
}

/**
 * The saved results, and a problem with the save if there is one not yet reported: the caller shows
 * it to the player. After that the reset (empty) save is used and the problem is not reported again.
 */
export function loadProgress(): ProgressRead {
  const progress = read();
  const report = unreported;
  if (!report) return { progress };
  unreported = undefined;
  save(KEY, JSON.stringify(progress)); // the reset save, so the bad one is not read again
  return { progress, ...report };
}

/** The saved results, only to show them (the level cards): a problem stays for loadProgress() to report. */
export const peekProgress = (): Progress => read();

export interface SaveResult {
  readonly progress: Progress;
  /** False when nothing could be saved (storage full or blocked, or an invalid play). */
  readonly saved: boolean;
}

/** Records a finished play, dated now. Never throws. */
export function savePlay(play: Omit<Play, 'at'>, at: string = today().toISOString()): SaveResult {
  const before = read();
  let progress: Progress;
  try {
    progress = recordPlay(before, { ...play, at });
  } catch (error) {
    console.warn(`Result not saved: ${error instanceof Error ? error.message : String(error)}`);
    return { progress: before, saved: false };
  }
  return { progress, saved: save(KEY, JSON.stringify(progress)) };
}

/** Clears every level result on this computer. */
export function resetProgress(): Progress {
  remove(KEY);
  unreported = undefined;
  return emptyProgress();
}
