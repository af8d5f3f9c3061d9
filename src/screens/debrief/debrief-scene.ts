// The session debrief: how the class split at each decision (safe and risky options marked), the
// show-of-hands check before and after, the discussion prompts, the lessons and the help channels;
// a one-page A4 handout, previewed on screen; certificates for the whole class in one print. A
// projected screen is paged, never scrolled: → / PageDown (a clicker) turn a page, ← / PageUp go back.
import Phaser from 'phaser';
import { button, el } from '../shared/element';
import { printOnly } from './print';
import { clearSession, loadSession } from '../../services/class-session';
import { local, t } from '../../services/i18n';
import { focusFirst, mountScreen } from '../shared/screen';
import { findLevel } from '../shared/catalog';
import { setPresenter } from '../shared/presenter';
import { pager } from '../shared/pager';
import { hostSession } from '../../class/host-session';
import { decisionSplits, type LevelLookup } from '../../class/points';
import type { HostView } from '../../class/protocol';
import { SceneKey } from '../shared/scene-keys';
import { classAnswers, handout, handsSummary, summary, type HubAnswers, type LevelOf } from './summary';
import { certificateForm } from './certificates';
import { clearHands, handsRecord } from '../../content/quiz-hands';
import './debrief.css';

export class DebriefScene extends Phaser.Scene {
  constructor() {
    super(SceneKey.Debrief);
  }

  create(): void {
    const session = loadSession();
    // A class session on the hub (npm run class): the devices' own answers. Live votes reach the
    // lesson's record through the chat's vote (its counts are the hub's); the self-paced splits and
    // the learning check come from the hub's dashboard, kept current while this screen is open.
    const levelOf: LevelOf = (id) => {
      const found = findLevel(this, id);
      return found?.ok ? found.level : undefined;
    };
    const lookup: LevelLookup = levelOf;
    let answers: HubAnswers | null = null;
    const fromHub = el('div', { className: 'class-answers' });
    const hands = el('div', { className: 'hands-check' }, handsSummary(handsRecord()));
    const levels = () => [...new Set([...session.endings.map((e) => local(e.levelTitle)), ...session.votes.map((v) => local(v.levelTitle))])];
    const body = el('div', { className: 'body paged', attrs: { tabindex: '0', 'aria-label': t('debrief.heading') } }, [
      ...summary(session, [hands, fromHub], levelOf),
      el('section', { className: 'hands-steps', attrs: { 'aria-label': t('debrief.hands.heading') } }, (['before', 'after', 'later'] as const).map((round) =>
        button(t(`debrief.hands.start.${round}`), () => this.scene.start(SceneKey.Quiz, { hands: round })),
      )),
      certificateForm(levels),
      button(t('debrief.clear'), () => {
        clearSession();
        clearHands();
        this.scene.restart();
      }, 'btn clear'),
    ]);
    const pageLine = el('p', { className: 'page-line', attrs: { 'aria-live': 'polite' } });
    let previewing = false;
    const preview = button(t('debrief.preview'), () => {
      previewing = !previewing;
      preview.textContent = t(previewing ? 'debrief.closePreview' : 'debrief.preview');
      body.classList.toggle('preview', previewing);
      if (previewing) body.replaceChildren(handout(session, [el('div', { className: 'hands-check' }, handsSummary(handsRecord())), el('div', { className: 'class-answers' }, classAnswers(answers, levelOf))], levelOf));
      else this.scene.restart();
      body.scrollTop = 0;
      paged.refresh();
    }, 'btn preview-switch');
    const root = mountScreen(this, 'debrief-screen', [
      el('header', {}, [
        el('h1', { text: t('debrief.heading') }),
        button(t('debrief.print'), () => printOnly(handout(session, [el('div', { className: 'hands-check' }, handsSummary(handsRecord())), el('div', { className: 'class-answers' }, classAnswers(answers, levelOf))], levelOf)), 'btn btn-primary'),
        button(t('common.back'), () => this.scene.start(SceneKey.Title)),
      ]),
      body,
      preview,
      pageLine,
    ]);
    const paged = pager(body, pageLine);
    setPresenter(this, { advance: () => paged.turn(1), back: () => paged.turn(-1) });
    // Without projector mode the same keys page it too (a clicker on a teacher's laptop).
    body.addEventListener('keydown', (event) => {
      if (event.key === 'PageDown') paged.turn(1);
      else if (event.key === 'PageUp') paged.turn(-1);
      else return;
      event.preventDefault();
    });
    const hub = hostSession();
    if (hub) {
      const stop = hub.onView((view: HostView) => {
        answers = { splits: decisionSplits(view.dashboard.splits, lookup), checks: view.dashboard.checks };
        fromHub.replaceChildren(...classAnswers(answers, levelOf));
        root.querySelector<HTMLElement>('.empty')?.toggleAttribute('hidden', fromHub.childElementCount > 0);
        paged.refresh();
      });
      this.events.once('shutdown', stop);
    }
    focusFirst(root, 'h1');
    paged.refresh();
  }
}
