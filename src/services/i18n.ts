// Languages: zh-CN first, English second. The choice comes from ?lang=, else the saved choice,
// else the browser. UI strings live in src/locales (read through ./text.ts); level strings come with each level.
import i18next, { type ParseKeys } from 'i18next';
import type { LocalText } from '../core';
import { LANGUAGES, type Language } from '../core/languages'; // not the barrel: the title's JavaScript carries no zod
import { load, save } from './storage';
import { TEXT_OPTIONS } from './text';

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
  await i18next.init({ ...TEXT_OPTIONS, lng: language });
  applyToDocument(language);
}

/** A key of the UI strings (src/locales/zh-CN.json, as src/services/i18n-keys.d.ts declares it). */
export type UiKey = ParseKeys;

/**
 * The current language's UI string. The key must exist; a key built at run time that may not (the
 * studio's labels for schema fields) must say what to show without it, as `defaultValue`.
 */
export function t(key: UiKey, options?: Record<string, unknown>): string;
export function t(key: string, options: { defaultValue: string } & Record<string, unknown>): string;
export function t(key: string, options?: Record<string, unknown>): string {
  return i18next.t(key as UiKey, options);
}

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
