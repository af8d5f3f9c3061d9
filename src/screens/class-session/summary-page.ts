// The printable summary of a class session: a page of tables put outside the game, printed and
// removed (the game's screen is a scaled layer over a canvas, which paper cannot use). Counts only:
// no seat, no animal, no name, not even who was stuck; the same figures as the CSV.
import type { Summary } from '../../class/protocol';
import { type LevelLookup, decisionSplits, pointsByLevel, shareOf } from '../../class/points';
import { pointText, reportedRounds } from '../../class/summary-csv';
import { ct } from '../../class/ui-text';
import { checkWords } from '../../class/check-lines';
import { itemText } from '../../content/check-items';
import { language, local } from '../../services/i18n';
import { el } from '../shared/element';
import { today } from '../../services/clock';

const share = (n: number, total: number) => `${shareOf(n, total)}%`;

function table(head: string[], rows: string[][], marked: (i: number) => boolean = () => false): HTMLTableElement {
  return el('table', {}, [
    el('thead', {}, [el('tr', {}, head.map((h) => el('th', { text: h, attrs: { scope: 'col' } })))]),
    el('tbody', {}, rows.map((row, i) => el('tr', { className: marked(i) ? 'played' : '' }, row.map((c, j) => el(j === 0 ? 'th' : 'td', { text: c, attrs: j === 0 ? { scope: 'row' } : {} }))))),
  ]);
}

const none = () => el('p', { className: 'none', text: ct('printNone') });

/** The summary as a document: the heading, then live votes, self-paced splits, points and checks. */
export function summaryPage(summary: Summary, lookup: LevelLookup, date = today()): HTMLElement {
  const lang = language();
  const title = (levelId: string) => {
    const level = lookup(levelId);
    return level ? local(level.title) : levelId;
  };
  const rounds = reportedRounds(summary);
  const decisions = rounds.filter((r) => r.kind === 'decision');
  const signs = rounds.filter((r) => r.kind === 'signs');
  const day = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  const splits = decisionSplits(summary.dashboard.splits, lookup);
  const points = pointsByLevel(summary.dashboard.at, lookup);
  const check = checkWords(summary.dashboard.checks, lang, itemText);
  const section = (heading: string, parts: HTMLElement[]) => el('section', {}, [el('h2', { text: heading }), ...(parts.length ? parts : [none()])]);

  return el('article', { className: 'class-print', attrs: { lang } }, [
    el('h1', { text: `${ct('pageTitle')} · ${ct('printHeading')}` }),
    el('p', {
      className: 'meta',
      text: ct('printMeta', { date: day(date), mode: ct(summary.mode === 'live' ? 'modeLiveShort' : 'modeSelfShort'), count: summary.devices }),
    }),
    el('p', { className: 'note', text: ct('printNote') }),
    section(ct('printLive'), decisions.map((round) => {
      const total = round.counts.reduce((a, b) => a + b, 0);
      const played = round.options.findIndex((o) => o.id === round.played);
      return el('div', { className: 'round' }, [
        el('h3', { text: `${title(round.levelId)} · ${round.prompt[lang]}` }),
        table(
          [ct('colChoice'), ct('colDevices'), ct('colShare')],
          round.options.map((o, i) => [`${o.text[lang]}${i === played ? ` ${ct('playedMark')}` : ''}`, String(round.counts[i] ?? 0), share(round.counts[i] ?? 0, total)]),
          (i) => i === played,
        ),
      ]);
    })),
    ...(signs.length
      ? [section(ct('printSigns'), signs.map((round) =>
          el('div', { className: 'round' }, [
            el('h3', { text: `${title(round.levelId)} · ${round.prompt[lang]}` }),
            table([ct('colMessage'), ct('colDevices')], round.options.map((o, i) => [o.text[lang], String(round.counts[i] ?? 0)])),
          ]),
        ))]
      : []),
    section(ct('printSelf'), splits.map((split) => {
      const total = split.options.reduce((a, o) => a + o.devices, 0);
      return el('div', { className: 'round' }, [
        el('h3', { text: `${split.levelTitle?.[lang] ?? split.levelId} · ${split.prompt?.[lang] ?? split.nodeId}` }),
        table([ct('colChoice'), ct('colDevices'), ct('colShare')], split.options.map((o) => [o.text?.[lang] ?? o.id, String(o.devices), share(o.devices, total)])),
      ]);
    })),
    section(ct('printAt'), points.map((group) =>
      el('div', { className: 'round' }, [
        el('h3', { text: group.title?.[lang] ?? group.levelId }),
        table([ct('colPoint'), ct('colDevices')], group.points.map((p) => [pointText(p.label, lang), String(p.devices)])),
      ]),
    )),
    section(ct('checks'), [
      ...check.lines.map((line) => el('p', { text: line })),
      ...(check.missed.length ? [el('h3', { text: ct('check.missedHeading') }), el('ul', {}, check.missed.map((m) => el('li', { text: m })))] : []),
    ]),
  ]);
}

/** Puts the page outside the game, prints it, and takes it away again. */
export function printSummary(summary: Summary, lookup: LevelLookup): void {
  document.getElementById('print-root')?.remove();
  const root = el('div', { attrs: { id: 'print-root' }, className: 'class-print-root' }, [summaryPage(summary, lookup)]);
  document.body.append(root);
  window.addEventListener('afterprint', () => root.remove(), { once: true });
  window.print();
}
