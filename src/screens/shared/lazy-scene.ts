// Screens the title does not need are fetched when first opened, so the title's JavaScript stays
// within its budget (≤ 250 kB gzip). The service worker precaches their chunks and the one-file
// build inlines them, so they open offline too; once the title is up they are fetched while the
// browser is idle, so opening one does not wait on the network either.
//
// Each screen is registered under its own key as a stand-in: started (or launched) with some
// data, the stand-in fetches the screen's code, hands its key to it and starts it with that data.
// Every other screen keeps calling `scene.start(key, data)` as if the screen were always there.
import Phaser from 'phaser';
import { showErrorScreen } from './error-screen';
import { whenIdle } from '../../services/clock';

type SceneClass = new () => Phaser.Scene;
export type ScreenLoader = () => Promise<SceneClass>;

export function lazyScene(key: string, load: ScreenLoader): SceneClass {
  return class StandIn extends Phaser.Scene {
    /** The data of the latest start: the player may open the screen twice while its code is on its way. */
    private wantedWith: object = {};

    constructor() {
      super(key);
    }

    create(data: object): void {
      this.wantedWith = data;
      const scenes = this.game.scene;
      load().then((Screen) => {
        // An earlier start has already put the screen in its place, with the latest data.
        if (scenes.getScene(key) !== this) return;
        // Still wanted? The player may have moved on while the code was on its way.
        const wanted = scenes.isActive(key);
        scenes.remove(key);
        scenes.add(key, Screen, wanted, this.wantedWith);
      }, showErrorScreen);
    }
  };
}

/** Fetches every screen's code when the browser is next idle (each loader caches its import). */
export function fetchScreensSoon(loaders: readonly ScreenLoader[]): void {
  whenIdle(() => void Promise.all(loaders.map((load) => load())).catch(() => undefined), 2000, 200);
}
