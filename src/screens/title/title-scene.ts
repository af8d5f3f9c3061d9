// The title screen: the game's name, start, and the language switch.
import Phaser from 'phaser';
import { button, el } from '../shared/element';
import { startMusic } from '../../services/audio';
import { language, setLanguage, t } from '../../services/i18n';
import { projectorMode } from '../../services/settings';
import { drawShield } from './shield';
import { focusFirst, mountScreen } from '../shared/screen';
import { reducedMotion } from '../shared/theme';
import { applyLayout } from '../shared/layout-vars';
import { TITLE_LAYOUT } from './layout';
import { readLevelsSoon } from '../shared/catalog';
import { showPresenterHintOnce } from '../shared/presenter';
import { redrawOnWake } from '../shared/redraw-on-wake';
import { SceneKey } from '../shared/scene-keys';
import { openSettings } from '../shared/navigation';
import { openStudio } from '../shared/studio-door';
import { servedByHub } from '../../class/client';
import { openClassSession } from '../../class/session-door';
import { ct } from '../../class/ui-text';
import { preloadArt } from '../../art/screen-art';
import { boosterDue, formsRecord } from '../../content/quiz-record';
import './title.css';
import './booster.css';

export class TitleScene extends Phaser.Scene {
  constructor() {
    super(SceneKey.Title);
  }

  create(): void {
    startMusic();
    const { x, y, size, bob } = TITLE_LAYOUT.shield;
    const shield = drawShield(this, x, y, size);
    if (!reducedMotion()) this.tweens.add({ targets: shield, y: y - bob, duration: 1800, yoyo: true, repeat: -1, ease: 'Sine.inOut' });

    const other = language() === 'zh-CN' ? 'en' : 'zh-CN';
    const switchButton = button(t('title.otherLanguage'), () => {
      void setLanguage(other).then(() => this.scene.restart());
    });
    switchButton.lang = other;

    const root = mountScreen(this, 'title-screen', [
      el('div', { className: 'hero' }, [
        el('h1', { text: t('game.title') }),
        el('p', { className: 'subtitle', text: t('game.subtitle') }),
        // The learning check's booster, a week or more after form B: this computer remembers.
        boosterDue(formsRecord(), new Date()).due ? el('p', { className: 'booster-due', text: t('teach.check.boosterDue'), attrs: { role: 'status' } }) : null,
        el('div', { className: 'actions' }, [
          button(t('title.start'), () => this.scene.start(SceneKey.LevelList), 'btn btn-primary'),
          button(t('title.quiz'), () => this.scene.start(SceneKey.Quiz)),
          button(t('results.open'), () => this.scene.start(SceneKey.Results)),
          button(t('teach.handbook.open'), () => this.scene.start(SceneKey.Handbook, { from: SceneKey.Title })),
          button(t('plan.heading'), () => this.scene.start(SceneKey.Plan)),
          button(t('studio.open'), () => openStudio(this, { from: SceneKey.Title })),
          button(t('settings.open'), () => openSettings(this)),
          ...(projectorMode() ? [button(t('debrief.heading'), () => this.scene.start(SceneKey.Debrief))] : []),
          // Only when the hub (npm run class) served the page: a static deployment shows nothing new.
          ...(projectorMode() && servedByHub() ? [button(ct('entry'), () => openClassSession({ onPlay: () => this.scene.start(SceneKey.LevelList) }))] : []),
          switchButton,
        ]),
      ]),
      el('p', { className: 'source', text: t('title.source') }),
    ], { page: true });
    applyLayout(root, 'title', TITLE_LAYOUT);
    redrawOnWake(this);
    showPresenterHintOnce();
    focusFirst(root, 'button');
    readLevelsSoon(this);
    preloadArt(); // faces, pictures and emoji: lazily loaded chunks, fetched once the title is up
  }
}
