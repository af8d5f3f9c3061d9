// What the chat shows after a choice: the verdict, why, the warning sign to remember and, for the
// decision just taken, what the other choices would have led to (worked out only when opened).
// The verdict comes from core's rule (verdictOf): giving in under a threat or a trick is labelled
// "not your fault", never "risky".
import { rate, verdictOf, type Alternative, type Choice, type Level, type NodeOf } from '../../core';
import { el } from '../shared/element';
import { local, t } from '../../services/i18n';

/** The label of a choice made at `decision` (unknown decision: by its kind alone). */
export function verdictAt(level: Level, decision: NodeOf<'choice'> | undefined, choice: Choice) {
  return verdictOf(decision ? rate(level, decision, choice) : choice);
}

export function choiceFeedback(level: Level, decision: NodeOf<'choice'> | undefined, choice: Choice, alternatives?: () => readonly Alternative[]): HTMLElement[] {
  const sign = choice.warningSign;
  const verdict = verdictAt(level, decision, choice);
  return [
    el('p', { className: `verdict ${verdict}`, text: t(`chat.verdict.${verdict}`) }),
    el('p', { text: local(choice.feedback) }),
    ...(sign ? [el('p', { className: 'sign', text: `${t('chat.warningSign')}${local(sign)}` })] : []),
    ...(alternatives ? [whatIfPanel(level, decision, alternatives)] : []),
  ];
}

/** Folded away until someone asks. */
function whatIfPanel(level: Level, decision: NodeOf<'choice'> | undefined, alternatives: () => readonly Alternative[]): HTMLElement {
  const list = el('ul');
  const panel = el('details', { className: 'what-if' }, [el('summary', { text: t('chat.whatIf') }), list]);
  panel.addEventListener('toggle', () => {
    if (!panel.open || list.childElementCount > 0) return;
    list.append(...alternatives().map(({ choice, consequence }) =>
      el('li', {}, [
        el('p', { className: 'alt-choice', text: t('chat.whatIfChoice', { verdict: t(`chat.verdict.${verdictAt(level, decision, choice)}`), choice: local(choice.text) }) }),
        el('p', { text: local(choice.feedback) }),
        consequence ? el('p', { className: 'alt-law', text: t('chat.whatIfLaw', { charge: local(consequence.charge) }) }) : null,
      ]),
    ));
  });
  return panel;
}
