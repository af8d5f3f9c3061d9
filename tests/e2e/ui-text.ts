// The game's own words for the layout walks (layout.spec.ts, phone.spec.ts): UI strings from the
// locale files, and the level they play, bank-card, whose risky path passes every consequence.
import { readFileSync } from 'node:fs';

export type Lang = 'zh-CN' | 'en';

const locales: Record<Lang, object> = {
  'zh-CN': JSON.parse(readFileSync('src/locales/zh-CN.json', 'utf8')),
  en: JSON.parse(readFileSync('src/locales/en.json', 'utf8')),
};

/** A UI string as the game shows it, from the game's own locale files. */
export const ui = (lang: Lang, key: string): string => key.split('.').reduce<any>((o, k) => o?.[k], locales[lang]) as string;

/** The level the walks play. */
export const LEVEL = JSON.parse(readFileSync('levels/bank-card.json', 'utf8'));

/** The texts of the level's risky choices in one language. */
export const riskyTexts = (lang: Lang): string[] =>
  LEVEL.nodes.flatMap((n: any) => (n.type === 'choice' ? n.choices.filter((c: any) => c.kind === 'risky').map((c: any) => c.text[lang] as string) : []));
