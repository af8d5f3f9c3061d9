// The ending: what happened, the score and stars, the level's lessons and the help channels. The
// chat hands it the play as the engine finished it (src/core/finish.ts): it words it, and computes
// nothing about the play itself.
import Phaser from 'phaser';
import type { StarReason } from '../../core';
import { referencesOf } from '../../content/level-references';
import { recordPlay } from './record-play';
import { button, el, once } from '../shared/element';
import { playSound } from '../../services/audio';
import { nextInPlan } from '../../services/lesson-plan';
import { local, t } from '../../services/i18n';
import { onSettingsChange, projectorMode } from '../../services/settings';
import { focusFirst, mountScreen } from '../shared/screen';
import { findLevel } from '../shared/catalog';
import { leaveLevel, trialLevel } from '../shared/studio-door';
import type { EndingData } from '../shared/navigation';
import { applyLayout } from '../shared/layout-vars';
import { ENDING_LAYOUT } from './layout';
import { starRow } from './star-row';
import { SceneKey } from '../shared/scene-keys';
import { celebrate } from './celebration';
import { fitNow, keepFitted } from '../shared/fit';
import { pageDown } from '../shared/more-below';
import { pressMainButton, setPresenter } from '../shared/presenter';
import './ending.css';
import './help-now.css';

/** Why the play has its stars, in words: the reasons are core's (src/core/stars.ts, ratingAt). */
const starsWhy = (reasons: readonly StarReason[]): string => reasons.map((r) => t(`teach.stars.${r}`)).join(' ');

export class EndingScene extends Phaser.Scene {
  constructor() {
    super(SceneKey.Ending);
  }

  create({ play, level, best }: EndingData): void {
    const { levelId, ending, score, stars } = play;
    const prompts = play.prompts.map((p) => local(p));
    playSound('ending');

    const channels = referencesOf(level).help(ending.help);
    const nextId = projectorMode() ? nextInPlan(levelId) : undefined;
    const next = nextId ? findLevel(this, nextId)?.level : undefined; // the plan's next level, for its button
    // Recorded for the class, for the student, or (a try-out from the studio) not at all: ./record-play.ts.
    const trial = trialLevel(this, levelId);
    recordPlay({ play, level, projector: projectorMode(), trial: trial !== undefined });
    const lessons = el('div', { className: 'page lessons-page' }, [
      el('h2', { text: t('ending.lessons') }),
      el('ul', { className: 'lessons' }, ending.lessons.map((l) => el('li', { text: local(l) }))),
      el('h2', { text: t('teach.ending.whenToUse') }),
      el('ul', { className: 'help-uses' }, channels.map((h) =>
        el('li', {}, [el('strong', { text: `${local(h.contact)} · ${local(h.name)}` }), el('span', { text: local(h.use) })]),
      )),
    ]);
    const discuss = prompts.length > 0
      ? el('div', { className: 'page discuss-page' }, [el('h2', { text: t('ending.discuss') }), el('ol', { className: 'lessons discuss' }, prompts.map((p) => el('li', { text: p })))])
      : null;
    const details = el('div', { className: 'details scroll', attrs: { tabindex: '0', 'aria-label': t('ending.lessons') } }, [lessons, discuss]);
    const root = mountScreen(this, 'ending-screen', [
      // The left column, top to bottom in one flow: nothing in it can run into what follows. What
      // happened scrolls if it must (English at 150 % text); the buttons under it never do.
      el('div', { className: 'left' }, [
        el('div', { className: 'story scroll', attrs: { tabindex: '0', 'aria-label': t('ending.story') } }, [
          el('div', { className: 'summary' }, [
            el('p', { className: 'outcome', text: t(`ending.outcome.${ending.outcome}`) }),
            el('h1', { text: local(ending.title) }),
            el('p', { className: 'text', text: local(ending.text) }),
          ]),
          el('div', { className: 'score' }, [
            el('p', {}, [el('span', { text: t('ending.score') }), el('strong', { text: String(score) }), el('span', { text: t('ending.best', { max: best }) })]),
            el('p', { className: 'stars-label', text: t('ending.stars', { n: stars }) }),
            starRow(stars),
          ]),
          // Why these stars, from core's rule: "a risky choice: at most 2 stars".
          el('p', { className: 'stars-why', text: starsWhy(play.reasons) }),
        ]),
        el('div', { className: 'actions' }, [
          button(t('ending.replay'), once(() => this.scene.start(SceneKey.Chat, { levelId })), projectorMode() ? 'btn' : 'btn btn-primary'),
          button(trial ? t('studio.backToStudio') : t('ending.back'), () => leaveLevel(this)),
          next ? button(t('plan.next', { title: local(next.title) }), once(() => this.scene.start(SceneKey.Briefing, { levelId: next.id })), 'btn btn-primary') : null,
          projectorMode() ? button(t('debrief.heading'), () => this.scene.start(SceneKey.Debrief), next ? 'btn' : 'btn btn-primary') : null,
        ]),
      ]),
      // The right column: who to tell on top, the rest scrolls in what room is left below it.
      el('div', { className: 'right' }, [
        // Who to tell stays on screen on every ending, never below a scroll: names and numbers first.
        el('section', { className: 'help-now', attrs: { 'aria-labelledby': 'ending-help-heading' } }, [
          el('h2', { text: t('ending.help'), attrs: { id: 'ending-help-heading' } }),
          el('ul', { className: 'help' }, channels.map((h) =>
            el('li', {}, [el('span', { className: 'contact', text: local(h.contact) }), el('span', { className: 'name', text: local(h.name) })]),
          )),
        ]),
        details,
      ]),
    ]);
    applyLayout(root, 'ending', ENDING_LAYOUT);
    // The layout rule (docs/layout.md): the stars' reason stays above the buttons, the lessons in
    // their column; the text shrinks to fit first.
    const story = root.querySelector<HTMLElement>('.story')!;
    keepFitted(story, { least: 0.4, floor: projectorMode() ? 1 : 0.9 });
    if (projectorMode()) this.pageDetails(root, details, lessons, discuss);
    else keepFitted(details, { least: 0.6, floor: 0.9 });
    // Confetti for an ending the player steered well; never over one where harm went on.
    if (ending.outcome !== 'harmed') celebrate(root, ending.outcome === 'safe' ? 48 : 20);
    focusFirst(root, 'h1');
  }

  /**
   * Projected, the right column is two pages: the lessons, then the discussion prompts. The
   * presenter's → turns to the prompts before it goes on to the next level or the debrief, so
   * the hall always sees them; ← turns back.
   */
  private pageDetails(root: HTMLElement, details: HTMLElement, lessons: HTMLElement, discuss: HTMLElement | null): void {
    const hint = el('p', { className: 'page-hint' });
    details.after(hint);
    let onPrompts = false;
    const show = (prompts: boolean) => {
      onPrompts = prompts && discuss !== null;
      lessons.hidden = onPrompts;
      if (discuss) discuss.hidden = !onPrompts;
      hint.textContent = discuss && !onPrompts ? t('ending.discussNext') : '';
      hint.hidden = hint.textContent === '';
      root.classList.toggle('on-prompts', onPrompts);
      fit();
    };
    const fit = () => fitNow(details, { least: 0.3, floor: 0.85 });
    this.events.once('shutdown', onSettingsChange(fit)); // a new text size refits the page on show
    show(false);
    void document.fonts?.ready.then(() => show(onPrompts));
    setPresenter(this, {
      advance: () => (pageDown(details) ? undefined : discuss && !onPrompts ? show(true) : pressMainButton()),
      back: () => show(false),
    });
  }
}
