// The session debrief: how the class split at each decision, the lessons, the help channels; a
// one-page A4 handout and a certificate with a name typed at print time and never stored.
import Phaser from 'phaser';
import { EVERYDAY_HELP, sharedReferences } from '../../content/level-references';
import { button, el } from '../shared/element';
import { printOnly } from './print';
import { clearSession, loadSession, type ClassSession, type VoteRecord } from '../../services/class-session';
import { local, t } from '../../services/i18n';
import { focusFirst, mountScreen } from '../shared/screen';
import { SceneKey } from '../shared/scene-keys';
import './debrief.css';


export class DebriefScene extends Phaser.Scene {
  constructor() {
    super(SceneKey.Debrief);
  }

  create(): void {
    const session = loadSession();
    const name = el('input', { attrs: { id: 'certificate-name', type: 'text', autocomplete: 'off', maxlength: '40' } });
    const root = mountScreen(this, 'debrief-screen', [
      el('header', {}, [
        el('h1', { text: t('debrief.heading') }),
        button(t('debrief.print'), () => printOnly(handout(session)), 'btn btn-primary'),
        button(t('common.back'), () => this.scene.start(SceneKey.Title)),
      ]),
      el('div', { className: 'body scroll', attrs: { tabindex: '0', 'aria-label': t('debrief.heading') } }, [
        ...summary(session),
        el('section', { className: 'certificate-form', attrs: { 'aria-labelledby': 'certificate-heading' } }, [
          el('h2', { text: t('debrief.certificate'), attrs: { id: 'certificate-heading' } }),
          el('label', { text: t('debrief.name'), attrs: { for: 'certificate-name' } }),
          name,
          button(t('debrief.printCertificate'), () => {
            // The name goes to paper only: it is cleared after printing and never saved.
            printOnly(certificate(name.value.trim(), session));
            name.value = '';
          }),
          el('p', { className: 'note', text: t('debrief.nameNotStored') }),
        ]),
        button(t('debrief.clear'), () => {
          clearSession();
          this.scene.restart();
        }, 'btn clear'),
      ]),
    ]);
    focusFirst(root, 'h1');
  }
}

/** The debrief's content, used on screen and on paper. */
function summary(session: ClassSession): HTMLElement[] {
  if (session.votes.length === 0 && session.endings.length === 0) return [el('p', { className: 'empty', text: t('debrief.empty') })];
  const lessons = [...new Set(session.endings.flatMap((e) => e.lessons.map(local)))];
  const help = sharedReferences().help([...new Set([...session.endings.flatMap((e) => e.help), ...EVERYDAY_HELP])]);
  const parts: (HTMLElement | null)[] = [
    el('h2', { text: t('debrief.votes') }),
    el('ol', { className: 'splits' }, session.votes.map(voteSplit)),
    lessons.length > 0 ? el('h2', { text: t('debrief.lessons') }) : null,
    lessons.length > 0 ? el('ul', { className: 'lessons' }, lessons.map((l) => el('li', { text: l }))) : null,
    el('h2', { text: t('debrief.help') }),
    el('ul', { className: 'help-list' }, help.map((h) => el('li', {}, [el('strong', { text: local(h.contact) }), el('span', { text: ` ${local(h.name)}: ${local(h.use)}` })]))),
  ];
  return parts.filter((e): e is HTMLElement => e !== null);
}

function voteSplit(vote: VoteRecord): HTMLElement {
  const total = vote.options.reduce((sum, o) => sum + o.votes, 0);
  return el('li', { className: 'split' }, [
    el('p', { className: 'level', text: local(vote.levelTitle) }),
    el('h3', { text: local(vote.prompt) }),
    el('ul', {}, vote.options.map((o) => {
      const share = total > 0 ? Math.round((100 * o.votes) / total) : 0;
      const fill = el('span', { className: 'fill' });
      fill.style.width = `${share}%`;
      return el('li', { className: o.id === vote.played ? 'played' : '' }, [
        el('span', { className: 'text', text: `${local(o.text)}${o.id === vote.played ? ` ${t('debrief.played')}` : ''}` }),
        el('span', { className: 'track', attrs: { 'aria-hidden': 'true' } }, [fill]),
        el('span', { className: 'share', text: t('debrief.share', { votes: o.votes, share }) }),
      ]);
    })),
  ]);
}

function handout(session: ClassSession): HTMLElement {
  return el('article', { className: 'handout' }, [el('h1', { text: `${t('game.title')} · ${t('debrief.heading')}` }), ...summary(session), el('p', { className: 'source', text: t('title.source') })]);
}

function certificate(name: string, session: ClassSession): HTMLElement {
  const levels = [...new Set([...session.endings.map((e) => local(e.levelTitle)), ...session.votes.map((v) => local(v.levelTitle))])];
  const parts: (HTMLElement | null)[] = [
    el('p', { className: 'kicker', text: t('game.title') }),
    el('h1', { text: t('debrief.certificateTitle') }),
    el('p', { className: 'name', text: name || '＿＿＿＿＿＿' }),
    el('p', { text: t('debrief.certificateText') }),
    levels.length > 0 ? el('ul', {}, levels.map((l) => el('li', { text: l }))) : null,
    el('p', { className: 'help', text: t('debrief.certificateHelp') }),
  ];
  return el('article', { className: 'certificate' }, parts);
}
