// The map drawn as SVG: a box per node coloured by kind, an arrow per reference; the start, nodes
// no play reaches and dead ends marked in the box's text as well as its look, so colour is never
// the only sign. Each box is a focusable button: click, Enter or Space opens the node's form.
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

export function drawMap(
  parent: HTMLElement,
  layout: MapLayout,
  level: Level,
  marks: Marks,
  selected: string | undefined,
  open: (id: string) => void,
  describe: (id: string) => string,
): void {
  const scroll = { left: parent.scrollLeft, top: parent.scrollTop };
  const root = svg('svg', { width: Math.max(layout.width, 200), height: Math.max(layout.height, 100), viewBox: `0 0 ${Math.max(layout.width, 200)} ${Math.max(layout.height, 100)}`, class: 'map-svg' });
  const arrow = svg('marker', { id: 'map-arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' });
  arrow.append(svg('path', { d: 'M 0 0 L 10 5 L 0 10 z', class: 'map-arrow-head' }));
  const defs = svg('defs');
  defs.append(arrow);
  root.append(defs);

  const edges = svg('g', { class: 'map-edges', 'aria-hidden': 'true' });
  for (const edge of layout.edges) {
    if (edge.points.length === 0) continue;
    const d = edge.points.map((p, i) => `${i === 0 ? 'M' : 'L'} ${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join(' ');
    edges.append(svg('path', { d, class: 'map-edge', 'marker-end': 'url(#map-arrow)' }));
  }
  root.append(edges);

  const nodes = svg('g', { class: 'map-nodes' });
  for (const n of layout.nodes) {
    const flags = [
      n.id === level.start ? 'start' : '',
      marks.unreachable.has(n.id) ? 'unreachable' : '',
      marks.deadEnds.has(n.id) ? 'deadEnd' : '',
    ].filter(Boolean);
    const g = svg('g', {
      class: `map-node kind-${n.type}${flags.map((f) => ` ${f}`).join('')}${n.id === selected ? ' selected' : ''}`,
      transform: `translate(${(n.x - n.width / 2).toFixed(1)} ${(n.y - n.height / 2).toFixed(1)})`,
      tabindex: 0,
      role: 'button',
      'data-node': n.id,
      'data-marks': flags.map((f) => t(`studio.mark.${f}` as UiKey)).join(' · '),
      'aria-label': [describe(n.id), ...flags.map((f) => t(`studio.mark.${f}` as UiKey))].join(' · '),
      ...(n.id === selected ? { 'aria-current': 'true' } : {}),
    });
    g.append(svg('rect', { width: n.width, height: n.height, rx: 10 }));
    g.append(svg('text', { x: 10, y: 19, class: 'map-id' }, n.id.length > SHORT_ID ? `${n.id.slice(0, SHORT_ID - 1)}…` : n.id));
    const note = flags.includes('unreachable') ? t('studio.mark.unreachable') : flags.includes('deadEnd') ? t('studio.mark.deadEnd') : t(`studio.kind.${n.type}` as UiKey);
    g.append(svg('text', { x: 10, y: 38, class: 'map-kind' }, `${flags.includes('start') ? '▶ ' : ''}${note}`));
    g.addEventListener('click', () => open(n.id));
    g.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      open(n.id);
    });
    nodes.append(g);
  }
  root.append(nodes);
  parent.replaceChildren(root);
  parent.scrollLeft = scroll.left;
  parent.scrollTop = scroll.top;
}
