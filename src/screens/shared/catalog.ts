// The level catalog, shared by the scenes through the game's registry. The title does not wait for
// it: the levels are read once the title is on screen, so that nothing but the game's own code
// stands between a click on the page and a title that answers; the code that reads and checks
// them (the JSON parser, the checker's messages) is fetched then too, outside the title's budget.
// A screen that lists levels and opens before they are read shows a loading line and reopens
// itself when they are.
import type Phaser from 'phaser';
import type { CatalogEntry } from '../../content/level-catalog';
import { el } from './element';
import { t } from '../../services/i18n';
import { whenIdle } from '../../services/clock';
import { mountScreen } from './screen';
import { trialLevel } from './studio-door';

const KEY = 'catalog';
const LOADING = 'catalog-loading';

/** A scene or the game itself: both carry the game-wide registry. */
type Holder = Pick<Phaser.Scene, 'registry'>;

export const setCatalog = (holder: Holder, entries: readonly CatalogEntry[]): void => void holder.registry.set(KEY, entries);

export const getCatalog = (holder: Holder): readonly CatalogEntry[] => (holder.registry.get(KEY) as CatalogEntry[] | undefined) ?? [];

export const findLevel = (holder: Holder, levelId: string) => {
  const trial = trialLevel(holder, levelId); // a level played from the studio
  if (trial) return { ok: true as const, level: trial.level, problems: [], exploration: trial.exploration };
  for (const entry of getCatalog(holder)) if (entry.parsed.ok && entry.parsed.level.id === levelId) return entry.parsed;
  return undefined;
};

/** Reads the levels once; every later call shares that reading. */
function readLevels(holder: Holder): Promise<unknown> {
  const reading = holder.registry.get(LOADING) as Promise<unknown> | undefined;
  if (reading) return reading;
  const started = import('../../content/level-catalog').then(({ loadCatalog }) => loadCatalog()).then((entries) => setCatalog(holder, entries));
  holder.registry.set(LOADING, started);
  return started;
}

/** Starts reading the levels when the browser is next idle, after the screen now shown has painted. */
export function readLevelsSoon(holder: Holder): void {
  whenIdle(() => void readLevels(holder), 500, 50);
}

/**
 * For a scene that lists levels, at the top of its create(): true when the levels are read.
 * Otherwise the scene shows a loading line and is opened again, with the same data, once they are.
 */
export function levelsReady(scene: Phaser.Scene): boolean {
  if (scene.registry.has(KEY)) return true;
  mountScreen(scene, 'loading-screen', [el('p', { text: t('levels.loading'), attrs: { role: 'status' } })]);
  void readLevels(scene).then(() => {
    if (scene.scene.isActive()) scene.scene.restart(scene.sys.settings.data);
  });
  return false;
}
