// A level file out of and into the studio. Out: UTF-8 JSON with the "$schema" line first and the
// format version, as the shipped levels are written, so `npm run levels:check` reads it. In: the
// bytes are decoded by the game's reader, which names a file that is not UTF-8 (GBK from older
// Notepad or WPS) instead of garbling it, and an older format is migrated with a note of what changed.
import { decodeFile, type FileEncoding } from '../../content/decode-file';
import { clock } from '../../services/clock';
import { FORMAT_VERSION, migrateLevel, renderMessage, type Language, type Level } from '../../core';

export const SCHEMA_LINE = './schema/level.schema.json';

export function levelFileText(level: Level): string {
  const { $schema: _schema, formatVersion: _version, ...rest } = level as Level & { $schema?: string; formatVersion?: number };
  return `${JSON.stringify({ $schema: SCHEMA_LINE, formatVersion: FORMAT_VERSION, ...rest }, null, 2)}\n`;
}

/** Downloads the level as its .json file; the file's name. */
export function downloadLevel(level: Level): string {
  const name = `${level.id || 'level'}.json`;
  const url = URL.createObjectURL(new Blob([levelFileText(level)], { type: 'application/json;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  clock().after(10_000, () => URL.revokeObjectURL(url));
  return name;
}

export type OpenedFile = { ok: true; level: Level; notes: string[] } | { ok: false; message: string };

/**
 * The file's text through the game's decoder: UTF-8 as it is; another encoding (GBK from older
 * Notepad or WPS) named with the fix, and opened decoded only if the person says yes.
 */
async function decode(file: File, lang: Language, ask: (problem: string, encoding: FileEncoding) => boolean): Promise<{ text: string; note?: string } | { message: string }> {
  const decoded = decodeFile(await file.arrayBuffer());
  if (decoded.ok) return { text: decoded.text };
  const problem = renderMessage(decoded.problem, lang);
  if (decoded.offer && ask(problem, decoded.offer.encoding)) return { text: decoded.offer.text, note: problem };
  return { message: problem };
}

export async function readLevelFile(file: File, lang: Language, ask: (problem: string, encoding: FileEncoding) => boolean): Promise<OpenedFile> {
  if (file.size > 1_000_000) return { ok: false, message: renderMessage({ code: 'tooLarge', params: { mb: (file.size / 1e6).toFixed(1) } }, lang) };
  const decoded = await decode(file, lang, ask);
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
  return { ok: true, level: { ...rest, flags: rest.flags ?? {}, startScore: rest.startScore ?? 0 } as Level, notes: [...(decoded.note ? [decoded.note] : []), ...migrated.notes.map((n) => renderMessage(n, lang, 'form'))] };
}
