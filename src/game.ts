// The factory: a configured game mounted in any parent element, as Phaser's template does it.
// SCREENS below is the table of screens: one key (./screens/shared/scene-keys.ts) and one folder
// (./screens/<name>/) each. Where a change belongs: docs/architecture.md.
import Phaser from 'phaser';
import { CalmGame } from './screens/shared/calm-game';
import { reloadLevelsOnChange } from './screens/shared/hot-levels';
import { installPresenterKeys } from './screens/shared/presenter';
import { watchPhoneLayout } from './screens/shared/phone-mode';
import { TitleScene } from './screens/title/title-scene';
import { SCREEN } from './screens/shared/theme';
import { SceneKey } from './screens/shared/scene-keys';
import { fetchScreensSoon, lazyScene, type ScreenLoader } from './screens/shared/lazy-scene';

/** Every screen but the title, each fetched when first needed (./screens/shared/lazy-scene.ts). */
const SCREENS: Record<Exclude<(typeof SceneKey)[keyof typeof SceneKey], typeof SceneKey.Title>, ScreenLoader> = {
  [SceneKey.LevelList]: () => import('./screens/level-list/level-list-scene').then((m) => m.LevelListScene),
  [SceneKey.Briefing]: () => import('./screens/briefing/briefing-scene').then((m) => m.BriefingScene),
  [SceneKey.Chat]: () => import('./screens/chat/chat-scene').then((m) => m.ChatScene),
  [SceneKey.Consequence]: () => import('./screens/consequence/consequence-scene').then((m) => m.ConsequenceScene),
  [SceneKey.Ending]: () => import('./screens/ending/ending-scene').then((m) => m.EndingScene),
  [SceneKey.Quiz]: () => import('./screens/quiz/quiz-scene').then((m) => m.QuizScene),
  [SceneKey.Settings]: () => import('./screens/settings/settings-scene').then((m) => m.SettingsScene),
  [SceneKey.Debrief]: () => import('./screens/debrief/debrief-scene').then((m) => m.DebriefScene),
  [SceneKey.Results]: () => import('./screens/results/results-scene').then((m) => m.ResultsScene),
  [SceneKey.Plan]: () => import('./screens/plan/plan-scene').then((m) => m.PlanScene),
  [SceneKey.Handbook]: () => import('./screens/handbook/handbook-scene').then((m) => m.HandbookScene),
  // The level studio is fetched only when opened, never ahead: most players never open it.
  [SceneKey.Studio]: () => import('./screens/studio/studio-scene').then((m) => m.StudioScene),
  // The class session's layer, launched over the title only on a page a hub served: never ahead either.
  [SceneKey.ClassSession]: () => import('./screens/class-session/class-session-scene').then((m) => m.ClassSessionScene),
};

/** Screens fetched only when opened, not while the browser is idle. */
const ONLY_WHEN_OPENED = new Set<string>([SceneKey.Studio, SceneKey.ClassSession]);

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
    scene: [TitleScene, ...Object.entries(SCREENS).map(([key, load]) => lazyScene(key, load))],
  });
  // The canvas only decorates (backdrop shapes, stars, meter); every word is DOM, so assistive
  // technology skips it (axe's "region" rule flagged it as content outside a landmark).
  if (game.canvas) game.canvas.setAttribute('aria-hidden', 'true');
  else game.events.once('ready', () => game.canvas.setAttribute('aria-hidden', 'true'));
  reloadLevelsOnChange(game);
  installPresenterKeys(game);
  watchPhoneLayout(game);
  game.events.once('ready', () => fetchScreensSoon(Object.entries(SCREENS).filter(([key]) => !ONLY_WHEN_OPENED.has(key)).map(([, load]) => load)));
  return game;
}
