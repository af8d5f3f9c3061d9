// What each screen is opened with, and opening the settings over a screen: here rather than in the
// screens themselves, so that a screen starts another knowing only this (a screen never imports
// another screen).
import type Phaser from 'phaser';
import type { FinishedPlay, Level, NodeOf } from '../../core';
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

/** The ending is handed the finished play and the level it was played in: it looks nothing up. */
export interface EndingData {
  /** Outcome, score, stars and why, prompts: src/core/finish.ts. */
  play: FinishedPlay;
  level: Level;
  /** The best score a play of the level can reach (the checker's exploration). */
  best: number;
}

export interface SettingsData {
  returnTo: string;
  /** The group whose option was just chosen, to keep keyboard focus there after redrawing. */
  focus?: string;
}

/** The class-session layer goes back to this screen when it closes, or on to the levels. */
export interface ClassSessionData {
  returnTo: string;
}

/** Opens the class-session layer (src/screens/class-session/) over a scene: the title, on a hub's page. */
export function openClassSession(scene: Phaser.Scene): void {
  scene.scene.launch(SceneKey.ClassSession, { returnTo: scene.scene.key } satisfies ClassSessionData);
}

/** Opens the settings over a scene, which sleeps until they close. */
export function openSettings(scene: Phaser.Scene): void {
  scene.scene.launch(SceneKey.Settings, { returnTo: scene.scene.key } satisfies SettingsData);
  scene.scene.sleep();
}
