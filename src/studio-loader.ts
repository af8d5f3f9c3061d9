// Registers the level studio with the game the first time it is opened: its code (forms, map,
// layout engine) is a chunk of its own, fetched then, or precached by the service worker and
// inlined in the one-file build, so it opens offline too.
import type Phaser from 'phaser';
import { SceneKey } from './screens/shared/scene-keys';
import { setStudioLoader } from './screens/shared/studio-door';

export function installStudioLoader(game: Phaser.Game): void {
  let loading: Promise<void> | undefined;
  setStudioLoader(game, () =>
    (loading ??= import('./screens/studio/studio-scene').then(({ StudioScene }) => {
      if (!game.scene.getScene(SceneKey.Studio)) game.scene.add(SceneKey.Studio, StudioScene, false);
    })),
  );
}
