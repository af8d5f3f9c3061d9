// Levels a teacher loads from their own computer. The file's text is kept in this browser's local
// storage only, never sent anywhere, and validated every time exactly like a shipped level.
import { load, save } from '../services/storage';
import { MAX_LEVEL_BYTES, parseLevel, tooLarge, type ParsedLevel } from './parse-level';
import { registry } from './registry';

export interface StoredLevel {
  readonly file: string;
  readonly text: string;
}

export interface ImportResult {
  readonly file: string;
  readonly parsed: ParsedLevel;
  /** False when the level is valid but this browser's storage is full: it plays for this visit only. */
  readonly stored: boolean;
}

const KEY = 'local-levels';

export function storedLevels(): StoredLevel[] {
  try {
    const data: unknown = JSON.parse(load(KEY) ?? '[]');
    if (!Array.isArray(data)) return [];
    return data.filter((d): d is StoredLevel => typeof d?.file === 'string' && typeof d?.text === 'string');
  } catch {
    return []; // a damaged store is treated as empty rather than taking the level list down
  }
}

export function removeStoredLevel(file: string): void {
  save(KEY, JSON.stringify(storedLevels().filter((l) => l.file !== file)));
}

/** Validates a picked or dropped file and, if it is a good level, keeps it on this computer. */
export async function importLevelFile(file: File, takenIds: ReadonlySet<string>): Promise<ImportResult> {
  const fail = (message: string): ImportResult => ({
    file: file.name,
    parsed: { ok: false, problems: [{ file: file.name, path: [], message, severity: 'error' }] },
    stored: false,
  });
  if (file.size > MAX_LEVEL_BYTES) return fail(tooLarge(file.size));
  const text = await file.text();
  const parsed = parseLevel(file.name, text, registry);
  if (!parsed.ok) return { file: file.name, parsed, stored: false };
  if (takenIds.has(parsed.level.id)) return fail(`another level already uses the id "${parsed.level.id}": change "id" in the file`);
  const stored = save(KEY, JSON.stringify([...storedLevels().filter((l) => l.file !== file.name), { file: file.name, text }]));
  return { file: file.name, parsed, stored };
}
