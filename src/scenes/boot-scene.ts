// Loads the level catalog (validating every level) while showing a loading line, then the title.
import Phaser from 'phaser';
import { loadCatalog } from '../content/level-catalog';
import { el } from '../dom/element';
import { t } from '../services/i18n';
import { drawBackdrop } from '../ui/backdrop';
import { mountScreen } from '../ui/screen';
import { setCatalog } from './catalog';
import { SceneKey } from './scene-keys';

export class BootScene extends Phaser.Scene {
  constructor() {
    super(SceneKey.Boot);
  }

  create(): void {
    drawBackdrop(this);
    mountScreen(this, 'boot-screen', [el('p', { text: t('boot.loading'), attrs: { role: 'status' } })]);
    loadCatalog().then((entries) => {
      setCatalog(this, entries);
      this.scene.start(SceneKey.Title);
    });
  }
}
