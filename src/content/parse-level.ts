// Turns the text of a level file into a playable level, or into problems a prosecutor can act on:
// one line each, naming the file, the JSON path, the line, and what to do. Used by the game, the
// in-browser level loader and the command-line checker alike.
import { findNodeAtLocation, parseTree, type Node as JsonNode } from 'jsonc-parser';
import type { z } from 'zod';
import { checkLevel, Level, type Exploration, type LevelIssue, type Path, type Registry } from '../core';

export interface Problem {
  readonly file: string;
  readonly path: Path;
  readonly line?: number;
  readonly message: string;
  readonly severity: 'error' | 'warning';
}

export type ParsedLevel =
  | { readonly ok: true; readonly level: Level; readonly problems: readonly Problem[]; readonly exploration: Exploration }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** Larger files are refused before parsing: no real level comes near it. */
export const MAX_LEVEL_BYTES = 1_000_000;

const LANGUAGE_NAMES: Record<string, string> = { 'zh-CN': 'Chinese ("zh-CN")', en: 'English ("en")' };

export function parseLevel(file: string, text: string, registry: Registry): ParsedLevel {
  const fail = (message: string, line?: number): ParsedLevel => ({
    ok: false,
    problems: [{ file, path: [], message, severity: 'error', ...(line ? { line } : {}) }],
  });
  if (text.length > MAX_LEVEL_BYTES) return fail(tooLarge(text.length));
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // a BOM, as Windows Notepad writes: harmless
  if (text.trim() === '') return fail('the file is empty: start from the minimal level in docs/authoring.md');

  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail(jsonErrorMessage(error, text), lineOfJsonError(error, text));
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fail(`a level must be a JSON object { … }, not ${Array.isArray(data) ? 'an array' : typeof data === 'object' ? 'null' : `a ${typeof data}`}`);
  }

  const tree = parseTree(text);
  const lineOf = (path: Path): number | undefined => {
    let node: JsonNode | undefined;
    for (let depth = path.length; depth >= 0 && !node; depth--) {
      node = tree ? findNodeAtLocation(tree, [...path.slice(0, depth)]) : undefined;
    }
    return node ? lineAt(text, node.offset) : undefined;
  };
  const problem = (path: Path, message: string, severity: Problem['severity']): Problem => {
    const line = lineOf(path);
    return { file, path, message, severity, ...(line ? { line } : {}) };
  };

  const parsed = Level.safeParse(data);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((i) => problem(i.path as Path, describeZodIssue(i, data), 'error')) };
  }
  const report = checkLevel(parsed.data, registry);
  const problems = report.issues.map((i: LevelIssue) => problem(i.path, i.message, i.severity));
  if (!report.exploration || problems.some((p) => p.severity === 'error')) return { ok: false, problems };
  return { ok: true, level: parsed.data, problems, exploration: report.exploration };
}

export const tooLarge = (bytes: number): string => `the file is ${(bytes / 1e6).toFixed(1)} MB; a level must be under 1 MB`;

/** `nodes[3].choices[1].next` */
export function formatPath(path: Path): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('') || '(whole file)';
}

/** `levels/x.json:42 → nodes[3].next: unknown node "n9"` */
export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  const tag = p.severity === 'warning' ? 'warning: ' : '';
  return `${where} → ${formatPath(p.path)}: ${tag}${p.message}`;
}

function describeZodIssue(issue: z.core.$ZodIssue, data: unknown): string {
  const key = issue.path[issue.path.length - 1];
  const value = valueAt(data, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) {
        if (typeof key === 'string' && key in LANGUAGE_NAMES) return `missing ${LANGUAGE_NAMES[key]} text`;
        return `missing field "${String(key)}"`;
      }
      return `expected ${issue.expected}, got ${describe(value)}`;
    case 'unrecognized_keys':
      return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}: check the spelling against docs/authoring.md`;
    case 'invalid_union':
      if (key === 'type') return `unknown node type ${describe(value)}: use "message", "choice", "consequence", "branch" or "ending"`;
      if (typeof value === 'object' && value !== null && 'flag' in value) return 'a condition needs "flag" and either "is" or "atLeast"';
      return `invalid value ${describe(value)}`;
    case 'invalid_key':
      return `invalid name "${String(key)}": ${issue.issues[0]?.message ?? 'check the spelling'}`;
    case 'invalid_value':
      return `${describe(value)} is not allowed: use ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return issue.message;
  }
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  return String(value);
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function lineOfJsonError(error: unknown, text: string): number | undefined {
  const message = String(error);
  const line = /line (\d+)/.exec(message)?.[1];
  if (line) return Number(line);
  const position = /position (\d+)/.exec(message)?.[1];
  return position === undefined ? undefined : lineAt(text, Number(position));
}

function jsonErrorMessage(error: unknown, text: string): string {
  const raw = error instanceof Error ? error.message : String(error);
  const hint = /,\s*[}\]]/.test(text) ? ' (a comma before "}" or "]" is not allowed in JSON)' : '';
  return `not valid JSON: ${raw.replace(/ in JSON at position \d+.*$/s, '').replace(/ \(line \d+ column \d+\)$/, '')}${hint}`;
}
