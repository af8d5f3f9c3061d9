// The field guide (识破手册): every manipulation technique in levels/registry/techniques.json as a
// card. A card stays greyed until the player spots that technique in a level; then it shows its
// icon, name, plain explanation, an example and the levels where it was met. Kept on this computer.
import Phaser from 'phaser';
import { techniques } from '../../content/registry';
import { button, el } from '../shared/element';
import { startMusic } from '../../services/audio';
import { local, t } from '../../services/i18n';
import { handbookEntry, loadHandbook } from '../../services/handbook-store';
import { focusFirst, mountScreen } from '../shared/screen';
import { findLevel } from '../shared/catalog';
import { redrawOnWake } from '../shared/redraw-on-wake';
import { SceneKey } from '../shared/scene-keys';
import { techniqueIcon } from '../shared/technique-icon';
import './handbook.css';

export interface HandbookData {
  /** The screen to go back to (the title or the level list). */
  from?: string;
}

export class HandbookScene extends Phaser.Scene {
  constructor() {
    super(SceneKey.Handbook);
  }

  create({ from = SceneKey.Title }: HandbookData = {}): void {
    startMusic();
    const book = loadHandbook();
    const unlocked = techniques.filter((tq) => handbookEntry(book, tq.id)).length;
    const back = () => this.scene.start(from);
    const cards = techniques.map((technique) => {
      const entry = handbookEntry(book, technique.id);
      const id = `technique-${technique.id}`;
      if (!entry) {
        return el('li', { className: 'technique-card locked', attrs: { 'aria-labelledby': id } }, [
          techniqueIcon(technique.icon),
          el('h2', { text: local(technique.name), attrs: { id } }),
          el('p', { className: 'state', text: t('teach.handbook.locked') }),
          el('p', { className: 'hint', text: t('teach.handbook.lockedHint') }),
        ]);
      }
      const levels = entry.levels.map((levelId) => {
        const level = findLevel(this, levelId)?.level;
        return level ? local(level.title) : levelId;
      });
      return el('li', { className: 'technique-card unlocked', attrs: { 'aria-labelledby': id } }, [
        techniqueIcon(technique.icon),
        el('h2', { text: local(technique.name), attrs: { id } }),
        el('p', { className: 'explain', text: local(technique.explain) }),
        technique.example ? el('p', { className: 'example' }, [el('span', { text: t('teach.handbook.example') }), el('q', { text: local(technique.example) })]) : null,
        el('p', { className: 'met', text: t('teach.handbook.metIn', { levels: levels.join(' · ') }) }),
      ]);
    });
    const root = mountScreen(this, 'handbook-screen', [
      el('header', {}, [button(t('common.back'), back), el('h1', { text: t('teach.handbook.heading') })]),
      el('div', { className: 'body' }, [
        el('p', { className: 'summary' }, [
          el('strong', { text: t('teach.handbook.count', { n: unlocked, total: techniques.length }) }),
          el('span', { text: ` · ${t('teach.handbook.intro')}` }),
        ]),
        el('ul', { className: 'cards scroll', attrs: { 'aria-label': t('teach.handbook.heading'), tabindex: '0' } }, cards),
        el('p', { className: 'private', text: t('teach.handbook.private') }),
      ]),
    ]);
    this.input.keyboard?.on('keydown-ESC', back);
    redrawOnWake(this);
    focusFirst(root, 'h1');
  }
}
