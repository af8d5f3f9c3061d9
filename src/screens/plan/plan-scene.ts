// The facilitator's view: choose the levels for a 45-minute lesson and their order, preview each
// without spoilers, open the speaker notes window, and start the lesson in projector mode.
import { keepFitted } from '../shared/fit';
import Phaser from 'phaser';
import type { Level } from '../../core';
import { referencesOf } from '../../content/level-references';
import { button, el } from '../shared/element';
import { local, t } from '../../services/i18n';
import { lessonPlan, PERIOD_MINUTES, saveLessonPlan } from '../../services/lesson-plan';
import { setProjectorMode } from '../../services/settings';
import { focusFirst, mountScreen } from '../shared/screen';
import { getCatalog, levelsReady } from '../shared/catalog';
import { SceneKey } from '../shared/scene-keys';
import { handsStep, HANDS_MINUTES } from './hands-step';
import './plan.css';
import { adaptedFrom } from '../shared/case-line';

export class PlanScene extends Phaser.Scene {
  constructor() {
    super(SceneKey.Plan);
  }

  create(data: { focus?: string } = {}): void {
    if (!levelsReady(this)) return;
    const levels = getCatalog(this).flatMap((e) => (e.parsed.ok ? [e.parsed.level] : []));
    const byId = new Map(levels.map((l) => [l.id, l]));
    const plan = lessonPlan().filter((id) => byId.has(id));
    const update = (next: string[], focus?: string) => {
      saveLessonPlan(next);
      this.scene.restart(focus ? { focus } : {});
    };
    // The show-of-hands check before and after the levels is part of the lesson's time.
    const total = plan.reduce((sum, id) => sum + (byId.get(id)?.minutes ?? 0), 0) + (plan.length > 0 ? 2 * HANDS_MINUTES : 0);
    const meter = el('span', { className: 'fill' });
    meter.style.width = `${Math.min(100, Math.round((100 * total) / PERIOD_MINUTES))}%`;

    const root = mountScreen(this, 'plan-screen', [
      el('header', {}, [
        el('h1', { text: t('plan.heading') }),
        button(t('notes.open'), () => window.open(`${location.pathname}?notes`, 'see-through-notes', 'popup,width=900,height=760')),
        button(t('common.back'), () => this.scene.start(SceneKey.Title)),
      ]),
      el('section', { className: 'all', attrs: { 'aria-labelledby': 'plan-all' } }, [
        el('h2', { text: t('plan.levels'), attrs: { id: 'plan-all' } }),
        el('ul', { className: 'scroll', attrs: { tabindex: '0', 'aria-labelledby': 'plan-all' } }, levels.map((level) => {
          const inPlan = plan.includes(level.id);
          const toggle = button(t(inPlan ? 'plan.remove' : 'plan.add'), () => update(inPlan ? plan.filter((id) => id !== level.id) : [...plan, level.id], `toggle-${level.id}`), 'btn toggle');
          toggle.id = `toggle-${level.id}`;
          toggle.setAttribute('aria-describedby', `plan-title-${level.id}`);
          return el('li', { className: inPlan ? 'chosen' : '' }, [
            el('h3', { text: local(level.title), attrs: { id: `plan-title-${level.id}` } }),
            el('p', { className: 'meta', text: meta(level) }),
            toggle,
            preview(level),
          ]);
        })),
      ]),
      el('section', { className: 'lesson', attrs: { 'aria-labelledby': 'plan-lesson' } }, [
        el('h2', { text: t('plan.lesson'), attrs: { id: 'plan-lesson' } }),
        plan.length === 0 ? el('p', { className: 'empty', text: t('plan.empty') }) : handsStep(this, 'before'),
        el('ol', {}, plan.map((id, i) => {
          const level = byId.get(id)!;
          const move = (by: number) => {
            const next = [...plan];
            [next[i], next[i + by]] = [next[i + by]!, next[i]!];
            update(next, `${by < 0 ? 'up' : 'down'}-${id}`);
          };
          const up = button('↑', () => move(-1), 'btn move');
          const down = button('↓', () => move(1), 'btn move');
          up.id = `up-${id}`;
          down.id = `down-${id}`;
          up.disabled = i === 0;
          down.disabled = i === plan.length - 1;
          for (const b of [up, down]) b.setAttribute('aria-describedby', `plan-step-${id}`);
          return el('li', {}, [el('span', { text: t('plan.step', { title: local(level.title), n: level.minutes }), attrs: { id: `plan-step-${id}` } }), up, down]);
        })),
        plan.length === 0 ? null : handsStep(this, 'after'),
        el('p', { className: total > PERIOD_MINUTES ? 'total over' : 'total', text: t('plan.total', { count: total, period: PERIOD_MINUTES }) }),
        el('span', { className: 'track', attrs: { 'aria-hidden': 'true' } }, [meter]),
        el('p', { className: 'discussion', text: total > PERIOD_MINUTES ? t('plan.tooLong') : t('plan.left', { count: PERIOD_MINUTES - total }) }),
        button(t('plan.start'), () => {
          setProjectorMode(true);
          this.scene.start(SceneKey.Briefing, { levelId: plan[0] });
        }, 'btn btn-primary start'),
      ]),
    ]);
    const start = root.querySelector<HTMLButtonElement>('.start')!;
    start.disabled = plan.length === 0;
    // The start button on screen at 150 % text (docs/layout.md): the lesson's text shrinks to fit first.
    keepFitted(root.querySelector<HTMLElement>('.lesson')!, { least: 0.5, floor: 0.85 });
    const focus = data.focus ? root.querySelector<HTMLElement>(`#${data.focus}:not(:disabled)`) : null;
    if (focus) focus.focus();
    else focusFirst(root, 'h1');
  }
}

function meta(level: Level): string {
  return [adaptedFrom(referencesOf(level).realCase, level.case), t('levels.age', { band: level.ageBand.replace('-', '–') }), t('levels.minutes', { n: level.minutes })].join(' · ');
}

/** What a facilitator needs to choose a level, and nothing that gives its turns away. */
function preview(level: Level): HTMLElement {
  const decisions = level.nodes.filter((n) => n.type === 'choice').length;
  return el('details', { className: 'preview' }, [
    el('summary', { text: t('plan.preview') }),
    el('p', { text: local(level.summary) }),
    el('ul', {}, level.objectives.map((o) => el('li', { text: local(o) }))),
    el('p', { className: 'meta', text: t('plan.decisions', { count: decisions }) }),
    level.contentNote ? el('p', { className: 'note', text: `${t('briefing.contentNote')}：${local(level.contentNote)}` }) : null,
  ]);
}
