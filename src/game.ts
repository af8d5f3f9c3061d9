// The factory: a configured game mounted in any parent element, as Phaser's template does it.
import Phaser from 'phaser';
import { BootScene } from './scenes/boot-scene';
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
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent,
    width: SCREEN.width,
    height: SCREEN.height,
    backgroundColor: '#0b1630',
    // Scale to any screen at 16:9, letterboxed: never stretched, never cropped.
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
    // Text and controls are real DOM laid over the canvas, scaled with it.
    dom: { createContainer: true },
    banner: false,
    audio: { noAudio: true },
    scene: [BootScene, TitleScene, LevelListScene, BriefingScene, ChatScene, ConsequenceScene, EndingScene, QuizScene, SettingsScene, DebriefScene, ResultsScene, PlanScene],
  });
  reloadLevelsOnChange(game);
  installPresenterKeys(game);
  return game;
}
