// The class-session layer as a screen of the game's table (src/game.ts): the title launches it over
// itself (../shared/navigation.ts, openClassSession), and its code is fetched only then, so a game
// no hub served never loads it. The layer is DOM over the whole page (./session-screen.ts); this
// scene only opens it and goes where it leads: back to the screen under it, or on to the levels.
import Phaser from 'phaser';
import type { ClassSessionData } from '../shared/navigation';
import { SceneKey } from '../shared/scene-keys';
import { openClassSession } from './session-screen';

export class ClassSessionScene extends Phaser.Scene {
  constructor() {
    super(SceneKey.ClassSession);
  }

  create({ returnTo }: ClassSessionData): void {
    openClassSession({
      onClose: () => this.scene.stop(),
      onPlay: () => {
        this.scene.stop(returnTo);
        this.scene.start(SceneKey.LevelList);
      },
    });
  }
}
