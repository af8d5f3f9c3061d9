// What the learning check showed on this computer, in a 13-year-old's words, for the check's own
// results and the results screen: how many right before and after, how many more risky messages
// the player caught, how many harmless ones they mistook, and the items that fooled them, shown
// with what they answered and the right answer. Figures from src/core/quiz.ts.
import type { FormAnswers, QuizForm, QuizFormName, QuizItem } from '../../core';
import { formsGain, type FormsRecord } from '../../content/quiz-record';
import { local, t } from '../../services/i18n';
import { el } from './element';

/** A shipped form by name (the results pass src/content/quiz-forms' reader; kept out of here so the title stays small). */
export type FormReader = (name: QuizFormName) => QuizForm | undefined;

const LABELS: Readonly<Record<QuizFormName, 'teach.check.before' | 'teach.check.after' | 'teach.check.later'>> = { A: 'teach.check.before', B: 'teach.check.after', booster: 'teach.check.later' };

/** The lines of the summary; empty before form A. With `forms`, the items that fooled the player follow (folded if asked). */
export function checkSummary(record: FormsRecord, forms?: FormReader, { folded = false } = {}): HTMLElement[] {
  const lines: HTMLElement[] = [];
  for (const name of ['A', 'B', 'booster'] as const) {
    const taken = record[name];
    if (taken) lines.push(el('p', { className: `score-line form-${name}`, text: t('teach.check.scoreLine', { label: t(LABELS[name]), correct: taken.result.correct, total: taken.result.total }) }));
  }
  const gain = formsGain(record);
  if (gain && record.A && record.B) {
    const [a, b] = [record.A.result, record.B.result];
    const more = gain.moreRight > 0 ? 'teach.check.moreRight' : gain.moreRight < 0 ? 'teach.check.fewerRight' : 'teach.check.sameRight';
    lines.push(
      el('p', { className: 'gain', text: t(more, { n: Math.abs(gain.moreRight) }) }),
      el('p', { className: 'score-line caught', text: t('teach.check.caught', { before: a.scamsFlagged, beforeOf: a.scams, after: b.scamsFlagged, afterOf: b.scams }) }),
      el('p', { className: 'score-line false-alarms', text: t('teach.check.falseAlarms', { before: a.realFlagged, after: b.realFlagged }) }),
      el('p', { className: 'score-line', text: t('teach.check.confident', { before: a.confidentMistakes.length, after: b.confidentMistakes.length }) }),
    );
  }
  const latest = record.booster ? 'booster' : record.B ? 'B' : record.A ? 'A' : undefined;
  const form = latest && forms ? forms(latest) : undefined;
  const taken = latest ? record[latest] : undefined;
  if (form && taken) {
    const missed = missedItems(form, taken.result.missed ?? [], taken.answers ?? {});
    // Folded on a page with other things on it (My results): a summary line that opens the list.
    const [heading, list] = missed;
    if (folded && heading?.tagName === 'H2' && list) lines.push(el('details', { className: 'fooled-box' }, [el('summary', { text: heading.textContent ?? '' }), list]));
    else lines.push(...missed);
  }
  return lines;
}

/** "These fooled you": each missed item with its question, the player's answer and the right one. */
export function missedItems(form: QuizForm, missed: readonly string[], answers: FormAnswers): HTMLElement[] {
  const items = missed.flatMap((id) => form.items.filter((i) => i.id === id));
  if (missed.length === 0) return [el('p', { className: 'lead fooled-none', text: t('teach.check.fooledNone') })];
  if (items.length === 0) return [];
  return [
    el('h2', { className: 'fooled-heading', text: t('teach.check.fooledHeading', { n: items.length }) }),
    el('ol', { className: 'fooled' }, items.map((item) => {
      const given = answers[item.id]?.answer;
      const text = (id: string | undefined) => answerOptions(item).find((o) => o.id === id)?.text ?? t('teach.check.noAnswer');
      return el('li', {}, [
        ...itemPrompt(item, 'h3'),
        el('p', { className: 'given', text: t('teach.check.yourAnswer', { answer: text(given) }) }),
        el('p', { className: 'right-answer', text: t('teach.check.rightAnswer', { answer: text(item.answer) }) }),
        el('p', { className: 'explanation', text: local(item.explain) }),
      ]);
    })),
  ];
}

/** The answers an item offers: its options, or "danger signs" / "harmless" for a message to judge. */
export function answerOptions(item: QuizItem): { id: string; text: string }[] {
  if (item.kind === 'choice') return item.options.map((o) => ({ id: o.id, text: local(o.text) }));
  return [{ id: 'scam', text: t('teach.check.scam') }, { id: 'real', text: t('teach.check.real') }];
}

/** The question, or for a message to judge the question and the message as a chat bubble from its sender. */
export function itemPrompt(item: QuizItem, heading: 'h1' | 'h3' = 'h1'): HTMLElement[] {
  if (item.kind === 'choice') return [el(heading, { className: 'question', text: local(item.question) })];
  const bubble = el('div', { className: 'judge-bubble' }, [el('span', { className: 'who', text: local(item.from) }), el('span', { className: 'text', text: local(item.message) })]);
  return [el(heading, { className: 'question', text: t('teach.check.judgeQuestion') }), bubble];
}
