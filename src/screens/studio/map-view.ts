// The map drawn as SVG: a box per node coloured by kind, an arrow per reference; the start, nodes
// no play reaches and dead ends marked in the box's text as well as its look, so colour is never
// the only sign. Each box is a focusable button: click, Enter or Space opens the node's form.
//
// The map pans (drag the background, or the arrow keys on it) and zooms (the wheel, or + and −),
// and "Whole map" fits it all in view. The view box is taken from every box AND every arrow's
// points, so an arrow that bends outside the boxes is never cut off.
//
// Arrows are drawn on the map too: each reference out of a node (a message's next node, each
// choice's, each branch's) is a dot on the box's lower edge; drag it onto a node, or press it (or
// Enter on it) and then press the node. Escape gives up.
//
// Redrawn in place: a box is made once per node id and then moved and re-marked; all arrows are one
// path and all arrowheads another, so a 500-node map redraws without making 1,000 elements.
import type { Level } from '../../core';
import { refsOf, type Path } from '../../studio/model/edits';
import type { MapLayout, Marks } from '../../studio/model/layout';
import { t, type UiKey } from '../../services/i18n';
import { el } from '../shared/element';
import { itemLabel } from './schema-form';

const SVG = 'http://www.w3.org/2000/svg';

const svg = <K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}, text?: string): SVGElementTagNameMap[K] => {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
};

const SHORT_ID = 14;
const HEAD = 9;
const MARGIN = 24;
const ZOOM = { min: 0.2, max: 3, step: 1.25 } as const;

export interface MapActions {
  open(id: string): void;
  describe(id: string): string;
  /** The reference at `path` (a next node) now leads to `to`. */
  connect(path: Path, to: string): void;
}

interface Box {
  g: SVGGElement;
  rect: SVGRectElement;
  id: SVGTextElement;
  note: SVGTextElement;
  ports: SVGGElement;
}

/** The part of the map in view, in map units. */
interface View {
  x: number;
  y: number;
  scale: number;
}

export class MapView {
  private readonly svg: SVGSVGElement;
  private readonly edges: SVGPathElement;
  private readonly heads: SVGPathElement;
  private readonly layer: SVGGElement;
  /** The dots to draw arrows from: beside the boxes, not in them (a button holds no button). */
  private readonly portLayer: SVGGElement;
  private readonly rubber: SVGLineElement;
  private readonly hint: HTMLElement;
  private readonly boxes = new Map<string, Box>();
  private bounds = { x: 0, y: 0, width: 200, height: 100 };
  private view: View | undefined;
  /** The person has moved or zoomed the map: it is no longer fitted to its box by itself. */
  private moved = false;
  private levelId: string | undefined;
  /** The reference being drawn from, while an arrow is drawn. */
  private drawing: { path: Path; from: { x: number; y: number } } | undefined;
  private level: Level | undefined;

  constructor(
    readonly root: HTMLElement,
    private readonly actions: MapActions,
  ) {
    this.svg = svg('svg', { class: 'map-svg', role: 'group', 'aria-label': t('studio.mapKeys'), tabindex: '0' });
    this.edges = svg('path', { class: 'map-edge', 'aria-hidden': 'true' });
    this.heads = svg('path', { class: 'map-arrow-head', 'aria-hidden': 'true' });
    this.rubber = svg('line', { class: 'map-rubber', 'aria-hidden': 'true', visibility: 'hidden' });
    this.layer = svg('g', { class: 'map-nodes' });
    this.portLayer = svg('g', { class: 'map-ports' });
    this.svg.append(this.edges, this.heads, this.layer, this.portLayer, this.rubber);
    const tool = (text: string, label: string, act: () => void) => el('button', { className: 'btn small map-tool', text, attrs: { type: 'button', 'aria-label': label, title: label }, onClick: act });
    this.hint = el('p', { className: 'map-hint', attrs: { 'aria-live': 'polite' } });
    root.replaceChildren(
      el('div', { className: 'map-tools' }, [
        tool('−', t('studio.zoomOut'), () => this.zoom(1 / ZOOM.step)),
        tool('+', t('studio.zoomIn'), () => this.zoom(ZOOM.step)),
        tool(t('studio.wholeMap'), t('studio.wholeMap'), () => this.fit()),
        this.hint,
      ]),
      el('div', { className: 'map-view' }, [this.svg]),
    );
    this.hint.textContent = t('studio.mapHint');
    this.listen();
  }

  draw(layout: MapLayout, level: Level, marks: Marks, selected: string | undefined): void {
    this.level = level;
    this.drawEdges(layout);
    const present = new Set<string>();
    const refs = refsOf(level);
    for (const n of layout.nodes) {
      present.add(n.id);
      const box = this.boxes.get(n.id) ?? this.makeBox(n.id, n.width, n.height);
      const flags = [n.id === level.start ? 'start' : '', marks.unreachable.has(n.id) ? 'unreachable' : '', marks.deadEnds.has(n.id) ? 'deadEnd' : ''].filter(Boolean);
      const words = flags.map((f) => t(`studio.mark.${f}` as UiKey)).join(' · ');
      box.g.setAttribute('class', `map-node kind-${n.type}${flags.map((f) => ` ${f}`).join('')}${n.id === selected ? ' selected' : ''}`);
      const at = `translate(${(n.x - n.width / 2).toFixed(1)} ${(n.y - n.height / 2).toFixed(1)})`;
      box.g.setAttribute('transform', at);
      box.ports.setAttribute('transform', at);
      box.g.dataset.marks = words;
      box.g.setAttribute('aria-label', [this.actions.describe(n.id), words].filter(Boolean).join(' · '));
      if (n.id === selected) box.g.setAttribute('aria-current', 'true');
      else box.g.removeAttribute('aria-current');
      const note = flags.includes('unreachable') ? t('studio.mark.unreachable') : flags.includes('deadEnd') ? t('studio.mark.deadEnd') : t(`studio.kind.${n.type}` as UiKey);
      box.note.textContent = `${flags.includes('start') ? '▶ ' : ''}${note}`;
      this.drawPorts(box, n.id, n.width, n.height, refs.filter((r) => r.from === n.id));
    }
    for (const [id, box] of this.boxes) {
      if (present.has(id)) continue;
      box.g.remove();
      box.ports.remove();
      this.boxes.delete(id);
    }
    // Another level, or a view the person has not moved: the whole map, fitted.
    if (level.id !== this.levelId) this.moved = false;
    this.levelId = level.id;
    if (!this.view || !this.moved) this.fit();
    else this.apply();
  }

  /** Arrows along the layout's points, and the view's bounds from boxes and arrows both. */
  private drawEdges(layout: MapLayout): void {
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    const take = (x: number, y: number) => {
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
    };
    for (const n of layout.nodes) {
      take(n.x - n.width / 2, n.y - n.height / 2);
      take(n.x + n.width / 2, n.y + n.height / 2 + 10); // the ports below the box
    }
    let lines = '';
    let heads = '';
    for (const edge of layout.edges) {
      const points = edge.points;
      if (points.length < 2) continue;
      for (const p of points) take(p.x, p.y);
      lines += points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join('');
      // An arrowhead at the end, along the last segment.
      const a = points[points.length - 2]!;
      const b = points[points.length - 1]!;
      const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
      const [ux, uy] = [(b.x - a.x) / length, (b.y - a.y) / length];
      const base = { x: b.x - ux * HEAD, y: b.y - uy * HEAD };
      heads += `M${b.x.toFixed(1)} ${b.y.toFixed(1)}L${(base.x - uy * HEAD * 0.55).toFixed(1)} ${(base.y + ux * HEAD * 0.55).toFixed(1)}L${(base.x + uy * HEAD * 0.55).toFixed(1)} ${(base.y - ux * HEAD * 0.55).toFixed(1)}Z`;
    }
    this.edges.setAttribute('d', lines);
    this.heads.setAttribute('d', heads);
    if (!Number.isFinite(minX)) [minX, minY, maxX, maxY] = [0, 0, 200, 100];
    this.bounds = { x: minX - MARGIN, y: minY - MARGIN, width: maxX - minX + 2 * MARGIN, height: maxY - minY + 2 * MARGIN };
  }

  private makeBox(id: string, width: number, height: number): Box {
    const g = svg('g', { tabindex: 0, role: 'button', 'data-node': id });
    const rect = svg('rect', { width, height, rx: 10 });
    const idText = svg('text', { x: 10, y: 19, class: 'map-id' }, id.length > SHORT_ID ? `${id.slice(0, SHORT_ID - 1)}…` : id);
    const note = svg('text', { x: 10, y: 38, class: 'map-kind' });
    const ports = svg('g', { class: 'map-node-ports', 'data-node': id });
    g.append(rect, idText, note);
    this.layer.append(g);
    this.portLayer.append(ports);
    const box = { g, rect, id: idText, note, ports };
    this.boxes.set(id, box);
    return box;
  }

  /** A dot per reference out of the node, on its lower edge, to draw that arrow from. */
  private drawPorts(box: Box, id: string, width: number, height: number, refs: readonly { path: Path; to: string }[]): void {
    const key = refs.map((r) => r.path.join('/')).join('|');
    if (box.ports.dataset.key === key) return;
    box.ports.dataset.key = key;
    box.ports.replaceChildren(...refs.map((ref, k) => {
      const x = (width * (k + 1)) / (refs.length + 1);
      const port = svg('g', { class: 'map-port', tabindex: 0, role: 'button', 'data-path': JSON.stringify(ref.path), transform: `translate(${x.toFixed(1)} ${height})` });
      port.setAttribute('aria-label', t('studio.drawArrowFrom', { from: portName(id, ref.path) }));
      port.append(svg('circle', { r: 9 }), svg('title', {}, t('studio.drawArrowFrom', { from: portName(id, ref.path) })));
      return port;
    }));
  }

  // ——— pan and zoom ———

  /** The svg's size in its own (layout) pixels, which the view box maps onto. */
  private size(): { width: number; height: number } {
    return { width: Math.max(this.svg.clientWidth, 1), height: Math.max(this.svg.clientHeight, 1) };
  }

  /** The whole map in view (never larger than life). */
  fit(): void {
    this.moved = false;
    if (this.svg.clientWidth === 0) return; // not laid out yet: fitted when it is (the resize observer)
    const { width, height } = this.size();
    const scale = Math.min(1, width / this.bounds.width, height / this.bounds.height);
    this.view = {
      scale,
      x: this.bounds.x - (width / scale - this.bounds.width) / 2,
      y: this.bounds.y - (height / scale - this.bounds.height) / 2,
    };
    this.apply();
  }

  private zoom(factor: number, at?: { x: number; y: number }): void {
    if (!this.view) return this.fit();
    this.moved = true;
    const { width, height } = this.size();
    const scale = Math.min(ZOOM.max, Math.max(ZOOM.min, this.view.scale * factor));
    // The point under the pointer (or the middle) stays where it is.
    const px = at?.x ?? width / 2;
    const py = at?.y ?? height / 2;
    const mx = this.view.x + px / this.view.scale;
    const my = this.view.y + py / this.view.scale;
    this.view = { scale, x: mx - px / scale, y: my - py / scale };
    this.apply();
  }

  private pan(dx: number, dy: number): void {
    if (!this.view) return;
    this.moved = true;
    this.view = { ...this.view, x: this.view.x - dx / this.view.scale, y: this.view.y - dy / this.view.scale };
    this.apply();
  }

  private apply(): void {
    if (!this.view) return;
    const { width, height } = this.size();
    const v = this.view;
    this.svg.setAttribute('viewBox', `${v.x.toFixed(1)} ${v.y.toFixed(1)} ${(width / v.scale).toFixed(1)} ${(height / v.scale).toFixed(1)}`);
    this.svg.dataset.scale = v.scale.toFixed(3);
  }

  /** A pointer's place in the svg's pixels (the page may be scaled as a whole). */
  private local(event: { clientX: number; clientY: number }): { x: number; y: number; ratio: number } {
    const rect = this.svg.getBoundingClientRect();
    const ratio = this.svg.clientWidth > 0 ? this.svg.clientWidth / rect.width : 1;
    return { x: (event.clientX - rect.left) * ratio, y: (event.clientY - rect.top) * ratio, ratio };
  }

  private toMap(point: { x: number; y: number }): { x: number; y: number } {
    const v = this.view ?? { x: 0, y: 0, scale: 1 };
    return { x: v.x + point.x / v.scale, y: v.y + point.y / v.scale };
  }

  // ——— drawing an arrow ———

  private startArrow(port: SVGGElement): void {
    const path = JSON.parse(port.dataset.path!) as Path;
    const box = port.closest<SVGGElement>('.map-node-ports')!;
    const matrix = /translate\(([-\d.]+) ([-\d.]+)\)/.exec(box.getAttribute('transform') ?? '');
    const offset = /translate\(([-\d.]+) ([-\d.]+)\)/.exec(port.getAttribute('transform') ?? '');
    const from = { x: Number(matrix?.[1] ?? 0) + Number(offset?.[1] ?? 0), y: Number(matrix?.[2] ?? 0) + Number(offset?.[2] ?? 0) };
    this.drawing = { path, from };
    this.root.classList.add('drawing');
    this.rubber.setAttribute('x1', String(from.x));
    this.rubber.setAttribute('y1', String(from.y));
    this.rubber.setAttribute('x2', String(from.x));
    this.rubber.setAttribute('y2', String(from.y));
    this.rubber.setAttribute('visibility', 'visible');
    this.hint.textContent = t('studio.drawArrowHint', { from: portName(box.dataset.node!, path) });
  }

  private endArrow(to?: string): void {
    const drawing = this.drawing;
    this.drawing = undefined;
    this.root.classList.remove('drawing');
    this.rubber.setAttribute('visibility', 'hidden');
    this.hint.textContent = t('studio.mapHint');
    if (drawing && to && this.level?.nodes.some((n) => n.id === to)) this.actions.connect(drawing.path, to);
  }

  private listen(): void {
    const nodeOf = (target: EventTarget | null) => (target as Element | null)?.closest?.<SVGGElement>('.map-node')?.dataset.node;
    const portOf = (target: EventTarget | null) => (target as Element | null)?.closest?.<SVGGElement>('.map-port') ?? undefined;
    let press: { x: number; y: number; moved: boolean; port?: SVGGElement; pointer: number } | undefined;

    this.svg.addEventListener('pointerdown', (event) => {
      if (event.button !== 0) return;
      const at = this.local(event);
      press = { x: at.x, y: at.y, moved: false, pointer: event.pointerId, ...(portOf(event.target) ? { port: portOf(event.target)! } : {}) };
      if (press.port) {
        this.startArrow(press.port);
        event.preventDefault();
      }
    });
    this.svg.addEventListener('pointermove', (event) => {
      if (!press || event.pointerId !== press.pointer) return;
      const at = this.local(event);
      if (Math.hypot(at.x - press.x, at.y - press.y) > 4) press.moved = true;
      if (!press.moved) return;
      if (this.drawing) {
        const p = this.toMap(at);
        this.rubber.setAttribute('x2', p.x.toFixed(1));
        this.rubber.setAttribute('y2', p.y.toFixed(1));
      } else if (!nodeOf(event.target) || this.svg.hasPointerCapture(event.pointerId)) {
        // Dragging the background (or on after the drag began) pans.
        if (!this.svg.hasPointerCapture(event.pointerId)) this.svg.setPointerCapture(event.pointerId);
        this.pan(at.x - press.x, at.y - press.y);
        press.x = at.x;
        press.y = at.y;
      }
    });
    this.svg.addEventListener('pointerup', (event) => {
      const was = press;
      press = undefined;
      if (!was) return;
      if (this.svg.hasPointerCapture(event.pointerId)) this.svg.releasePointerCapture(event.pointerId);
      // A drag from a dot ends on the node it is let go over; a press on a dot waits for a node.
      if (this.drawing && was.port && was.moved) {
        const over = document.elementFromPoint(event.clientX, event.clientY);
        this.endArrow(nodeOf(over));
      }
    });
    this.svg.addEventListener('click', (event) => {
      const id = nodeOf(event.target);
      if (portOf(event.target)) return;
      if (this.drawing) return this.endArrow(id);
      if (id) this.actions.open(id);
    });
    this.svg.addEventListener('keydown', (event) => {
      const port = portOf(event.target);
      const id = nodeOf(event.target);
      if (event.key === 'Escape' && this.drawing) {
        event.preventDefault();
        return this.endArrow();
      }
      if (event.key === 'Enter' || event.key === ' ') {
        if (port) {
          event.preventDefault();
          return this.drawing ? this.endArrow() : this.startArrow(port);
        }
        if (id) {
          event.preventDefault();
          return this.drawing ? this.endArrow(id) : this.actions.open(id);
        }
      }
      if (event.target !== this.svg) return;
      const step = 60;
      const moves: Record<string, [number, number]> = { ArrowLeft: [step, 0], ArrowRight: [-step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
      if (moves[event.key]) this.pan(...moves[event.key]!);
      else if (event.key === '+' || event.key === '=') this.zoom(ZOOM.step);
      else if (event.key === '-') this.zoom(1 / ZOOM.step);
      else return;
      event.preventDefault();
    });
    this.svg.addEventListener('wheel', (event) => {
      event.preventDefault();
      this.zoom(event.deltaY < 0 ? ZOOM.step : 1 / ZOOM.step, this.local(event));
    }, { passive: false });
    new ResizeObserver(() => (this.moved && this.view ? this.apply() : this.fit())).observe(this.svg);
  }
}

/** "d1 › Choice 2", "n1 › Next node": where an arrow starts, as the form names it. */
function portName(id: string, path: Path): string {
  const tail = path.slice(2);
  const parts = [id];
  for (let i = 0; i < tail.length; i++) {
    const key = tail[i]!;
    const next = tail[i + 1];
    if (typeof key === 'string' && typeof next === 'number') {
      parts.push(itemLabel(key, next));
      i++;
    } else if (key !== 'next') parts.push(t(`studio.field.${String(key)}`, { defaultValue: String(key) }));
  }
  if (parts.length === 1) parts.push(t('studio.field.next'));
  return parts.join(' › ');
}
