// The speaker-notes window (`?notes`): the presenter's own screen, which the audience does not
// see. It shows the notes the projected game sends for what is on screen now.
import { el } from '../shared/element';
import { local, t } from '../../services/i18n';
import { onNotes, type SpeakerNotes } from '../../services/notes-channel';
import './notes.css';

export function startNotesPage(): void {
  document.title = `${t('notes.heading')} · ${t('game.title')}`;
  const body = el('div', { className: 'notes-body', attrs: { 'aria-live': 'polite' } }, [el('p', { text: t('notes.waiting') })]);
  document.body.replaceChildren(el('main', { className: 'notes-page' }, [el('h1', { text: t('notes.heading') }), body]));
  onNotes((notes) => body.replaceChildren(...render(notes)));
}

function render(notes: SpeakerNotes): HTMLElement[] {
  const parts: (HTMLElement | null)[] = [
    el('p', { className: 'level', text: local(notes.level) }),
    el('h2', { text: local(notes.heading) }),
    // First, and loud: what the presenter must do before pressing →.
    notes.readAloud ? el('section', { className: 'read-aloud' }, [el('h3', { text: t('notes.readAloud') }), el('p', { text: local(notes.readAloud) })]) : null,
    notes.objectives ? el('section', {}, [el('h3', { text: t('notes.objectives') }), el('ul', {}, notes.objectives.map((o) => el('li', { text: local(o) })))]) : null,
    notes.detail?.length
      ? el('section', {}, [el('h3', { text: t('notes.detail') }), ...notes.detail.flatMap((d) => [el('h4', { text: local(d.heading) }), el('p', { text: local(d.text) })])])
      : null,
    notes.discussion ? el('section', {}, [el('h3', { text: t('notes.discuss') }), el('p', { className: 'discussion', text: local(notes.discussion) })]) : null,
    notes.choices
      ? el('section', {}, [
          el('h3', { text: t('notes.choices') }),
          el('ol', {}, notes.choices.map((c) => el('li', {}, [el('strong', { text: `${t(`chat.verdict.${c.kind}`)} ` }), el('span', { text: local(c.text) }), el('p', { text: local(c.feedback) })]))),
        ])
      : null,
    el('section', {}, [el('h3', { text: t('notes.law') }), el('ul', {}, notes.laws.map((l) => el('li', { text: local(l) }))), el('p', { className: 'case', text: local(notes.caseLine) })]),
    el('section', {}, [el('h3', { text: t('notes.help') }), el('ul', {}, notes.help.map((h) => el('li', { text: local(h) })))]),
  ];
  return parts.filter((p): p is HTMLElement => p !== null);
}
