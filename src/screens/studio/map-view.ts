// The map drawn as SVG: a box per node coloured by kind, an arrow per reference; the start, nodes
// no play reaches and dead ends marked in the box's text as well as its look, so colour is never
// the only sign. Each box is a focusable button: click, Enter or Space opens the node's form.
// Redrawn in place: a box is made once per node id and then moved and re-marked; all arrows are
// one path and all arrowheads another, so a 500-node map redraws without making 1,000 elements.
import type { Level } from '../../core';
import type { MapLayout, Marks } from '../../studio/model/layout';
import { t, type UiKey } from '../../services/i18n';

const SVG = 'http://www.w3.org/2000/svg';

const svg = <K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}, text?: string): SVGElementTagNameMap[K] => {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
};

const SHORT_ID = 14;
const HEAD = 9;

interface Drawn {
  root: SVGSVGElement;
  edges: SVGPathElement;
  heads: SVGPathElement;
  layer: SVGGElement;
  boxes: Map<string, { g: SVGGElement; id: SVGTextElement; note: SVGTextElement }>;
  open: (id: string) => void;
}

const drawn = new WeakMap<HTMLElement, Drawn>();

function frame(parent: HTMLElement, open: (id: string) => void): Drawn {
  const root = svg('svg', { class: 'map-svg' });
  const edges = svg('path', { class: 'map-edge', 'aria-hidden': 'true' });
  const heads = svg('path', { class: 'map-arrow-head', 'aria-hidden': 'true' });
  const layer = svg('g', { class: 'map-nodes' });
  root.append(edges, heads, layer);
  parent.replaceChildren(root);
  const made: Drawn = { root, edges, heads, layer, boxes: new Map(), open };
  // One listener for every box: the box knows its node by data-node.
  const target = (event: Event) => (event.target as Element | null)?.closest<SVGGElement>('.map-node')?.dataset.node;
  layer.addEventListener('click', (event) => {
    const id = target(event);
    if (id) made.open(id);
  });
  layer.addEventListener('keydown', (event) => {
    const id = target(event);
    if (!id || (event.key !== 'Enter' && event.key !== ' ')) return;
    event.preventDefault();
    made.open(id);
  });
  drawn.set(parent, made);
  return made;
}

export function drawMap(
  parent: HTMLElement,
  layout: MapLayout,
  level: Level,
  marks: Marks,
  selected: string | undefined,
  open: (id: string) => void,
  describe: (id: string) => string,
): void {
  const map = drawn.get(parent) && parent.contains(drawn.get(parent)!.root) ? drawn.get(parent)! : frame(parent, open);
  map.open = open;
  const width = Math.max(layout.width, 200);
  const height = Math.max(layout.height, 100);
  map.root.setAttribute('width', String(width));
  map.root.setAttribute('height', String(height));
  map.root.setAttribute('viewBox', `0 0 ${width} ${height}`);

  let lines = '';
  let heads = '';
  for (const edge of layout.edges) {
    const points = edge.points;
    if (points.length < 2) continue;
    lines += points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join('');
    // An arrowhead at the end, along the last segment.
    const a = points[points.length - 2]!;
    const b = points[points.length - 1]!;
    const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    const [ux, uy] = [(b.x - a.x) / length, (b.y - a.y) / length];
    const base = { x: b.x - ux * HEAD, y: b.y - uy * HEAD };
    heads += `M${b.x.toFixed(1)} ${b.y.toFixed(1)}L${(base.x - uy * HEAD * 0.55).toFixed(1)} ${(base.y + ux * HEAD * 0.55).toFixed(1)}L${(base.x + uy * HEAD * 0.55).toFixed(1)} ${(base.y - ux * HEAD * 0.55).toFixed(1)}Z`;
  }
  map.edges.setAttribute('d', lines);
  map.heads.setAttribute('d', heads);

  const present = new Set<string>();
  for (const n of layout.nodes) {
    present.add(n.id);
    let box = map.boxes.get(n.id);
    if (!box) {
      const g = svg('g', { tabindex: 0, role: 'button', 'data-node': n.id });
      g.append(svg('rect', { width: n.width, height: n.height, rx: 10 }));
      const id = svg('text', { x: 10, y: 19, class: 'map-id' }, n.id.length > SHORT_ID ? `${n.id.slice(0, SHORT_ID - 1)}…` : n.id);
      const note = svg('text', { x: 10, y: 38, class: 'map-kind' });
      g.append(id, note);
      box = { g, id, note };
      map.boxes.set(n.id, box);
      map.layer.append(g);
    }
    const flags = [n.id === level.start ? 'start' : '', marks.unreachable.has(n.id) ? 'unreachable' : '', marks.deadEnds.has(n.id) ? 'deadEnd' : ''].filter(Boolean);
    const words = flags.map((f) => t(`studio.mark.${f}` as UiKey)).join(' · ');
    box.g.setAttribute('class', `map-node kind-${n.type}${flags.map((f) => ` ${f}`).join('')}${n.id === selected ? ' selected' : ''}`);
    box.g.setAttribute('transform', `translate(${(n.x - n.width / 2).toFixed(1)} ${(n.y - n.height / 2).toFixed(1)})`);
    box.g.dataset.marks = words;
    box.g.setAttribute('aria-label', [describe(n.id), words].filter(Boolean).join(' · '));
    if (n.id === selected) box.g.setAttribute('aria-current', 'true');
    else box.g.removeAttribute('aria-current');
    const note = flags.includes('unreachable') ? t('studio.mark.unreachable') : flags.includes('deadEnd') ? t('studio.mark.deadEnd') : t(`studio.kind.${n.type}` as UiKey);
    box.note.textContent = `${flags.includes('start') ? '▶ ' : ''}${note}`;
  }
  for (const [id, box] of map.boxes) {
    if (present.has(id)) continue;
    box.g.remove();
    map.boxes.delete(id);
  }
}
