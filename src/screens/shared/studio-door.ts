// The way into the level studio, and back to it from a level played out of it. The studio's code
// is fetched only when it is opened (./lazy-scene.ts), so the title's JavaScript stays small;
// screens reach it through here, never by importing it.
import type Phaser from 'phaser';
import type { Exploration, Level, TrailStep } from '../../core';
import { setProjectorMode } from '../../services/settings';
import { SceneKey } from './scene-keys';

/** Where the studio opens: the draft and node it was at (after a play), if any. */
export interface StudioData {
  readonly node?: string;
  /** The screen "back" returns to. */
  readonly from?: string;
}

type Holder = Pick<Phaser.Scene, 'registry'>;
const TRIAL = 'studio-trial';

/** Opens the studio from any screen. */
export function openStudio(scene: Phaser.Scene, data: StudioData = {}): void {
  scene.scene.start(SceneKey.Studio, data);
}

/**
 * A level played from the studio: not on the level list, saves no progress, and leaving it goes
 * back to the studio at the node it was played from. The mode it was played in (personal or
 * projector) is the player's setting only while it lasts.
 */
export interface Trial {
  readonly level: Level;
  readonly exploration: Exploration;
  readonly node: string;
  readonly projectorBefore: boolean;
  /**
   * The decisions a play takes to reach `node` from the level's start: the chat starts its story
   * with them (StoryOptions.before), so the game's star rule rates the play exactly as it would
   * rate the same play from the start.
   */
  readonly before: readonly TrailStep[];
}

export const startTrial = (holder: Holder, trial: Trial): void => void holder.registry.set(TRIAL, trial);

/** The level being played from the studio, if `levelId` is it. */
export function trialLevel(holder: Holder, levelId?: string): Trial | undefined {
  const trial = holder.registry.get(TRIAL) as Trial | undefined;
  return trial && (levelId === undefined || trial.level.id === levelId) ? trial : undefined;
}

/** Leaves a level: back to the studio if it was played from there, else to the level list. */
export function leaveLevel(scene: Phaser.Scene): void {
  const trial = trialLevel(scene);
  if (!trial) return void scene.scene.start(SceneKey.LevelList);
  scene.registry.remove(TRIAL);
  setProjectorMode(trial.projectorBefore);
  scene.scene.start(SceneKey.Studio, { node: trial.node } satisfies StudioData);
}
