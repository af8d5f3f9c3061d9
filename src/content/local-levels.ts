// Levels a teacher loads from their own computer. The file's text is kept in this browser's local
// storage only, never sent anywhere, and validated every time exactly like a shipped level.
import { load, save } from '../services/storage';
import type { Message } from '../core';
import { decodeFile, type FileEncoding } from './decode-file';
import { problemOf, tooLarge } from './parse-data';
import { MAX_LEVEL_BYTES, parseLevel, type ParsedLevel } from './parse-level';
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
  /**
   * For a file not saved as UTF-8 (e.g. GBK from older Notepad or WPS): its text read in the
   * encoding it seems to be in. The UI may ask the user and, if they agree, pass it to
   * importLevelText; the problem already tells them to save the file as UTF-8.
   */
  readonly offer?: { readonly encoding: FileEncoding; readonly text: string };
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
  if (file.size > MAX_LEVEL_BYTES) return failed(file.name, tooLarge(file.size));
  const decoded = decodeFile(await file.arrayBuffer());
  if (!decoded.ok) return { ...failed(file.name, decoded.problem), ...(decoded.offer ? { offer: decoded.offer } : {}) };
  return importLevelText(file.name, decoded.text, takenIds);
}

/** Validates a level's text (a decoded file, or an offer the user accepted) and keeps it if good. */
export function importLevelText(name: string, text: string, takenIds: ReadonlySet<string>): ImportResult {
  const parsed = parseLevel(name, text, registry);
  if (!parsed.ok) return { file: name, parsed, stored: false };
  if (takenIds.has(parsed.level.id)) return failed(name, { code: 'idInUse', params: { id: parsed.level.id } }, ['id']);
  const stored = save(KEY, JSON.stringify([...storedLevels().filter((l) => l.file !== name), { file: name, text }]));
  return { file: name, parsed, stored };
}

function failed(file: string, message: Message, path: (string | number)[] = []): ImportResult {
  return { file, parsed: { ok: false, problems: [problemOf(file, message, { path })] }, stored: false };
}
