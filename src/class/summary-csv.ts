// The session summary as rows, for the teacher's CSV download and the printable page: counts only,
// nothing about any person. Pure (no DOM): the words come from the locale files' class group in
// the language asked for, whatever the page shows; node ids are resolved through the levels the page has.
import type { Language } from '../core';
import { textOf } from '../services/text';
import { type LevelLookup, type PointLabel, decisionSplits, pointsByLevel } from './points';
import { CHECK_FORMS, type Dashboard, type Summary } from './protocol';
import type { ItemText } from './check-lines';
import { changeSummary } from '../core/class-check';

export type Lang = Language;

/** RFC 4180 quoting; a leading = + - @ is defused so a spreadsheet never runs a cell as a formula. */
export const cell = (value: string | number | null): string => {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text) && typeof value === 'string') text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export type Row = [string, string, string, string, string | number | null];

const noLevels: LevelLookup = () => undefined;

/** A point where devices wait, in words ("Deciding: What do you reply?"), or its id when unknown. */
export function pointText(label: PointLabel, lang: Lang): string {
  if (label.kind === 'finished') return textOf(lang, 'class.finished');
  if (label.kind === 'unknown' || !label.text) return textOf(lang, 'class.unknownPoint', { id: label.id });
  const key = ({ decision: 'class.atDecision', message: 'class.atMessage', consequence: 'class.atConsequence', ending: 'class.atEnding' } as const)[label.kind];
  return textOf(lang, key, { text: label.text[lang] });
}

/**
 * The rounds worth reporting: a decision left without a vote and without a choice played (the
 * presenter went to spot the signs first, then put the decision again as a fresh round) is noise.
 */
export const reportedRounds = (summary: Summary): Summary['rounds'] => summary.rounds.filter((r) => r.voters > 0 || r.played !== null);

const ROW_KINDS = ['devices', 'vote', 'played', 'at', 'split', 'form', 'pairs', 'pairsLow', 'pairsHigh', 'effect', 'improved', 'same', 'fell', 'kept', 'missed'] as const;
type RowWords = Record<(typeof ROW_KINDS)[number], string>;
const rowWords = (lang: Lang): RowWords => Object.fromEntries(ROW_KINDS.map((k) => [k, textOf(lang, `class.csvRow.${k}`)])) as RowWords;

export function summaryRows(summary: Summary, lang: Lang, lookup: LevelLookup = noLevels, itemText: ItemText = () => undefined): Row[] {
  const s = rowWords(lang);
  const title = (levelId: string) => lookup(levelId)?.title[lang] ?? levelId;
  const rows: Row[] = [[s.devices, '', '', '', summary.devices]];
  for (const round of reportedRounds(summary)) {
    round.options.forEach((option, i) => rows.push([s.vote, title(round.levelId), round.prompt[lang], option.text[lang], round.counts[i] ?? 0]));
    const played = round.options.find((o) => o.id === round.played);
    if (played) rows.push([s.played, title(round.levelId), round.prompt[lang], played.text[lang], null]);
  }
  const board = summary.dashboard;
  for (const group of pointsByLevel(board.at, lookup))
    for (const point of group.points) rows.push([s.at, group.title?.[lang] ?? group.levelId, pointText(point.label, lang), '', point.devices]);
  for (const split of decisionSplits(board.splits, lookup))
    for (const option of split.options)
      rows.push([s.split, split.levelTitle?.[lang] ?? split.levelId, split.prompt?.[lang] ?? split.nodeId, option.text?.[lang] ?? option.id, option.devices]);
  rows.push(...checkRows(board.checks, lang, itemText));
  return rows;
}

export function summaryCsv(summary: Summary, lang: Lang, lookup: LevelLookup = noLevels, itemText: ItemText = () => undefined): string {
  const head = (['section', 'level', 'question', 'option', 'count'] as const).map((k) => textOf(lang, `class.csvHead.${k}`));
  // A byte-order mark so that Excel opens the Chinese as UTF-8.
  return '\uFEFF' + [head, ...summaryRows(summary, lang, lookup, itemText)].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

/**
 * The learning check's rows: each form's mean and its most-missed questions (how many devices got
 * each wrong), then the paired gain from before to after with its interval and effect size, how
 * many devices went up, stayed, went down, and the change a week later: the debrief's figures.
 */
function checkRows(checks: Dashboard['checks'], lang: Lang, itemText: ItemText): Row[] {
  const s = rowWords(lang);
  const label = (form: (typeof CHECK_FORMS)[number]) => textOf(lang, `class.check.${form}`);
  const rows: Row[] = [];
  for (const form of CHECK_FORMS) {
    const tally = checks[form];
    rows.push([s.form, '', label(form), `n=${tally.n}`, tally.percent]);
    for (const m of tally.missed) rows.push([s.missed, '', itemText(form, m.item)?.[lang] ?? m.item, label(form), m.devices]);
  }
  const gain = changeSummary(checks.gain);
  const n = `n=${gain.n}`;
  rows.push(
    [s.pairs, '', '', n, gain.gain?.points.value ?? null],
    [s.pairsLow, '', '', n, gain.gain?.points.low ?? null],
    [s.pairsHigh, '', '', n, gain.gain?.points.high ?? null],
    [s.effect, '', '', n, gain.gain?.dz.value ?? null],
    [s.improved, '', '', n, gain.improved],
    [s.same, '', '', n, gain.same],
    [s.fell, '', '', n, gain.fell],
  );
  const kept = changeSummary(checks.kept);
  rows.push([s.kept, '', '', `n=${kept.n}`, kept.gain?.points.value ?? null]);
  return rows;
}
