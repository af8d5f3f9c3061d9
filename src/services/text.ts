// The game's words, in one system: i18next over the locale files (src/locales/*.json), with plural
// forms (`key_one` / `key_other` in English; Chinese has one form, `key_other`) chosen by `count`.
// The page's language is i18next's global instance (./i18n.ts); a module that needs a language of
// its own, or both at once, takes a fixed instance per language from here: the class summary (in
// the teacher's language, tested in Node) and a round sent to every device (each shows its own).
// No DOM and no storage here: it runs in Node, in the hub's pure rules and in the unit tests.
import i18next, { type InitOptions, type TFunction } from 'i18next';
import type { Language, LocalText } from '../core';
import en from '../locales/en.json';
import zhCN from '../locales/zh-CN.json';
import type { ParseKeys as UiKey } from 'i18next';

export const TEXT_OPTIONS = {
  fallbackLng: false,
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  interpolation: { escapeValue: false }, // text is always set as textContent, never as HTML
  initAsync: false, // the resources are here: ready at once, in Node too
} satisfies InitOptions;

const fixed = new Map<Language, TFunction>();

/** The UI strings in `lang`, whatever language the page shows. */
function textIn(lang: Language): TFunction {
  let t = fixed.get(lang);
  if (!t) {
    const instance = i18next.createInstance();
    void instance.init({ ...TEXT_OPTIONS, lng: lang });
    t = instance.getFixedT(lang);
    fixed.set(lang, t);
  }
  return t;
}

/** One UI string in `lang`, with {{placeholders}} filled in and the plural form `count` asks for. */
export const textOf = (lang: Language, key: UiKey, options: Record<string, unknown> = {}): string => textIn(lang)(key, options);

/** One UI string in both languages. */
export const both = (key: UiKey, options: Record<string, unknown> = {}): LocalText => ({ 'zh-CN': textOf('zh-CN', key, options), en: textOf('en', key, options) });
