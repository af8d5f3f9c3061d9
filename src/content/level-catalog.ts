// Every level the game knows: the shipped levels/*.json, fetched lazily as text so that a broken
// file becomes messages on the level list instead of a failed build, and the levels a teacher
// loaded on this computer.
import { problemOf } from './parse-data';
import { parseLevel, type ParsedLevel } from './parse-level';
import { storedLevels } from './local-levels';
import { registry } from './registry';
import { referencesOf } from './level-references';

export interface CatalogEntry {
  readonly file: string;
  readonly source: 'shipped' | 'local';
  readonly parsed: ParsedLevel;
}

const levelFiles = import.meta.glob<string>('/levels/*.json', { query: '?raw', import: 'default' });

/** In the dev server, a changed level file must be fetched anew, past the browser's module cache. */
const loadFresh = (path: string): Promise<string> =>
  import(/* @vite-ignore */ `${path}?raw&t=${Date.now()}`).then((m: { default: string }) => m.default);

export async function loadCatalog({ fresh = false } = {}): Promise<CatalogEntry[]> {
  const shipped = await Promise.all(
    Object.entries(levelFiles).map(async ([path, load]): Promise<CatalogEntry> => {
      const file = path.replace(/^\//, '');
      try {
        const text = fresh ? await loadFresh(path) : await load();
        return { file, source: 'shipped', parsed: parseLevel(file, text, registry) };
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        return { file, source: 'shipped', parsed: { ok: false, problems: [problemOf(file, { code: 'cannotRead', params: { detail } })] } };
      }
    }),
  );
  const local = storedLevels().map((l): CatalogEntry => ({ file: l.file, source: 'local', parsed: parseLevel(l.file, l.text, registry) }));
  const order = (e: CatalogEntry) => (e.parsed.ok ? e.parsed.level.case : Infinity);
  const entries = withUniqueIds([...shipped.sort((a, b) => order(a) - order(b) || a.file.localeCompare(b.file)), ...local]);
  // What each level cites is looked up now, once, not by each screen that shows it.
  for (const entry of entries) if (entry.parsed.ok) referencesOf(entry.parsed.level);
  return entries;
}

/** The ids of the playable levels, which a newly loaded level must not reuse. */
export const levelIds = (entries: readonly CatalogEntry[]): Set<string> =>
  new Set(entries.flatMap((e) => (e.parsed.ok ? [e.parsed.level.id] : [])));

/** A level whose id an earlier level already uses is shown as unavailable, not silently hidden. */
function withUniqueIds(entries: CatalogEntry[]): CatalogEntry[] {
  const seen = new Map<string, string>();
  return entries.map((entry) => {
    if (!entry.parsed.ok) return entry;
    const id = entry.parsed.level.id;
    const first = seen.get(id);
    if (first === undefined) {
      seen.set(id, entry.file);
      return entry;
    }
    const problem = problemOf(entry.file, { code: 'idTaken', params: { id, other: first } }, { path: ['id'] });
    return { ...entry, parsed: { ok: false, problems: [problem] } };
  });
}

/** Calls back when a level file changes in the dev server (never in a build). */
export function onLevelFilesChanged(callback: () => void): void {
  import.meta.hot?.on('levels-changed', callback);
}
