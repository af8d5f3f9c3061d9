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
import { levelsReady, readLevelsSoon } from '../shared/catalog';
import { showPresenterHintOnce } from '../shared/presenter';
import { redrawOnWake } from '../shared/redraw-on-wake';
import type { Animated } from '../shared/calm-game';
import { SceneKey } from '../shared/scene-keys';
import { openClassSession, openSettings } from '../shared/navigation';
import { openStudio } from '../shared/studio-door';
// Only what the title needs at once: the hub's client, the quiz's scoring and the art's code (zod
// among them) are fetched later, outside the title's JavaScript budget.
import { classLevel, classLevelOpened, servedByHub } from '../../class/hub-page';
import { ct } from '../../class/ui-text';
import { boosterDue, formsRecord } from '../../content/forms-record';
import './title.css';
import './booster.css';
import { today } from '../../services/clock';

/** Up and down again in twice this. */
const BOB_MS = 1800;

export class TitleScene extends Phaser.Scene implements Animated {
  private bob: ((time: number) => void) | undefined;

  /** The emblem bobs every frame, unless motion is reduced: the game's loop does not sleep under it. */
  get animatesEachFrame(): boolean {
    return this.bob !== undefined;
  }

  constructor() {
    super(SceneKey.Title);
  }

  create(): void {
    // A self-paced student's "Open the game" (./?class&level=<id>) lands on the teacher's level, once.
    const classStart = classLevel();
    if (classStart) {
      if (!levelsReady(this)) return; // reopened once the levels are read
      classLevelOpened();
      return void this.scene.start(SceneKey.Briefing, { levelId: classStart });
    }
    startMusic();
    const { x, y, size, bob } = TITLE_LAYOUT.shield;
    const shield = drawShield(this, x, y, size);
    // The emblem bobs gently, a whole pixel at a time: the canvas is then drawn about 8 times a
    // second, only when the emblem has moved (../shared/calm-game.ts), where a tween kept it at 60
    // (two-thirds of a core on a projector's PC left on the title while a hall fills).
    this.bob = reducedMotion() ? undefined : (time) => (shield.y = y - Math.round((bob * (1 - Math.cos((time / BOB_MS) * Math.PI))) / 2));

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
        boosterDue(formsRecord(), today()).due ? el('p', { className: 'booster-due', text: t('teach.check.boosterDue'), attrs: { role: 'status' } }) : null,
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
          ...(projectorMode() && servedByHub() ? [button(ct('entry'), () => openClassSession(this))] : []),
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
    void import('../../art/screen-art').then((art) => art.preloadArt()); // faces, pictures and emoji: fetched once the title is up
  }

  override update(time: number): void {
    this.bob?.(time);
  }
}
