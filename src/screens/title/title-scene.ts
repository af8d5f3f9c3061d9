// The title screen: the game's name, start, and the language switch.
import Phaser from 'phaser';
import { button, el } from '../dom/element';
import { startMusic } from '../services/audio';
import { language, setLanguage, t } from '../services/i18n';
import { projectorMode } from '../services/settings';
import { drawShield } from '../ui/shield';
import { focusFirst, mountScreen } from '../ui/screen';
import { reducedMotion } from '../ui/theme';
import { readLevelsSoon } from './catalog';
import { showPresenterHintOnce } from './presenter';
import { redrawOnWake } from './redraw-on-wake';
import { SceneKey } from './scene-keys';
import { openSettings } from './settings-scene';

export class TitleScene extends Phaser.Scene {
  constructor() {
    super(SceneKey.Title);
  }

  create(): void {
    startMusic();
    const shield = drawShield(this, 960, 250, 220);
    if (!reducedMotion()) this.tweens.add({ targets: shield, y: 236, duration: 1800, yoyo: true, repeat: -1, ease: 'Sine.inOut' });

    const other = language() === 'zh-CN' ? 'en' : 'zh-CN';
    const switchButton = button(t('title.otherLanguage'), () => {
      void setLanguage(other).then(() => this.scene.restart());
    });
    switchButton.lang = other;

    const root = mountScreen(this, 'title-screen', [
      el('div', { className: 'hero' }, [
        el('h1', { text: t('game.title') }),
        el('p', { className: 'subtitle', text: t('game.subtitle') }),
        el('div', { className: 'actions' }, [
          button(t('title.start'), () => this.scene.start(SceneKey.LevelList), 'btn btn-primary'),
          button(t('title.quiz'), () => this.scene.start(SceneKey.Quiz)),
          button(t('results.open'), () => this.scene.start(SceneKey.Results)),
          button(t('plan.heading'), () => this.scene.start(SceneKey.Plan)),
          button(t('settings.open'), () => openSettings(this)),
          ...(projectorMode() ? [button(t('debrief.heading'), () => this.scene.start(SceneKey.Debrief))] : []),
          switchButton,
        ]),
      ]),
      el('p', { className: 'source', text: t('title.source') }),
    ]);
    redrawOnWake(this);
    showPresenterHintOnce();
    focusFirst(root, 'button');
    readLevelsSoon(this);
  }
}
