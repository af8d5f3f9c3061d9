// The factory: a configured game mounted in any parent element, as Phaser's template does it.
import Phaser from 'phaser';
import { CalmGame } from './screens/shared/calm-game';
import { BriefingScene } from './screens/briefing/briefing-scene';
import { ChatScene } from './screens/chat/chat-scene';
import { ConsequenceScene } from './screens/consequence/consequence-scene';
import { DebriefScene } from './screens/debrief/debrief-scene';
import { EndingScene } from './screens/ending/ending-scene';
import { reloadLevelsOnChange } from './screens/shared/hot-levels';
import { installPresenterKeys } from './screens/shared/presenter';
import { LevelListScene } from './screens/level-list/level-list-scene';
import { PlanScene } from './screens/plan/plan-scene';
import { QuizScene } from './screens/quiz/quiz-scene';
import { ResultsScene } from './screens/results/results-scene';
import { SettingsScene } from './screens/settings/settings-scene';
import { TitleScene } from './screens/title/title-scene';
import { HandbookScene } from './screens/handbook/handbook-scene';
import { SCREEN } from './screens/shared/theme';
import { installStudioLoader } from './studio-loader';

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
    scene: [TitleScene, LevelListScene, BriefingScene, ChatScene, ConsequenceScene, EndingScene, QuizScene, SettingsScene, DebriefScene, ResultsScene, PlanScene, HandbookScene],
  });
  // The canvas only decorates (backdrop shapes, stars, meter); every word is DOM, so assistive
  // technology skips it (axe's "region" rule flagged it as content outside a landmark).
  if (game.canvas) game.canvas.setAttribute('aria-hidden', 'true');
  else game.events.once('ready', () => game.canvas.setAttribute('aria-hidden', 'true'));
  reloadLevelsOnChange(game);
  installPresenterKeys(game);
  installStudioLoader(game); // the level studio's code loads when it is first opened
  return game;
}
