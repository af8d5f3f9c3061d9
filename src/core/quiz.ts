// The learning check: parallel forms A (before play) and B (after), and a booster a week or more
// later. Each form holds "choice" questions and "judge" items (a message to call risky or safe),
// written by the rules in docs/item-writing.md and analysed by ./item-analysis.ts; every answer
// carries a confidence, so the results can show confident mistakes. A sitting shows the items and
// their options in an order fixed by an injected seed.
import { z } from 'zod';
import { LocalText, id as idSchema } from './schema';
import { shuffle, type Seed } from './shuffle';
import type { AnalysedQuestion, Lang } from './item-analysis';
export { BOOSTER_AFTER_DAYS, boosterStatus } from './booster';

const id = idSchema;

export const QUIZ_FORMS = ['A', 'B', 'booster'] as const;
export type QuizFormName = (typeof QUIZ_FORMS)[number];
/** A shipped form has at least this many items (a checker rule; the schema accepts fewer). */
export const MIN_FORM_ITEMS = 12;

const techniqueRef = id.meta({ description: 'The id of a technique in levels/registry/techniques.json.' });

/** Fields every item carries so forms can be equated and their fairness judged (docs/item-writing.md). */
const itemFacts = {
  situation: z
    .enum(['new', 'from-level'])
    .optional()
    .meta({ description: '"new": a situation no level shows, so the item tests transfer; "from-level": it recalls a scene, a law or a number the game shows. Most items are "new".' }),
  difficulty: z
    .enum(['easy', 'medium', 'hard'])
    .optional()
    .meta({ description: 'The author\'s estimate of how hard the item is for a student who has not played; the checker compares the forms\' totals.' }),
};

export const ChoiceItem = z
  .strictObject({
    id,
    kind: z.literal('choice'),
    question: LocalText,
    options: z
      .array(z.strictObject({ id, text: LocalText }))
      .min(3, 'a question has 3 or 4 options')
      .max(4, 'a question has 3 or 4 options')
      .meta({ description: '3 or 4 options; the wrong ones believable.' }),
    answer: id.meta({ description: 'The id of the right option.' }),
    explain: LocalText.meta({ description: 'Why, shown after answering.' }),
    skill: techniqueRef.optional().meta({ description: 'The technique the question is about, so the two forms can be compared skill by skill.' }),
    ...itemFacts,
  })
  .meta({ description: 'A question with 3–4 options.' });
export type ChoiceItem = z.infer<typeof ChoiceItem>;

export const JudgeItem = z
  .strictObject({
    id,
    kind: z.literal('judge'),
    from: LocalText.meta({ description: 'Who sent it, e.g. 班主任王老师 / Ms Wang, your form teacher.' }),
    message: LocalText.meta({ description: 'The message to judge.' }),
    answer: z.enum(['scam', 'real']).meta({ description: '"scam": the message carries danger (a scam, a threat, grooming); "real": a harmless one.' }),
    technique: techniqueRef.optional().meta({ description: 'For a dangerous message: the technique it uses.' }),
    pair: id.optional().meta({ description: 'The id of its matched item in the same form: a harmless message with the same surface cues as a dangerous one (a real bank notice with a code, a real teacher asking for a form), and back.' }),
    explain: LocalText.meta({ description: 'Why, shown after answering.' }),
    ...itemFacts,
  })
  .meta({ description: 'A message to judge: a danger or harmless.' });
export type JudgeItem = z.infer<typeof JudgeItem>;

export const QuizItem = z.discriminatedUnion('kind', [ChoiceItem, JudgeItem]);
export type QuizItem = z.infer<typeof QuizItem>;

export const QuizForm = z
  .strictObject({
    $schema: z.string().optional(),
    form: z.enum(QUIZ_FORMS).meta({ description: '"A" before play, "B" after it, "booster" a week or more later.' }),
    items: z.array(QuizItem).min(1).meta({ description: 'At least 12 items in a shipped form; the forms test the same skills with different items.' }),
  })
  .superRefine((form, ctx) => {
    const seen = new Set<string>();
    form.items.forEach((item, i) => {
      if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: ['items', i, 'id'], message: `duplicate "${item.id}"`, params: { code: 'duplicateEntry', id: item.id } });
      seen.add(item.id);
      if (item.kind === 'choice' && !item.options.some((o) => o.id === item.answer)) {
        ctx.addIssue({ code: 'custom', path: ['items', i, 'answer'], message: `no option has the id "${item.answer}"`, params: { code: 'noSuchOption', id: item.answer } });
      }
      if (item.kind === 'judge' && item.answer === 'real' && item.technique !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['items', i, 'technique'], message: 'a real message has no technique', params: { code: 'judgeTechniqueOnReal' } });
      }
      if (item.kind === 'judge' && item.pair !== undefined) {
        const other = form.items.find((o) => o.id === item.pair);
        const fits = other?.kind === 'judge' && other.pair === item.id && other.answer !== item.answer;
        if (!fits) ctx.addIssue({ code: 'custom', path: ['items', i, 'pair'], message: `"${item.pair}" is not its matched pair`, params: { code: 'badPair', id: item.pair } });
      }
    });
  })
  .meta({ title: 'Learning check form', description: 'One form of the learning check (levels/quiz/form-a.json, form-b.json, booster.json).' });
export type QuizForm = z.infer<typeof QuizForm>;

export type Confidence = 'sure' | 'unsure';

/** One answer: an option id for a choice item, "scam" or "real" for a judge item. */
export interface ItemAnswer {
  readonly answer: string;
  readonly confidence: Confidence;
}

export type FormAnswers = Readonly<Record<string, ItemAnswer>>;

export interface FormResult {
  readonly form: QuizFormName;
  readonly correct: number;
  readonly total: number;
  /** Judge items: scams flagged as scams, and real messages wrongly flagged as scams. */
  readonly scamsFlagged: number;
  readonly realFlagged: number;
  readonly scams: number;
  readonly real: number;
  /** Scams flagged minus real messages flagged. */
  readonly discernment: number;
  /** Ids of items answered wrongly while sure. */
  readonly confidentMistakes: readonly string[];
  /** Items left unanswered count as wrong. */
  readonly unanswered: number;
  /** Ids of the items answered wrongly or not at all, in the order they were shown: "what fooled you". */
  readonly missed: readonly string[];
}

export const isItemRight = (item: QuizItem, answer: ItemAnswer | undefined): boolean => answer?.answer === item.answer;

export function scoreForm(form: QuizForm, answers: FormAnswers): FormResult {
  let correct = 0;
  let scamsFlagged = 0;
  let realFlagged = 0;
  let scams = 0;
  let real = 0;
  let unanswered = 0;
  const confidentMistakes: string[] = [];
  const missed: string[] = [];
  for (const item of form.items) {
    const given = answers[item.id];
    const right = isItemRight(item, given);
    if (!given) unanswered++;
    if (right) correct++;
    else missed.push(item.id);
    if (!right && given?.confidence === 'sure') confidentMistakes.push(item.id);
    if (item.kind === 'judge') {
      if (item.answer === 'scam') scams++;
      else real++;
      if (given?.answer === 'scam') {
        if (item.answer === 'scam') scamsFlagged++;
        else realFlagged++;
      }
    }
  }
  return {
    form: form.form, correct, total: form.items.length, scamsFlagged, realFlagged, scams, real,
    discernment: scamsFlagged - realFlagged, confidentMistakes, unanswered, missed,
  };
}

/**
 * One sitting of a form: its items, and each choice item's options, in an order fixed by `seed`
 * (injected: a new one each sitting, a fixed one in tests). Messages to judge keep their two
 * answers in one order (risky, then harmless) so a student never has to hunt for them.
 */
export function sittingOrder(form: QuizForm, seed: Seed): QuizForm {
  const items = shuffle(form.items, `${seed}:items`).map((item) =>
    item.kind === 'choice' ? { ...item, options: shuffle(item.options, `${seed}:${item.id}`) } : item,
  );
  return { ...form, items };
}

/** What changed from form A to form B, in counts a student can read ("2 more right"). */
export interface Gain {
  /** Items right on B minus items right on A (A's count scaled to B's length if they differ). */
  readonly moreRight: number;
  /** Risky messages recognised on B minus on A. */
  readonly moreCaught: number;
  /** Harmless messages called risky on B minus on A (fewer is better). */
  readonly falseAlarms: number;
  /** Scams flagged minus harmless messages flagged, B minus A. */
  readonly discernment: number;
  readonly confidentMistakes: number;
}

export function gainOf(before: FormResult, after: FormResult): Gain {
  const scaled = before.total === 0 ? 0 : (before.correct * after.total) / before.total;
  return {
    moreRight: Math.round(after.correct - scaled),
    moreCaught: after.scamsFlagged - before.scamsFlagged,
    falseAlarms: after.realFlagged - before.realFlagged,
    discernment: after.discernment - before.discernment,
    confidentMistakes: after.confidentMistakes.length - before.confidentMistakes.length,
  };
}

/** The technique an item tests: "skill" on a question, "technique" on a scam to judge. */
export const skillOf = (item: QuizItem): string | undefined => (item.kind === 'choice' ? item.skill : item.technique);

/**
 * Whether two forms are parallel: the same skills, different items. Lists the skills only one
 * form tests, and the items whose question or message the other form repeats word for word.
 */
export function compareForms(a: QuizForm, b: QuizForm): { onlyInA: string[]; onlyInB: string[]; repeated: string[] } {
  const skills = (f: QuizForm) => new Set(f.items.flatMap((i) => (skillOf(i) === undefined ? [] : [skillOf(i)!])));
  const [sa, sb] = [skills(a), skills(b)];
  const wording = (i: QuizItem) => (i.kind === 'choice' ? i.question : i.message)['zh-CN'].trim();
  const inA = new Set(a.items.map(wording));
  return {
    onlyInA: [...sa].filter((s) => !sb.has(s)).sort(),
    onlyInB: [...sb].filter((s) => !sa.has(s)).sort(),
    repeated: b.items.filter((i) => inA.has(wording(i))).map((i) => i.id),
  };
}

/** A form's items as the item analysis reads them, in one language, in the order given. */
export function analysedItems(items: readonly QuizItem[], lang: Lang): AnalysedQuestion[] {
  return items.map((item) =>
    item.kind === 'choice'
      ? { id: item.id, stem: item.question[lang], options: item.options.map((o) => ({ id: o.id, text: o.text[lang] })), right: [item.answer] }
      : { id: item.id, stem: item.message[lang], options: [{ id: 'scam', text: '' }, { id: 'real', text: '' }], right: [item.answer], judge: true },
  );
}

/** What an author checks on one form besides its wording: transfer and matched pairs. */
export function formFacts(form: QuizForm): { n: number; fresh: number; pairs: number; unpaired: string[] } {
  const judged = form.items.filter((i): i is JudgeItem => i.kind === 'judge');
  return {
    n: form.items.length,
    fresh: form.items.filter((i) => i.situation === 'new').length,
    pairs: judged.filter((i) => i.pair !== undefined).length / 2,
    unpaired: judged.filter((i) => i.pair === undefined).map((i) => i.id),
  };
}

/** The author's difficulty estimates as the share of students expected to answer right before playing. */
const EXPECTED: Readonly<Record<'easy' | 'medium' | 'hard', number>> = { easy: 0.8, medium: 0.6, hard: 0.4 };

/** Expected score of a student who has not played, from the items' difficulty estimates (medium if none). */
export const expectedScore = (form: QuizForm): number => form.items.reduce((sum, i) => sum + EXPECTED[i.difficulty ?? 'medium'], 0);

/** What an item is, for equating: its kind, what it tests, and how many answers it offers. */
const slotOf = (item: QuizItem): string =>
  item.kind === 'choice' ? `choice ${item.skill ?? '-'} ×${item.options.length}` : `judge ${item.answer} ${item.technique ?? '-'}`;

/**
 * Whether forms are equated: the same kinds of item on the same techniques with as many options
 * each, and expected scores within half an item. Lists what differs.
 */
export function equating(forms: readonly QuizForm[]): { equated: boolean; differences: string[]; expected: Record<string, number> } {
  const slots = (f: QuizForm) => f.items.map(slotOf).sort();
  const differences: string[] = [];
  const [first, ...rest] = forms;
  if (first) {
    const base = slots(first);
    for (const other of rest) {
      const mine = slots(other);
      const missing = base.filter((s) => !mine.includes(s));
      const extra = mine.filter((s) => !base.includes(s));
      if (missing.length + extra.length > 0) differences.push(`${first.form}/${other.form}: ${[...missing.map((s) => `−${s}`), ...extra.map((s) => `+${s}`)].join(', ')}`);
    }
  }
  const expected = Object.fromEntries(forms.map((f) => [f.form, Math.round(expectedScore(f) * 10) / 10]));
  const values = Object.values(expected);
  if (values.length > 1 && Math.max(...values) - Math.min(...values) > 0.5) differences.push(`expected ${forms.map((f) => `${f.form} ${expected[f.form]}`).join(', ')}`);
  return { equated: differences.length === 0, differences, expected };
}
