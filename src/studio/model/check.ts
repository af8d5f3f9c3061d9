// The checker, live: the schema and the engine's own checks (src/core) run on the draft as it is,
// and each issue is put into words by core's message tables in the interface's language, worded
// for the form (no JSON keys, no file paths: "请填写“下一个节点”" rather than 'missing field
// "next"'), with "did you mean" for unknown ids. The view names the place as the form labels it
// (./checker-view.ts). The studio adds no rule of its own: it words what core finds.
import {
  checkLevel,
  describeZodIssue,
  didYouMean,
  Level as LevelSchema,
  Node as NodeSchema,
  namePath,
  renderMessage,
  type ChecklistItem,
  type Exploration,
  type Language,
  type Level,
  type Message,
  type Params,
  type Registry,
} from '../../core';
import type { z } from 'zod';
import type { Path } from './edits';

export interface LiveIssue {
  readonly path: Path;
  /** What the issue is, as core names it ("unknownNode", "missingField", …). */
  readonly code: string;
  /** The node the issue is in, when it is in one. */
  readonly nodeId?: string;
  /** Where, in words: "节点 n3 › text" / "node n3 › text". */
  readonly where: string;
  readonly message: string;
  readonly severity: 'error' | 'warning';
}

export interface LiveReport {
  readonly issues: readonly LiveIssue[];
  readonly errors: number;
  readonly exploration?: Exploration;
  readonly checklist?: readonly ChecklistItem[];
}

type SchemaIssue = z.core.$ZodIssue;

/** The level's fields without its nodes, validated as the level schema says. */
const LevelFields = LevelSchema.omit({ nodes: true });

/**
 * Each node's schema issues, kept for as long as the node object lives. An edit copies only the
 * node it changes (src/studio/model/edits.ts), so a keystroke re-validates one node, not 500.
 */
const nodeIssues = new WeakMap<object, readonly SchemaIssue[]>();

function schemaIssues(level: Level): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  const { nodes: _nodes, ...rest } = level;
  const fields = LevelFields.safeParse(rest);
  if (!fields.success) issues.push(...(fields.error.issues as SchemaIssue[]));
  if (!Array.isArray(level.nodes) || level.nodes.length === 0) {
    const whole = LevelSchema.safeParse(level);
    if (!whole.success) issues.push(...(whole.error.issues as SchemaIssue[]).filter((i) => i.path[0] === 'nodes'));
    return issues;
  }
  level.nodes.forEach((node, i) => {
    let own = nodeIssues.get(node);
    if (!own) {
      const parsed = NodeSchema.safeParse(node);
      own = parsed.success ? [] : (parsed.error.issues as SchemaIssue[]);
      nodeIssues.set(node, own);
    }
    for (const issue of own) issues.push({ ...issue, path: ['nodes', i, ...issue.path] });
  });
  return issues;
}

export interface CheckExtras {
  readonly techniques?: readonly { id: string }[];
  /** The words the form uses, for the values a message names: a field's label, a language, a flag's type. */
  readonly words?: {
    field(key: string): string;
    language(lang: 'zh-CN' | 'en'): string;
    flagType(type: string): string;
  };
}

/** A message's parameters in the form's words: "next" → "下一个节点", "@lang.en" → "英文", "boolean" → "是/否". */
function inFormWords(message: Message, words: CheckExtras['words']): Message {
  if (!words || !message.params) return message;
  const params: Record<string, Params[string]> = { ...message.params };
  if (typeof params.field === 'string') params.field = words.field(params.field);
  if (params.lang === '@lang.zh-CN' || params.lang === '@lang.en') params.lang = words.language(params.lang.slice(6) as 'zh-CN' | 'en');
  for (const key of ['declared', 'given'] as const) if (typeof params[key] === 'string') params[key] = words.flagType(params[key]);
  return { ...message, params };
}

export function checkDraft(level: Level, shared: Registry, lang: Language, extras: CheckExtras = {}): LiveReport {
  const issues: LiveIssue[] = [];
  const add = (path: Path, message: Message, severity: 'error' | 'warning') => {
    const nodeId = path[0] === 'nodes' && typeof path[1] === 'number' ? level.nodes[path[1]]?.id : undefined;
    issues.push({ path, code: message.code, ...(nodeId !== undefined ? { nodeId } : {}), where: namePath(path[path.length - 1] === 'zh-CN' || path[path.length - 1] === 'en' ? path.slice(0, -1) : path, level, lang), message: renderMessage(inFormWords(message, extras.words), lang, 'form'), severity });
  };

  // The schema: empty texts, missing fields, wrong values.
  {
    for (const issue of schemaIssues(level)) {
      const path = issue.path as Path;
      const last = path[path.length - 1];
      const value = path.reduce<unknown>((v, k) => (v as Record<string | number, unknown> | undefined)?.[k], level);
      // An empty "next" is said once, by the reference check below.
      if ((last === 'next' || last === 'otherwise' || last === 'start') && value === '') continue;
      add(path, describeZodIssue(issue, level), 'error'); // worded as the command-line checker words it
    }
  }

  // The engine's checks: references, flags, registry, victims, stars, every play, the checklist.
  let report: ReturnType<typeof checkLevel> | undefined;
  try {
    report = checkLevel(level, shared, { ...(extras.techniques ? { techniques: extras.techniques } : {}) });
    for (const issue of report.issues) {
      if (issue.code === 'unknownNode' && issue.params?.id === '') add(issue.path, { code: 'missingField', params: { field: String(issue.path[issue.path.length - 1]) } }, issue.severity);
      else add(issue.path, issue, issue.severity);
    }
  } catch (error) {
    add([], { code: 'storyFailure', params: { detail: error instanceof Error ? error.message : String(error) } }, 'error');
  }
  const errors = issues.filter((i) => i.severity === 'error').length;
  // The score range shows as soon as the arrows are sound, while texts are still being written.
  return {
    issues,
    errors,
    ...(report?.exploration ? { exploration: report.exploration } : {}),
    ...(report?.checklist ? { checklist: report.checklist } : {}),
  };
}

/** "Did you mean", as core words it, for the studio's own id fields. */
export const closest = (id: string, candidates: Iterable<string>): string | undefined => didYouMean(id, candidates);
