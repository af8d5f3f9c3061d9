// The level list: every shipped level, and for a broken file the checker's messages, so a
// teacher sees what to fix while every other level stays playable.
import Phaser from 'phaser';
import type { Level } from '../core';
import { formatProblem, type Problem } from '../content/parse-level';
import { button, el } from '../dom/element';
import { local, t } from '../services/i18n';
import { drawBackdrop } from '../ui/backdrop';
import { focusFirst, mountScreen } from '../ui/screen';
import { getCatalog } from './catalog';
import { SceneKey } from './scene-keys';

export class LevelListScene extends Phaser.Scene {
  constructor() {
    super(SceneKey.LevelList);
  }

  create(): void {
    drawBackdrop(this);
    const cards = getCatalog(this).map((entry) =>
      el('li', {}, [entry.parsed.ok ? this.playableCard(entry.parsed.level) : brokenCard(entry.file, entry.parsed.problems)]),
    );
    const root = mountScreen(this, 'list-screen', [
      el('header', {}, [button(t('common.back'), () => this.scene.start(SceneKey.Title)), el('h1', { text: t('levels.heading') })]),
      el('ul', { className: 'levels scroll', attrs: { 'aria-label': t('levels.heading') } }, cards),
    ]);
    focusFirst(root, '.level-card');
  }

  private playableCard(level: Level): HTMLButtonElement {
    const card = el('button', { className: 'level-card', attrs: { type: 'button' }, onClick: () => this.scene.start(SceneKey.Chat, { levelId: level.id }) }, [
      el('span', { className: 'name', text: local(level.title) }),
      el('span', { className: 'summary', text: local(level.summary) }),
      el('span', {
        className: 'meta',
        text: [t('levels.case', { n: level.case }), t('levels.age', { band: level.ageBand.replace('-', '–') }), t('levels.minutes', { n: level.minutes })].join(' · '),
      }),
    ]);
    return card;
  }
}

function brokenCard(file: string, problems: readonly Problem[]): HTMLElement {
  const errors = problems.filter((p) => p.severity === 'error');
  return el('article', { className: 'level-card broken', attrs: { 'aria-label': `${file} · ${t('levels.unavailable')}` } }, [
    el('h2', { text: `${file} · ${t('levels.unavailable')}` }),
    el('p', { text: t('levels.problems') }),
    el('ul', { className: 'problems' }, errors.slice(0, 8).map((p) => el('li', { text: formatProblem(p) }))),
    errors.length > 8 ? el('p', { text: t('levels.moreProblems', { n: errors.length - 8 }) }) : null,
  ]);
}
