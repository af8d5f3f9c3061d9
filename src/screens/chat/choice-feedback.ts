// What the chat shows after a choice: the verdict, why, the warning sign to remember and, for the
// decision just taken, what the other choices would have led to (worked out only when opened).
import type { Alternative, Choice } from '../../core';
import { el } from '../shared/element';
import { local, t } from '../../services/i18n';

export function choiceFeedback(choice: Choice, alternatives?: () => readonly Alternative[]): HTMLElement[] {
  const sign = choice.warningSign;
  return [
    el('p', { className: `verdict ${choice.kind}`, text: t(`chat.verdict.${choice.kind}`) }),
    el('p', { text: local(choice.feedback) }),
    ...(sign ? [el('p', { className: 'sign', text: `${t('chat.warningSign')}${local(sign)}` })] : []),
    ...(alternatives ? [whatIfPanel(alternatives)] : []),
  ];
}

/** Folded away until someone asks. */
function whatIfPanel(alternatives: () => readonly Alternative[]): HTMLElement {
  const list = el('ul');
  const panel = el('details', { className: 'what-if' }, [el('summary', { text: t('chat.whatIf') }), list]);
  panel.addEventListener('toggle', () => {
    if (!panel.open || list.childElementCount > 0) return;
    list.append(...alternatives().map(({ choice, consequence }) =>
      el('li', {}, [
        el('p', { className: 'alt-choice', text: t('chat.whatIfChoice', { verdict: t(`chat.verdict.${choice.kind}`), choice: local(choice.text) }) }),
        el('p', { text: local(choice.feedback) }),
        consequence ? el('p', { className: 'alt-law', text: t('chat.whatIfLaw', { charge: local(consequence.charge) }) }) : null,
      ]),
    ));
  });
  return panel;
}
