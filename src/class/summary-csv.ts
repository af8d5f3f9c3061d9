// The session summary as CSV, for the teacher's download: counts only, nothing about any person.
// Pure (no DOM): the printable page and the tests read the same rows.
import type { LocalText, Summary } from './protocol';

export type Lang = keyof LocalText;

const HEAD: Record<Lang, string[]> = {
  'zh-CN': ['部分', '关卡', '问题或位置', '选项', '人数'],
  en: ['section', 'level', 'question or point', 'option', 'count'],
};
const SECTION: Record<Lang, Record<'devices' | 'vote' | 'played' | 'at' | 'split' | 'before' | 'after' | 'gain', string>> = {
  'zh-CN': { devices: '设备数', vote: '投票', played: '所选', at: '所在位置', split: '选择', before: '课前测验平均分%', after: '课后测验平均分%', gain: '提高（百分点）' },
  en: { devices: 'devices', vote: 'vote', played: 'played', at: 'at point', split: 'choice', before: 'check before, mean %', after: 'check after, mean %', gain: 'gain, points' },
};

/** RFC 4180 quoting; a leading = + - @ is defused so a spreadsheet never runs a cell as a formula. */
export const cell = (value: string | number | null): string => {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text) && typeof value === 'string') text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export type Row = [string, string, string, string, string | number | null];

export function summaryRows(summary: Summary, lang: Lang): Row[] {
  const s = SECTION[lang];
  const rows: Row[] = [[s.devices, '', '', '', summary.devices]];
  for (const round of summary.rounds) {
    round.options.forEach((option, i) => rows.push([s.vote, round.levelId, round.prompt[lang], option.text[lang], round.counts[i] ?? 0]));
    const played = round.options.find((o) => o.id === round.played);
    if (played) rows.push([s.played, round.levelId, round.prompt[lang], played.text[lang], null]);
  }
  const board = summary.dashboard;
  for (const [point, n] of Object.entries(board.at)) rows.push([s.at, point.split('/')[0]!, point.slice(point.indexOf('/') + 1), '', n]);
  for (const [decision, split] of Object.entries(board.splits))
    for (const [choice, n] of Object.entries(split)) rows.push([s.split, decision.split('/')[0]!, decision.slice(decision.indexOf('/') + 1), choice, n]);
  const c = board.checks;
  rows.push([s.before, '', '', `n=${c.before.n}`, c.before.percent]);
  rows.push([s.after, '', '', `n=${c.after.n}`, c.after.percent]);
  rows.push([s.gain, '', '', `n=${c.gain.n}`, c.gain.points]);
  return rows;
}

export function summaryCsv(summary: Summary, lang: Lang): string {
  // A byte-order mark so that Excel opens the Chinese as UTF-8.
  return '\uFEFF' + [HEAD[lang], ...summaryRows(summary, lang)].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
