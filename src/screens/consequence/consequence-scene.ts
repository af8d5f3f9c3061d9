// The real legal consequence of a risky choice, shown over the paused chat: the charge, the
// articles from the registry, what happened in the real case, and where it comes from.
import Phaser from 'phaser';
import { button, el, once } from '../shared/element';
import { playSound } from '../../services/audio';
import { local, t } from '../../services/i18n';
import { projectorMode } from '../../services/settings';
import { focusFirst, mountScreen } from '../shared/screen';
import { COLOUR, reducedMotion } from '../shared/theme';
import { applyLayout } from '../shared/layout-vars';
import { CONSEQUENCE_LAYOUT } from './layout';
import type { ConsequenceData } from '../shared/navigation';
import { setPresenter } from '../shared/presenter';
import { SceneKey } from '../shared/scene-keys';
import { caseFileImage } from '../../art/covers';
import './consequence.css';

export class ConsequenceScene extends Phaser.Scene {
  constructor() {
    super(SceneKey.Consequence);
  }

  create({ node, onContinue, references }: ConsequenceData): void {
    playSound('gavel');
    const { x, y, width, height } = CONSEQUENCE_LAYOUT.card;
    const card = this.add.graphics();
    card.fillStyle(COLOUR.panel, 1);
    card.fillRoundedRect(x, y, width, height, 32);
    card.fillStyle(COLOUR.risky, 1);
    card.fillRoundedRect(x, y, 16, height, { tl: 32, bl: 32, tr: 0, br: 0 });
    if (!reducedMotion()) {
      card.setAlpha(0);
      this.tweens.add({ targets: card, alpha: 1, duration: 250 });
    }

    const realCase = references.caseByNumber(node.case);
    const laws = references.laws(node.laws);
    const section = (heading: string, text: string) => el('div', { className: 'page' }, [el('h3', { text: heading }), el('p', { text })]);
    // Continue, Esc and the presenter's → all leave: the story must go on once.
    const leave = once(() => {
      this.scene.stop();
      onContinue();
    });
    const story = [
      section(t('consequence.happened'), local(node.happened)),
      section(t('consequence.prosecutors'), local(node.prosecutors)),
      ...(node.ageRule ? [section(t('consequence.age'), local(node.ageRule))] : []),
    ];

    const root = mountScreen(this, 'consequence-screen', [
      el('section', { className: 'card', attrs: { role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'consequence-charge' } }, [
        el('div', { className: 'top' }, [
          caseFileImage('case-file case-file-top'),
          el('h1', { text: t('consequence.heading') }),
          el('h2', { className: 'charge', text: local(node.charge), attrs: { id: 'consequence-charge' } }),
        ]),
        el('div', { className: 'scroll page', attrs: { tabindex: '0', 'aria-label': t('consequence.law') } }, [
          el('h3', { text: t('consequence.law') }),
          el('ul', { className: 'laws' }, laws.map((law) =>
            el('li', {}, [
              el('span', { className: 'law-name', text: t('consequence.lawLine', { law: local(law.law), article: local(law.article), name: local(law.name) }) }),
              el('span', { text: local(law.summary) }),
              law.penalty ? el('span', { className: 'penalty', text: `${t('consequence.penalty')}${local(law.penalty)}` }) : null,
            ]),
          )),
        ]),
        el('div', { className: 'scroll', attrs: { tabindex: '0', 'aria-label': t('consequence.happened') } }, story),
        el('div', { className: 'bottom' }, [
          el('p', {
            className: 'source',
            text: realCase ? t('consequence.source', { n: realCase.number, date: realCase.released, title: local(realCase.title), place: local(realCase.place) }) : '',
          }),
          button(t('consequence.continue'), leave, 'btn btn-primary'),
        ]),
      ]),
    ]);
    this.input.keyboard?.on('keydown-ESC', leave);
    applyLayout(root, 'consequence', CONSEQUENCE_LAYOUT);
    if (projectorMode()) this.paginate(root, leave);
    focusFirst(root, 'h2');
  }

  /** Projected, one part at a time, large: the law, what happened, the prosecutors, age. */
  private paginate(root: HTMLElement, leave: () => void): void {
    const pages = [...root.querySelectorAll<HTMLElement>('.page')];
    const next = root.querySelector<HTMLButtonElement>('.bottom .btn-primary')!;
    const hint = el('p', { className: 'page-hint' });
    next.before(hint);
    let shown = 0;
    const show = (page: number) => {
      shown = Math.max(0, Math.min(pages.length - 1, page));
      pages.forEach((p, i) => (p.hidden = i !== shown));
      // A column whose parts are all hidden is hidden too, so the shown part gets the whole card.
      for (const column of root.querySelectorAll<HTMLElement>('.scroll:not(.page)')) column.hidden = [...column.children].every((c) => (c as HTMLElement).hidden);
      const last = shown === pages.length - 1;
      next.hidden = !last;
      hint.textContent = last ? '' : t('consequence.pageHint', { n: shown + 1, total: pages.length });
    };
    show(0);
    setPresenter(this, {
      advance: () => (shown === pages.length - 1 ? leave() : show(shown + 1)),
      back: () => show(shown - 1),
      leave,
    });
  }
}
