// A level file out of and into the studio. Out: UTF-8 JSON with the "$schema" line first and the
// format version, as the shipped levels are written, so `npm run levels:check` reads it. In: the
// bytes are decoded by the game's reader, which names a file that is not UTF-8 (GBK from older
// Notepad or WPS) instead of garbling it, and an older format is migrated with a note of what changed.
import { FORMAT_VERSION, migrateLevel, renderMessage, type Language, type Level } from '../../core';

export const SCHEMA_LINE = './schema/level.schema.json';

export function levelFileText(level: Level): string {
  const { $schema: _schema, formatVersion: _version, ...rest } = level as Level & { $schema?: string; formatVersion?: number };
  return `${JSON.stringify({ $schema: SCHEMA_LINE, formatVersion: FORMAT_VERSION, ...rest }, null, 2)}\n`;
}

export type OpenedFile = { ok: true; level: Level; notes: string[] } | { ok: false; message: string };

/** The text of a file as UTF-8, or the reason it is not. */
async function decode(file: File, lang: Language): Promise<{ text: string } | { message: string }> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { message: renderMessage({ code: 'notUtf8', params: { encoding: '@encoding.gb18030' } }, lang) };
  }
}

export async function readLevelFile(file: File, lang: Language): Promise<OpenedFile> {
  if (file.size > 1_000_000) return { ok: false, message: renderMessage({ code: 'tooLarge', params: { mb: (file.size / 1e6).toFixed(1) } }, lang) };
  const decoded = await decode(file, lang);
  if ('message' in decoded) return { ok: false, message: `${file.name}: ${decoded.message}` };
  let data: unknown;
  try {
    data = JSON.parse(decoded.text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, message: `${file.name}: ${renderMessage({ code: 'syntaxOther', params: { detail: error instanceof Error ? error.message : String(error) } }, lang)}` };
  }
  const migrated = migrateLevel(data);
  if (migrated.problem) return { ok: false, message: `${file.name}: ${renderMessage(migrated.problem, lang)}` };
  const level = migrated.data as Level;
  if (typeof level !== 'object' || level === null || !Array.isArray(level.nodes) || !Array.isArray(level.characters)) {
    return { ok: false, message: `${file.name}: ${renderMessage({ code: 'notObject', params: { got: '@value.object' } }, lang)}` };
  }
  const { $schema: _schema, ...rest } = level as Level & { $schema?: string };
  return { ok: true, level: { ...rest, flags: rest.flags ?? {}, startScore: rest.startScore ?? 0 } as Level, notes: migrated.notes.map((n) => renderMessage(n, lang)) };
}
