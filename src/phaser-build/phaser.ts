// The game's own Phaser: Phaser 4 built from its sources with only the systems and game objects the
// game uses. Phaser's ready-made bundle does not tree-shake (≈357 KB gzip); this is well under half
// of that. vite.config.ts points `phaser` here for the build, so the scenes keep writing
// `import Phaser from 'phaser'` against the official types; the dev server uses the full package.
//
// Modelled on node_modules/phaser/src/phaser-core.js, minus what the game never touches: the
// loader and its file types, sprites, images, text, layers, animations, the data and lights
// plugins, gamepads and sound (the game plays sound through howler). Each scene plugin below
// registers itself when loaded; a plugin that is not loaded is simply not installed. The build's
// flags (vite.config.ts) leave out the WebGL renderer, and ./phaser-math.cjs stands in for the
// Math namespace Phaser's config requires whole.
//
// Using something new from Phaser? Load it here: a game object's factory (it adds
// `this.add.<name>`) and its class if the code names it as `Phaser.GameObjects.<Name>`; a scene
// system's plugin file. tests/unit/phaser-build.test.ts names what is missing; the end-to-end
// tests, which run the build, fail on it too.
import type PhaserTypes from 'phaser';
// The renderers' namespace first, as phaser-core.js has it loaded before a game starts: the WebGL
// render nodes require each other in a circle that only resolves in that order.
import Renderer from 'phaser-source/renderer/index.js';
import CONST from 'phaser-source/const.js';
import Extend from 'phaser-source/utils/object/Extend.js';
import Game from 'phaser-source/core/Game.js';
import CoreEvents from 'phaser-source/core/events/index.js';
import SceneConst from 'phaser-source/scene/const.js';
import Scene from 'phaser-source/scene/Scene.js';
import Scale from 'phaser-source/scale/index.js';
import Vector2 from 'phaser-source/math/Vector2.js';
import GameObject from 'phaser-source/gameobjects/GameObject.js';
import Graphics from 'phaser-source/gameobjects/graphics/Graphics.js';
import DOMElement from 'phaser-source/gameobjects/domelement/DOMElement.js';
import Shape from 'phaser-source/gameobjects/shape/Shape.js';
import Arc from 'phaser-source/gameobjects/shape/arc/Arc.js';
import Rectangle from 'phaser-source/gameobjects/shape/rectangle/Rectangle.js';
import TweenManager from 'phaser-source/tweens/TweenManager.js';
import Tween from 'phaser-source/tweens/tween/Tween.js';
import Clock from 'phaser-source/time/Clock.js';
import TimerEvent from 'phaser-source/time/TimerEvent.js';
import Camera from 'phaser-source/cameras/2d/Camera.js';
import CameraManager from 'phaser-source/cameras/2d/CameraManager.js';

// Scene systems: every scene gets these (`this.events`, `this.scene`, `this.add`, `this.make`,
// `this.children`, `this.cameras`, `this.time`, `this.tweens`, `this.input`, `this.input.keyboard`).
import 'phaser-source/events/EventEmitter.js';
import 'phaser-source/scene/ScenePlugin.js';
import 'phaser-source/gameobjects/GameObjectFactory.js';
import 'phaser-source/gameobjects/GameObjectCreator.js';
import 'phaser-source/gameobjects/DisplayList.js';
import 'phaser-source/gameobjects/UpdateList.js';
import 'phaser-source/input/InputPlugin.js';
import 'phaser-source/input/keyboard/KeyboardPlugin.js';

// Game object factories: `this.add.graphics`, `.dom`, `.circle`, `.rectangle`.
import 'phaser-source/gameobjects/graphics/GraphicsFactory.js';
import 'phaser-source/gameobjects/domelement/DOMElementFactory.js';
import 'phaser-source/gameobjects/shape/arc/ArcFactory.js';
import 'phaser-source/gameobjects/shape/rectangle/RectangleFactory.js';

type Merge = (deep: boolean, ...objects: object[]) => object;

const Phaser = (Extend as Merge)(
  false,
  {
    Game,
    Core: { Events: CoreEvents },
    Renderer,
    Scene,
    Scenes: SceneConst,
    Scale,
    Math: { Vector2 },
    GameObjects: { GameObject, Graphics, DOMElement, Shape, Arc, Rectangle },
    Tweens: { TweenManager, Tween },
    Time: { Clock, TimerEvent },
    Cameras: { Scene2D: { Camera, CameraManager } },
  },
  CONST as object,
);

export default Phaser as unknown as typeof PhaserTypes;
