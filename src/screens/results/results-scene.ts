// My results: for each level, how often the player played it, their best score and stars and the
// endings they found, and their learning-check scores; all kept on this computer only. A save that
// could not be read is reported here, plainly and once, and the player can clear their results.
import Phaser from 'phaser';
import { PROGRESS_MIN_COMPATIBLE, PROGRESS_VERSION, levelProgress, type Progress, type ProgressRead } from '../../core';
import type { CatalogEntry } from '../../content/level-catalog';
import { formsRecord, resetForms } from '../../content/quiz-record';
import { quizForm } from '../../content/quiz-forms';
import { resetHandbook } from '../../services/handbook-store';
import { checkSummary } from '../shared/check-summary';
import { button, el } from '../shared/element';
import { startMusic } from '../../services/audio';
import { language, local, t } from '../../services/i18n';
import { loadProgress, resetProgress } from '../../services/progress-store';
import { focusFirst, mountScreen } from '../shared/screen';
import { badgeImage } from '../../art/badges';
import { getCatalog, levelsReady } from '../shared/catalog';
import { SceneKey } from '../shared/scene-keys';
import './results.css';

interface ResultsData {
  /** Set after the player cleared their results, to confirm it. */
  cleared?: boolean;
}

type Playable = Extract<CatalogEntry['parsed'], { ok: true }>;

export class ResultsScene extends Phaser.Scene {
  constructor() {
    super(SceneKey.Results);
  }

  create({ cleared = false }: ResultsData = {}): void {
    if (!levelsReady(this)) return;
    startMusic();
    const read = loadProgress();
    const levels = getCatalog(this).flatMap((entry) => (entry.parsed.ok ? [entry.parsed] : []));
    const played = levels.filter((parsed) => levelProgress(read.progress, parsed.level.id)).length;

    const root = mountScreen(this, 'results-screen', [
      el('header', {}, [
        button(t('results.back'), () => this.scene.start(SceneKey.Title)),
        el('h1', { text: t('results.heading') }),
        badgeImage('results'),
      ]),
      el('div', { className: 'body' }, [
        read.problem ? el('p', { className: 'notice bad', text: problemText(read), attrs: { role: 'alert' } }) : null,
        cleared ? el('p', { className: 'notice ok', text: t('results.cleared'), attrs: { role: 'status' } }) : null,
        el('p', { className: 'summary', text: levels.length > 0 ? t('results.summary', { played, total: levels.length }) : t('results.noLevels') }),
        levels.length > 0 ? levelTable(levels, read.progress) : null,
        el('div', { className: 'bottom' }, [quizPanel(), el('p', { className: 'private', text: t('results.private') }), this.clearControls()]),
      ]),
    ], { page: true });
    this.input.keyboard?.on('keydown-ESC', () => this.scene.start(SceneKey.Title));
    focusFirst(root, 'h1');
  }

  /** "Clear my results", which asks again before it clears anything (a second press, not a browser dialog). */
  private clearControls(): HTMLElement {
    const box = el('div', { className: 'clear' });
    const ask = (): void => {
      const question = el('p', { className: 'question', text: t('results.confirmQuestion'), attrs: { id: 'results-clear-question' } });
      const yes = button(t('results.confirm'), () => {
        resetProgress();
        resetForms();
        resetHandbook();
        this.scene.restart({ cleared: true } satisfies ResultsData);
      }, 'btn danger');
      yes.setAttribute('aria-describedby', question.id);
      const no = button(t('results.cancel'), () => {
        box.replaceChildren(first());
        box.querySelector('button')?.focus();
      });
      box.replaceChildren(question, el('div', { className: 'buttons' }, [yes, no]));
      yes.focus();
    };
    const first = (): HTMLButtonElement => button(t('results.clear'), ask);
    box.append(first());
    return box;
  }
}

/** The problem with the save, in words a student understands, with the versions where they matter. */
function problemText({ problem, savedVersion }: ProgressRead): string {
  const versions = { saved: savedVersion ?? '?', current: PROGRESS_VERSION, min: PROGRESS_MIN_COMPATIBLE };
  if (problem === 'too-old') return t('results.problem.tooOld', versions);
  if (problem === 'too-new') return t('results.problem.tooNew', versions);
  return t('results.problem.corrupt');
}

/** One row per playable level; a level never played says so. */
function levelTable(levels: readonly Playable[], progress: Progress): HTMLElement {
  const columns = ['played', 'bestScore', 'bestStars', 'endings', 'lastPlayed'] as const;
  const rows = levels.map(({ level, exploration }) => {
    const name = el('th', { attrs: { scope: 'row' }, text: local(level.title) });
    const record = levelProgress(progress, level.id);
    if (!record) return el('tr', { className: 'not-played' }, [name, el('td', { attrs: { colspan: String(columns.length) }, text: t('results.notPlayed') })]);
    const found = record.endings.filter((id) => exploration.endings.has(id)).length;
    // Each cell names its column (data-label): on a phone the rows are blocks without the header row.
    const label = (column: (typeof columns)[number]) => ({ 'data-label': t(`results.column.${column}`) });
    return el('tr', {}, [
      name,
      el('td', { text: t('results.timesValue', { n: record.played }), attrs: label('played') }),
      el('td', { attrs: label('bestScore') }, [el('strong', { text: String(record.bestScore) }), el('span', { className: 'max', text: t('results.scoreMax', { max: exploration.bounds.max }) })]),
      el('td', { className: 'stars', attrs: label('bestStars') }, [
        el('span', { attrs: { 'aria-hidden': 'true' }, text: t('results.starsShown', { n: record.bestStars }) }),
        el('span', { className: 'sr-only', text: t('results.starsWords', { n: record.bestStars }) }),
      ]),
      el('td', { text: t('results.endingsValue', { found, total: exploration.endings.size }), attrs: label('endings') }),
      el('td', { className: 'date', text: formatDate(record.lastPlayed), attrs: label('lastPlayed') }),
    ]);
  });
  return el('div', { className: 'table scroll', attrs: { tabindex: '0', role: 'region', 'aria-label': t('results.caption') } }, [
    el('table', {}, [
      el('caption', { className: 'sr-only', text: t('results.caption') }),
      el('thead', {}, [el('tr', {}, [el('th', { attrs: { scope: 'col' }, text: t('results.level') }), ...columns.map((c) => el('th', { attrs: { scope: 'col' }, text: t(`results.column.${c}`) }))])]),
      el('tbody', {}, rows),
    ]),
  ]);
}

/** The learning check in plain words, and what fooled the player, once form A is taken. */
function quizPanel(): HTMLElement | null {
  const lines = checkSummary(formsRecord(), quizForm, { folded: true });
  if (lines.length === 0) return null;
  return el('section', { className: 'quiz', attrs: { 'aria-labelledby': 'results-quiz-heading' } }, [
    el('h2', { text: t('results.quiz'), attrs: { id: 'results-quiz-heading' } }),
    ...lines,
  ]);
}

function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleDateString(language(), { year: 'numeric', month: 'long', day: 'numeric' });
}
