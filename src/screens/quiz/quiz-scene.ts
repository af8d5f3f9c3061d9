// The learning check: form A before play, form B after it, a booster a week or more later (the
// forms in levels/quiz/, read and scored by src/content/quiz-forms.ts and src/core/quiz.ts). Each
// sitting shows the items and their options in a fresh order (a seed from services/play-seed).
// Each item is answered, then rated "sure" or "not sure"; a "judge" item shows a message as a chat
// bubble: any danger signs, or harmless? Form A explains nothing while it runs (it is the
// baseline) and shows what was missed at the end; B and the booster explain each answer under its
// question. The results say in plain words how many more the player got right and what fooled them.
import Phaser from 'phaser';
import { isItemRight, sittingOrder, type Confidence, type FormAnswers, type QuizForm, type QuizFormName, type QuizItem } from '../../core';
import { quizForm } from '../../content/quiz-forms';
import { boosterDue, formsRecord, nextForm, recordForm, resetForms } from '../../content/quiz-record';
import { answerOptions, checkSummary, itemPrompt, missedItems } from '../shared/check-summary';
import { playSeed } from '../../services/play-seed';
import type { HandsRound } from '../../content/quiz-hands';
import { runHands } from './hands';
import { reportCheck } from '../../class/self-paced';
import { button, el } from '../shared/element';
import { startMusic } from '../../services/audio';
import { language, local, t } from '../../services/i18n';
import { keepFitted } from '../shared/fit';
import { focusFirst, mountScreen } from '../shared/screen';
import { badgeImage } from '../../art/badges';
import { SceneKey } from '../shared/scene-keys';
import { emojify } from '../../art/emoji';
import './quiz.css';
import './check.css';
import { today } from '../../services/clock';

export interface QuizData {
  /** A form to take now (e.g. the booster from the title); otherwise the next one due. */
  form?: QuizFormName;
  /** The show-of-hands check of a class without devices, projected (from the lesson plan or the debrief). */
  hands?: HandsRound;
}

export class QuizScene extends Phaser.Scene {
  private panel!: HTMLElement;
  private answers: Record<string, { answer: string; confidence: Confidence }> = {};

  constructor() {
    super(SceneKey.Quiz);
  }

  create(data: QuizData = {}): void {
    startMusic();
    this.answers = {};
    this.panel = el('section', { className: 'card scroll', attrs: { 'aria-live': 'polite', tabindex: '-1' } });
    mountScreen(this, `quiz-screen check-screen${data.hands ? ' hands-screen' : ''}`, [this.panel]);
    // The layout rule (docs/layout.md): a question and all its answers on one screen, projected
    // and at 150 % text; a long item shrinks its text rather than hiding an answer below the fold.
    keepFitted(this.panel, { least: 0.5 });
    if (data.hands) return runHands(this, this.panel, data.hands);
    this.input.keyboard?.on('keydown', (event: KeyboardEvent) => {
      const options = this.panel.querySelectorAll<HTMLButtonElement>('.answers button:not(:disabled)');
      const index = Number(event.key) - 1;
      if (index >= 0 && index < options.length) options[index]!.click();
    });
    const name = data.form ?? nextForm(formsRecord(), today());
    const shipped = name ? quizForm(name) : undefined;
    const form = shipped ? sittingOrder(shipped, playSeed()) : undefined; // a new order every sitting
    if (form) this.intro(form);
    else this.results();
  }

  private show(children: (Node | null)[], focus = 'h1'): void {
    this.panel.replaceChildren(...children.filter((c): c is Node => c !== null));
    this.panel.scrollTop = 0;
    focusFirst(this.panel, focus);
  }

  private intro(form: QuizForm): void {
    this.show([
      el('h1', { text: t(`teach.check.${form.form}.heading`) }),
      el('p', { className: 'lead', text: t(`teach.check.${form.form}.intro`, { count: form.items.length }) }),
      el('p', { className: 'note', text: t('teach.check.private') }),
      el('div', { className: 'actions' }, [
        button(t('teach.check.begin'), () => this.ask(form, 0), 'btn btn-primary'),
        button(t('common.back'), () => this.scene.start(SceneKey.Title)),
      ]),
    ]);
  }

  private ask(form: QuizForm, index: number): void {
    const item = form.items[index];
    if (!item) return this.finish(form);
    const options = answerOptions(item);
    const confidence = el('div', { className: 'confidence', attrs: { role: 'group', 'aria-labelledby': 'check-confidence' } });
    const pick = (answer: string, chosen: HTMLButtonElement) => {
      for (const b of this.panel.querySelectorAll<HTMLButtonElement>('.answers button')) b.setAttribute('aria-pressed', String(b === chosen));
      confidence.replaceChildren(
        el('p', { text: t('teach.check.confidence'), attrs: { id: 'check-confidence' } }),
        el('div', { className: 'sure-buttons' }, (['sure', 'unsure'] as const).map((level) =>
          button(t(`teach.check.${level}`), () => this.answer(form, index, item, answer, level), level === 'sure' ? 'btn btn-primary' : 'btn'),
        )),
      );
      confidence.querySelector('button')?.focus({ preventScroll: true });
      confidence.scrollIntoView({ block: 'nearest' });
    };
    const list = el('ol', { className: 'answers choices' }, options.map((option, i) => {
      const b = el('button', { className: 'choice', attrs: { type: 'button', 'aria-pressed': 'false' } }, [el('kbd', { text: String(i + 1) }), el('span', { text: option.text })]);
      b.addEventListener('click', () => pick(option.id, b));
      return el('li', {}, [b]);
    }));
    this.show([
      el('p', { className: 'kicker', text: t('teach.check.progress', { n: index + 1, total: form.items.length }) }),
      ...prompt(item),
      list,
      confidence,
    ], '.answers button');
  }

  private answer(form: QuizForm, index: number, item: QuizItem, answer: string, confidence: Confidence): void {
    this.answers[item.id] = { answer, confidence };
    if (form.form === 'A') return this.ask(form, index + 1); // the baseline: no answers shown
    const right = isItemRight(item, this.answers[item.id]);
    const options = answerOptions(item);
    const correct = options.find((o) => o.id === item.answer)!;
    const given = options.find((o) => o.id === answer);
    // The explanation stays under the question it explains, with the player's answer.
    this.show([
      el('p', { className: 'kicker', text: t('teach.check.progress', { n: index + 1, total: form.items.length }) }),
      el('p', { className: `verdict ${right ? 'safe' : 'risky'}`, text: right ? t('teach.check.right') : t('teach.check.wrong', { answer: correct.text }), attrs: { role: 'status' } }),
      el('div', { className: 'recap' }, prompt(item)),
      given ? el('p', { className: 'given', text: t('teach.check.yourAnswer', { answer: given.text }) }) : null,
      el('p', { className: 'explanation', text: local(item.explain) }),
      el('div', { className: 'actions' }, [button(t('teach.check.next'), () => this.ask(form, index + 1), 'btn btn-primary')]),
    ], 'h1');
    // At large text the card may run long: Next stays in view, the question just above it.
    this.panel.querySelector('.actions')?.scrollIntoView({ block: 'nearest' });
  }

  private finish(form: QuizForm): void {
    const result = recordForm(form, this.answers as FormAnswers, today());
    reportCheck(result); // in a class session, the hub counts it for the class (no answers, only the items missed)
    if (form.form !== 'A') return this.results();
    // Form A shows what was missed only now, at the end, so it stays a fair "before".
    this.show([
      badgeImage('quiz'),
      el('h1', { text: t('teach.check.doneA', { correct: result.correct, total: result.total }) }),
      el('p', { className: 'lead', text: t('teach.check.nextA') }),
      ...missedItems(form, result.missed, this.answers),
      el('div', { className: 'actions' }, [
        button(t('teach.check.toLevels'), () => this.scene.start(SceneKey.LevelList), 'btn btn-primary'),
        button(t('common.back'), () => this.scene.start(SceneKey.Title)),
      ]),
    ]);
  }

  private results(): void {
    const record = formsRecord();
    const now = today();
    const booster = boosterDue(record, now);
    this.show([
      badgeImage('quiz'),
      el('h1', { text: t('teach.check.resultsHeading') }),
      ...checkSummary(record, quizForm),
      booster.due
        ? el('p', { className: 'lead booster-due', text: t('teach.check.boosterDue') })
        : booster.dueAt ? el('p', { className: 'note', text: t('teach.check.boosterOn', { date: formatDate(booster.dueAt) }) }) : null,
      el('div', { className: 'actions' }, [
        booster.due ? button(t('teach.check.takeBooster'), () => this.scene.restart({ form: 'booster' } satisfies QuizData), 'btn btn-primary') : null,
        button(t('teach.check.again'), () => {
          resetForms();
          this.scene.restart({});
        }),
        button(t('common.back'), () => this.scene.start(SceneKey.Title), booster.due ? 'btn' : 'btn btn-primary'),
      ]),
    ]);
  }
}

/** The question (and for a message, the message as a chat bubble), with emoji drawn as pictures. */
function prompt(item: QuizItem): HTMLElement[] {
  const parts = itemPrompt(item);
  for (const part of parts) emojify(part);
  return parts;
}

function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleDateString(language(), { year: 'numeric', month: 'long', day: 'numeric' });
}
