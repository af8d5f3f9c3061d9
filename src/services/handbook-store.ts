// The field guide (识破手册), kept on this computer under the storage key "handbook": which
// manipulation techniques the player has spotted, and in which levels. It fills across levels and
// plays. The save carries a format version, as the progress save does (src/core/progress.ts): a save
// that cannot be read, or from a newer game, is set aside and the guide starts empty. Never throws.
import { z } from 'zod';
import { load, remove, save } from './storage';
import { today } from './clock';

const KEY = 'handbook';
export const HANDBOOK_VERSION = 1;

const Entry = z.object({
  /** Level ids where the technique was spotted, in the order first spotted. */
  levels: z.array(z.string().min(1)),
  /** When it was first spotted, ISO 8601. */
  first: z.string(),
});
const Handbook = z.object({ version: z.literal(HANDBOOK_VERSION), techniques: z.record(z.string().min(1), Entry) });
export type Handbook = z.infer<typeof Handbook>;
export type HandbookEntry = z.infer<typeof Entry>;

const empty = (): Handbook => ({ version: HANDBOOK_VERSION, techniques: {} });

export function loadHandbook(): Handbook {
  const text = load(KEY);
  if (text === null) return empty();
  try {
    const parsed = Handbook.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
    console.warn('Field guide reset: the save does not match format version', HANDBOOK_VERSION);
  } catch {
    console.warn('Field guide reset: the save is not valid JSON');
  }
  return empty();
}

/** The entry for a technique, or undefined while it is locked. */
export const handbookEntry = (book: Handbook, techniqueId: string): HandbookEntry | undefined =>
  Object.hasOwn(book.techniques, techniqueId) ? book.techniques[techniqueId] : undefined;

/** Unlocks a technique (or adds the level where it was met again). Returns true if it was new. */
export function unlockTechnique(techniqueId: string, levelId: string, at: string = today().toISOString()): boolean {
  const book = loadHandbook();
  const before = handbookEntry(book, techniqueId);
  if (before?.levels.includes(levelId)) return false;
  const entry: HandbookEntry = before ? { ...before, levels: [...before.levels, levelId] } : { levels: [levelId], first: at };
  save(KEY, JSON.stringify({ ...book, techniques: { ...book.techniques, [techniqueId]: entry } }));
  return !before;
}

export const resetHandbook = (): void => remove(KEY);
