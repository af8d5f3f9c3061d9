// The form beside the map: the level's settings, or the node chosen (its id, kind, what leads to
// it, play from here, delete), its fields drawn from the schema (./schema-form.ts).
//
// Nothing typed is ever lost when the form is drawn again (after an item is added, removed or
// moved, a node renamed, an undo): typing goes into the level at once, so the form is drawn from a
// level that holds it; structural edits are computed from the level as it is at the click
// (FormContext.update), never from the values the form was drawn with; and the few boxes whose
// text is not yet part of the level (a new id, a new flag's name) are carried over by id.
import { Level as LevelSchema, Node as NodeSchema, registryFor, type Level, type LocalText, type Registry } from '../../core';
import { addNode, badNodeId, changeType, deleteNode, getIn, indexOfNode, leadsTo, renameNode, setField, type Path } from '../../studio/model/edits';
import type { NodeType } from '../../studio/model/node-kinds';
import { language, local, t, type UiKey } from '../../services/i18n';
import { el } from '../shared/element';
import { LEVEL } from './draft-session';
import { kindName, kindOptions, nodeSummary } from './outline-view';
import { controlId, fieldLabel, objectFields, type FormContext } from './schema-form';

export interface FormHost {
  readonly level: Level;
  /** What the form shows: LEVEL or "node:<id>". */
  selected: string;
  readonly registry: Registry;
  readonly techniques: readonly { id: string; name: LocalText }[];
  /** Records a new level; `typing` merges keystrokes in one field; the form is drawn again unless `redraw` is false. */
  commit(next: Level, typing?: string, redraw?: boolean): void;
  edit(path: Path, value: unknown, how?: boolean | 'value'): void;
  say(message: string, bad: boolean): void;
  playFrom(id: string, projector: boolean): void;
  /** The outline follows a change of the selection or of the nodes. */
  outlineChanged(): void;
}

/** Boxes whose text is not part of the level until a button applies it. */
const KEEP = 'data-keep';

export class NodeForm {
  constructor(
    readonly root: HTMLElement,
    private readonly host: FormHost,
  ) {}

  private get level(): Level {
    return this.host.level;
  }

  selectedNode(): Level['nodes'][number] | undefined {
    const key = this.host.selected;
    return key.startsWith('node:') ? this.level.nodes.find((n) => n.id === key.slice(5)) : undefined;
  }

  /** Draws the form again from the level; focus, scroll and text not yet applied stay as they were. */
  render(focusId?: string): void {
    const scroll = this.root.scrollTop;
    const active = document.activeElement;
    const focused = focusId ?? (active && this.root.contains(active) ? active.id : '');
    // Text typed into a box that only a button applies, for the same node (or the level), and not applied yet.
    const kept = new Map([...this.root.querySelectorAll<HTMLInputElement>(`[${KEEP}]`)].filter((box) => box.value !== box.defaultValue).map((box) => [`${box.id}|${box.dataset.for}`, box.value]));
    const node = this.selectedNode();
    this.root.replaceChildren(...(node ? this.nodeParts(node) : this.levelParts()));
    for (const box of this.root.querySelectorAll<HTMLInputElement>(`[${KEEP}]`)) {
      const value = kept.get(`${box.id}|${box.dataset.for}`);
      if (value !== undefined) box.value = value;
    }
    this.root.scrollTop = scroll;
    if (focused) document.getElementById(focused)?.focus({ preventScroll: true });
  }

  private context(): FormContext {
    const reg = registryFor(this.level, this.host.registry);
    const lawLabel = (l: (typeof reg.laws)[number]) => [local(l.law), local(l.article)].filter(Boolean).join(language() === 'zh-CN' ? '' : ' ') || l.id;
    return {
      edit: (path, value, how) => this.host.edit(path, value, how),
      update: (path, change) => this.host.commit(setField(this.level, path, change(getIn(this.level, path)))),
      nodeOptions: () => this.level.nodes.map((n) => ({ id: n.id, label: nodeSummary(this.level, n.id) })),
      kinds: kindOptions,
      newNodeHere: (path, type) => {
        const added = addNode(this.level, type as NodeType, { from: path });
        this.host.commit(added.level, undefined, false);
        this.host.outlineChanged();
        this.render(controlId(path));
        this.host.say(t('studio.addedHere', { id: added.id }), false);
      },
      characters: () => this.level.characters.map((c) => ({ id: c.id, label: `${c.id} · ${local(c.name) || t(`studio.enum.${c.role}` as UiKey)}` })),
      conversations: () => ((this.level as { conversations?: { id: string; title: LocalText }[] }).conversations ?? []).map((c) => ({ id: c.id, label: `${c.id} · ${local(c.title)}` })),
      // A law is named with its statute: "《反电信网络诈骗法》第三十一条 · 不得出租、出借银行账户".
      laws: () => reg.laws.map((l) => ({ id: l.id, label: `${lawLabel(l)} · ${local(l.name)}`, group: local(l.law) })),
      cases: () => reg.cases.map((c) => ({ id: c.number, label: `${c.number} · ${local(c.title)}` })),
      help: () => reg.help.map((h) => ({ id: h.id, label: `${local(h.contact)} · ${local(h.name)}` })),
      techniques: () => this.host.techniques.map((x) => ({ id: x.id, label: local(x.name) })),
      flags: () => Object.entries(this.level.flags ?? {}).map(([id, value]) => ({ id, value })),
    };
  }

  private levelParts(): HTMLElement[] {
    return [
      el('h2', { text: t('studio.levelSettings'), attrs: { tabindex: '-1' } }),
      ...objectFields(LevelSchema, this.level as unknown as Record<string, unknown>, [], this.context(), ['nodes', 'flags']),
      this.flagDeclarations(),
    ];
  }

  private nodeParts(node: Level['nodes'][number]): HTMLElement[] {
    const i = indexOfNode(this.level, node.id);
    const schema = (NodeSchema as unknown as { options: { shape: { type: { value: string } } }[] }).options.find((o) => o.shape.type.value === node.type);
    const incoming = leadsTo(this.level, node.id);
    return [
      el('h2', { text: t('studio.nodeHeading', { id: node.id, kind: kindName(node.type) }), attrs: { tabindex: '-1' } }),
      el('div', { className: 'node-head' }, [this.renameField(node.id), this.kindField(node.id, node.type)]),
      el('p', { className: 'incoming', text: incoming.length ? t('studio.ledFrom', { ids: incoming.map((id) => (id === 'start' ? t('studio.mark.start') : id)).join(t('studio.listSep')) }) : t('studio.ledFromNone') }),
      el('div', { className: 'node-actions' }, [
        this.button(t('studio.playFromHere'), () => this.host.playFrom(node.id, false)),
        this.button(t('studio.playFromHereProjector'), () => this.host.playFrom(node.id, true)),
        this.button(t('studio.deleteNode', { id: node.id }), () => this.confirmDelete(node.id), 'btn small danger'),
      ]),
      el('div', { className: 'confirm-slot' }),
      ...(schema ? objectFields(schema as never, node as unknown as Record<string, unknown>, ['nodes', i], this.context(), ['id', 'type']) : []),
    ];
  }

  private renameField(id: string): HTMLElement {
    const box = el('input', { attrs: { type: 'text', id: 'studio-node-id', autocomplete: 'off', spellcheck: 'false', [KEEP]: '', 'data-for': id } });
    box.defaultValue = id;
    const problem = el('span', { className: 'field-problem', attrs: { 'aria-live': 'polite' } });
    const apply = () => {
      const to = box.value.trim();
      if (to === id) return;
      const bad = badNodeId(this.level, to, id);
      if (bad) {
        problem.textContent = t(`studio.idProblem.${bad}` as UiKey, { id: to });
        return;
      }
      this.host.selected = `node:${to}`;
      box.dataset.for = to;
      this.host.commit(renameNode(this.level, id, to), undefined, false);
      this.host.outlineChanged();
      this.render('studio-node-id');
      this.host.say(t('studio.renamed', { from: id, to }), false);
    };
    box.addEventListener('keydown', (e) => e.key === 'Enter' && apply());
    return el('div', { className: 'field rename' }, [el('label', { text: t('studio.nodeId'), attrs: { for: box.id } }), box, this.button(t('studio.rename'), apply), problem]);
  }

  private kindField(id: string, type: NodeType): HTMLElement {
    const box = el('select', { attrs: { id: 'studio-node-kind' } }, kindOptions());
    box.value = type;
    box.addEventListener('change', () => this.host.commit(changeType(this.level, id, box.value as NodeType)));
    return el('div', { className: 'field' }, [el('label', { text: t('studio.nodeKind'), attrs: { for: box.id } }), box]);
  }

  /** The flags a level declares, with their starting values. */
  private flagDeclarations(): HTMLElement {
    const flags = Object.entries(this.level.flags ?? {});
    const name = el('input', { attrs: { type: 'text', id: 'studio-new-flag', autocomplete: 'off', [KEEP]: '', 'data-for': LEVEL } });
    const kind = el('select', { attrs: { id: 'studio-new-flag-kind', 'aria-label': t('studio.flagKind') } }, [
      el('option', { text: t('studio.flagYesNo'), attrs: { value: 'boolean' } }),
      el('option', { text: t('studio.flagNumber'), attrs: { value: 'number' } }),
    ]);
    const add = () => {
      const flag = name.value.trim();
      if (!/^[A-Za-z][A-Za-z0-9_-]*$/.test(flag) || Object.hasOwn(this.level.flags ?? {}, flag)) return void (name.value = flag);
      name.value = '';
      this.host.edit(['flags', flag], kind.value === 'number' ? 0 : false);
    };
    return el('fieldset', { className: 'field list' }, [
      el('legend', { text: fieldLabel('flags') }),
      ...flags.map(([flag, value]) => el('div', { className: 'item row' }, [
        el('span', { className: 'flag-name', text: `${flag} = ${String(value)}` }),
        this.button(t('studio.removeItem', { item: flag }), () => this.host.edit(['flags', flag], undefined), 'btn small remove'),
      ])),
      el('div', { className: 'row' }, [el('label', { text: t('studio.newFlag'), attrs: { for: name.id } }), name, kind, this.button(t('studio.addFlagButton'), add, 'btn small add')]),
    ]);
  }

  private confirmDelete(id: string): void {
    const incoming = leadsTo(this.level, id);
    const remove = () => {
      this.host.selected = LEVEL;
      this.host.commit(deleteNode(this.level, id));
      this.host.outlineChanged();
      this.host.say(t('studio.deleted', { id }), false);
    };
    if (incoming.length === 0) return remove();
    const slot = this.root.querySelector('.confirm-slot')!;
    const cancel = this.button(t('studio.cancel'), () => slot.replaceChildren());
    slot.replaceChildren(el('div', { className: 'confirm', attrs: { role: 'alertdialog', 'aria-labelledby': 'studio-confirm-text' } }, [
      el('p', { text: t('studio.confirmDelete', { id, ids: incoming.map((x) => (x === 'start' ? t('studio.mark.start') : x)).join(t('studio.listSep')) }), attrs: { id: 'studio-confirm-text' } }),
      this.button(t('studio.deleteAnyway', { id }), remove, 'btn small danger'),
      cancel,
    ]));
    cancel.focus();
  }

  private button(text: string, onClick: () => void, className = 'btn small'): HTMLButtonElement {
    return el('button', { className, text, attrs: { type: 'button' }, onClick });
  }
}
