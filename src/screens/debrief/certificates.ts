// Certificates for a whole class in one print: the names pasted as a list (one a line), one page
// each, with the date, the school and the presenter. The names go to paper only: the field is
// cleared after printing and nothing of it is ever saved.
import { button, el } from '../shared/element';
import { language, t } from '../../services/i18n';
import { printOnly } from './print';
import { badgeImage } from '../../art/badges';
import { today } from '../../services/clock';

/** The names in a pasted list: one a line (or separated by commas / 、 / ；), trimmed, blank lines dropped. */
export function namesOf(text: string): string[] {
  return text.split(/[\n\r,，、;；]+/).map((n) => n.trim().slice(0, 40)).filter((n) => n.length > 0).slice(0, 200);
}

const todayText = (): string => today().toLocaleDateString(language(), { year: 'numeric', month: 'long', day: 'numeric' });

function certificate(name: string, levels: readonly string[], lines: { date: string; school: string; presenter: string }): HTMLElement {
  const blank = '＿＿＿＿＿＿＿＿';
  return el('article', { className: 'certificate' }, [
    badgeImage('certificate'),
    el('p', { className: 'kicker', text: t('game.title') }),
    el('h1', { text: t('debrief.certificateTitle') }),
    el('p', { className: 'name', text: name || blank }),
    el('p', { text: t('debrief.certificateText') }),
    levels.length > 0 ? el('ul', {}, levels.map((l) => el('li', { text: l }))) : null,
    el('p', { className: 'help', text: t('debrief.certificateHelp') }),
    el('dl', { className: 'lines' }, [
      el('dt', { text: t('debrief.school') }), el('dd', { text: lines.school || blank }),
      el('dt', { text: t('debrief.presenter') }), el('dd', { text: lines.presenter || blank }),
      el('dt', { text: t('debrief.date') }), el('dd', { text: lines.date || blank }),
    ]),
  ]);
}

/** The form on the debrief: the list of names, the school, the presenter and the date; one print for all. */
export function certificateForm(levels: () => readonly string[]): HTMLElement {
  const field = (id: string, label: string, input: HTMLInputElement | HTMLTextAreaElement) => {
    input.id = id;
    input.setAttribute('autocomplete', 'off');
    return el('p', { className: 'field' }, [el('label', { text: label, attrs: { for: id } }), input]);
  };
  const names = el('textarea', { attrs: { rows: '4', spellcheck: 'false' } });
  const school = el('input', { attrs: { type: 'text', maxlength: '60' } });
  const presenter = el('input', { attrs: { type: 'text', maxlength: '40' } });
  const date = el('input', { attrs: { type: 'text', maxlength: '40' } });
  date.value = todayText();
  const count = el('p', { className: 'note count', attrs: { 'aria-live': 'polite' } });
  const update = () => (count.textContent = t('debrief.namesCount', { count: namesOf(names.value).length }));
  names.addEventListener('input', update);
  update();
  return el('section', { className: 'certificate-form', attrs: { 'aria-labelledby': 'certificate-heading' } }, [
    el('h2', { text: t('debrief.certificate'), attrs: { id: 'certificate-heading' } }),
    field('certificate-names', t('debrief.names'), names),
    count,
    field('certificate-school', t('debrief.school'), school),
    field('certificate-presenter', t('debrief.presenter'), presenter),
    field('certificate-date', t('debrief.date'), date),
    button(t('debrief.printCertificates'), () => {
      const list = namesOf(names.value);
      const lines = { date: date.value.trim(), school: school.value.trim(), presenter: presenter.value.trim() };
      // No names: one certificate with a blank line to write on.
      const pages = (list.length > 0 ? list : ['']).map((name) => certificate(name, levels(), lines));
      printOnly(el('div', { className: 'certificates' }, pages));
      names.value = ''; // to paper only: cleared after printing, never saved
      update();
    }),
    el('p', { className: 'note', text: t('debrief.nameNotStored') }),
  ]);
}
