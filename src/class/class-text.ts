// The class group of the locale files in both languages at once, for pure modules (no i18next): the
// summary CSV, which is written in the teacher's language but tested in Node, and the rounds sent to
// every device, which carry both languages because each device shows its own.
import en from '../locales/en.json';
import zhCN from '../locales/zh-CN.json';
import type { LocalText } from './protocol';

export type Lang = keyof LocalText;
export const CLASS_TEXT = { 'zh-CN': zhCN.class, en: en.class } as const;

/** One class string in both languages. */
export const both = (pick: (text: (typeof CLASS_TEXT)['en']) => string): LocalText => ({ 'zh-CN': pick(CLASS_TEXT['zh-CN']), en: pick(CLASS_TEXT.en) });

/** Fills {{name}} placeholders, as i18next does, for the pure modules that do without it. */
export const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
