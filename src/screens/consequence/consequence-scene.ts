// The real consequence of a choice, shown over the paused chat, in the order a 12-year-old reads
// it (./consequence-parts.ts): the story and one big takeaway first, the law behind "See the law",
// then the real case part by part. A victim's screen is a support screen: "This is not your fault".
import Phaser from 'phaser';
import { button, el, once } from '../shared/element';
import { playSound } from '../../services/audio';
import { local, t } from '../../services/i18n';
import { onSettingsChange, projectorMode } from '../../services/settings';
import { focusFirst, mountScreen } from '../shared/screen';
import { COLOUR, reducedMotion } from '../shared/theme';
import { applyLayout } from '../shared/layout-vars';
import { CONSEQUENCE_LAYOUT } from './layout';
import type { ConsequenceData } from '../shared/navigation';
import { setPresenter } from '../shared/presenter';
import { SceneKey } from '../shared/scene-keys';
import { caseFileImage } from '../../art/covers';
import { consequenceParts, type ConsequenceParts } from './consequence-parts';
import { fitNow, keepFitted } from '../shared/fit';
import { pageDown } from '../shared/more-below';

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

    const projected = projectorMode();
    const source = el('p', {
      className: 'source',
      text: realCase ? caseSource(realCase) : '',
    });
    // Projected, every part in one column that shows one page at a time (this.paginate); on a
    // desk, the story, takeaway and the law on the left, who helps and the real case on the right
    // with its source at its foot (pinned under both, at 150 % it pushed the help below the fold).
    const all = [parts.lead, parts.law, ...parts.pages, ...(parts.support ? [parts.support] : [])];
    const columns = projected
      ? [el('div', { className: 'scroll pages', attrs: { tabindex: '0', 'aria-label': t('teach.consequence.story') } }, all)]
      : [
          el('div', { className: 'scroll first', attrs: { tabindex: '0', 'aria-label': t('teach.consequence.story') } }, [parts.lead, seeLaw, parts.law]),
          // A victim's next safe step and who to tell head the right column: on screen at 150 %
          // text, where under the story they fell below the fold.
          el('div', { className: 'scroll rest', attrs: { tabindex: '0', 'aria-label': t('consequence.happened') } }, [parts.support ?? null, ...parts.pages, source]),
        ];
    const root = mountScreen(this, `consequence-screen ${victim ? 'victim' : 'actor'}`, [
      el('section', { className: 'card', attrs: { role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'consequence-heading consequence-charge' } }, [
        el('div', { className: 'top' }, [
          caseFileImage('case-file case-file-top'),
          el('h1', { text: parts.heading, attrs: { id: 'consequence-heading' } }),
          el('h2', { className: `charge${chargeLength(local(node.charge))}`, text: local(node.charge), attrs: { id: 'consequence-charge' } }),
        ]),
        ...columns,
        el('div', { className: 'bottom' }, [projected ? source : null, button(t('consequence.continue'), leave, 'btn btn-primary')]),
      ]),
    ]);
    this.input.keyboard?.on('keydown-ESC', leave);
    applyLayout(root, 'consequence', CONSEQUENCE_LAYOUT);
    // The layout rule (docs/layout.md): the takeaway, the next step and who to tell on screen at
    // any text size; the text shrinks to fit before anything goes below the fold.
    const [first, rest] = columns;
    if (projected) this.paginate(root, first!, parts, victim, leave);
    else {
      keepFitted(first!, { least: 0.5, floor: 0.9 });
      keepFitted(rest!, { least: 0.5, floor: 0.85 });
    }
    focusFirst(root, 'h1');
  }

  /**
   * Projected, a consequence fits a class: at most three pages, each fitted to the card (story and
   * takeaway; the law, all of it; what happens next and who helps). The rest of the real case is
   * in the speaker notes, and on screen only if the presenter asks (S, or its button). → shows
   * the next page and never skips one; ← goes back.
   */
  private paginate(root: HTMLElement, column: HTMLElement, parts: ConsequenceParts, victim: boolean, leave: () => void): void {
    const { lead, law, pages, support } = parts;
    const byClass = (name: string) => pages.filter((p) => p.classList.contains(name));
    // The split is consequenceDetail's (../shared/consequence-detail.ts), which the speaker notes carry.
    const third = victim ? (support ? [support] : []) : [...byClass('prosecutors'), ...byClass('age')];
    const detail = pages.filter((p) => !third.includes(p));
    const book: HTMLElement[][] = [[lead], [law], ...(third.length ? [third] : [])];
    const next = root.querySelector<HTMLButtonElement>('.bottom .btn-primary')!;
    const hint = el('p', { className: 'page-hint' });
    const more = detail.length ? button(t('teach.consequence.moreDetail'), () => showDetail(), 'btn more-detail') : null;
    next.before(...(more ? [more] : []), hint);
    let shown = 0;
    const show = (page: number) => {
      shown = Math.max(0, Math.min(book.length - 1, page));
      const on = new Set(book[shown]);
      for (const part of [lead, law, ...pages, ...(support ? [support] : [])]) part.hidden = !on.has(part);
      const last = shown === book.length - 1;
      next.hidden = !last;
      hint.textContent = last ? '' : t('consequence.pageHint', { n: shown + 1, total: book.length });
      column.scrollTop = 0;
      fit();
    };
    // The law, all of it, on one page: its penalties may take a smaller type than the story.
    const fit = () => fitNow(column, { least: 0.3, floor: book[shown]!.includes(law) ? 0.8 : 1 });
    this.events.once('shutdown', onSettingsChange(fit)); // a new text size refits the page on show
    /** The detail on request: its pages come next, then the page that was next. */
    const showDetail = () => {
      if (!detail.length || book.some((p) => p.some((part) => detail.includes(part)))) return;
      book.splice(shown + 1, 0, ...detail.map((p) => [p]));
      more?.remove();
      show(shown + 1);
    };
    show(0);
    void document.fonts?.ready.then(() => show(shown));
    setPresenter(this, {
      // A page that still does not fit at the floor is scrolled a screenful before the next.
      advance: () => (pageDown(column) ? undefined : shown === book.length - 1 ? leave() : show(shown + 1)),
      back: () => show(shown - 1),
      leave,
      reveal: showDetail,
    });
  }
}

/**
 * A long charge line (a whole finding, not a crime's name) gets a smaller size, so it stays a line
 * or two and the story and "See the law" keep their room below it.
 */
function chargeLength(text: string): string {
  const width = [...text].reduce((sum, ch) => sum + (/[\u2e80-\uffff]/.test(ch) ? 2 : 1), 0); // a Chinese character is two Latin ones wide
  return width > 72 ? ' longer' : width > 36 ? ' long' : '';
}
