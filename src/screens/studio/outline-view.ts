// The outline: the level's settings, then every node by id, kind and first words, with the start,
// nodes no play reaches and dead ends marked in words; and "add a node". Drawn again only when the
// shape of the level or the selection changes; a typed word only renames the node it is in.
import type { Level } from '../../core';
import { NODE_TYPES, nodeWords, type NodeType } from '../../studio/model/node-kinds';
import type { Marks } from '../../studio/model/layout';
import { local, t, type UiKey } from '../../services/i18n';
import { el } from '../shared/element';
import { LEVEL } from './draft-session';

type LevelNode = Level['nodes'][number];

/** The level's nodes by id, made once per version of the level. */
const index = new WeakMap<Level, Map<string, LevelNode>>();

export function nodeById(level: Level, id: string): LevelNode | undefined {
  let byId = index.get(level);
  if (!byId) index.set(level, (byId = new Map(level.nodes.map((n) => [n.id, n]))));
  return byId.get(id);
}

/** A node kind's name (studio.kind.<kind>: a kind without one in the UI strings does not compile). */
export const kindName = (type: NodeType): string => t(`studio.kind.${type}`);

/** Every node kind as a menu's options, in the studio's order (src/studio/model/node-kinds.ts). */
export const kindOptions = (): HTMLOptionElement[] => NODE_TYPES.map((k) => el('option', { text: kindName(k), attrs: { value: k } }));

/** "d1 · Decision · What do you do?": a node's id, kind and first words. */
export function nodeSummary(level: Level, id: string): string {
  const node = nodeById(level, id);
  if (!node) return id;
  const text = nodeWords(node);
  const words = text ? local(text).trim() : '';
  return `${id} · ${kindName(node.type)}${words ? ` · ${words.length > 24 ? `${words.slice(0, 24)}…` : words}` : ''}`;
}

export class OutlineView {
  private names = new Map<string, string>();

  constructor(
    readonly root: HTMLElement,
    private readonly actions: { select(key: string): void; add(type: NodeType): void },
  ) {}

  render(level: Level, marks: Marks, selected: string): void {
    this.names = new Map(level.nodes.map((n) => [n.id, nodeSummary(level, n.id)]));
    const item = (key: string, text: string, flags: string[] = [], kind?: string) => {
      const b = el('button', { className: `outline-item${kind ? ` kind-${kind}` : ''}`, attrs: { type: 'button' }, onClick: () => this.actions.select(key) });
      b.append(el('span', { className: 'name', text }));
      if (key.startsWith('node:')) b.dataset.node = key.slice(5);
      if (key === selected) b.setAttribute('aria-current', 'true');
      for (const m of flags) b.append(el('span', { className: `mark ${m}`, text: t(`studio.mark.${m}` as UiKey) }));
      return el('li', {}, [b]);
    };
    const adder = el('select', { attrs: { 'aria-label': t('studio.addNode') } }, [
      el('option', { text: t('studio.addNode'), attrs: { value: '' } }),
      ...kindOptions(),
    ]);
    adder.addEventListener('change', () => adder.value && this.actions.add(adder.value as NodeType));
    this.root.replaceChildren(
      el('ul', {}, [item(LEVEL, t('studio.levelSettings'))]),
      el('h2', { text: t('studio.nodes', { n: level.nodes.length }) }),
      el('ol', { className: 'nodes' }, level.nodes.map((n) => item(`node:${n.id}`, this.names.get(n.id)!, [
        ...(n.id === level.start ? ['start'] : []),
        ...(marks.unreachable.has(n.id) ? ['unreachable'] : []),
        ...(marks.deadEnds.has(n.id) ? ['deadEnd'] : []),
      ], n.type))),
      adder,
    );
  }

  /** Only texts changed: the names of the nodes whose words changed follow, in the outline and on the map. */
  renameChanged(level: Level, map: HTMLElement): void {
    for (const node of level.nodes) {
      const name = nodeSummary(level, node.id);
      if (this.names.get(node.id) === name) continue;
      this.names.set(node.id, name);
      const item = this.root.querySelector<HTMLElement>(`[data-node="${CSS.escape(node.id)}"] .name`);
      if (item) item.textContent = name;
      const box = map.querySelector<SVGElement>(`.map-node[data-node="${CSS.escape(node.id)}"]`);
      box?.setAttribute('aria-label', [name, box.dataset.marks].filter(Boolean).join(' · '));
    }
  }
}
