// The level studio: an outline of the nodes, the map, a form for the node chosen, and the live
// checker. Every edit goes through the pure model (src/studio/model), is one undo step, and is
// saved as a new version of the draft a moment later. Plain DOM: every control is a real,
// focusable element with an accessible name.
import { checklistRuleName, Level as LevelSchema, Node as NodeSchema, registryFor, type Exploration, type Language, type Level, type LocalText, type Registry } from '../../core';
import { checkDraft, type LiveReport } from '../../studio/model/check';
import { DraftStore, localStorageAdapter, memoryAdapter, type DraftInfo } from '../../studio/model/drafts';
import { addNode, badNodeId, changeType, deleteNode, indexOfNode, leadsTo, NODE_TYPES, renameCharacter, renameNode, setField, type NodeType, type Path } from '../../studio/model/edits';
import { canRedo, canUndo, record, redo, start, undo, type History } from '../../studio/model/history';
import { layoutLevel, marksOf, shapeOf, type MapLayout, type Marks } from '../../studio/model/layout';
import { blankLevel, copyOfLevel, templateLevel } from '../../studio/model/templates';
import { arrivalAt, trialLevel } from '../../studio/model/trial';
import { language, local, t, type UiKey } from '../../services/i18n';
import { el } from '../shared/element';
import { levelFileText, readLevelFile } from './level-file';
import { drawMap } from './map-view';
import { fieldLabel, objectFields, type FormContext } from './schema-form';

export interface StudioHost {
  /** Leaves the studio. */
  back(): void;
  /** Plays a level made to start at a node; the studio comes back to `node` afterwards. */
  play(level: Level, options: { projector: boolean; node: string; exploration: Exploration }): void;
  /** Puts the level on the level list as an imported level; resolves to problems if it is refused. */
  playInGame(text: string, level: Level): Promise<string[] | undefined>;
  readonly shipped: readonly Level[];
  readonly registry: Registry;
  readonly techniques: readonly { id: string; name: LocalText }[];
}

/** What the studio was doing, kept while the game plays a level from it, to come back to. */
interface Session {
  draftId: string;
  history: History<Level>;
  selected: string;
}

let session: Session | undefined;
let sharedStore: DraftStore | undefined;

/** The drafts store: this browser's local storage, or memory where storage is blocked. */
function store(): DraftStore {
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

const LEVEL = 'level';
const SAVE_DELAY_MS = 400;

export class Studio {
  readonly root: HTMLElement;
  private report: LiveReport = { issues: [], errors: 0 };
  private layout: MapLayout | undefined;
  private shape = '';
  private marks: Marks = { unreachable: new Set(), deadEnds: new Set() };
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private frame: number | undefined;
  private saved: DraftInfo | undefined;
  private saveFailed = false;
  private readonly parts: {
    outline: HTMLElement;
    map: HTMLElement;
    checker: HTMLElement;
    form: HTMLElement;
    status: HTMLElement;
    drafts: HTMLSelectElement;
    undo: HTMLButtonElement;
    redo: HTMLButtonElement;
    notice: HTMLElement;
  };
  private readonly onPageHide = () => this.flushSave();
  /** Ctrl+Z / Ctrl+Y (and Ctrl+Shift+Z) anywhere in the studio, or with nothing focused (a disabled button drops focus). */
  private readonly onKey = (event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const target = event.target as Node | null;
    if (target && target !== document.body && !this.root.contains(target)) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) this.undo();
    else if (key === 'y' || (key === 'z' && event.shiftKey)) this.redo();
    else return;
    event.preventDefault();
    event.stopPropagation();
  };
  /** Timings of the last update, for the bench. */
  readonly timings = { check: 0, map: 0 };

  constructor(private readonly host: StudioHost, returnTo?: string) {
    const picker = el('input', { className: 'sr-only', attrs: { type: 'file', accept: '.json,application/json', tabindex: '-1', 'aria-hidden': 'true' } });
    picker.addEventListener('change', () => {
      const file = picker.files?.[0];
      picker.value = '';
      if (file) void this.openFile(file);
    });
    const drafts = el('select', { attrs: { id: 'studio-drafts' } });
    drafts.addEventListener('change', () => this.openDraft(drafts.value));
    const copy = el('select', { attrs: { 'aria-label': t('studio.copyShipped') } }, [
      el('option', { text: t('studio.copyShipped'), attrs: { value: '' } }),
      ...host.shipped.map((l) => el('option', { text: local(l.title), attrs: { value: l.id } })),
    ]);
    copy.addEventListener('change', () => {
      const level = host.shipped.find((l) => l.id === copy.value);
      copy.value = '';
      if (level) this.newDraft(copyOfLevel(level, this.freeLevelId(`${level.id}-copy`)));
    });
    const undoButton = this.button(t('studio.undo'), () => this.undo(), 'btn small');
    const redoButton = this.button(t('studio.redo'), () => this.redo(), 'btn small');
    undoButton.setAttribute('aria-keyshortcuts', 'Control+Z');
    redoButton.setAttribute('aria-keyshortcuts', 'Control+Y');
    const status = el('span', { className: 'save-status', attrs: { role: 'status' } });
    const notice = el('p', { className: 'studio-notice', attrs: { role: 'alert' } });
    const outline = el('nav', { className: 'outline scroll no-fade', attrs: { 'aria-label': t('studio.outline') } });
    const map = el('section', { className: 'map scroll no-fade', attrs: { 'aria-label': t('studio.map') } });
    const checker = el('section', { className: 'checker scroll no-fade', attrs: { 'aria-label': t('studio.checker'), tabindex: '0' } });
    const form = el('section', { className: 'editor scroll no-fade', attrs: { 'aria-label': t('studio.editor') } });

    this.root = el('div', { className: 'studio' }, [
      el('header', { className: 'studio-top' }, [
        this.button(t('common.back'), () => this.leave()),
        el('h1', { text: t('studio.heading') }),
        undoButton,
        redoButton,
        this.button(t('studio.download'), () => this.download(), 'btn small'),
        this.button(t('studio.playInGame'), () => void this.playInGame(), 'btn small btn-primary'),
      ]),
      el('div', { className: 'studio-drafts' }, [
        el('label', { text: t('studio.draft'), attrs: { for: 'studio-drafts' } }),
        drafts,
        this.button(t('studio.newBlank'), () => this.newDraft(blankLevel(this.freeLevelId('my-level'))), 'btn small'),
        this.button(t('studio.newTemplate'), () => this.newDraft(templateLevel(this.freeLevelId('my-level'))), 'btn small'),
        copy,
        this.button(t('studio.openFile'), () => picker.click(), 'btn small'),
        this.button(t('studio.previousVersion'), () => this.restorePrevious(), 'btn small'),
        this.button(t('studio.deleteDraft'), () => this.deleteDraft(), 'btn small'),
        picker,
        el('p', { className: 'local-note', text: t('studio.localNote') }),
        status,
      ]),
      notice,
      el('div', { className: 'studio-body' }, [outline, el('div', { className: 'middle' }, [map, checker]), form]),
    ]);
    this.parts = { outline, map, checker, form, status, drafts, undo: undoButton, redo: redoButton, notice };

    document.addEventListener('keydown', this.onKey);
    window.addEventListener('pagehide', this.onPageHide);
    document.addEventListener('visibilitychange', this.onPageHide);

    this.resume(returnTo);
  }

  /** Keyboard focus to where work goes on: the node come back to, else the heading. */
  focusStart(): void {
    (this.parts.form.querySelector<HTMLElement>('h2') ?? this.root.querySelector<HTMLElement>('h1'))?.focus({ preventScroll: true });
  }

  /** Stops listening to the page; saves what is pending. */
  destroy(): void {
    this.flushSave();
    window.removeEventListener('pagehide', this.onPageHide);
    document.removeEventListener('keydown', this.onKey);
    document.removeEventListener('visibilitychange', this.onPageHide);
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
  }

  private get level(): Level {
    return session!.history.present;
  }

  // ——— drafts ———

  /** Back where the studio was (after a play), else the most recent draft, else a new one from the template. */
  private resume(returnTo?: string): void {
    const latest = store().list()[0];
    if (session && store().load(session.draftId)) {
      if (returnTo && this.level.nodes.some((n) => n.id === returnTo)) session.selected = `node:${returnTo}`;
      return this.renderAll();
    }
    if (latest) return this.openDraft(latest.id);
    this.newDraft(templateLevel(this.freeLevelId('my-level')));
  }

  private openDraft(id: string): void {
    this.flushSave();
    const draft = store().load(id);
    if (!draft) return;
    session = { draftId: id, history: start(draft.level), selected: LEVEL };
    this.saved = draft;
    this.renderAll();
  }

  private newDraft(level: Level, note?: string): void {
    this.flushSave();
    const id = store().newId();
    session = { draftId: id, history: start(level), selected: level.nodes[0] ? `node:${level.nodes[0].id}` : LEVEL };
    this.saveNow();
    this.renderAll();
    this.say(note ?? t('studio.created', { id: level.id }), false);
  }

  /** The version saved before the current one, back as an edit (so it can be undone in turn). */
  private restorePrevious(): void {
    this.flushSave();
    const previous = store().versions(session!.draftId)[1];
    if (!previous) return this.say(t('studio.noPreviousVersion'), false);
    this.commit(previous.level);
    this.say(t('studio.restoredVersion', { version: previous.version }), false);
  }

  private deleteDraft(): void {
    const name = this.draftName();
    if (!globalThis.confirm(t('studio.confirmDeleteDraft', { name }))) return;
    store().remove(session!.draftId);
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    session = undefined;
    this.resume();
  }

  /** A level id no shipped level and no other draft uses. */
  private freeLevelId(base: string): string {
    const taken = new Set([...this.host.shipped.map((l) => l.id), ...store().list().map((d) => d.levelId)]);
    if (!taken.has(base)) return base;
    for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
  }

  private scheduleSave(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.saveNow(), SAVE_DELAY_MS);
  }

  private flushSave(): void {
    if (this.saveTimer === undefined) return;
    clearTimeout(this.saveTimer);
    this.saveNow();
  }

  private saveNow(): void {
    this.saveTimer = undefined;
    if (!session) return;
    const saved = store().save(session.draftId, session.history.present);
    this.saveFailed = !saved;
    if (saved) {
      this.saved = saved;
      const { level: _level, ...info } = saved;
      const known = this.drafts.findIndex((d) => d.id === saved.id);
      if (known >= 0) this.drafts[known] = info;
      else this.drafts.unshift(info);
      this.renderDraftList();
    }
    this.showStatus();
  }

  private showStatus(): void {
    this.parts.status.textContent = this.saveFailed
      ? t('studio.saveFailed')
      : this.saved ? t('studio.saved', { version: this.saved.version, time: new Date(this.saved.savedAt).toLocaleTimeString(language()) }) : '';
    this.parts.status.classList.toggle('bad', this.saveFailed);
  }

  private draftName(info: { levelId: string; title: LocalText } = { levelId: this.level.id, title: this.level.title }): string {
    return local(info.title).trim() || info.levelId || t('studio.untitled');
  }

  /** The drafts in this browser, read when the studio opens or a draft is switched; the current one is kept up to date by its saves. */
  private drafts: DraftInfo[] = [];

  private renderDraftList(reread = false): void {
    if (reread) this.drafts = store().list();
    const drafts = [...this.drafts];
    const current = session!.draftId;
    if (!drafts.some((d) => d.id === current)) drafts.unshift({ id: current, version: 0, savedAt: Date.now(), levelId: this.level.id, title: this.level.title, nodes: this.level.nodes.length });
    this.parts.drafts.replaceChildren(
      ...drafts.map((d) => el('option', { text: `${this.draftName(d.id === current ? undefined : d)} · ${t('studio.nodeCount', { n: d.id === current ? this.level.nodes.length : d.nodes })}`, attrs: { value: d.id } })),
    );
    this.parts.drafts.value = current;
  }

  // ——— edits ———

  /** Records an edit. `typing` merges keystrokes in one field into one undo step and keeps the form as it is. */
  private commit(next: Level, typing?: string, redrawForm = !typing): void {
    if (!session || next === session.history.present) return;
    session.history = record(session.history, next, typing ? { key: typing, at: Date.now() } : undefined);
    this.scheduleSave();
    if (redrawForm) this.renderForm();
    this.scheduleUpdate();
  }

  private undo(): void {
    if (!session || !canUndo(session.history)) return;
    session.history = undo(session.history);
    this.afterJump();
  }

  private redo(): void {
    if (!session || !canRedo(session.history)) return;
    session.history = redo(session.history);
    this.afterJump();
  }

  private afterJump(): void {
    const focused = document.activeElement?.id;
    const node = this.selectedNode();
    if (session!.selected.startsWith('node:') && !node) session!.selected = LEVEL;
    this.scheduleSave();
    this.renderForm();
    this.updateNow();
    if (focused) document.getElementById(focused)?.focus({ preventScroll: true });
  }

  private edit(path: Path, value: unknown, how: boolean | 'value' = false): void {
    const typing = how === true;
    // A character's new id: the messages it sent follow.
    if (path.length === 3 && path[0] === 'characters' && path[2] === 'id') {
      const old = this.level.characters[path[1] as number]?.id;
      if (old !== undefined && typeof value === 'string' && value && !this.level.characters.some((c) => c.id === value)) {
        return this.commit(renameCharacter(this.level, old, value), typing ? path.join('.') : undefined);
      }
    }
    this.commit(setField(this.level, path, value), typing ? path.join('.') : undefined, how === false);
  }

  // ——— drawing ———

  private renderAll(): void {
    this.renderDraftList(true);
    this.renderForm();
    this.updateNow();
    this.showStatus();
  }

  /** Checker, outline and map follow an edit in the next frame: a burst of keystrokes costs one update. */
  private scheduleUpdate(): void {
    if (this.frame !== undefined) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = undefined;
      this.updateNow();
    });
  }

  /**
   * Runs the checker and redraws the checker panel, the map and the outline. The moments the
   * checker's answer and the redrawn map are on the page are marked on the page's performance
   * timeline ("studio:checked", "studio:mapped"), where the bench reads them.
   */
  updateNow(): void {
    const began = performance.now();
    this.report = checkDraft(this.level, this.host.registry, language(), { techniques: this.host.techniques });
    this.renderChecker();
    const checked = performance.now();
    performance.mark('studio:checked');
    this.timings.check = checked - began;
    this.marks = marksOf(this.level, this.report.exploration);
    const shape = shapeOf(this.level);
    if (shape !== this.shape || !this.layout) {
      this.layout = layoutLevel(this.level);
      this.shape = shape;
    }
    const drawn = this.drawnKey();
    if (drawn !== this.drawn) {
      this.drawn = drawn;
      this.renderMap();
      performance.mark('studio:mapped');
      this.renderOutline();
    } else {
      // Only texts changed: the map is as it was; the names of the nodes whose words changed follow.
      performance.mark('studio:mapped');
      this.renameChanged();
    }
    this.timings.map = performance.now() - checked;
    this.parts.undo.disabled = !canUndo(session!.history);
    this.parts.redo.disabled = !canRedo(session!.history);
  }

  /** The level's nodes by id, made once per version of the level. */
  private index = new WeakMap<Level, Map<string, Level['nodes'][number]>>();

  private nodeById(id: string): Level['nodes'][number] | undefined {
    let byId = this.index.get(this.level);
    if (!byId) this.index.set(this.level, (byId = new Map(this.level.nodes.map((n) => [n.id, n]))));
    return byId.get(id);
  }

  private nodeSummary(id: string): string {
    const node = this.nodeById(id);
    if (!node) return id;
    const text = node.type === 'message' ? node.text : node.type === 'choice' ? node.prompt : node.type === 'consequence' ? node.charge : node.type === 'ending' ? node.title : undefined;
    const words = text ? local(text).trim() : '';
    return `${id} · ${t(`studio.kind.${node.type}` as UiKey)}${words ? ` · ${words.length > 24 ? `${words.slice(0, 24)}…` : words}` : ''}`;
  }

  /** What the map and the outline show, to redraw them only when it changes; each node's name in them. */
  private drawn = '';
  private names = new Map<string, string>();

  private drawnKey(): string {
    return `${this.shape}|${[...this.marks.unreachable].join()}|${[...this.marks.deadEnds].join()}|${session!.selected}`;
  }

  private renameChanged(): void {
    for (const node of this.level.nodes) {
      const name = this.nodeSummary(node.id);
      if (this.names.get(node.id) === name) continue;
      this.names.set(node.id, name);
      const item = this.parts.outline.querySelector<HTMLElement>(`[data-node="${CSS.escape(node.id)}"] .name`);
      if (item) item.textContent = name;
      const box = this.parts.map.querySelector<SVGElement>(`[data-node="${CSS.escape(node.id)}"]`);
      box?.setAttribute('aria-label', [name, box.dataset.marks].filter(Boolean).join(' · '));
    }
  }

  private renderOutline(): void {
    const selected = session!.selected;
    this.names = new Map(this.level.nodes.map((n) => [n.id, this.nodeSummary(n.id)]));
    const item = (key: string, text: string, marks: string[] = [], kind?: string) => {
      const b = this.button('', () => this.select(key), `outline-item${kind ? ` kind-${kind}` : ''}`);
      b.append(el('span', { className: 'name', text }));
      if (key.startsWith('node:')) b.dataset.node = key.slice(5);
      if (key === selected) b.setAttribute('aria-current', 'true');
      for (const m of marks) b.append(el('span', { className: `mark ${m}`, text: t(`studio.mark.${m}` as UiKey) }));
      return el('li', {}, [b]);
    };
    const adder = el('select', { attrs: { 'aria-label': t('studio.addNode') } }, [
      el('option', { text: t('studio.addNode'), attrs: { value: '' } }),
      ...NODE_TYPES.map((k) => el('option', { text: t(`studio.kind.${k}` as UiKey), attrs: { value: k } })),
    ]);
    adder.addEventListener('change', () => {
      if (!adder.value) return;
      const added = addNode(this.level, adder.value as NodeType);
      session!.selected = `node:${added.id}`;
      this.commit(added.level);
    });
    this.parts.outline.replaceChildren(
      el('ul', {}, [item(LEVEL, t('studio.levelSettings'))]),
      el('h2', { text: t('studio.nodes', { n: this.level.nodes.length }) }),
      el('ol', { className: 'nodes' }, this.level.nodes.map((n) => item(`node:${n.id}`, this.names.get(n.id)!, [
        ...(n.id === this.level.start ? ['start'] : []),
        ...(this.marks.unreachable.has(n.id) ? ['unreachable'] : []),
        ...(this.marks.deadEnds.has(n.id) ? ['deadEnd'] : []),
      ], n.type))),
      adder,
    );
  }

  private renderMap(): void {
    const selected = session!.selected.startsWith('node:') ? session!.selected.slice(5) : undefined;
    drawMap(this.parts.map, this.layout!, this.level, this.marks, selected, (id) => this.select(`node:${id}`), (id) => this.nodeSummary(id));
  }

  private renderChecker(): void {
    const { issues, exploration, checklist } = this.report;
    const errors = issues.filter((i) => i.severity === 'error');
    const warnings = issues.filter((i) => i.severity === 'warning');
    const bounds = exploration?.bounds;
    const SHOWN = 60;
    this.parts.checker.replaceChildren(...el('div', {}, [
      el('h2', { text: t('studio.checker') }),
      el('p', { className: `summary ${errors.length ? 'bad' : 'ok'}`, text: errors.length || warnings.length ? t('studio.issueCount', { errors: errors.length, warnings: warnings.length }) : t('studio.noIssues') }),
      el('p', { className: 'score-range', text: bounds ? t('studio.scoreRange', { min: bounds.min, max: bounds.max }) : t('studio.scoreUnknown') }),
      el('p', { className: 'star-rule', text: t('studio.starRule') }),
      exploration ? el('p', { className: 'stars-reached', text: t('studio.starsReached', { stars: exploration.stars.join(t('studio.listSep')) }) }) : false,
      el('ul', { className: 'issues', attrs: { 'aria-label': t('studio.issues') } }, [...errors, ...warnings].slice(0, SHOWN).map((issue) => {
        const text = `${issue.severity === 'warning' ? t('studio.warning') : ''}${fieldWords(issue.where)}${language() === 'zh-CN' ? '：' : ': '}${issue.message}`;
        return el('li', {}, [this.button(text, () => this.goTo(issue.nodeId, issue.path), `issue ${issue.severity}`)]);
      })),
      issues.length > SHOWN ? el('p', { text: t('studio.moreIssues', { n: issues.length - SHOWN }) }) : false,
      checklist ? el('h3', { text: t('studio.checklist') }) : false,
      checklist
        ? el('ul', { className: 'checklist', attrs: { 'aria-label': t('studio.checklist') } }, checklist.map((item) =>
            el('li', { className: item.pass ? 'pass' : 'fail', text: `${t(item.pass ? 'studio.checkPass' : 'studio.checkFail')}${checklistRuleName(item.rule, language())}${!item.pass && item.nodeIds.length ? ` (${item.nodeIds.join(t('studio.listSep'))})` : ''}` }),
          ))
        : false,
    ]).childNodes);
  }

  private goTo(nodeId: string | undefined, path: Path): void {
    this.select(nodeId ? `node:${nodeId}` : LEVEL);
    const id = `f-${path.join('-')}`;
    const target = document.getElementById(id) ?? document.getElementById(`${id}-en`) ?? document.getElementById(`${id}-zh-CN`);
    target?.focus();
  }

  private select(key: string): void {
    session!.selected = key;
    this.renderForm();
    this.drawn = this.drawnKey();
    this.renderOutline();
    this.renderMap();
    this.parts.form.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
  }

  private selectedNode() {
    const key = session!.selected;
    return key.startsWith('node:') ? this.level.nodes.find((n) => n.id === key.slice(5)) : undefined;
  }

  private formContext(): FormContext {
    const reg = registryFor(this.level, this.host.registry);
    return {
      edit: (path, value, how) => this.edit(path, value, how),
      nodeOptions: () => this.level.nodes.map((n) => ({ id: n.id, label: this.nodeSummary(n.id) })),
      newNodeHere: (path, type) => {
        const added = addNode(this.level, type as NodeType, { from: path });
        this.commit(added.level);
        this.say(t('studio.addedHere', { id: added.id }), false);
        document.getElementById(`f-${path.join('-')}`)?.focus();
      },
      characters: () => this.level.characters.map((c) => ({ id: c.id, label: `${c.id} · ${local(c.name) || t(`studio.enum.${c.role}` as UiKey)}` })),
      conversations: () => ((this.level as { conversations?: { id: string; title: LocalText }[] }).conversations ?? []).map((c) => ({ id: c.id, label: `${c.id} · ${local(c.title)}` })),
      laws: () => reg.laws.map((l) => ({ id: l.id, label: `${local(l.article) || l.id} · ${local(l.name)}` })),
      cases: () => reg.cases.map((c) => ({ id: c.number, label: `${c.number} · ${local(c.title)}` })),
      help: () => reg.help.map((h) => ({ id: h.id, label: `${local(h.contact)} · ${local(h.name)}` })),
      techniques: () => this.host.techniques.map((x) => ({ id: x.id, label: local(x.name) })),
      flags: () => Object.entries(this.level.flags ?? {}).map(([id, value]) => ({ id, value })),
    };
  }

  private renderForm(): void {
    const scroll = this.parts.form.scrollTop;
    const node = this.selectedNode();
    const ctx = this.formContext();
    if (!node) {
      this.parts.form.replaceChildren(
        el('h2', { text: t('studio.levelSettings'), attrs: { tabindex: '-1' } }),
        ...objectFields(LevelSchema, this.level as unknown as Record<string, unknown>, [], ctx, ['nodes', 'flags']),
        this.flagDeclarations(),
      );
    } else {
      const i = indexOfNode(this.level, node.id);
      const schema = (NodeSchema as unknown as { options: { shape: { type: { value: string } } }[] }).options.find((o) => o.shape.type.value === node.type);
      const incoming = leadsTo(this.level, node.id);
      this.parts.form.replaceChildren(
        el('h2', { text: t('studio.nodeHeading', { id: node.id, kind: t(`studio.kind.${node.type}` as UiKey) }), attrs: { tabindex: '-1' } }),
        this.renameField(node.id),
        this.kindField(node.id, node.type),
        el('p', { className: 'incoming', text: incoming.length ? t('studio.ledFrom', { ids: incoming.map((id) => (id === 'start' ? t('studio.mark.start') : id)).join(t('studio.listSep')) }) : t('studio.ledFromNone') }),
        el('div', { className: 'node-actions' }, [
          this.button(t('studio.playFromHere'), () => this.playFrom(node.id, false), 'btn small'),
          this.button(t('studio.playFromHereProjector'), () => this.playFrom(node.id, true), 'btn small'),
          this.button(t('studio.deleteNode', { id: node.id }), () => this.confirmDelete(node.id), 'btn small danger'),
        ]),
        el('div', { className: 'confirm-slot' }),
        ...(schema ? objectFields(schema as never, node as unknown as Record<string, unknown>, ['nodes', i], ctx, ['id', 'type']) : []),
      );
    }
    this.parts.form.scrollTop = scroll;
  }

  private renameField(id: string): HTMLElement {
    const box = el('input', { attrs: { type: 'text', id: 'studio-node-id', autocomplete: 'off', spellcheck: 'false' } });
    box.value = id;
    const problem = el('span', { className: 'field-problem', attrs: { 'aria-live': 'polite' } });
    const apply = () => {
      const to = box.value.trim();
      if (to === id) return;
      const bad = badNodeId(this.level, to, id);
      if (bad) {
        problem.textContent = t(`studio.idProblem.${bad}` as UiKey, { id: to });
        return;
      }
      session!.selected = `node:${to}`;
      this.commit(renameNode(this.level, id, to));
      this.say(t('studio.renamed', { from: id, to }), false);
      document.getElementById('studio-node-id')?.focus();
    };
    box.addEventListener('keydown', (e) => e.key === 'Enter' && apply());
    return el('div', { className: 'field rename' }, [el('label', { text: t('studio.nodeId'), attrs: { for: box.id } }), box, this.button(t('studio.rename'), apply, 'btn small'), problem]);
  }

  private kindField(id: string, type: NodeType): HTMLElement {
    const box = el('select', { attrs: { id: 'studio-node-kind' } }, NODE_TYPES.map((k) => el('option', { text: t(`studio.kind.${k}` as UiKey), attrs: { value: k } })));
    box.value = type;
    box.addEventListener('change', () => this.commit(changeType(this.level, id, box.value as NodeType)));
    return el('div', { className: 'field' }, [el('label', { text: t('studio.nodeKind'), attrs: { for: box.id } }), box]);
  }

  /** The flags a level declares, with their starting values. */
  private flagDeclarations(): HTMLElement {
    const flags = Object.entries(this.level.flags ?? {});
    const name = el('input', { attrs: { type: 'text', id: 'studio-new-flag', autocomplete: 'off' } });
    const kind = el('select', { attrs: { id: 'studio-new-flag-kind', 'aria-label': t('studio.flagKind') } }, [
      el('option', { text: t('studio.flagYesNo'), attrs: { value: 'boolean' } }),
      el('option', { text: t('studio.flagNumber'), attrs: { value: 'number' } }),
    ]);
    const add = () => {
      const flag = name.value.trim();
      if (!/^[A-Za-z][A-Za-z0-9_-]*$/.test(flag) || flag in (this.level.flags ?? {})) return void (name.value = flag);
      this.edit(['flags', flag], kind.value === 'number' ? 0 : false);
    };
    return el('fieldset', { className: 'field list' }, [
      el('legend', { text: fieldLabel('flags') }),
      ...flags.map(([flag, value]) => el('div', { className: 'item row' }, [
        el('span', { className: 'flag-name', text: `${flag} = ${String(value)}` }),
        this.button(t('studio.removeItem', { item: flag }), () => this.edit(['flags', flag], undefined), 'btn small remove'),
      ])),
      el('div', { className: 'row' }, [el('label', { text: t('studio.newFlag'), attrs: { for: name.id } }), name, kind, this.button(t('studio.addFlagButton'), add, 'btn small add')]),
    ]);
  }

  // ——— deleting, playing, files ———

  private confirmDelete(id: string): void {
    const incoming = leadsTo(this.level, id);
    const remove = () => {
      session!.selected = LEVEL;
      this.commit(deleteNode(this.level, id));
      this.renderOutline();
      this.say(t('studio.deleted', { id }), false);
    };
    if (incoming.length === 0) return remove();
    const slot = this.parts.form.querySelector('.confirm-slot')!;
    const cancel = this.button(t('studio.cancel'), () => slot.replaceChildren());
    slot.replaceChildren(el('div', { className: 'confirm', attrs: { role: 'alertdialog', 'aria-labelledby': 'studio-confirm-text' } }, [
      el('p', { text: t('studio.confirmDelete', { id, ids: incoming.map((x) => (x === 'start' ? t('studio.mark.start') : x)).join(t('studio.listSep')) }), attrs: { id: 'studio-confirm-text' } }),
      this.button(t('studio.deleteAnyway', { id }), remove, 'btn small danger'),
      cancel,
    ]));
    cancel.focus();
  }

  private playFrom(id: string, projector: boolean): void {
    if (!this.report.exploration) {
      this.say(t('studio.cannotPlay'), true);
      this.parts.checker.focus();
      return;
    }
    const arrival = arrivalAt(this.level, id);
    if (!arrival) return this.say(t('studio.notReached', { id }), true);
    this.flushSave();
    this.host.play(trialLevel(this.level, id, arrival), { projector, node: id, exploration: this.report.exploration });
  }

  private download(): void {
    const text = levelFileText(this.level);
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json;charset=utf-8' }));
    const link = el('a', { attrs: { href: url, download: `${this.level.id || 'level'}.json` } });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    this.say(t('studio.downloaded', { file: `${this.level.id}.json` }), false);
  }

  private async playInGame(): Promise<void> {
    this.flushSave();
    const problems = await this.host.playInGame(levelFileText(this.level), this.level);
    if (problems) this.say(t('studio.notPlayable', { problems: problems.slice(0, 3).join(' · ') }), true);
  }

  private async openFile(file: File): Promise<void> {
    const opened = await readLevelFile(file, language(), (problem) => globalThis.confirm(`${file.name}: ${problem}\n\n${t('studio.decodeOffer')}`));
    if (!opened.ok) return this.say(opened.message, true);
    const taken = new Set(this.host.shipped.map((l) => l.id));
    const level = taken.has(opened.level.id) ? { ...opened.level, id: this.freeLevelId(`${opened.level.id}-copy`) } : opened.level;
    this.newDraft(level, [t('studio.opened', { file: file.name }), ...opened.notes].join(' '));
  }

  private say(message: string, bad: boolean): void {
    this.parts.notice.textContent = message;
    this.parts.notice.classList.toggle('bad', bad);
  }

  private leave(): void {
    this.flushSave();
    this.host.back();
  }

  private button(text: string, onClick: () => void, className = 'btn small'): HTMLButtonElement {
    return el('button', { className, text, attrs: { type: 'button' }, onClick });
  }
}

/**
 * Core names a place by the file's keys ("node n1 › text", "objectives[0]"); the studio says them
 * as its form labels them ("node n1 › Text", "Objective 1"), so an issue reads like the form beside it.
 */
function fieldWords(where: string): string {
  return where
    .split(' › ')
    .map((part) => {
      const item = /^([A-Za-z]+)\[(\d+)\]$/.exec(part);
      if (item) {
        const single = t(`studio.item.${item[1]}`, { defaultValue: '' }) || fieldLabel(item[1]!);
        return `${single} ${Number(item[2]) + 1}`;
      }
      return /^[A-Za-z]+$/.test(part) ? fieldLabel(part) : part;
    })
    .join(' › ');
}

/** For the bench and tests: the studio's current level. */
export const currentLevel = (): Level | undefined => session?.history.present;
export type { Language };
