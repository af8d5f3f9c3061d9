// Languages: zh-CN first, English second. The choice comes from ?lang=, else the saved choice,
// else the browser. UI strings live in src/locales; level strings come with each level.
import i18next from 'i18next';
import { LANGUAGES, type Language, type LocalText } from '../core';
import en from '../locales/en.json';
import zhCN from '../locales/zh-CN.json';
import { load, save } from './storage';

const isLanguage = (value: unknown): value is Language => LANGUAGES.includes(value as Language);

export function detectLanguage(search = location.search, browser = navigator.languages): Language {
  const asked = new URLSearchParams(search).get('lang');
  if (isLanguage(asked)) return asked;
  if (asked?.toLowerCase().startsWith('zh')) return 'zh-CN';
  const saved = load('lang');
  if (isLanguage(saved)) return saved;
  const preferred = browser.find((l) => l.startsWith('zh') || l.startsWith('en'));
  return preferred?.startsWith('en') ? 'en' : 'zh-CN';
}

export async function initI18n(language: Language = detectLanguage()): Promise<void> {
  await i18next.init({
    lng: language,
    fallbackLng: false,
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    interpolation: { escapeValue: false }, // text is always set as textContent, never as HTML
  });
  applyToDocument(language);
}

export const t = (key: string, options?: Record<string, unknown>): string => i18next.t(key, options);

export const language = (): Language => (isLanguage(i18next.language) ? i18next.language : 'zh-CN');

/** Picks the current language's text from a level string. */
export const local = (text: LocalText): string => text[language()];

export async function setLanguage(next: Language): Promise<void> {
  save('lang', next);
  await i18next.changeLanguage(next);
  applyToDocument(next);
}

function applyToDocument(lang: Language): void {
  document.documentElement.lang = lang;
  document.title = i18next.t('game.title');
}
