// The real consequence of a choice, shown over the paused chat, in the order a 12-year-old reads
// it (./consequence-parts.ts): the story and one big takeaway first, the law behind "See the law",
// then the real case part by part. A victim's screen is a support screen: "This is not your fault".
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
import { consequenceParts } from './consequence-parts';
import './consequence.css';
import './consequence-parts.css';
import { caseSource } from '../shared/case-line';

export class ConsequenceScene extends Phaser.Scene {
  constructor() {
    super(SceneKey.Consequence);
  }

  create({ node, onContinue, references }: ConsequenceData): void {
    const victim = node.perspective === 'victim';
    if (!victim) playSound('gavel'); // no gavel over a child who was wronged
    const { x, y, width, height } = CONSEQUENCE_LAYOUT.card;
    const card = this.add.graphics();
    card.fillStyle(COLOUR.panel, 1);
    card.fillRoundedRect(x, y, width, height, 32);
    card.fillStyle(victim ? COLOUR.safe : COLOUR.risky, 1);
    card.fillRoundedRect(x, y, 16, height, { tl: 32, bl: 32, tr: 0, br: 0 });
    if (!reducedMotion()) {
      card.setAlpha(0);
      this.tweens.add({ targets: card, alpha: 1, duration: 250 });
    }

    const realCase = references.caseByNumber(node.case);
    const parts = consequenceParts(node, references);
    // Continue, Esc and the presenter's → all leave: the story must go on once.
    const leave = once(() => {
      this.scene.stop();
      onContinue();
    });
    // On a student's screen the law waits behind its button, after the story and the takeaway.
    const seeLaw = el('button', { className: 'btn see-law', attrs: { type: 'button', 'aria-expanded': 'false', 'aria-controls': 'consequence-law' } }, [t('teach.consequence.seeLaw')]);
    parts.law.hidden = true;
    seeLaw.addEventListener('click', () => {
      parts.law.hidden = !parts.law.hidden;
      seeLaw.setAttribute('aria-expanded', String(!parts.law.hidden));
      seeLaw.textContent = t(parts.law.hidden ? 'teach.consequence.seeLaw' : 'teach.consequence.hideLaw');
      if (!parts.law.hidden) parts.law.scrollIntoView({ block: 'nearest' });
    });

    const root = mountScreen(this, `consequence-screen ${victim ? 'victim' : 'actor'}`, [
      el('section', { className: 'card', attrs: { role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'consequence-heading consequence-charge' } }, [
        el('div', { className: 'top' }, [
          caseFileImage('case-file case-file-top'),
          el('h1', { text: parts.heading, attrs: { id: 'consequence-heading' } }),
          el('h2', { className: 'charge', text: local(node.charge), attrs: { id: 'consequence-charge' } }),
        ]),
        el('div', { className: 'scroll first', attrs: { tabindex: '0', 'aria-label': t('teach.consequence.story') } }, [parts.lead, parts.support ?? null, seeLaw, parts.law]),
        el('div', { className: 'scroll rest', attrs: { tabindex: '0', 'aria-label': t('consequence.happened') } }, parts.pages),
        el('div', { className: 'bottom' }, [
          el('p', {
            className: 'source',
            text: realCase ? caseSource(realCase) : '',
          }),
          button(t('consequence.continue'), leave, 'btn btn-primary'),
        ]),
      ]),
    ]);
    this.input.keyboard?.on('keydown-ESC', leave);
    applyLayout(root, 'consequence', CONSEQUENCE_LAYOUT);
    if (projectorMode()) this.paginate(root, [parts.lead, parts.law, ...parts.pages, ...(parts.support ? [parts.support] : [])], seeLaw, leave);
    focusFirst(root, 'h1');
  }

  /**
   * Projected, one part at a time, in the student's order: story and takeaway, the law, then the
   * real case part by part. → shows the next part and never skips one; ← goes back.
   */
  private paginate(root: HTMLElement, pages: HTMLElement[], seeLaw: HTMLElement, leave: () => void): void {
    seeLaw.hidden = true;
    const next = root.querySelector<HTMLButtonElement>('.bottom .btn-primary')!;
    const hint = el('p', { className: 'page-hint' });
    next.before(hint);
    let shown = 0;
    const show = (page: number) => {
      shown = Math.max(0, Math.min(pages.length - 1, page));
      pages.forEach((p, i) => (p.hidden = i !== shown));
      // A column whose parts are all hidden is hidden too, so the shown part gets the whole card.
      for (const column of root.querySelectorAll<HTMLElement>('.scroll')) column.hidden = [...column.children].every((c) => (c as HTMLElement).hidden);
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
