// A Phaser game that draws a frame only when its canvas would look different.
//
// Phaser redraws the whole canvas every frame. This game's canvas holds a phone, a meter and an
// emblem (all text is DOM), and it is still most of the time: a player reads, a class talks. On an
// old PC without a GPU, redrawing a full-HD canvas sixty times a second is what a click waits
// behind (`npm run bench`, choice → message with the CPU slowed 4×). So each frame still updates
// every scene (timers, tweens, the story's pacing), but the canvas and the DOM layer's positions
// are drawn only when something drawn changed since the last frame drawn, or is animating.
import Phaser from 'phaser';
import { lookAtObject, sameLooks, type Looks } from './looks';

/** Frames to draw whatever happens: after the game boots or its canvas is resized (which clears it). */
const SETTLE_FRAMES = 2;

export class CalmGame extends Phaser.Game {
  private drawn: Looks = [];
  private looks: Looks = [];
  private settle = SETTLE_FRAMES;

  constructor(config: Phaser.Types.Core.GameConfig) {
    super(config);
    this.events.once(Phaser.Core.Events.READY, () => this.scale.on(Phaser.Scale.Events.RESIZE, () => (this.settle = SETTLE_FRAMES)));
  }

  /** Phaser's Game#step (src/core/Game.js), with the drawing half skipped on a frame that would not change. */
  override step(time: number, delta: number): void {
    if ((this as unknown as { pendingDestroy: boolean }).pendingDestroy || this.isPaused) return super.step(time, delta);
    const events = this.events;
    events.emit(Phaser.Core.Events.PRE_STEP, time, delta);
    events.emit(Phaser.Core.Events.STEP, time, delta);
    this.scene.update(time, delta);
    events.emit(Phaser.Core.Events.POST_STEP, time, delta);

    const animating = this.lookAt(this.looks);
    if (!animating && this.settle === 0 && sameLooks(this.looks, this.drawn)) {
      // SceneManager#render ends the scenes' frame so; scene changes asked for now are not queued.
      (this.scene as { isProcessing: boolean }).isProcessing = false;
      return;
    }
    this.settle = Math.max(0, this.settle - 1);
    [this.drawn, this.looks] = [this.looks, this.drawn];

    const renderer = this.renderer;
    renderer.preRender();
    events.emit(Phaser.Core.Events.PRE_RENDER, renderer, time, delta);
    this.scene.render(renderer);
    renderer.postRender();
    events.emit(Phaser.Core.Events.POST_RENDER, renderer, time, delta);
  }

  /** Writes what the scenes on screen look like into `out`; true while something animates. */
  private lookAt(out: Looks): boolean {
    out.length = 0;
    let animating = false;
    this.scene.scenes.forEach((scene, index) => {
      const sys = scene.sys;
      const status = sys.settings.status;
      // The scenes SceneManager#render draws.
      if (!sys.settings.visible || status < Phaser.Scenes.LOADING || status >= Phaser.Scenes.SLEEPING) return;
      out.push(index, sys.displayList.length);
      if (scene.tweens.getTweens().length > 0) animating = true;
      for (const camera of sys.cameras.cameras) {
        if (camera.shakeEffect.isRunning || camera.fadeEffect.isRunning || camera.flashEffect.isRunning) animating = true;
        if (camera.panEffect.isRunning || camera.zoomEffect.isRunning || camera.rotateToEffect.isRunning) animating = true;
        out.push(camera.x, camera.y, camera.width, camera.height, camera.scrollX, camera.scrollY, camera.zoom, camera.alpha, +camera.visible);
      }
      for (const object of sys.displayList.list) lookAtObject(object, out);
    });
    return animating;
  }
}
