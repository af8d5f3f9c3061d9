// A Phaser game that draws a frame only when its canvas would look different.
//
// Phaser redraws the whole canvas every frame. This game's canvas holds a phone, a meter and an
// emblem (all text is DOM), and it is still most of the time: a player reads, a class talks. On an
// old PC without a GPU, redrawing a full-HD canvas sixty times a second is what a click waits
// behind (`npm run bench`, choice → message with the CPU slowed 4×). So each frame still updates
// every scene (timers, tweens, the story's pacing), but the canvas and the DOM layer's positions
// are drawn only when something drawn changed since the last frame drawn, or is animating.
// And when nothing has been drawn for half a second and nothing waits (no timer, tween or scene
// change), the game stops asking for frames at all until the player acts: an idle title or a
// decision the class is discussing costs no frames (a running loop with nothing to draw still took
// about 6 % of a core in Chromium without a GPU).
import Phaser from 'phaser';
import { Timeout } from '../../services/clock';
import { lookAtObject, sameLooks, type Looks } from './looks';

/** Frames to draw whatever happens: after the game boots or its canvas is resized (which clears it). */
const SETTLE_FRAMES = 2;
/** Still frames (nothing drawn, nothing waiting) after which the loop sleeps: half a second. */
const FRAMES_TO_SLEEP = 30;
/**
 * While asleep, how often the game looks for work that no input announced: a scene started by a
 * hub's message or a timer, a screen's code arriving, a tween or a timer set by one of them, or
 * anything they changed on the canvas.
 */
const LOOK_MS = 100;
/** What a person does, and the window changing: each wakes the loop at once. */
const WAKING_EVENTS = ['keydown', 'keyup', 'pointerdown', 'pointerup', 'pointermove', 'wheel', 'touchstart', 'input', 'change', 'focusin', 'resize', 'storage', 'visibilitychange'];

/** A scene that changes what it draws every frame by itself (the title's bobbing emblem) says so. */
export interface Animated {
  readonly animatesEachFrame: boolean;
}

export class CalmGame extends Phaser.Game {
  private drawn: Looks = [];
  private looks: Looks = [];
  private settle = SETTLE_FRAMES;
  private stillFrames = 0;
  private asleep = false;
  /** The next look while asleep: one at a time, however often the loop sleeps and wakes. */
  private readonly nextLook = new Timeout();

  constructor(config: Phaser.Types.Core.GameConfig) {
    super(config);
    this.events.once(Phaser.Core.Events.READY, () => {
      this.scale.on(Phaser.Scale.Events.RESIZE, () => (this.settle = SETTLE_FRAMES));
      const wake = () => this.wake();
      for (const type of WAKING_EVENTS) window.addEventListener(type, wake, { capture: true, passive: true });
    });
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
      this.stillFrames = this.waiting() ? 0 : this.stillFrames + 1;
      if (this.stillFrames >= FRAMES_TO_SLEEP) this.sleep();
      return;
    }
    this.stillFrames = 0;
    this.settle = Math.max(0, this.settle - 1);
    [this.drawn, this.looks] = [this.looks, this.drawn];

    const renderer = this.renderer;
    renderer.preRender();
    events.emit(Phaser.Core.Events.PRE_RENDER, renderer, time, delta);
    this.scene.render(renderer);
    renderer.postRender();
    events.emit(Phaser.Core.Events.POST_RENDER, renderer, time, delta);
  }

  /** True while a frame would do something: a scene change queued, a timer or tween set, a scene animating by itself. */
  private waiting(): boolean {
    const queues = this.scene as unknown as { _pending: unknown[]; _start: unknown[]; _queue: unknown[] };
    if (queues._pending.length + queues._start.length + queues._queue.length > 0) return true;
    return this.scene.scenes.some((scene) => {
      if (scene.sys.settings.status !== Phaser.Scenes.RUNNING) return false;
      const timers = scene.time as unknown as { _active: unknown[]; _pendingInsertion: unknown[] } | undefined;
      if (timers && timers._active.length + timers._pendingInsertion.length > 0) return true;
      return (scene.tweens?.getTweens().length ?? 0) > 0 || (scene as Partial<Animated>).animatesEachFrame === true;
    });
  }

  /**
   * Stops the loop, looking now and then for work that came without an input, or for a change to
   * what the canvas shows (a scene started outside the loop is created at once, but drawn by it).
   */
  private sleep(): void {
    this.asleep = true;
    this.loop.sleep();
    const look = () => {
      if (this.waiting() || this.lookAt(this.looks) || !sameLooks(this.looks, this.drawn)) this.wake();
      else this.nextLook.set(LOOK_MS, look);
    };
    this.nextLook.set(LOOK_MS, look);
  }

  private wake(): void {
    if (!this.asleep) return;
    this.asleep = false;
    this.nextLook.clear();
    this.stillFrames = 0;
    this.loop.wake();
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
