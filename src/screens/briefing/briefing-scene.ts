// Before a level: what it is about, what the player will learn, where it comes from, and, for
// sensitive topics, a content note. The player can go back without starting.
import Phaser from 'phaser';
import { referencesOf } from '../../content/level-references';
import { button, el, once } from '../shared/element';
import { startMusic } from '../../services/audio';
import { local, t } from '../../services/i18n';
import { focusFirst, mountScreen } from '../shared/screen';
import { findLevel } from '../shared/catalog';
import type { ChatData } from '../shared/navigation';
import { SceneKey } from '../shared/scene-keys';
import { castFaces, levelCover } from '../../art/screen-art';
import { keepFitted } from '../shared/fit';
import { pageDown } from '../shared/more-below';
import { setPresenter } from '../shared/presenter';
import { projectorMode } from '../../services/settings';
import { postNotes } from '../../services/notes-channel';
import { briefingNotes } from '../../content/speaker-notes';
import { adaptedFrom } from '../shared/case-line';
import './briefing.css';

export class BriefingScene extends Phaser.Scene {
  constructor() {
    super(SceneKey.Briefing);
  }

  create({ levelId }: ChatData): void {
    const level = findLevel(this, levelId)?.level;
    if (!level) {
      this.scene.start(SceneKey.LevelList);
      return;
    }
    startMusic();
    const realCase = referencesOf(level).realCase;
    const note = level.contentNote
      ? el('aside', { className: 'content-note', attrs: { 'aria-labelledby': 'content-note-heading' } }, [
          el('h2', { text: t('briefing.contentNote'), attrs: { id: 'content-note-heading' } }),
          el('p', { text: local(level.contentNote) }),
          el('p', { text: t('briefing.leaveAnyTime') }),
        ])
      : null;
    const start = once(() => this.scene.start(SceneKey.Chat, { levelId }));
    // Two columns, both used: what the level is and what it teaches on the left; the cover and
    // the content note on the right, where it is read before anything else without scrolling.
    const scroll = el('div', { className: 'scroll', attrs: { tabindex: '0', 'aria-label': local(level.title) } }, [
      el('div', { className: 'about' }, [
        el('p', { className: 'kicker', text: realCase ? adaptedFrom(realCase, realCase.number) : '' }),
        el('h1', { text: local(level.title) }),
        el('p', { className: 'summary', text: local(level.summary) }),
        el('p', { className: 'meta', text: [t('levels.age', { band: level.ageBand.replace('-', '–') }), t('levels.minutes', { n: level.minutes })].join(' · ') }),
        el('h2', { text: t('briefing.objectives') }),
        el('ul', { className: 'objectives' }, level.objectives.map((o) => el('li', { text: local(o) }))),
      ]),
      el('div', { className: 'aside' }, [
        el('div', { className: 'briefing-art' }, [levelCover(level, 'cover briefing-cover'), castFaces(level, 5)]),
        note,
      ]),
    ]);
    const root = mountScreen(this, 'briefing-screen', [
      el('div', { className: note ? 'card has-cover has-note' : 'card has-cover' }, [
        scroll,
        el('div', { className: 'actions' }, [
          button(t('briefing.start'), start, 'btn btn-primary'),
          button(t('common.back'), () => this.scene.start(SceneKey.LevelList)),
        ]),
      ]),
    ]);
    // The layout rule (docs/layout.md): the note and every objective on the screen, projected and
    // at 150 % text; the text shrinks to fit before anything is left below the fold.
    keepFitted(scroll, { least: 0.3, floor: projectorMode() ? 0.9 : 0.85 });
    // The notes window follows the briefing: the presenter reads the content note aloud now.
    postNotes(briefingNotes(level));
    // The presenter's →: the rest of the briefing if any is still below, else the level; Esc goes back.
    setPresenter(this, { advance: () => void (pageDown(scroll) || start()), leave: () => this.scene.start(SceneKey.LevelList) });
    focusFirst(root, 'h1');
  }
}
