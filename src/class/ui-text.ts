// The class session's words: they live in the locale files (src/locales/*.json, group "class") like
// every other screen's; `ct` is `t` under that group, so a key missing from the files does not compile.
// Pure modules that need a given language, or both at once, read the files through services/text.ts.
import { t, type UiKey } from '../services/i18n';

type ClassKey<K = UiKey> = K extends `class.${infer Rest}` ? Rest : never;
export type ClassTextKey = ClassKey;

/** A class-session string in the game's language, with {{placeholders}} filled in. */
export function ct(key: ClassTextKey, values: Record<string, string | number> = {}): string {
  return t(`class.${key}` as UiKey, values);
}
