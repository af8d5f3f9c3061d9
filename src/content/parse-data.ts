// Every data file the game reads (levels, the registries, the learning check) comes in as text
// and goes out either as data or as problems in one style: `file:line → path: message`, the path
// naming nodes by id and the message in the user's language (src/core/messages.ts).
import { findNodeAtLocation, getNodePath, parse as parseJsonc, parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import type { z } from 'zod';
import { describeZodIssue, namePath, renderMessage, tableFor, type Message, type Path } from '../core';

export { describeZodIssue } from '../core';

export interface Problem extends Message {
  readonly file: string;
  readonly path: Path;
  readonly line?: number;
  readonly severity: 'error' | 'warning';
  /** In English, for logs; people see formatProblem(problem, language). */
  readonly message: string;
  /** The path with list entries named by their ids, in each language ("node n3 › text"). */
  readonly where?: Readonly<Record<'zh-CN' | 'en', string>>;
}

/** Larger files are refused before parsing: no real data file comes near it. */
export const MAX_FILE_BYTES = 1_000_000;

export type ParsedText = { readonly ok: true; readonly data: unknown; readonly text: string; lineOf(path: Path): number | undefined } | { readonly ok: false; readonly problems: Problem[] };

/** A problem about a whole file or a place in it, with its message in English for logs. */
export function problemOf(file: string, message: Message, at: { path?: Path; line?: number; data?: unknown; severity?: Problem['severity'] } = {}): Problem {
  const path = at.path ?? [];
  const where = at.data === undefined ? undefined : { 'zh-CN': namePath(path, at.data, 'zh-CN'), en: namePath(path, at.data, 'en') };
  return {
    file, path, severity: at.severity ?? 'error', code: message.code, ...(message.params ? { params: message.params } : {}),
    message: renderMessage(message, 'en'), ...(at.line ? { line: at.line } : {}), ...(where ? { where } : {}),
  };
}

export const tooLarge = (bytes: number): Message => ({ code: 'tooLarge', params: { mb: (bytes / 1e6).toFixed(1) } });

/** JSON text to data, or problems: syntax with its line, a BOM dropped, duplicate keys refused. */
export function parseJsonText(file: string, text: string): ParsedText {
  const fail = (message: Message, line?: number): ParsedText => ({ ok: false, problems: [problemOf(file, message, line ? { line } : {})] });
  if (text.length > MAX_FILE_BYTES) return fail(tooLarge(text.length));
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // a BOM, as Windows Notepad writes: harmless
  if (text.trim() === '') return fail({ code: 'fileEmpty' });

  const syntax: ParseError[] = [];
  parseJsonc(text, syntax, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const firstError = syntax[0];
  if (firstError) {
    const { message, offset } = describeSyntaxError(firstError, text);
    return fail(message, lineAt(text, offset));
  }
  const data: unknown = JSON.parse(text);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return fail({ code: 'notObject', params: { got: data === null ? '@value.null' : Array.isArray(data) ? '@value.list' : `@value.${typeof data}` } });
  const tree = parseTree(text);
  const lineOf = (path: Path): number | undefined => {
    let node: JsonNode | undefined;
    for (let depth = path.length; depth >= 0 && !node; depth--) node = tree ? findNodeAtLocation(tree, [...path.slice(0, depth)]) : undefined;
    return node ? lineAt(text, node.offset) : undefined;
  };
  const duplicates = duplicateKeys(tree);
  if (duplicates.length > 0) {
    return { ok: false, problems: duplicates.map(({ path, key }) => problemOf(file, { code: 'duplicateKey', params: { key } }, { path, line: lineOf(path), data })) };
  }
  return { ok: true, data, text, lineOf };
}

/** Data that came without its text (e.g. a JSON module): problems get named paths but no lines. */
export const withoutText = (data: unknown): Extract<ParsedText, { ok: true }> => ({ ok: true, data, text: '', lineOf: () => undefined });

/** Validates parsed data against a schema; zod's issues become problems with lines and named paths. */
export function validate<T extends z.ZodType>(
  file: string,
  parsed: Extract<ParsedText, { ok: true }>,
  schema: T,
  data: unknown = parsed.data,
): { ok: true; value: z.infer<T> } | { ok: false; problems: Problem[] } {
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => {
      const path = issue.path as Path;
      // An unknown key is best pointed at by its own line.
      const line = issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined ? parsed.lineOf([...path, issue.keys[0]]) : parsed.lineOf(path);
      return problemOf(file, describeZodIssue(issue, data), { path, line, data });
    }),
  };
}

/** `levels/x.json:42 → node ask › choice accept › next: unknown node "n9" — did you mean "n8"?` */
export function formatProblem(p: Problem, language?: string | number): string {
  // A number is a list index from `.map(formatProblem)`: English, as before languages were passed.
  const lang = typeof language === 'string' ? language : 'en';
  const table = tableFor(lang);
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  const tag = p.severity === 'warning' ? table.report.warning : '';
  const path = p.where ? p.where[lang.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en'] : p.path.length === 0 ? table.path.wholeFile : formatPath(p.path);
  const colon = lang.toLowerCase().startsWith('zh') ? '：' : ': ';
  return `${where} → ${path}${colon}${tag}${renderMessage(p, lang)}`;
}

/** `nodes[3].choices[1].next` — the raw JSON path, where the file's data is not at hand. */
export function formatPath(path: Path): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('') || '(whole file)';
}

export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Chinese punctuation typed where JSON needs its ASCII counterpart, a common slip with a Chinese IME. */
const FULL_WIDTH: Record<string, string> = { '，': ',', '：': ':', '“': '"', '”': '"', '｛': '{', '｝': '}', '［': '[', '］': ']' };

const msg = (code: Message['code'], params?: Message['params']): Message => (params ? { code, params } : { code });

/** A JSON syntax error as a message, with the offset of the place to look. */
function describeSyntaxError(error: ParseError, text: string): { message: Message; offset: number } {
  const before = text.slice(0, error.offset).replace(/\s+$/, '');
  const next = text.slice(error.offset).trimStart()[0];
  const code = printParseErrorCode(error.error);
  switch (code) {
    case 'CommaExpected':
      // Reported at the next value; the missing comma belongs at the end of the line before it.
      return { message: msg('commaMissing'), offset: before.length - 1 };
    case 'PropertyNameExpected':
    case 'ValueExpected':
      if (before.endsWith(',') && (next === '}' || next === ']')) return { message: msg('trailingComma', { char: next }), offset: before.length - 1 };
      if (next === undefined) return { message: msg('endsEarly'), offset: error.offset };
      return { message: msg(code === 'ValueExpected' ? 'expectedValue' : 'expectedKey'), offset: error.offset };
    case 'CloseBraceExpected':
    case 'CloseBracketExpected':
      return { message: msg('closingMissing', { char: code === 'CloseBraceExpected' ? '}' : ']' }), offset: Math.max(0, before.length - 1) };
    case 'InvalidCommentToken':
      return { message: msg('comments'), offset: error.offset };
    case 'EndOfFileExpected':
      return { message: msg('textAfterEnd'), offset: error.offset };
    case 'UnexpectedEndOfString':
      return { message: msg('unclosedString'), offset: error.offset };
    case 'InvalidSymbol': {
      const char = text.slice(error.offset, error.offset + 1);
      const ascii = FULL_WIDTH[char];
      if (ascii) return { message: msg('fullWidth', { char, ascii }), offset: error.offset };
      return { message: msg('unexpectedChar', { char: JSON.stringify(char) }), offset: error.offset };
    }
    default:
      return { message: msg('syntaxOther', { detail: code }), offset: error.offset };
  }
}

/** Keys written twice in one object: JSON.parse would silently keep the last. */
function duplicateKeys(tree: JsonNode | undefined): { path: Path; key: string }[] {
  const found: { path: Path; key: string }[] = [];
  const visit = (node: JsonNode) => {
    if (node.type === 'object') {
      const seen = new Set<string>();
      for (const property of node.children ?? []) {
        const key = property.children?.[0]?.value as string | undefined;
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
