// Messages about data files as codes and parameters, rendered in the user's language from the
// tables in ./messages/ (pure data, no i18next). The checker, the game's import and the studio all
// render through here, so the same problem reads the same everywhere.
import { en, type ChecklistRule, type MessageCode, type MessageTable } from './messages/en';
import { zhCN } from './messages/zh-CN';

export type { ChecklistRule, MessageCode, MessageTable } from './messages/en';

export type MessageLanguage = 'zh-CN' | 'en';

type ParamValue = string | number | boolean | readonly (string | number)[];
export type Params = Readonly<Record<string, ParamValue>>;

/** A message before it is put into words: what it is about, and the values it names. */
export interface Message {
  readonly code: MessageCode;
  readonly params?: Params;
}

export const messageTables: Readonly<Record<MessageLanguage, MessageTable>> = { en, 'zh-CN': zhCN };

/** The table for a language; anything unknown (e.g. "zh", "en-GB") falls back sensibly. */
export function tableFor(lang: string): MessageTable {
  return lang.toLowerCase().startsWith('zh') ? zhCN : en;
}

/** "@lang.en" from the words, "@checklist.threeSigns" from the checklist; anything else as it is. */
function word(table: MessageTable, value: string): string {
  if (!value.startsWith('@')) return value;
  const key = value.slice(1);
  if (key.startsWith('checklist.')) return (table.checklist as Record<string, string>)[key.slice('checklist.'.length)] ?? key;
  return (table.words as Record<string, string>)[key] ?? key;
}

const show = (table: MessageTable, value: ParamValue): string =>
  Array.isArray(value)
    ? value.length === 0 ? table.words.none : value.map((v) => word(table, String(v))).join(table.words.and)
    : word(table, String(value));

/** Replaces each {name} in a template by its parameter (a "@word" is looked up in the table). */
export function fill(template: string, params: Params | undefined, lang: string): string {
  const table = tableFor(lang);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (params && name in params ? show(table, params[name]!) : whole));
}

/**
 * A message in words; a "suggestion" parameter adds "did you mean …?". `audience` 'form': worded
 * for the studio's form (no JSON keys, no file paths) where the table has a form wording.
 */
export function renderMessage(message: Message, lang: string, audience: 'file' | 'form' = 'file'): string {
  const table = tableFor(lang);
  const template = (audience === 'form' ? table.form[message.code] : undefined) ?? table.messages[message.code];
  const text = fill(template, message.params, lang);
  const suggestion = message.params?.suggestion;
  return suggestion === undefined ? text : text + fill(table.messages.didYouMean, { suggestion }, lang);
}

export const checklistRuleName = (rule: ChecklistRule, lang: string): string => tableFor(lang).checklist[rule];

/** A value as a message shows it: strings quoted and cut short, lists and objects named. */
export function describeValue(value: unknown): string {
  if (value === null) return '@value.null';
  if (Array.isArray(value)) return '@value.list';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return '@value.object';
  return String(value);
}

export type Path = readonly (string | number)[];

/**
 * A JSON path as a person reads it: list entries with an id are named by it, in the user's
 * language — `["nodes", 2, "choices", 1, "next"]` is "node ask › choice accept › next" (节点 ask ›
 * 选项 accept › next), not nodes[2].choices[1].next. `data` is the file's content, to find the ids.
 */
export function namePath(path: Path, data: unknown, lang: string): string {
  const table = tableFor(lang);
  const parts: string[] = [];
  let current: unknown = data;
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    const next = path[i + 1];
    const child = at(current, key);
    if (typeof key === 'string' && typeof next === 'number') {
      const item = at(child, next);
      const label = (table.path as Record<string, string>)[key];
      const name = idOf(item);
      parts.push(label && name !== undefined ? `${label} ${name}` : `${key}[${next}]`);
      current = item;
      i++;
      continue;
    }
    parts.push(typeof key === 'number' ? `[${key}]` : key);
    current = child;
  }
  return parts.length === 0 ? table.path.wholeFile : parts.join(table.path.separator);
}

function at(value: unknown, key: string | number): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string | number, unknown>)[key] : undefined;
}

function idOf(item: unknown): string | undefined {
  if (typeof item !== 'object' || item === null) return undefined;
  const record = item as Record<string, unknown>;
  if (typeof record.id === 'string' && record.id !== '') return record.id;
  if (typeof record.number === 'number') return String(record.number);
  return undefined;
}

/** The star rule and the star counts a level's plays reach, in words (checker and studio). */
export const starRuleLine = (reachable: readonly number[], lang: string): string =>
  fill(tableFor(lang).report.starRule, { reachable: reachable.map(String) }, lang).trim();
