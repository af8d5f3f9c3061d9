// Turns the text of a level file into a playable level, or into problems a prosecutor can act on:
// one line each, naming the file, the line, the node by its id, and what to do, in the user's
// language. A file written for an older format is migrated first, with notes of what changed.
// Used by the game, the in-browser level loader, the studio and the command-line checker alike.
import {
  checkLevel, Level, migrateLevel, type ChecklistItem, type Exploration, type Message, type Registry, type Technique,
} from '../core';
import { techniques as shippedTechniques } from './registry';
import { MAX_FILE_BYTES, parseJsonText, problemOf, tooLarge as tooLargeMessage, validate, type Problem } from './parse-data';

export { formatPath, formatProblem, type Problem } from './parse-data';

export type ParsedLevel =
  | {
      readonly ok: true;
      readonly level: Level;
      readonly problems: readonly Problem[];
      readonly exploration: Exploration;
      /** The rules a shipped level must meet, each with pass or fail. */
      readonly checklist: readonly ChecklistItem[];
      /** What a migration from an older format changed (empty for a current file). */
      readonly notes: readonly Message[];
    }
  | { readonly ok: false; readonly problems: readonly Problem[]; readonly notes?: readonly Message[] };

export interface ParseLevelOptions {
  /** The technique registry to check signs against (default: levels/registry/techniques.json). */
  readonly techniques?: readonly Pick<Technique, 'id'>[];
  /** A level shipped with the game: the shipped-level checklist's failures are errors. */
  readonly shipped?: boolean;
}

/** Larger files are refused before parsing: no real level comes near it. */
export const MAX_LEVEL_BYTES = MAX_FILE_BYTES;

/** The message for a file over the size limit, in English (see parse-data for the code). */
export const tooLarge = (bytes: number): string => problemOf('', tooLargeMessage(bytes)).message;

export function parseLevel(file: string, text: string, registry: Registry, options: ParseLevelOptions = {}): ParsedLevel {
  const parsed = parseJsonText(file, text);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };

  const migration = migrateLevel(parsed.data);
  const notes = migration.notes;
  if (migration.problem) return { ok: false, problems: [problemOf(file, migration.problem, { path: ['formatVersion'], line: parsed.lineOf(['formatVersion']), data: parsed.data })], notes };

  const valid = validate(file, parsed, Level, migration.data);
  if (!valid.ok) return { ok: false, problems: valid.problems, notes };

  const report = checkLevel(valid.value, registry, { techniques: shippedTechniques, ...options });
  const problems = report.issues.map((i) => problemOf(file, i, { path: i.path, line: parsed.lineOf(i.path), data: migration.data, severity: i.severity }));
  if (!report.exploration || !report.checklist || problems.some((p) => p.severity === 'error')) return { ok: false, problems, notes };
  return { ok: true, level: valid.value, problems, exploration: report.exploration, checklist: report.checklist, notes };
}
