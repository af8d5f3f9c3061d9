// The loaded level catalog, shared by the scenes through the game's registry.
import type Phaser from 'phaser';
import type { CatalogEntry } from '../content/level-catalog';

const KEY = 'catalog';

export const setCatalog = (scene: Phaser.Scene, entries: readonly CatalogEntry[]): void => {
  scene.registry.set(KEY, entries);
};

export const getCatalog = (scene: Phaser.Scene): readonly CatalogEntry[] => (scene.registry.get(KEY) as CatalogEntry[] | undefined) ?? [];

export const findLevel = (scene: Phaser.Scene, levelId: string) => {
  for (const entry of getCatalog(scene)) if (entry.parsed.ok && entry.parsed.level.id === levelId) return entry.parsed;
  return undefined;
};
