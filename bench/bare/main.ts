// The bench's reference point: Phaser 4 from the full `phaser` package, one scene with one text,
// at the game's size and scale mode. It tells the bench when its first frame is drawn and when a
// click has changed the text, and restarts its scene on request (the bare version of a level play).
import Phaser from 'phaser';

interface BareHooks {
  /** performance.now() when the scene's first frame was drawn: the bare page's "interactive". */
  interactiveAt?: number;
  /** Called when a click has changed the text (the bench's input → screen measure). */
  onChange?: () => void;
  renderer?: string;
  restart(): Promise<void>;
}

const hooks: BareHooks = { restart: () => Promise.resolve() };
(window as unknown as { bareBench: BareHooks }).bareBench = hooks;

class Hello extends Phaser.Scene {
  private clicks = 0;

  constructor() {
    super('hello');
  }

  create(): void {
    const text = this.add.text(960, 540, 'Hello, Phaser 4', { fontFamily: 'sans-serif', fontSize: '120px', color: '#f4f7ff' }).setOrigin(0.5);
    this.tweens.add({ targets: text, y: 520, duration: 900, yoyo: true, repeat: -1, ease: 'Sine.inOut' });
    this.input.on('pointerdown', () => {
      text.setText(`Clicked ${++this.clicks}`);
      hooks.onChange?.();
    });
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
      hooks.interactiveAt ??= performance.now();
      hooks.renderer = this.game.renderer.type === Phaser.WEBGL ? 'WebGL' : 'Canvas';
    });
  }
}

const game = new Phaser.Game({
  type: Phaser.AUTO,
  parent: 'game',
  width: 1920,
  height: 1080,
  backgroundColor: '#0b1630',
  scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
  banner: false,
  scene: [Hello],
});

hooks.restart = () =>
  new Promise((done) => {
    const scene = game.scene.getScene('hello');
    scene.events.once(Phaser.Scenes.Events.CREATE, () => game.events.once(Phaser.Core.Events.POST_RENDER, () => done()));
    scene.scene.restart();
  });
