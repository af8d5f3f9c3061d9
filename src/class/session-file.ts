// A session's file read back: the present format as it is, an older one migrated, a newer one
// (or one with keys this hub does not know) read as far as this hub knows it, the keys it leaves
// out named so the teacher can be told. Anything else damaged is refused with the reason. Pure.
import { FORMAT, SessionState } from './hub-state';

export interface Restored {
  state: SessionState;
  /** What the teacher is told: a format migrated, keys this hub does not know left out. */
  notes: { kind: 'migrated' | 'unknown-keys' | 'newer-format'; detail: string }[];
}

/**
 * Reads a session back from its file. An older format is migrated; keys this hub does not know (a
 * newer hub's file) are left out and named; anything else damaged is refused with the reason.
 */
export function restore(json: string): Restored {
  const data: unknown = JSON.parse(json);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error('not a session (a JSON object)');
  const record = data as Record<string, unknown>;
  const notes: Restored['notes'] = [];
  const format = record.format;
  if (format === 1 || format === 2) {
    // Format 1 (before levels carried their ids): no revision counter, no level ids.
    if (format === 1) Object.assign(record, { rev: 0, levels: [] });
    // Formats 1 and 2 kept each check as a percent only, and no booster: the items missed are not known.
    if (Array.isArray(record.seatList)) for (const seat of record.seatList) migrateChecks(seat);
    record.format = FORMAT;
    notes.push({ kind: 'migrated', detail: `format ${format} → ${FORMAT}` });
  } else if (typeof format === 'number' && format > FORMAT) {
    record.format = FORMAT;
    notes.push({ kind: 'newer-format', detail: `format ${format}` });
  }
  const dropped: string[] = [];
  for (let pass = 0; pass < 20; pass++) {
    const result = SessionState.safeParse(record);
    if (result.success) {
      if (dropped.length) notes.push({ kind: 'unknown-keys', detail: [...new Set(dropped)].slice(0, 10).join(', ').slice(0, 300) });
      return { state: result.data, notes };
    }
    // Keys this hub does not know are left out (and named); any other problem refuses the file.
    const unknown = result.error.issues.filter((i) => i.code === 'unrecognized_keys');
    if (unknown.length !== result.error.issues.length) {
      const issue = result.error.issues.find((i) => i.code !== 'unrecognized_keys')!;
      throw new Error(`${issue.path.join('.') || '(top)'}: ${issue.message}`);
    }
    for (const issue of unknown) {
      let at: unknown = record;
      for (const key of issue.path) at = (at as Record<PropertyKey, unknown>)[key];
      for (const key of issue.keys) {
        delete (at as Record<string, unknown>)[key];
        dropped.push([...issue.path.filter((k) => typeof k === 'string'), key].join('.'));
      }
    }
  }
  throw new Error('too many unknown keys');
}

/** A format-2 seat's checks ({ A: 58.3, B: null }) as format 3 keeps them; anything else is left for the schema to refuse. */
function migrateChecks(seat: unknown): void {
  const checks = (seat as { checks?: unknown } | null)?.checks;
  if (typeof checks !== 'object' || checks === null) return;
  const old = checks as Record<string, unknown>;
  const sitting = (p: unknown) => (typeof p === 'number' ? { percent: p, missed: null } : p);
  (seat as { checks: unknown }).checks = { A: sitting(old.A ?? null), B: sitting(old.B ?? null), booster: null };
}
