// The level studio: an outline of the nodes (./outline-view.ts), the map (./map-view.ts), a form
// for the node chosen (./node-form.ts) and the live checker (./checker-view.ts), over the drafts
// (./draft-session.ts). Every edit goes through the pure model (src/studio/model), is one undo
// step, and is saved as a new version of the draft a moment later. Plain DOM: every control is a
// real, focusable element with an accessible name.
import type { Exploration, Level, LocalText, Registry, TrailStep } from '../../core';
import { checkDraft, type LiveIssue, type LiveReport } from '../../studio/model/check';
import { addNode, renameCharacter, setField, type Path } from '../../studio/model/edits';
import type { NodeType } from '../../studio/model/node-kinds';
import { canRedo, canUndo, record, redo, undo } from '../../studio/model/history';
import { layoutLevel, marksOf, shapeOf, type MapLayout, type Marks } from '../../studio/model/layout';
import { blankLevel, copyOfLevel, templateLevel } from '../../studio/model/templates';
import { arrivalAt, trialLevel } from '../../studio/model/trial';
import { language, local, t } from '../../services/i18n';
import { el } from '../shared/element';
import { clock } from '../../services/clock';
import { formWords, openField, renderChecker } from './checker-view';
import { currentSession, Drafts, LEVEL, store } from './draft-session';
import { downloadLevel, levelFileText, readLevelFile } from './level-file';
import { MapView } from './map-view';
import { NodeForm } from './node-form';
import { nodeSummary, OutlineView } from './outline-view';

export interface StudioHost {
  /** Leaves the studio. */
  back(): void;
  /**
   * Plays a level made to start at a node; the studio comes back to `node` afterwards. `before`:
   * the decisions a play took to get there, so the stars count them as the game would.
   */
  play(level: Level, options: { projector: boolean; node: string; exploration: Exploration; before: readonly TrailStep[] }): void;
  /** Puts the level on the level list as an imported level; resolves to problems if it is refused. */
  playInGame(text: string, level: Level): Promise<string[] | undefined>;
  readonly shipped: readonly Level[];
  readonly registry: Registry;
  readonly techniques: readonly { id: string; name: LocalText }[];
}

export class Studio {
  readonly root: HTMLElement;
  private report: LiveReport = { issues: [], errors: 0 };
  private layout: MapLayout | undefined;
  private shape = '';
  private marks: Marks = { unreachable: new Set(), deadEnds: new Set() };
  private frame: number | undefined;
  /** What the map and the outline show, to redraw them only when it changes. */
  private drawn = '';
  private readonly drafts: Drafts;
  private readonly outline: OutlineView;
  private readonly map: MapView;
  private readonly form: NodeForm;
  private readonly parts: { checker: HTMLElement; undo: HTMLButtonElement; redo: HTMLButtonElement; notice: HTMLElement };
  private readonly onPageHide = () => this.drafts.flush();
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
    this.drafts = new Drafts((id) => this.openDraft(id));
    const copy = el('select', { attrs: { 'aria-label': t('studio.copyShipped') } }, [
      el('option', { text: t('studio.copyShipped'), attrs: { value: '' } }),
      ...host.shipped.map((l) => el('option', { text: local(l.title), attrs: { value: l.id } })),
    ]);
    copy.addEventListener('change', () => {
      const level = host.shipped.find((l) => l.id === copy.value);
      copy.value = '';
      if (level) this.newDraft(copyOfLevel(level, this.freeLevelId(`${level.id}-copy`)));
    });
    const undoButton = this.button(t('studio.undo'), () => this.undo());
    const redoButton = this.button(t('studio.redo'), () => this.redo());
    undoButton.setAttribute('aria-keyshortcuts', 'Control+Z');
    redoButton.setAttribute('aria-keyshortcuts', 'Control+Y');
    const notice = el('p', { className: 'studio-notice', attrs: { role: 'alert' } });
    const outline = el('nav', { className: 'outline scroll no-fade', attrs: { 'aria-label': t('studio.outline') } });
    const map = el('section', { className: 'map no-fade', attrs: { 'aria-label': t('studio.map') } });
    const checker = el('section', { className: 'checker scroll no-fade', attrs: { 'aria-label': t('studio.checker'), tabindex: '0' } });
    const form = el('section', { className: 'editor scroll no-fade', attrs: { 'aria-label': t('studio.editor') } });

    this.root = el('div', { className: 'studio' }, [
      el('header', { className: 'studio-top' }, [
        this.button(t('common.back'), () => this.leave()),
        el('h1', { text: t('studio.heading') }),
        undoButton,
        redoButton,
        this.button(t('studio.download'), () => this.download()),
        this.button(t('studio.playInGame'), () => void this.playInGame(), 'btn small btn-primary'),
      ]),
      el('div', { className: 'studio-drafts' }, [
        el('label', { text: t('studio.draft'), attrs: { for: 'studio-drafts' } }),
        this.drafts.picker,
        this.button(t('studio.newBlank'), () => this.newDraft(blankLevel(this.freeLevelId('my-level')))),
        this.button(t('studio.newTemplate'), () => this.newDraft(templateLevel(this.freeLevelId('my-level')))),
        copy,
        this.button(t('studio.openFile'), () => picker.click()),
        this.button(t('studio.previousVersion'), () => this.restorePrevious()),
        this.button(t('studio.deleteDraft'), () => this.deleteDraft()),
        picker,
        el('p', { className: 'local-note', text: t('studio.localNote') }),
        this.drafts.status,
      ]),
      notice,
      el('div', { className: 'studio-body' }, [outline, el('div', { className: 'middle' }, [map, checker]), form]),
    ]);
    this.parts = { checker, undo: undoButton, redo: redoButton, notice };
    this.outline = new OutlineView(outline, { select: (key) => this.select(key), add: (type) => this.addNode(type) });
    this.map = new MapView(map, {
      open: (id) => this.select(`node:${id}`),
      describe: (id) => nodeSummary(this.level, id),
      connect: (path, to) => this.connect(path, to),
    });
    const level = () => this.level;
    this.form = new NodeForm(form, {
      get level() {
        return level();
      },
      get selected() {
        return currentSession()!.selected;
      },
      set selected(key: string) {
        currentSession()!.selected = key;
      },
      registry: host.registry,
      techniques: host.techniques,
      commit: (next, typing, redraw) => this.commit(next, typing, redraw),
      edit: (path, value, how) => this.edit(path, value, how),
      say: (message, bad) => this.say(message, bad),
      playFrom: (id, projector) => this.playFrom(id, projector),
      outlineChanged: () => this.redrawShape(),
    });

    document.addEventListener('keydown', this.onKey);
    window.addEventListener('pagehide', this.onPageHide);
    document.addEventListener('visibilitychange', this.onPageHide);

    this.resume(returnTo);
  }

  /** Keyboard focus to where work goes on: the node come back to, else the heading. */
  focusStart(): void {
    (this.form.root.querySelector<HTMLElement>('h2') ?? this.root.querySelector<HTMLElement>('h1'))?.focus({ preventScroll: true });
  }

  /** Stops listening to the page; saves what is pending. */
  destroy(): void {
    this.drafts.flush();
    window.removeEventListener('pagehide', this.onPageHide);
    document.removeEventListener('keydown', this.onKey);
    document.removeEventListener('visibilitychange', this.onPageHide);
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
  }

  private get level(): Level {
    return currentSession()!.history.present;
  }

  // ——— drafts ———

  /** Back where the studio was (after a play), else the most recent draft, else a new one from the template. */
  private resume(returnTo?: string): void {
    const session = currentSession();
    if (session && store().load(session.draftId)) {
      if (returnTo && this.level.nodes.some((n) => n.id === returnTo)) session.selected = `node:${returnTo}`;
      return this.renderAll();
    }
    const latest = store().list()[0];
    if (latest) return this.openDraft(latest.id);
    this.newDraft(templateLevel(this.freeLevelId('my-level')));
  }

  private openDraft(id: string): void {
    if (this.drafts.open(id)) this.renderAll();
  }

  private newDraft(level: Level, note?: string): void {
    this.drafts.create(level);
    this.renderAll();
    this.say(note ?? t('studio.created', { id: level.id }), false);
  }

  /** The version saved before the current one, back as an edit (so it can be undone in turn). */
  private restorePrevious(): void {
    const version = this.drafts.previousVersion();
    const previous = this.drafts.previous();
    if (!previous || version === undefined) return this.say(t('studio.noPreviousVersion'), false);
    this.commit(previous);
    this.say(t('studio.restoredVersion', { version }), false);
  }

  private deleteDraft(): void {
    if (!globalThis.confirm(t('studio.confirmDeleteDraft', { name: this.drafts.name() }))) return;
    this.drafts.remove();
    this.resume();
  }

  private freeLevelId(base: string): string {
    return this.drafts.freeLevelId(base, this.host.shipped);
  }

  // ——— edits ———

  /** Records an edit. `typing` merges keystrokes in one field into one undo step and keeps the form as it is. */
  private commit(next: Level, typing?: string, redrawForm = !typing): void {
    const session = currentSession();
    if (!session || next === session.history.present) return;
    session.history = record(session.history, next, typing ? { key: typing, at: clock().now() } : undefined);
    this.drafts.schedule();
    if (redrawForm) this.form.render();
    this.scheduleUpdate();
  }

  private undo(): void {
    const session = currentSession();
    if (!session || !canUndo(session.history)) return;
    session.history = undo(session.history);
    this.afterJump();
  }

  private redo(): void {
    const session = currentSession();
    if (!session || !canRedo(session.history)) return;
    session.history = redo(session.history);
    this.afterJump();
  }

  private afterJump(): void {
    const session = currentSession()!;
    if (session.selected.startsWith('node:') && !this.form.selectedNode()) session.selected = LEVEL;
    this.drafts.schedule();
    this.form.render();
    this.updateNow();
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

  private addNode(type: NodeType): void {
    const added = addNode(this.level, type);
    currentSession()!.selected = `node:${added.id}`;
    this.commit(added.level);
    this.redrawShape();
  }

  /** An arrow drawn on the map: the reference at `path` now leads to `to`. */
  private connect(path: Path, to: string): void {
    this.commit(setField(this.level, path, to));
    this.say(t('studio.connected', { to }), false);
  }

  // ——— drawing ———

  private renderAll(): void {
    this.drafts.render(true);
    this.form.render();
    this.drawn = '';
    this.updateNow();
    this.drafts.showStatus();
  }

  /** Checker, outline and map follow an edit in the next frame: a burst of keystrokes costs one update. */
  private scheduleUpdate(): void {
    if (this.frame !== undefined) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = undefined;
      this.updateNow();
    });
  }

  /** The outline and the map now, not in the next frame (the selection or the nodes changed). */
  private redrawShape(): void {
    this.drawn = '';
    this.updateNow();
  }

  /**
   * Runs the checker and redraws the checker panel, the map and the outline. The moments the
   * checker's answer and the redrawn map are on the page are marked on the page's performance
   * timeline ("studio:checked", "studio:mapped"), where the bench reads them.
   */
  updateNow(): void {
    const began = performance.now();
    this.report = checkDraft(this.level, this.host.registry, language(), { techniques: this.host.techniques, words: formWords });
    renderChecker(this.parts.checker, this.report, this.level, (issue) => this.goTo(issue));
    const checked = performance.now();
    performance.mark('studio:checked');
    this.timings.check = checked - began;
    this.marks = marksOf(this.level, this.report.exploration);
    const shape = shapeOf(this.level);
    if (shape !== this.shape || !this.layout) {
      this.layout = layoutLevel(this.level);
      this.shape = shape;
    }
    const session = currentSession()!;
    const drawn = `${this.shape}|${[...this.marks.unreachable].join()}|${[...this.marks.deadEnds].join()}|${session.selected}`;
    if (drawn !== this.drawn) {
      this.drawn = drawn;
      this.map.draw(this.layout, this.level, this.marks, this.selectedId());
      performance.mark('studio:mapped');
      this.outline.render(this.level, this.marks, session.selected);
    } else {
      // Only texts changed: the map is as it was; the names of the nodes whose words changed follow.
      performance.mark('studio:mapped');
      this.outline.renameChanged(this.level, this.map.root);
    }
    this.timings.map = performance.now() - checked;
    this.parts.undo.disabled = !canUndo(session.history);
    this.parts.redo.disabled = !canRedo(session.history);
  }

  private selectedId(): string | undefined {
    const key = currentSession()!.selected;
    return key.startsWith('node:') ? key.slice(5) : undefined;
  }

  private goTo(issue: LiveIssue): void {
    this.select(issue.nodeId ? `node:${issue.nodeId}` : LEVEL);
    openField(issue.path);
  }

  private select(key: string): void {
    currentSession()!.selected = key;
    this.form.render();
    this.redrawShape();
    this.form.root.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
  }

  // ——— playing, files ———

  private playFrom(id: string, projector: boolean): void {
    if (!this.report.exploration) {
      this.say(t('studio.cannotPlay'), true);
      this.parts.checker.focus();
      return;
    }
    const arrival = arrivalAt(this.level, id);
    if (!arrival) return this.say(t('studio.notReached', { id }), true);
    this.drafts.flush();
    this.host.play(trialLevel(this.level, id, arrival), { projector, node: id, exploration: this.report.exploration, before: arrival.trail });
  }

  private download(): void {
    this.say(t('studio.downloaded', { file: downloadLevel(this.level) }), false);
  }

  private async playInGame(): Promise<void> {
    this.drafts.flush();
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
    this.drafts.flush();
    this.host.back();
  }

  private button(text: string, onClick: () => void, className = 'btn small'): HTMLButtonElement {
    return el('button', { className, text, attrs: { type: 'button' }, onClick });
  }
}
