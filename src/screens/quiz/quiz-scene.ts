// The learning check: six questions before play (no answers shown), the same six after play (with
// the real case behind each answer), then both scores side by side.
import Phaser from 'phaser';
import { isRight, type QuizAnswers, type QuizQuestion, type QuizScore } from '../../core';
import { nextRound, quiz, quizRecord, recordRound, resetQuiz, type Round } from '../../content/quiz';
import { reportCheck } from '../../class/self-paced';
import { button, el } from '../shared/element';
import { startMusic } from '../../services/audio';
import { local, t } from '../../services/i18n';
import { focusFirst, mountScreen } from '../shared/screen';
import { SceneKey } from '../shared/scene-keys';
import './quiz.css';

export class QuizScene extends Phaser.Scene {
  private panel!: HTMLElement;
  private answers: Record<string, string> = {};

  constructor() {
    super(SceneKey.Quiz);
  }

  create(): void {
    startMusic();
    this.answers = {};
    this.panel = el('section', { className: 'card', attrs: { 'aria-live': 'polite' } });
    mountScreen(this, 'quiz-screen', [this.panel]);
    this.input.keyboard?.on('keydown', (event: KeyboardEvent) => {
      const options = this.panel.querySelectorAll<HTMLButtonElement>('button.choice:not(:disabled)');
      const index = Number(event.key) - 1;
      if (index >= 0 && index < options.length) options[index]!.click();
    });
    const round = nextRound(quizRecord());
    if (round) this.intro(round);
    else this.results();
  }

  private show(children: (Node | null)[], focus = 'h1'): void {
    this.panel.replaceChildren(...children.filter((c): c is Node => c !== null));
    focusFirst(this.panel, focus);
  }

  private intro(round: Round): void {
    this.show([
      el('h1', { text: t(`quiz.${round}.heading`) }),
      el('p', { className: 'lead', text: t(`quiz.${round}.intro`, { n: quiz.questions.length }) }),
      el('p', { className: 'note', text: t('quiz.private') }),
      el('div', { className: 'actions' }, [
        button(t('quiz.begin'), () => this.ask(round, 0), 'btn btn-primary'),
        button(t('common.back'), () => this.scene.start(SceneKey.Title)),
      ]),
    ]);
  }

  private ask(round: Round, index: number): void {
    const question = quiz.questions[index];
    if (!question) return this.finish(round);
    const options = question.options.map((option, i) =>
      el('li', {}, [
        el('button', { className: 'choice', attrs: { type: 'button' }, onClick: () => this.answer(round, index, question, option.id) }, [
          el('kbd', { text: String(i + 1) }),
          el('span', { text: local(option.text) }),
        ]),
      ]),
    );
    this.show([
      el('p', { className: 'kicker', text: t('quiz.progress', { n: index + 1, total: quiz.questions.length }) }),
      el('h1', { className: 'question', text: local(question.question) }),
      el('ol', { className: 'choices' }, options),
    ], 'button.choice');
  }

  private answer(round: Round, index: number, question: QuizQuestion, optionId: string): void {
    this.answers[question.id] = optionId;
    if (round === 'before') return this.ask(round, index + 1);
    // After play: say whether it was right, and why, from the real case.
    const right = isRight(question, optionId);
    const correct = question.options.find((o) => o.id === question.answer)!;
    this.show([
      el('p', { className: 'kicker', text: t('quiz.progress', { n: index + 1, total: quiz.questions.length }) }),
      el('h1', { className: `verdict ${right ? 'safe' : 'risky'}`, text: right ? t('quiz.right') : t('quiz.wrong', { answer: local(correct.text) }) }),
      el('p', { className: 'explanation', text: local(question.explanation) }),
      el('div', { className: 'actions' }, [button(t('quiz.next'), () => this.ask(round, index + 1), 'btn btn-primary')]),
    ], 'button');
  }

  private finish(round: Round): void {
    const score = recordRound(round, this.answers as QuizAnswers);
    reportCheck(round === 'before' ? 'A' : 'B', score.correct, score.total); // a self-paced class session
    if (round === 'after') return this.results();
    this.show([
      el('h1', { text: t('quiz.before.done', { ...score }) }),
      el('p', { className: 'lead', text: t('quiz.before.next') }),
      el('div', { className: 'actions' }, [
        button(t('quiz.toLevels'), () => this.scene.start(SceneKey.LevelList), 'btn btn-primary'),
        button(t('common.back'), () => this.scene.start(SceneKey.Title)),
      ]),
    ]);
  }

  private results(): void {
    const { before, after } = quizRecord();
    if (!before || !after) return this.intro(nextRound({ before, after }) ?? 'before');
    const gained = after.correct - before.correct;
    this.show([
      el('h1', { text: t('quiz.results.heading') }),
      el('div', { className: 'chart' }, [bar('before', t('quiz.results.before', { ...before }), before), bar('after', t('quiz.results.after', { ...after }), after)]),
      el('p', { className: 'lead', text: gained > 0 ? t('quiz.results.gained', { n: gained }) : t('quiz.results.same') }),
      el('div', { className: 'actions' }, [
        button(t('quiz.again'), () => {
          resetQuiz();
          this.scene.restart();
        }),
        button(t('common.back'), () => this.scene.start(SceneKey.Title), 'btn btn-primary'),
      ]),
    ]);
  }
}

/** One bar of the before/after chart, labelled with its score in words. */
function bar(round: Round, label: string, score: QuizScore): HTMLElement {
  const fill = el('div', { className: 'fill' });
  fill.style.height = `${score.total > 0 ? Math.round((100 * score.correct) / score.total) : 0}%`;
  return el('figure', { className: `bar ${round}` }, [
    el('div', { className: 'track', attrs: { 'aria-hidden': 'true' } }, [fill]),
    el('figcaption', { text: label }),
  ]);
}
