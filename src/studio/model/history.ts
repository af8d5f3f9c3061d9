// Undo and redo over snapshots. Every edit returns a new level that shares what did not change, so
// a snapshot costs only the changed path; 200 of them are a few hundred kB at most.
export interface History<T> {
  readonly past: readonly T[];
  readonly present: T;
  readonly future: readonly T[];
  /** The field the last edit typed into and when, so a run of keystrokes is one undo step. */
  readonly typing?: { readonly key: string; readonly at: number };
}

export const LIMIT = 200;
/** Keystrokes in one field closer together than this are one step. */
export const TYPING_PAUSE_MS = 1000;

export const start = <T>(present: T): History<T> => ({ past: [], present, future: [] });

/**
 * Records a new state. `typing` (a field's key and the time) merges a keystroke into the step
 * before it when it is in the same field and comes within TYPING_PAUSE_MS.
 */
export function record<T>(h: History<T>, next: T, typing?: { key: string; at: number }): History<T> {
  if (next === h.present) return h;
  const merge = typing && h.typing && h.typing.key === typing.key && typing.at - h.typing.at < TYPING_PAUSE_MS && h.past.length > 0;
  const past = merge ? h.past : [...h.past, h.present].slice(-LIMIT);
  return { past, present: next, future: [], ...(typing ? { typing } : {}) };
}

export const canUndo = <T>(h: History<T>): boolean => h.past.length > 0;
export const canRedo = <T>(h: History<T>): boolean => h.future.length > 0;

export function undo<T>(h: History<T>): History<T> {
  const previous = h.past[h.past.length - 1];
  if (previous === undefined) return h;
  return { past: h.past.slice(0, -1), present: previous, future: [h.present, ...h.future] };
}

export function redo<T>(h: History<T>): History<T> {
  const [next, ...rest] = h.future;
  if (next === undefined) return h;
  return { past: [...h.past, h.present], present: next, future: rest };
}
