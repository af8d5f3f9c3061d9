// Turns the text of a level file into a playable level, or into problems a prosecutor can act on:
// one line each, naming the file, the JSON path, the line, and what to do. Used by the game, the
// in-browser level loader and the command-line checker alike.
import { findNodeAtLocation, getNodePath, parse as parseJsonc, parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
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

  const syntax: ParseError[] = [];
  parseJsonc(text, syntax, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const firstError = syntax[0];
  if (firstError) {
    const { message, offset } = describeSyntaxError(firstError, text);
    return fail(`not valid JSON: ${message}`, lineAt(text, offset));
  }
  const data: unknown = JSON.parse(text);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fail(`a level must be a JSON object { … }, not ${Array.isArray(data) ? 'an array' : data === null ? 'null' : `a ${typeof data}`}`);
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

  const duplicates = duplicateKeys(tree);
  if (duplicates.length > 0) {
    return { ok: false, problems: duplicates.map(({ path, key }) => problem(path, `duplicate key "${key}": JSON keeps only the last one, so remove one of them`, 'error')) };
  }

  const parsed = Level.safeParse(data);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((i) => {
        const at = i.path as Path;
        // An unknown key is best pointed at by its own line.
        const line = i.code === 'unrecognized_keys' && i.keys[0] !== undefined ? lineOf([...at, i.keys[0]]) : lineOf(at);
        return { file, path: at, message: describeZodIssue(i, data), severity: 'error' as const, ...(line ? { line } : {}) };
      }),
    };
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
    case 'invalid_union': {
      if (key === 'type') {
        const types = '"message", "choice", "consequence", "branch" or "ending"';
        return value === undefined ? `missing field "type": use ${types}` : `unknown node type ${describe(value)}: use ${types}`;
      }
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
        // A condition: { "flag": …, "is": … } or { "flag": …, "atLeast": … }.
        const condition = value as Record<string, unknown>;
        if ('is' in condition && 'atLeast' in condition) return 'a condition has either "is" or "atLeast", not both';
        if ('is' in condition && typeof condition.is !== 'boolean' && typeof condition.is !== 'number') {
          return `"is" must be true, false or a number, got ${describe(condition.is)}`;
        }
        if ('atLeast' in condition && typeof condition.atLeast !== 'number') return `"atLeast" must be a number, got ${describe(condition.atLeast)}`;
        return 'a condition needs "flag" and either "is" or "atLeast"';
      }
      return value === undefined ? `missing field "${String(key)}"` : `expected true, false or a number, got ${describe(value)}`;
    }
    case 'invalid_format':
      return `${describe(value)}: ${issue.message}`;
    case 'invalid_key':
      return `invalid name "${String(key)}": ${issue.issues[0]?.message ?? 'check the spelling'}`;
    case 'invalid_value': {
      const allowed = issue.values.map((v) => JSON.stringify(v)).join(', ');
      return value === undefined ? `missing field "${String(key)}": use ${allowed}` : `${describe(value)} is not allowed: use ${allowed}`;
    }
    case 'too_small':
    case 'too_big': {
      // The schema's own words where it has them; zod's defaults reworded.
      if (!/^Too (small|big)/.test(issue.message)) return issue.message;
      const small = issue.code === 'too_small';
      const limit = small ? issue.minimum : issue.maximum;
      if (issue.origin === 'array') return small ? `needs at least ${limit} item${Number(limit) === 1 ? '' : 's'}` : `has ${Array.isArray(value) ? value.length : 'too many'} items; at most ${limit} are allowed`;
      if (issue.origin === 'string') return small ? 'must not be empty' : `is longer than ${limit} characters`;
      return `must be at ${small ? 'least' : 'most'} ${limit}, got ${describe(value)}`;
    }
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

/** Chinese punctuation typed where JSON needs its ASCII counterpart, a common slip with a Chinese IME. */
const FULL_WIDTH: Record<string, string> = { '，': ',', '：': ':', '“': '"', '”': '"', '｛': '{', '｝': '}', '［': '[', '］': ']' };

/** Words a JSON syntax error for a person, with the offset of the place to look. */
function describeSyntaxError(error: ParseError, text: string): { message: string; offset: number } {
  const before = text.slice(0, error.offset).replace(/\s+$/, '');
  const next = text.slice(error.offset).trimStart()[0];
  switch (printParseErrorCode(error.error)) {
    case 'CommaExpected':
      // Reported at the next value; the missing comma belongs at the end of the line before it.
      return { message: 'a comma is missing at the end of this line', offset: before.length - 1 };
    case 'PropertyNameExpected':
    case 'ValueExpected':
      if (before.endsWith(',') && (next === '}' || next === ']')) {
        return { message: `a comma before "${next}" is not allowed in JSON: remove it`, offset: before.length - 1 };
      }
      if (next === undefined) return { message: 'the file ends too early: a value or "}" is missing', offset: error.offset };
      return { message: `expected ${printParseErrorCode(error.error) === 'ValueExpected' ? 'a value' : 'a key in double quotes'} here`, offset: error.offset };
    case 'CloseBraceExpected':
    case 'CloseBracketExpected':
      return { message: `a closing "${printParseErrorCode(error.error) === 'CloseBraceExpected' ? '}' : ']'}" is missing: the file may end too early`, offset: Math.max(0, before.length - 1) };
    case 'InvalidCommentToken':
      return { message: 'comments are not allowed in JSON: remove the // or /* */ line', offset: error.offset };
    case 'EndOfFileExpected':
      return { message: 'there is more text after the level\'s closing "}"', offset: error.offset };
    case 'UnexpectedEndOfString':
      return { message: 'a string is not closed: a " is missing', offset: error.offset };
    case 'InvalidSymbol': {
      const char = text.slice(error.offset, error.offset + 1);
      const halfWidth = FULL_WIDTH[char];
      if (halfWidth) return { message: `full-width "${char}" where JSON needs "${halfWidth}": switch the input method to English for punctuation outside the text`, offset: error.offset };
      return { message: `unexpected character ${JSON.stringify(char)}: text must be in double quotes`, offset: error.offset };
    }
    default:
      return { message: printParseErrorCode(error.error), offset: error.offset };
  }
}

/** Keys written twice in one object: JSON.parse would silently keep the last. */
function duplicateKeys(tree: JsonNode | undefined): { path: Path; key: string }[] {
  const found: { path: Path; key: string }[] = [];
  const visit = (node: JsonNode) => {
    if (node.type === 'object') {
      const seen = new Set<string>();
      for (const property of node.children ?? []) {
        const keyNode = property.children?.[0];
        const key = keyNode?.value as string | undefined;
        if (key === undefined) continue;
        if (seen.has(key)) found.push({ path: [...getNodePath(node), key], key });
        seen.add(key);
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  if (tree) visit(tree);
  return found;
}
