// What the learning check showed on this computer, for the check's own results and the results
// screen: each form's score, the gain from A to B, the discernment before and after, and the
// confident mistakes (wrong and sure). All from src/core/quiz.ts via src/content/quiz-record.ts.
import type { QuizFormName } from '../../core';
import { formsGain, type FormsRecord } from '../../content/quiz-record';
import { t } from '../../services/i18n';
import { el } from './element';

/**
 * What the check showed, for this screen and the results screen: each form's score, the gain from
 * A to B, the discernment before and after, and the confident mistakes. Empty before form A.
 */
export function checkSummary(record: FormsRecord): HTMLElement[] {
  const lines: HTMLElement[] = [];
  const score = (label: string, name: QuizFormName) => {
    const taken = record[name];
    if (taken) lines.push(el('p', { className: `score-line form-${name}`, text: t('teach.check.scoreLine', { label, correct: taken.result.correct, total: taken.result.total }) }));
  };
  score(t('teach.check.before'), 'A');
  score(t('teach.check.after'), 'B');
  score(t('teach.check.later'), 'booster');
  const gain = formsGain(record);
  if (gain && record.A && record.B) {
    const key = gain.points > 0 ? 'teach.check.gainUp' : gain.points < 0 ? 'teach.check.gainDown' : 'teach.check.gainSame';
    lines.push(
      el('p', { className: 'gain', text: t(key, { n: Math.abs(gain.points) }) }),
      el('p', { className: 'score-line', text: t('teach.check.discernment', { before: record.A.result.discernment, after: record.B.result.discernment }) }),
      el('p', { className: 'score-line', text: t('teach.check.confident', { before: record.A.result.confidentMistakes.length, after: record.B.result.confidentMistakes.length }) }),
    );
  }
  return lines;
}

