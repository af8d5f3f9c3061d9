// What each screen is opened with, and opening the settings over a screen: here rather than in the
// screens themselves, so that a screen starts another knowing only this (a screen never imports
// another screen).
import type Phaser from 'phaser';
import type { NodeOf } from '../../core';
import type { LevelReferences } from '../../content/level-references';
import { SceneKey } from './scene-keys';

/** The briefing and the chat open a level by its id. */
export interface ChatData {
  levelId: string;
}

export interface ConsequenceData {
  node: NodeOf<'consequence'>;
  /** What the level cites, resolved when it was loaded (src/content/level-references.ts). */
  references: LevelReferences;
  onContinue: () => void;
}

export interface EndingData {
  levelId: string;
  score: number;
  ending: NodeOf<'ending'>;
  /** The decisions taken, as "node/choice", for the discussion prompts. */
  trail: readonly string[];
}

export interface SettingsData {
  returnTo: string;
  /** The group whose option was just chosen, to keep keyboard focus there after redrawing. */
  focus?: string;
}

/** Opens the settings over a scene, which sleeps until they close. */
export function openSettings(scene: Phaser.Scene): void {
  scene.scene.launch(SceneKey.Settings, { returnTo: scene.scene.key } satisfies SettingsData);
  scene.scene.sleep();
}
