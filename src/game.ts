// The factory: a configured game mounted in any parent element, as Phaser's template does it.
import Phaser from 'phaser';
import { CalmGame } from './calm-game';
import { BriefingScene } from './scenes/briefing-scene';
import { ChatScene } from './scenes/chat-scene';
import { ConsequenceScene } from './scenes/consequence-scene';
import { DebriefScene } from './scenes/debrief-scene';
import { EndingScene } from './scenes/ending-scene';
import { reloadLevelsOnChange } from './scenes/hot-levels';
import { installPresenterKeys } from './scenes/presenter';
import { LevelListScene } from './scenes/level-list-scene';
import { PlanScene } from './scenes/plan-scene';
import { QuizScene } from './scenes/quiz-scene';
import { ResultsScene } from './scenes/results-scene';
import { SettingsScene } from './scenes/settings-scene';
import { TitleScene } from './scenes/title-scene';
import { SCREEN } from './ui/theme';

export function startGame(parent: HTMLElement): Phaser.Game {
  const game = new CalmGame({
    type: Phaser.AUTO,
    parent,
    width: SCREEN.width,
    height: SCREEN.height,
    // The backdrop is the canvas's CSS background (style.css): the browser draws it once, where
    // the canvas would redraw its gradient and 336 dots every frame.
    transparent: true,
    // Scale to any screen at 16:9, letterboxed: never stretched, never cropped.
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
    // Text and controls are real DOM laid over the canvas, scaled with it.
    dom: { createContainer: true },
    banner: false,
    audio: { noAudio: true },
    // Every control is DOM: Phaser listens to the keyboard only (presenter keys), not the pointer.
    input: { mouse: false, touch: false, gamepad: false },
    scene: [TitleScene, LevelListScene, BriefingScene, ChatScene, ConsequenceScene, EndingScene, QuizScene, SettingsScene, DebriefScene, ResultsScene, PlanScene],
  });
  reloadLevelsOnChange(game);
  installPresenterKeys(game);
  return game;
}
