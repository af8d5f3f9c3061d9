// The layout audit: run in the page, it lists every piece of text a person could not read whole.
//   cut      text clipped by a box that hides overflow (overflow: hidden / clip, text-overflow),
//   offscreen text outside the viewport, or a scroll container holding text that is itself off screen,
//   overlap  two texts drawn over each other (from elements neither of which contains the other),
//   covered  an element drawn over text (elementFromPoint at the text's centre finds something else).
// Text inside a container the user can scroll is fine where it is scrolled away: the container is
// checked instead. Each problem names a readable selector and the text.
// The layout rule (docs/layout.md) adds two checks, asked for per screen:
//   below    `paged`: a projected screen is paged, never scrolled: no scroll box has text below its
//            fold (a chat log scrolled to its newest line, with history above, is fine),
//   hidden   `mustShow`: each element matching the selector (an option, a help line, the primary
//            button) is wholly on screen, and not scrolled out of a scroll box.
import axeCore, { type AxeResults } from 'axe-core';
import type { Page } from '@playwright/test';

export interface LayoutProblem {
  kind: 'cut' | 'offscreen' | 'overlap' | 'covered' | 'below' | 'hidden';
  where: string;
  text: string;
  detail: string;
}

/** Pixels of slack: anti-aliasing and rounding of a scaled layer, not a collision. */
const SLACK = 2;

/**
 * Evaluated in the page: must hold everything it uses (Playwright sends its source text).
 * `root` is the part of the page to audit.
 */
function auditInPage({ root: rootSelector, slack, paged, mustShow }: { root: string; slack: number; paged: boolean; mustShow: string }): LayoutProblem[] {
  type Box = { left: number; top: number; right: number; bottom: number };
  const problems: LayoutProblem[] = [];
  const root = document.querySelector(rootSelector) ?? document.body;
  const vw = window.innerWidth;
  const vh = window.innerHeight;

  const name = (node: Element): string => {
    const parts: string[] = [];
    for (let e: Element | null = node; e && e !== document.body && parts.length < 4; e = e.parentElement) {
      const classes = [...e.classList].slice(0, 2).map((c) => `.${c}`).join('');
      parts.unshift(e.id ? `${e.tagName.toLowerCase()}#${e.id}` : `${e.tagName.toLowerCase()}${classes}`);
      if (e.id || e.classList.contains('screen')) break;
    }
    return parts.join(' > ');
  };
  const short = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s).replace(/\s+/g, ' ').trim();
  const intersect = (a: Box, b: Box): Box => ({ left: Math.max(a.left, b.left), top: Math.max(a.top, b.top), right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom) });
  const empty = (b: Box) => b.right - b.left <= slack || b.bottom - b.top <= slack;
  const px = (b: Box) => `[${Math.round(b.left)},${Math.round(b.top)} → ${Math.round(b.right)},${Math.round(b.bottom)}]`;

  /** The part of an element's box its content shows in (inside borders and scrollbars). */
  const clientBox = (e: Element): Box => {
    const r = e.getBoundingClientRect();
    const he = e as HTMLElement;
    const sx = he.offsetWidth ? r.width / he.offsetWidth : 1; // the layer is scaled by a transform
    const sy = he.offsetHeight ? r.height / he.offsetHeight : 1;
    const left = r.left + he.clientLeft * sx;
    const top = r.top + he.clientTop * sy;
    return { left, top, right: left + he.clientWidth * sx, bottom: top + he.clientHeight * sy };
  };

  /** Invisible to everyone: not rendered (display, a closed <details>), hidden, fully transparent, or screen-reader-only. */
  const invisible = (e: Element): boolean =>
    !e.checkVisibility({ contentVisibilityAuto: true, opacityProperty: true, visibilityProperty: true }) || e.closest('.sr-only') !== null;

  // Every visible piece of text, line by line, with the clipping boxes above it.
  interface Piece {
    element: Element;
    text: string;
    rects: Box[];
    /** The smallest box it can be seen in: viewport ∩ every ancestor that clips or scrolls. */
    visible: Box;
    /** Scroll containers (user-scrollable) above it. */
    scrollers: Element[];
  }
  const pieces: Piece[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const seenInvisible = new Map<Element, boolean>();
  const cutScrollers = new Set<Element>();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    if (!text.trim()) continue;
    const element = node.parentElement;
    // The splash waits under the game once it has started; a print-only copy is never on screen.
    if (!element || element.closest('script, style, noscript, svg title, .splash, #print-root')) continue;
    if (!seenInvisible.has(element)) seenInvisible.set(element, invisible(element));
    if (seenInvisible.get(element)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const rects = [...range.getClientRects()].filter((r) => r.width > 0.5 && r.height > 0.5).map((r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom }));
    if (!rects.length) continue;
    const where = name(element);
    let visible: Box = { left: 0, top: 0, right: vw, bottom: vh };
    const scrollers: Element[] = [];
    let cutBy: Element | undefined;
    for (let a: Element | null = element; a && a !== document.documentElement; a = a.parentElement) {
      const s = getComputedStyle(a);
      const clipsX = s.overflowX !== 'visible';
      const clipsY = s.overflowY !== 'visible';
      const ellipsis = a === element && s.textOverflow === 'ellipsis';
      if (!clipsX && !clipsY && !ellipsis) continue;
      const he = a as HTMLElement;
      const scrollable = (s.overflowY === 'auto' || s.overflowY === 'scroll') && he.scrollHeight > he.clientHeight + 1;
      const scrollableX = (s.overflowX === 'auto' || s.overflowX === 'scroll') && he.scrollWidth > he.clientWidth + 1;
      const box = clientBox(a);
      // Beyond a scroll container, what must fit is the container, not the text scrolled inside it.
      const last = scrollers[scrollers.length - 1];
      const inner = last ? [last.getBoundingClientRect()] : rects;
      const outside = inner.some((r) => (clipsX && (r.left < box.left - slack || r.right > box.right + slack)) || (clipsY && (r.top < box.top - slack || r.bottom > box.bottom + slack)));
      if (scrollable || scrollableX) scrollers.push(a);
      else if (outside && !cutBy && a !== document.body) cutBy = a;
      visible = intersect(visible, { left: clipsX ? box.left : -Infinity, top: clipsY ? box.top : -Infinity, right: clipsX ? box.right : Infinity, bottom: clipsY ? box.bottom : Infinity });
    }
    const scroller = scrollers[scrollers.length - 1];
    if (cutBy && scroller) {
      if (!cutScrollers.has(scroller)) problems.push({ kind: 'cut', where: name(scroller), text: short(scroller.textContent ?? ''), detail: `scroll container clipped by ${name(cutBy)} ${px(clientBox(cutBy))}` });
      cutScrollers.add(scroller);
    } else if (cutBy) problems.push({ kind: 'cut', where, text: short(text), detail: `clipped by ${name(cutBy)} ${px(clientBox(cutBy))}` });
    else if (!scrollers.length) {
      const off = rects.find((r) => r.left < -slack || r.top < -slack || r.right > vw + slack || r.bottom > vh + slack);
      if (off) problems.push({ kind: 'offscreen', where, text: short(text), detail: `line at ${px(off)} in a ${vw}×${vh} viewport` });
    }
    pieces.push({ element, text, rects, visible, scrollers });
  }

  // A scroll container holding text must itself be on screen, else scrolling cannot show it.
  const scrollersSeen = new Set<Element>();
  for (const piece of pieces) {
    for (const s of piece.scrollers) {
      if (scrollersSeen.has(s)) continue;
      scrollersSeen.add(s);
      const r = s.getBoundingClientRect();
      if (r.left < -slack || r.top < -slack || r.right > vw + slack || r.bottom > vh + slack) {
        problems.push({ kind: 'offscreen', where: name(s), text: short(s.textContent ?? ''), detail: `scroll container at ${px(r)} in a ${vw}×${vh} viewport` });
      }
    }
  }

  // Projected: nothing below the fold of a scroll box; only the past may be above it.
  if (paged) {
    const boxes = new Set(pieces.flatMap((p) => p.scrollers));
    for (const box of boxes) {
      const he = box as HTMLElement;
      // A box paged a screenful at a time by → that says which page it shows (the debrief of a
      // long lesson): what lies below its fold is its next pages, not text the hall cannot reach.
      if (he.hasAttribute('data-paged')) continue;
      const below = he.scrollHeight - he.clientHeight - he.scrollTop;
      if (below > slack) problems.push({ kind: 'below', where: name(box), text: short(box.textContent ?? ''), detail: `${Math.round(below)}px of it below the fold: a projected screen is paged, never scrolled` });
    }
  }

  // Every choice, help line and primary button wholly on screen, not scrolled away.
  if (mustShow) {
    for (const e of root.querySelectorAll(mustShow)) {
      if (invisible(e)) continue;
      let box: Box = { left: 0, top: 0, right: vw, bottom: vh };
      for (let a = e.parentElement; a && a !== document.documentElement; a = a.parentElement) {
        const s = getComputedStyle(a);
        if (s.overflowY !== 'visible') box = intersect(box, clientBox(a));
      }
      const r = e.getBoundingClientRect();
      if (r.top < box.top - slack || r.bottom > box.bottom + slack || r.left < box.left - slack || r.right > box.right + slack) {
        problems.push({ kind: 'hidden', where: name(e), text: short(e.textContent ?? ''), detail: `at ${px(r)}, but only ${px(box)} of it can be seen without scrolling` });
      }
    }
  }

  const related = (a: Element, b: Element) => a === b || a.contains(b) || b.contains(a);

  // Overlap: line boxes of unrelated texts that intersect by more than a sliver (a CJK line's box
  // can reach into the next line's by a pixel or two when the line height is tight).
  const shown = pieces.map((p) => ({ p, rects: p.rects.map((r) => intersect(r, p.visible)).filter((r) => !empty(r)) }));
  const reported = new Set<string>();
  for (let i = 0; i < shown.length; i++) {
    for (let j = i + 1; j < shown.length; j++) {
      const a = shown[i]!;
      const b = shown[j]!;
      if (related(a.p.element, b.p.element)) continue;
      const hit = a.rects.some((ra) =>
        b.rects.some((rb) => {
          const o = intersect(ra, rb);
          const minHeight = Math.min(ra.bottom - ra.top, rb.bottom - rb.top);
          return o.right - o.left > slack * 2 && o.bottom - o.top > Math.max(slack * 2, minHeight * 0.25);
        }),
      );
      if (!hit) continue;
      const key = `${name(a.p.element)}|${name(b.p.element)}`;
      if (reported.has(key)) continue;
      reported.add(key);
      problems.push({ kind: 'overlap', where: name(a.p.element), text: short(a.p.text), detail: `overlaps ${name(b.p.element)} "${short(b.p.text)}"` });
    }
  }

  // Covered: what is on top at the centre of each visible line. The DOM layer lets clicks through
  // (pointer-events: none on the screen); for this look every element takes them, so the topmost
  // element drawn is the one found.
  // A constructed sheet: the page's Content-Security-Policy forbids inline <style>.
  const style = new CSSStyleSheet();
  style.replaceSync('#game *, body > * { pointer-events: auto !important; }');
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, style];
  try {
    const coveredSeen = new Set<Element>();
    for (const { p, rects } of shown) {
      if (coveredSeen.has(p.element)) continue;
      for (const r of rects) {
        const x = (r.left + r.right) / 2;
        const y = (r.top + r.bottom) / 2;
        const top = document.elementFromPoint(x, y);
        if (!top || related(top, p.element)) continue;
        // A label's own control, or a decoration inside the same control, is part of it.
        if (top.closest('label, button, a') && top.closest('label, button, a') === p.element.closest('label, button, a')) continue;
        coveredSeen.add(p.element);
        problems.push({ kind: 'covered', where: name(p.element), text: short(p.text), detail: `under ${name(top)} at (${Math.round(x)}, ${Math.round(y)})` });
        break;
      }
    }
  } finally {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== style);
  }
  return problems;
}

export interface AuditOptions {
  /** The part of the page to audit (the whole body by default). */
  root?: string;
  /** A projected briefing, chat, decision, consequence, ending or debrief: no scroll box may hide text below its fold. */
  paged?: boolean;
  /** Elements that must be wholly on screen, unscrolled (a decision's options, a consequence's help lines). */
  mustShow?: string;
}

/** Audits the page as it is now. */
export async function auditLayout(page: Page, { root = 'body', paged = false, mustShow = '' }: AuditOptions = {}): Promise<LayoutProblem[]> {
  return page.evaluate(auditInPage, { root, slack: SLACK, paged, mustShow });
}

export const describeProblems = (screen: string, problems: readonly LayoutProblem[]): string[] =>
  problems.map((p) => `${screen}: ${p.kind} ${p.where} "${p.text}" — ${p.detail}`);

/**
 * Axe's violations for the page as it is now (`include`: the part to check, `tags`: only those rules).
 * Axe's ½ MB script is put into a document once and run there again for each look;
 * @axe-core/playwright evaluates it twice per look (a walk looks at fourteen screens). Axe runs in
 * the page itself, as that package's "legacy" mode does: the game has no frames to gather, and its
 * default mode opens a blank tab to merge them, which leaves the game's tab behind, where it gets
 * one animation frame a second. Only the violations come back: axe's full results (every rule
 * passed, with its nodes' HTML) took Playwright about a second a look to copy out of the page.
 */
export async function axe(page: Page, { include, tags }: { include?: string; tags?: string[] } = {}): Promise<Pick<AxeResults, 'violations'>> {
  type Axe = typeof axeCore;
  if (!(await page.evaluate(() => typeof (window as { axe?: Axe }).axe?.run === 'function'))) {
    await page.evaluate(axeCore.source);
    await page.evaluate(() => (window as unknown as { axe: Axe }).axe.configure({ allowedOrigins: ['<same_origin>'], branding: { application: 'playwright' } }));
  }
  return page.evaluate(
    ({ include, tags }) =>
      (window as unknown as { axe: Axe }).axe
        .run(include ? { include: [include] } : document, { resultTypes: ['violations'], ...(tags ? { runOnly: { type: 'tag', values: tags } } : {}) })
        .then(({ violations }) => ({ violations })),
    { include, tags },
  );
}

/** Axe's accessibility violations in the game's layer, one line each (up to five nodes named). */
export async function axeViolations(page: Page, screen: string): Promise<string[]> {
  const { violations } = await axe(page, { include: '#game' });
  return violations.map((v) => `${screen}: axe ${v.id} (${v.impact}) ${v.help}\n  ${v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`).slice(0, 5).join('\n  ')}`);
}
