// The learning check on the devices, in words: each form's mean, the paired gain of the devices
// that took both with its effect size (src/core/class-check.ts pairedGain), how many devices went
// up, stayed or went down, what a week later kept, and the questions that fooled the most devices
// in their own text. Written once for the teacher's dashboard, the printed summary and the
// debrief with its handout. No DOM: the words come from the locale files through services/text.ts,
// in the language asked for, with the plural form each count needs.
import type { Language as Lang } from '../core';
import { changeSummary, effectWord } from '../core/class-check';
import { textOf } from '../services/text';
import type { ParseKeys as UiKey } from 'i18next';
import { CHECK_FORMS, type CheckForm, type Dashboard, type LocalText } from './protocol';

/** An item's words (its question, or the message to judge) by form and id; undefined when the page does not have it. */
export type ItemText = (form: CheckForm, item: string) => LocalText | undefined;

/** The sums in words: the forms, then the change; then the questions most missed. */
export interface CheckWords {
  lines: string[];
  missed: string[];
}

/** "+25", "−8.3", "0": a change reads with its sign. */
export const signed = (x: number): string => (x > 0 ? `+${x}` : x < 0 ? `−${-x}` : '0');
/** A number with a real minus sign when below zero. */
const minus = (x: number): string => (x < 0 ? `−${-x}` : String(x));

/** The questions of each form shown as most missed (the hub sends up to MAX_MISSED). */
const MISSED_PER_FORM = 3;

export function checkWords(checks: Dashboard['checks'], lang: Lang, itemText: ItemText = () => undefined): CheckWords {
  const c = (key: string, values: Record<string, unknown> = {}) => textOf(lang, `class.check.${key}` as UiKey, values);
  const lines: string[] = [];
  for (const form of CHECK_FORMS) {
    const tally = checks[form];
    if (tally.n > 0 && tally.percent !== null) lines.push(c('form', { label: c(form), p: tally.percent, count: tally.n }));
  }
  const gain = changeSummary(checks.gain);
  if (gain.gain) {
    const { points, dz } = gain.gain;
    lines.push(
      c('pairs', { count: gain.n, points: signed(points.value), low: signed(points.low), high: signed(points.high) }),
      c('effect', { size: c(`size.${effectWord(dz.value)}`), d: minus(dz.value), low: minus(dz.low), high: minus(dz.high) }),
    );
  } else if (gain.n > 0) lines.push(c('few', { count: gain.n }));
  if (gain.n > 0) lines.push(c('changed', { count: gain.improved, same: gain.same, down: gain.fell }));
  const kept = changeSummary(checks.kept);
  if (kept.gain) lines.push(c('kept', { count: kept.n, points: signed(kept.gain.points.value), low: signed(kept.gain.points.low), high: signed(kept.gain.points.high) }));
  else if (kept.n > 0) lines.push(c('keptFew', { count: kept.n }));
  const missed = CHECK_FORMS.flatMap((form) =>
    checks[form].missed.slice(0, MISSED_PER_FORM).map((m) => c('missed', { label: c(form), text: itemText(form, m.item)?.[lang] ?? m.item, devices: m.devices, count: checks[form].itemsFrom })),
  );
  return { lines, missed };
}
