// Dev server only: when a level file changes, re-read the levels and reopen what was on screen, so
// an author sees the edit at once (the level restarts from its beginning).
import type Phaser from 'phaser';
import { findLevel, setCatalog } from './catalog';
import { SceneKey } from './scene-keys';

const PLAYING: readonly string[] = [SceneKey.Briefing, SceneKey.Chat, SceneKey.Consequence, SceneKey.Ending];

export function reloadLevelsOnChange(game: Phaser.Game): void {
  if (!import.meta.hot) return; // a build has no level files to watch, nor this code's imports
  void import('../../content/level-catalog').then(({ loadCatalog, onLevelFilesChanged }) => onLevelFilesChanged(async () => {
    setCatalog(game, await loadCatalog({ fresh: true }));
    const active = game.scene.getScenes(true).map((s) => s.scene.key);
    if (active.includes(SceneKey.LevelList)) return game.scene.getScene(SceneKey.LevelList).scene.restart();
    const playing = active.find((key) => PLAYING.includes(key));
    if (!playing) return;
    const levelId = (game.scene.getScene(playing).sys.settings.data as { levelId?: string } | undefined)?.levelId;
    for (const key of active) game.scene.stop(key);
    game.scene.start(levelId && findLevel(game, levelId) ? SceneKey.Chat : SceneKey.LevelList, levelId ? { levelId } : {});
  }));
}
