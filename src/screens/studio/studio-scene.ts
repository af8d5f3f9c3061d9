// The level studio as a screen of the game. Fetched only when opened (../shared/lazy-scene.ts); it
// mounts the studio (./studio.ts) and gives it what it needs from the game: the shipped levels,
// the registries, playing a level from a node, and putting a level on the level list.
import Phaser from 'phaser';
import { loadCatalog, levelIds } from '../../content/level-catalog';
import { importLevelFile } from '../../content/local-levels';
import { formatProblem } from '../../content/parse-level';
import { registry, techniques } from '../../content/registry';
import { projectorMode, setProjectorMode } from '../../services/settings';
import { getCatalog, levelsReady, setCatalog } from '../shared/catalog';
import { mountScreen } from '../shared/screen';
import { SceneKey } from '../shared/scene-keys';
import { startTrial, type StudioData } from '../shared/studio-door';
import { Studio, type StudioHost } from './studio';
import './studio.css';

/** Where "back" goes: the screen the studio was opened from. */
let cameFrom: string = SceneKey.Title;

export class StudioScene extends Phaser.Scene {
  private studio: Studio | undefined;

  constructor() {
    super(SceneKey.Studio);
  }

  create(data: StudioData & { from?: string } = {}): void {
    if (!levelsReady(this)) return;
    if (data.from) cameFrom = data.from;
    const shipped = getCatalog(this).flatMap((e) => (e.source === 'shipped' && e.parsed.ok ? [e.parsed.level] : []));
    const host: StudioHost = {
      back: () => this.scene.start(cameFrom),
      shipped,
      registry,
      techniques,
      // The meter spans the whole level's score range: a play from the middle keeps its score.
      play: (level, { projector, node, exploration, before }) => {
        startTrial(this, { level, exploration, node, projectorBefore: projectorMode(), before });
        setProjectorMode(projector);
        this.scene.start(SceneKey.Chat, { levelId: level.id });
      },
      playInGame: async (text, level) => {
        const file = new File([text], `${level.id}.json`, { type: 'application/json' });
        // The level's own earlier import is replaced, not counted as a clash.
        const taken = levelIds(getCatalog(this).filter((e) => !(e.source === 'local' && e.file === file.name)));
        const imported = await importLevelFile(file, taken);
        if (!imported.parsed.ok) return imported.parsed.problems.filter((p) => p.severity === 'error').map(formatProblem);
        setCatalog(this, await loadCatalog());
        this.scene.start(SceneKey.LevelList, { imported });
        return undefined;
      },
    };
    this.studio = new Studio(host, data.node);
    mountScreen(this, 'studio-screen', [this.studio.root]);
    this.events.once('shutdown', () => {
      this.studio?.destroy();
      this.studio = undefined;
    });
    this.studio.focusStart();
  }
}
