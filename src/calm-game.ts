// A Phaser game that draws a frame only when its canvas would look different.
//
// Phaser redraws the whole canvas every frame. This game's canvas holds a phone, a meter and an
// emblem (all text is DOM), and it is still most of the time: a player reads, a class talks. On an
// old PC without a GPU, redrawing a full-HD canvas sixty times a second is what a click waits
// behind (`npm run bench`, choice → message with the CPU slowed 4×). So each frame still updates
// every scene (timers, tweens, the story's pacing), but the canvas and the DOM layer's positions
// are drawn only when something drawn changed since the last frame drawn, or is animating.
import Phaser from 'phaser';

/** What a frame of the canvas is made of, as numbers; equal numbers draw an equal frame. */
type Looks = number[];

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

function lookAtObject(object: Phaser.GameObjects.GameObject, out: Looks): void {
  const o = object as Partial<Phaser.GameObjects.Shape> & Partial<Phaser.GameObjects.Graphics>;
  out.push(+(o.visible ?? true), o.depth ?? 0, o.x ?? 0, o.y ?? 0, o.alpha ?? 1, o.scaleX ?? 1, o.scaleY ?? 1, o.rotation ?? 0);
  // A Graphics' drawing is its list of commands (numbers: command codes, coordinates, colours).
  if (o.commandBuffer) out.push(o.commandBuffer.length, ...o.commandBuffer.map(Number));
  // A Shape's is its path, fill and stroke.
  if (o.pathData) {
    out.push(o.pathData.length, ...o.pathData, +(o.isFilled ?? 0), o.fillColor ?? 0, o.fillAlpha ?? 0, +(o.isStroked ?? 0));
    out.push(o.strokeColor ?? 0, o.strokeAlpha ?? 0, o.lineWidth ?? 0, o.width ?? 0, o.height ?? 0);
  }
}

function sameLooks(a: Looks, b: Looks): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}
