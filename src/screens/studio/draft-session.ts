// The studio's drafts: which draft is open with its undo history, the drafts list, and saving. An
// edit is saved as a new version of the draft a moment after it (SAVE_DELAY_MS); leaving the
// studio, hiding the page or switching drafts saves what is pending at once.
import type { Level, LocalText } from '../../core';
import { DraftStore, localStorageAdapter, memoryAdapter, type DraftInfo } from '../../studio/model/drafts';
import { start, type History } from '../../studio/model/history';
import { language, local, t } from '../../services/i18n';
import { el } from '../shared/element';
import { clock, Timeout } from '../../services/clock';

/** What the studio was doing, kept while the game plays a level from it, to come back to. */
export interface Session {
  draftId: string;
  history: History<Level>;
  /** What the form shows: LEVEL (the level's settings) or "node:<id>". */
  selected: string;
}

export const LEVEL = 'level';
const SAVE_DELAY_MS = 400;

let session: Session | undefined;
let sharedStore: DraftStore | undefined;

/** The drafts store: this browser's local storage, or memory where storage is blocked. */
export function store(): DraftStore {
  if (sharedStore) return sharedStore;
  let adapter = localStorageAdapter();
  try {
    globalThis.localStorage.setItem('see-through:studio-probe', '1');
    globalThis.localStorage.removeItem('see-through:studio-probe');
  } catch {
    adapter = memoryAdapter();
  }
  sharedStore = new DraftStore(adapter);
  return sharedStore;
}

/** The open draft, kept across a play from the studio. */
export const currentSession = (): Session | undefined => session;

/** The drafts picker and the save status line, and the saving behind them. */
export class Drafts {
  private readonly saveTimer = new Timeout();
  private saved: DraftInfo | undefined;
  private saveFailed = false;
  /** The drafts in this browser, read when the studio opens or a draft is switched; the current one is kept up to date by its saves. */
  private list: DraftInfo[] = [];
  readonly picker: HTMLSelectElement;
  readonly status: HTMLElement;

  constructor(onPick: (id: string) => void) {
    this.picker = el('select', { attrs: { id: 'studio-drafts' } });
    this.picker.addEventListener('change', () => onPick(this.picker.value));
    this.status = el('span', { className: 'save-status', attrs: { role: 'status' } });
  }

  /** Opens a stored draft as the session; false if it does not read. */
  open(id: string): boolean {
    this.flush();
    const draft = store().load(id);
    if (!draft) return false;
    session = { draftId: id, history: start(draft.level), selected: LEVEL };
    this.saved = draft;
    return true;
  }

  /** Starts a new draft with this level, saved at once. */
  create(level: Level): void {
    this.flush();
    session = { draftId: store().newId(), history: start(level), selected: level.nodes[0] ? `node:${level.nodes[0].id}` : LEVEL };
    this.saveNow();
  }

  /** Deletes the open draft; nothing pending is saved. */
  remove(): void {
    if (!session) return;
    store().remove(session.draftId);
    this.saveTimer.clear();
    session = undefined;
  }

  /** The version saved before the current one. */
  previous(): Level | undefined {
    this.flush();
    return session ? store().versions(session.draftId)[1]?.level : undefined;
  }

  previousVersion(): number | undefined {
    return session ? store().versions(session.draftId)[1]?.version : undefined;
  }

  /** A level id no shipped level and no other draft uses. */
  freeLevelId(base: string, shipped: readonly Level[]): string {
    const taken = new Set([...shipped.map((l) => l.id), ...store().list().map((d) => d.levelId)]);
    if (!taken.has(base)) return base;
    for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
  }

  schedule(): void {
    this.saveTimer.set(SAVE_DELAY_MS, () => this.saveNow());
  }

  flush(): void {
    if (!this.saveTimer.pending) return;
    this.saveNow();
  }

  private saveNow(): void {
    this.saveTimer.clear();
    if (!session) return;
    const saved = store().save(session.draftId, session.history.present);
    this.saveFailed = !saved;
    if (saved) {
      this.saved = saved;
      const { level: _level, ...info } = saved;
      const known = this.list.findIndex((d) => d.id === saved.id);
      if (known >= 0) this.list[known] = info;
      else this.list.unshift(info);
      this.render();
    }
    this.showStatus();
  }

  showStatus(): void {
    this.status.textContent = this.saveFailed
      ? t('studio.saveFailed')
      : this.saved ? t('studio.saved', { version: this.saved.version, time: new Date(this.saved.savedAt).toLocaleTimeString(language()) }) : '';
    this.status.classList.toggle('bad', this.saveFailed);
  }

  /** The open draft's name, or another's. */
  name(info?: { levelId: string; title: LocalText }): string {
    const level = session?.history.present;
    const of = info ?? (level ? { levelId: level.id, title: level.title } : { levelId: '', title: { 'zh-CN': '', en: '' } });
    return local(of.title).trim() || of.levelId || t('studio.untitled');
  }

  /** The picker's options; `reread` reads the list from storage again. */
  render(reread = false): void {
    if (!session) return;
    if (reread) this.list = store().list();
    const level = session.history.present;
    const drafts = [...this.list];
    const current = session.draftId;
    if (!drafts.some((d) => d.id === current)) drafts.unshift({ id: current, version: 0, savedAt: clock().now(), levelId: level.id, title: level.title, nodes: level.nodes.length });
    this.picker.replaceChildren(
      ...drafts.map((d) => el('option', { text: `${this.name(d.id === current ? undefined : d)} · ${t('studio.nodeCount', { count: d.id === current ? level.nodes.length : d.nodes })}`, attrs: { value: d.id } })),
    );
    this.picker.value = current;
  }
}
