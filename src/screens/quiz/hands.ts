// The show-of-hands check, projected for a class without devices: a few matched messages (form A
// before the lesson, B after it, the booster later), one at a time; the presenter counts the hands
// for "danger signs" and for "harmless" with + / − (1 / 2 pick the row) and moves on with →; ←
// goes back without losing a count. Before the lesson no answer is shown (it is the baseline);
// after it, → first shows the answer and why. Only counts are kept (src/content/quiz-hands.ts).
import type Phaser from 'phaser';
import type { HandsCount, JudgeItem } from '../../core';
import { handsItemsOf, recordHands, ROUND_FORM, type HandsRound } from '../../content/quiz-hands';
import { local, t } from '../../services/i18n';
import { setProjectorMode } from '../../services/settings';
import { lessonPlan } from '../../services/lesson-plan';
import { button, el } from '../shared/element';
import { setPresenter } from '../shared/presenter';
import { focusFirst } from '../shared/screen';
import { SceneKey } from '../shared/scene-keys';
import { emojify } from '../../art/emoji';
import { today } from '../../services/clock';

const ANSWERS = ['scam', 'real'] as const;

export function runHands(scene: Phaser.Scene, panel: HTMLElement, round: HandsRound): void {
  setProjectorMode(true);
  const items = handsItemsOf(ROUND_FORM[round]);
  const counts: HandsCount[] = items.map((i) => ({ itemId: i.id, scam: 0, real: 0 }));
  let index = -1; // the intro
  let revealed = false;
  let row = 0;
  const heading = t(`teach.hands.heading.${round}`);

  const show = (children: (Node | null)[], focus = 'h1') => {
    panel.replaceChildren(...children.filter((c): c is Node => c !== null));
    focusFirst(panel, focus);
  };

  // Counting changes the numbers in place, so focus stays on the − / + a mouse user pressed.
  const refresh = () => {
    panel.querySelectorAll<HTMLElement>('.hands-row').forEach((li, which) => {
      li.classList.toggle('selected', which === row);
      const output = li.querySelector('output');
      if (output) output.textContent = t('teach.hands.count', { count: counts[index]![ANSWERS[which]!] });
    });
  };

  const adjust = (delta: 1 | -1, which = row) => {
    const count = counts[index];
    if (!count) return;
    const key = ANSWERS[which]!;
    counts[index] = { ...count, [key]: Math.max(0, count[key] + delta) };
    row = which;
    refresh();
  };

  const intro = () =>
    show([
      el('h1', { text: heading }),
      el('p', { className: 'lead', text: t('teach.hands.intro', { count: items.length }) }),
      el('p', { className: 'note', text: t('teach.hands.noNames') }),
      el('div', { className: 'actions' }, [button(t('teach.check.begin'), next, 'btn btn-primary'), button(t('common.back'), () => scene.scene.start(SceneKey.Plan))]),
    ]);

  const answerRow = (item: JudgeItem, which: 0 | 1): HTMLElement => {
    const key = ANSWERS[which];
    const label = el('span', { className: 'option', text: t(key === 'scam' ? 'teach.check.scam' : 'teach.check.real'), attrs: { id: `hands-${key}` } });
    const minus = button('−', () => adjust(-1, which), 'btn adjust');
    const plus = button('+', () => adjust(1, which), 'btn adjust');
    for (const b of [minus, plus]) b.setAttribute('aria-describedby', `hands-${key}`);
    const right = revealed && item.answer === key;
    const li = el('li', { className: `hands-row${row === which ? ' selected' : ''}${right ? ' right' : ''}` }, [
      el('kbd', { text: String(which + 1) }),
      label,
      minus,
      el('output', { className: 'count', text: t('teach.hands.count', { count: counts[index]![key] }), attrs: { 'aria-live': 'polite' } }),
      plus,
    ]);
    li.addEventListener('focusin', () => {
      row = which;
      refresh();
    });
    return li;
  };

  function draw(): void {
    const item = items[index]!;
    const bubble = el('div', { className: 'judge-bubble' }, [el('span', { className: 'who', text: local(item.from) }), el('span', { className: 'text', text: local(item.message) })]);
    emojify(bubble);
    show([
      el('p', { className: 'kicker', text: `${heading} · ${t('teach.hands.progress', { n: index + 1, total: items.length })}` }),
      el('h1', { className: 'question', text: t('teach.check.judgeQuestion') }),
      bubble,
      el('ol', { className: 'hands-rows' }, [answerRow(item, 0), answerRow(item, 1)]),
      revealed ? el('p', { className: 'explanation', text: `${t('teach.hands.answerIs', { answer: t(item.answer === 'scam' ? 'teach.check.scam' : 'teach.check.real') })} ${local(item.explain)}` }) : null,
      el('div', { className: 'actions' }, [
        button(t(round !== 'before' && !revealed ? 'teach.hands.reveal' : 'teach.check.next'), next, 'btn btn-primary'),
        el('p', { className: 'hint', text: t('teach.hands.hint') }),
      ]),
    ], '.btn-primary');
  }

  function next(): void {
    if (index >= 0 && round !== 'before' && !revealed) {
      revealed = true;
      return draw();
    }
    index++;
    revealed = false;
    row = 0;
    if (index < items.length) return draw();
    finish();
  }

  function back(): void {
    if (revealed) revealed = false;
    else if (index > 0) index--;
    else return intro();
    draw();
  }

  function finish(): void {
    recordHands(round, counts, today());
    const right = counts.reduce((sum, c, i) => sum + (items[i]!.answer === 'scam' ? c.scam : c.real), 0);
    const hands = counts.reduce((sum, c) => sum + c.scam + c.real, 0);
    const plan = lessonPlan();
    show([
      el('h1', { text: t('teach.hands.done', { label: heading, count: hands, share: hands ? Math.round((100 * right) / hands) : 0 }) }),
      el('p', { className: 'lead', text: t(round === 'before' ? 'teach.hands.nextBefore' : 'teach.hands.nextAfter') }),
      el('div', { className: 'actions' }, [
        round === 'before' && plan[0] ? button(t('teach.hands.toLesson'), () => scene.scene.start(SceneKey.Briefing, { levelId: plan[0] }), 'btn btn-primary') : null,
        button(t('debrief.heading'), () => scene.scene.start(SceneKey.Debrief), round === 'before' && plan[0] ? 'btn' : 'btn btn-primary'),
      ]),
    ]);
    index = items.length;
  }

  setPresenter(scene, {
    advance: () => (index >= items.length ? panel.querySelector<HTMLButtonElement>('.btn-primary')?.click() : next()),
    back: () => index < items.length && back(),
    choose: (i) => {
      if (i > 1 || index < 0 || index >= items.length) return;
      row = i;
      refresh();
    },
    adjust: (delta) => index >= 0 && index < items.length && adjust(delta),
  });
  intro();
}
