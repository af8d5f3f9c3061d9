// The checker's item analysis (`npm run levels:check`): for each learning-check form, what a
// test-wise student who never played would score and which patterns give answers away; across
// the forms, whether they are equated; for each level, whether the wording gives decisions away.
// The figures come from src/core/item-analysis.ts, the words from src/core/item-analysis-text.ts.
import { analyseSet, analysedItems, analysisText, decisionQuestions, equating, formFacts, formReport, QUIZ_FORMS, samePlaces, type Lang, type Level, type QuizForm } from '../src/core';

export interface Line {
  readonly text: string;
  readonly warning?: boolean;
  /** The file a warning is about. */
  readonly file: string;
}

const LANGS: readonly Lang[] = ['zh-CN', 'en'];

/** The analysis of every form, in both languages of the items, then across the forms. */
export function formAnalysis(files: readonly { file: string; form: QuizForm }[], lang: string): Line[] {
  const order = (name: string) => QUIZ_FORMS.indexOf(name as (typeof QUIZ_FORMS)[number]);
  const forms = files.map((f) => f.form).sort((a, b) => order(a.form) - order(b.form));
  const fileOf = (name: string) => files.find((f) => f.form.form === name)?.file ?? name;
  const out: Line[] = [];
  const say = (file: string, text: string, warning = false) => out.push({ file, text, warning });
  const figures = new Map<string, ReturnType<typeof analyseSet>>();
  for (const form of forms) {
    const file = fileOf(form.form);
    say(file, `${file} · form ${form.form}`);
    for (const itemsLang of LANGS) {
      const f = analyseSet(analysedItems(form.items, itemsLang), itemsLang);
      if (itemsLang === 'zh-CN') figures.set(form.form, f);
      const report = formReport(form.form, f, itemsLang, lang);
      for (const line of report.lines) say(file, line);
      for (const w of report.warnings) say(file, `(${itemsLang}) ${w}`, true);
    }
    const facts = formFacts(form);
    say(file, analysisText('situations', { fresh: facts.fresh, n: facts.n }, lang));
    say(file, analysisText('pairs', { pairs: facts.pairs, unpaired: facts.unpaired.join(', ') || '—' }, lang));
    for (const id of facts.unpaired) say(file, analysisText('unpaired', { form: form.form, id }, lang), true);
    if (facts.fresh * 2 < facts.n) say(file, analysisText('fewNew', { form: form.form, fresh: facts.fresh, n: facts.n }, lang), true);
  }
  const names = forms.map((f) => f.form);
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      const [a, b] = [figures.get(names[i]!), figures.get(names[j]!)];
      if (a && b && samePlaces(a, b)) say(fileOf(names[j]!), analysisText('samePlaces', { form: names[i]!, other: names[j]! }, lang), true);
    }
  }
  if (forms.length > 1) {
    const eq = equating(forms);
    const expected = forms.map((f) => `${f.form} ${eq.expected[f.form]}/${f.items.length}`).join(', ');
    if (eq.equated) say('levels/quiz', analysisText('equatedOk', { forms: names.join(', '), expected }, lang));
    else say('levels/quiz', analysisText('notEquated', { detail: eq.differences.join('; ') }, lang), true);
  }
  return out;
}

/**
 * How far a test-wise reader who never played gets through a level's decisions, in both languages.
 * The length limits and random play are scripts/decision-report.ts's (src/core/decision-wording.ts).
 */
export function decisionLines(level: Level, lang: string): string[] {
  return LANGS.flatMap((itemsLang) => {
    const f = analyseSet(decisionQuestions(level, itemsLang), itemsLang);
    if (f.choices === 0) return [];
    const score = Math.round(f.baseline * 10) / 10;
    return [analysisText('decisions', { lang: itemsLang, m: f.choices, score, chance: Math.round(f.chance * 10) / 10 }, lang)];
  });
}
