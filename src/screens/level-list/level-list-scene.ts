// The level list: every level, and for a broken file the checker's messages, so a teacher sees what
// to fix while every other level stays playable. A teacher can load their own level file here.
import Phaser from 'phaser';
import type { Level } from '../../core';
import { levelIds, loadCatalog, type CatalogEntry } from '../../content/level-catalog';
import { importLevelFile, removeStoredLevel, type ImportResult } from '../../content/local-levels';
import { formatProblem, type Problem } from '../../content/parse-level';
import { referencesOf } from '../../content/level-references';
import { button, el } from '../shared/element';
import { startMusic } from '../../services/audio';
import { language, local, t } from '../../services/i18n';
import { focusFirst, mountScreen } from '../shared/screen';
import { getCatalog, levelsReady, setCatalog } from '../shared/catalog';
import { setPresenter } from '../shared/presenter';
import { redrawOnWake } from '../shared/redraw-on-wake';
import { SceneKey } from '../shared/scene-keys';
import { openSettings } from '../shared/navigation';
import { openStudio } from '../shared/studio-door';
import { castFaces, levelCover, levelStatus } from '../../art/screen-art';
import { keepFitted } from '../shared/fit';
import { pager, type Pager } from '../shared/pager';
import { projectorMode } from '../../services/settings';
import { adaptedFrom } from '../shared/case-line';
import './level-list.css';

interface ListData {
  /** The outcome of the last import, shown at the top of the list. */
  imported?: ImportResult;
}

/** Problems shown on a card; the checker prints them all. */
const SHOWN_PROBLEMS = 8;

const BANDS = ['10-12', '12-15', '15-17'] as const satisfies readonly Level['ageBand'][];
type BandFilter = Level['ageBand'] | 'all';
/** The age band a teacher chose, kept while the game is open so it holds after playing a level. */
let shownBand: BandFilter = 'all';

/** Whether a catalog entry shows under the chosen band: a broken file always shows, to be fixed. */
const inBand = (entry: CatalogEntry, band: BandFilter): boolean => band === 'all' || !entry.parsed.ok || entry.parsed.level.ageBand === band;

export class LevelListScene extends Phaser.Scene {
  constructor() {
    super(SceneKey.LevelList);
  }

  create({ imported }: ListData = {}): void {
    if (!levelsReady(this)) return;
    startMusic();
    const picker = el('input', { className: 'sr-only', attrs: { type: 'file', accept: '.json,application/json', tabindex: '-1', 'aria-hidden': 'true' } });
    picker.addEventListener('change', () => picker.files?.[0] && this.importFile(picker.files[0]));

    const cards = getCatalog(this).filter((entry) => inBand(entry, shownBand)).map((entry) => el('li', {}, [this.card(entry)]));
    const levels = el('ul', { className: 'levels scroll', attrs: { 'aria-label': t('levels.heading') } }, cards);
    // Projected, the list is paged, never scrolled (docs/layout.md): two rows of cards a page.
    const projected = projectorMode();
    const pageLine = projected ? el('p', { className: 'page-line', attrs: { 'aria-live': 'polite' } }) : null;
    const root = mountScreen(this, 'list-screen', [
      el('header', {}, [
        button(t('common.back'), () => this.scene.start(SceneKey.Title)),
        el('h1', { text: t('levels.heading') }),
        button(t('levels.import'), () => picker.click(), 'btn import'),
        button(t('teach.handbook.open'), () => this.scene.start(SceneKey.Handbook, { from: SceneKey.LevelList })),
        button(t('studio.open'), () => openStudio(this, { from: SceneKey.LevelList }), 'btn'),
        button(t('settings.open'), () => openSettings(this)),
        picker,
      ]),
      el('div', { className: 'body' }, [
        imported ? notice(imported) : null,
        this.bandFilter(),
        levels,
        pageLine,
      ]),
      el('p', { className: 'drop-hint', text: t('levels.dropHint') }),
    ], { page: true });
    this.acceptDrops(root);
    redrawOnWake(this);
    const paged = pageLine ? pageCards(levels, pageLine) : null;
    setPresenter(this, {
      // → turns the list's page, never starts a level: a level opens by Enter on its card (or a click).
      advance: () => paged?.turn(1),
      back: () => paged?.turn(-1) || this.scene.start(SceneKey.Title),
      leave: () => this.scene.start(SceneKey.Title),
    });
    focusFirst(root, imported ? '.notice' : '.level-card');
  }

  /** Buttons that show only the levels for one age band (a teacher choosing for a class). */
  private bandFilter(): HTMLElement {
    const choose = (band: BandFilter) => () => {
      shownBand = band;
      this.scene.restart({});
    };
    const options: [BandFilter, string][] = [['all', t('levels.allAges')], ...BANDS.map((b): [BandFilter, string] => [b, t('levels.age', { band: b.replace('-', '–') })])];
    return el(
      'div',
      { className: 'band-filter', attrs: { role: 'group', 'aria-label': t('levels.bandFilter') } },
      options.map(([band, label]) => el('button', { className: 'btn band', text: label, attrs: { type: 'button', 'aria-pressed': String(band === shownBand) }, onClick: choose(band) })),
    );
  }

  private card(entry: CatalogEntry): HTMLElement {
    if (!entry.parsed.ok) return brokenCard(entry.file, entry.parsed.problems, entry.source === 'local' ? this.removeButton(entry.file) : null);
    const level = entry.parsed.level;
    const play = this.playableCard(level);
    if (entry.source !== 'local') return play;
    return el('div', { className: 'local-level' }, [play, el('span', { className: 'badge', text: t('levels.localBadge') }), this.removeButton(entry.file, play.id)]);
  }

  private playableCard(level: Level): HTMLButtonElement {
    return el('button', { className: 'level-card with-cover', attrs: { type: 'button', id: `level-${level.id}` }, onClick: () => this.scene.start(SceneKey.Briefing, { levelId: level.id }) }, [
      levelCover(level, 'cover card-cover'),
      el('span', { className: 'name', text: local(level.title) }),
      el('span', { className: 'summary', text: local(level.summary) }),
      // Each part whole on its line: the date broke as "(2023-05- / 31)" at its hyphen. The case
      // may wrap between its words (a court's long name in a projected third of the screen), its date never.
      el('span', { className: 'meta' }, [
        el('span', { className: 'meta-part case-part' }, adaptedFrom(referencesOf(level).realCase, level.case).split(/(\(?（?\d{4}-\d{2}-\d{2}\)?）?)/).map((bit, i) => (i % 2 ? el('span', { className: 'meta-part', text: bit }) : bit))),
        ...[t('levels.age', { band: level.ageBand.replace('-', '–') }), t('levels.minutes', { n: level.minutes })].flatMap((part) => [' · ', el('span', { className: 'meta-part', text: part })]),
      ]),
      el('span', { className: 'card-foot' }, [castFaces(level, 3), levelStatus(level.id)]),
    ]);
  }

  private removeButton(file: string, describedBy?: string): HTMLButtonElement {
    const remove = button(t('levels.remove'), () => {
      removeStoredLevel(file);
      void this.reloadList();
    }, 'btn remove');
    remove.setAttribute('aria-describedby', describedBy ?? `broken-${file}`);
    return remove;
  }

  private acceptDrops(root: HTMLElement): void {
    root.addEventListener('dragover', (event) => {
      event.preventDefault();
      root.classList.add('dragging');
    });
    root.addEventListener('dragleave', () => root.classList.remove('dragging'));
    root.addEventListener('drop', (event) => {
      event.preventDefault();
      root.classList.remove('dragging');
      const file = event.dataTransfer?.files[0];
      if (file) void this.importFile(file);
    });
  }

  private async importFile(file: File): Promise<void> {
    const imported = await importLevelFile(file, levelIds(getCatalog(this)));
    await this.reloadList(imported);
  }

  private async reloadList(imported?: ImportResult): Promise<void> {
    setCatalog(this, await loadCatalog());
    this.scene.restart(imported ? { imported } : {});
  }
}

/**
 * Pages the projected list: its rows are half its height (level-list.css), so a page is two rows and
 * the next page starts on a row; when the list is short (an import's message above it) a row keeps
 * its least height and a page is the rows that fit. A card that gets focus (Tab) brings its page;
 * each card's text shrinks to fit the card (../shared/fit.ts).
 */
function pageCards(levels: HTMLElement, line: HTMLElement): Pager {
  const px = (value: string) => parseFloat(value) || 0;
  const step = () => {
    const style = getComputedStyle(levels);
    const room = levels.clientHeight - px(style.paddingTop) - px(style.paddingBottom);
    const pitch = ((levels.firstElementChild as HTMLElement | null)?.offsetHeight ?? room) + px(style.rowGap);
    // 2 px of slack: the rows' heights are rounded.
    return Math.max(1, Math.floor((room + px(style.rowGap) + 2) / pitch)) * pitch;
  };
  const paged = pager(levels, line, step);
  levels.addEventListener('focusin', (event) => {
    const item = (event.target as HTMLElement).closest('.levels > li') as HTMLElement | null;
    if (!item) return;
    // The list is positioned (level-list.css), so a row's offsetTop is measured from the list's top.
    levels.scrollTo({ top: Math.floor((item.offsetTop - px(getComputedStyle(levels).paddingTop)) / step()) * step(), behavior: 'instant' });
    paged.refresh();
  });
  keepFitted([...levels.querySelectorAll<HTMLElement>('.level-card')], { least: 0.55, floor: 0.8 });
  new ResizeObserver(() => paged.refresh()).observe(levels);
  paged.refresh();
  return paged;
}

/** What became of the last import: playable now, or the problems to fix. */
function notice({ file, parsed, stored }: ImportResult): HTMLElement {
  if (parsed.ok) {
    const text = t(stored ? 'levels.imported' : 'levels.importedNotStored', { title: local(parsed.level.title) });
    return el('p', { className: 'notice ok', text, attrs: { role: 'status' } });
  }
  return el('div', { className: 'notice bad', attrs: { role: 'alert' } }, [el('p', { text: t('levels.importFailed', { file }) }), ...problemList(parsed.problems)]);
}

function brokenCard(file: string, problems: readonly Problem[], remove: HTMLElement | null): HTMLElement {
  const heading = `${file} · ${t('levels.unavailable')}`;
  return el('article', { className: 'level-card broken', attrs: { 'aria-label': heading, id: `broken-${file}` } }, [
    el('h2', { text: heading }),
    el('p', { text: t('levels.problems') }),
    ...problemList(problems),
    remove,
  ]);
}

/** The checker's error lines, as many as fit, and how many more there are. */
function problemList(problems: readonly Problem[]): (HTMLElement | null)[] {
  const errors = problems.filter((p) => p.severity === 'error');
  return [
    el('ul', { className: 'problems' }, errors.slice(0, SHOWN_PROBLEMS).map((p) => el('li', { text: formatProblem(p, language()) }))),
    errors.length > SHOWN_PROBLEMS ? el('p', { text: t('levels.moreProblems', { count: errors.length - SHOWN_PROBLEMS }) }) : null,
  ];
}
