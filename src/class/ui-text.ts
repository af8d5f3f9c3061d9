// The class session's words: they live in the locale files (src/locales/*.json, group "class") like
// every other screen's; `ct` is `t` under that group, so a key missing from the files does not compile.
// Pure modules that need a given language, or both at once, read the files through services/text.ts.
import { t, type UiKey } from '../services/i18n';
import type { Dashboard } from './protocol';

type ClassKey<K = UiKey> = K extends `class.${infer Rest}` ? Rest : never;
export type ClassTextKey = ClassKey;

/** A class-session string in the game's language, with {{placeholders}} filled in. */
export function ct(key: ClassTextKey, values: Record<string, string | number> = {}): string {
  return t(`class.${key}` as UiKey, values);
}

/** The learning check's lines (before, after, gain), as the dashboard, the debrief and the printed summary say them. */
export function checkLines(checks: Dashboard['checks']): { before: string; after: string; gain: string } {
  const percent = (p: number | null) => (p === null ? '—' : String(p));
  return {
    before: ct('before', { p: percent(checks.before.percent), count: checks.before.n }),
    after: ct('after', { p: percent(checks.after.percent), count: checks.after.n }),
    gain: ct('gain', { p: percent(checks.gain.points), count: checks.gain.n }),
  };
}
