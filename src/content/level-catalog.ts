// The shipped levels: every levels/*.json, fetched lazily as text so that a broken file becomes
// messages on the level list instead of a failed build or a crashed game.
import { parseLevel, type ParsedLevel } from './parse-level';
import { registry } from './registry';

export interface CatalogEntry {
  readonly file: string;
  readonly parsed: ParsedLevel;
}

const levelFiles = import.meta.glob<string>('/levels/*.json', { query: '?raw', import: 'default' });

export async function loadCatalog(): Promise<CatalogEntry[]> {
  const entries = await Promise.all(
    Object.entries(levelFiles).map(async ([path, load]) => {
      const file = path.replace(/^\//, '');
      try {
        return { file, parsed: parseLevel(file, await load(), registry) };
      } catch (error) {
        const message = `could not be read: ${error instanceof Error ? error.message : String(error)}`;
        return { file, parsed: { ok: false, problems: [{ file, path: [], message, severity: 'error' }] } as ParsedLevel };
      }
    }),
  );
  const order = (e: CatalogEntry) => (e.parsed.ok ? e.parsed.level.case : Infinity);
  return entries.sort((a, b) => order(a) - order(b) || a.file.localeCompare(b.file));
}
