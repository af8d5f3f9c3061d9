// The checker, live: the schema and the engine's own checks (src/core) run on the draft as it is,
// and each issue is said in the interface's language with the node it is about named by id
// ("节点 n3：缺少英文" / "node n3: English text missing"), with "did you mean" for unknown ids.
// The studio writes no rule of its own here: it words what core finds.
import { checkLevel, Level as LevelSchema, type Exploration, type Language, type Level, type Registry } from '../../core';
import type { Path } from './edits';

export interface LiveIssue {
  readonly path: Path;
  /** The node the issue is in, when it is in one. */
  readonly nodeId?: string;
  /** Where, in words: "节点 n3 · 文本" / "node n3 · text". */
  readonly where: string;
  readonly message: string;
  readonly severity: 'error' | 'warning';
}

export interface LiveReport {
  readonly issues: readonly LiveIssue[];
  readonly errors: number;
  readonly exploration?: Exploration;
}

const WORDS = {
  'zh-CN': {
    node: (id: string) => `节点 ${id || '（无 id）'}`,
    level: '关卡',
    missingLang: { 'zh-CN': '缺少中文', en: '缺少英文' },
    empty: '不能为空',
    chooseNode: '还没有选下一个节点',
    unknownNode: (id: string) => `没有 id 为“${id}”的节点`,
    didYouMean: (id: string) => `，是不是“${id}”？`,
    atLeast: (n: number) => `至少需要 ${n} 项`,
    atMost: (n: number) => `最多 ${n} 项`,
    idFormat: '只用小写字母、数字、“-”或“_”（例如 n3）',
    sep: '：',
  },
  en: {
    node: (id: string) => `node ${id || '(no id)'}`,
    level: 'level',
    missingLang: { 'zh-CN': 'Chinese text missing', en: 'English text missing' },
    empty: 'must not be empty',
    chooseNode: 'no next node chosen yet',
    unknownNode: (id: string) => `no node has the id "${id}"`,
    didYouMean: (id: string) => `; did you mean "${id}"?`,
    atLeast: (n: number) => `needs at least ${n}`,
    atMost: (n: number) => `at most ${n}`,
    idFormat: 'use lower-case letters, digits, "-" or "_" (e.g. n3)',
    sep: ': ',
  },
} as const;

const FIELD: Record<string, { 'zh-CN': string; en: string }> = {
  text: { 'zh-CN': '文本', en: 'text' },
  prompt: { 'zh-CN': '提问', en: 'prompt' },
  choices: { 'zh-CN': '选项', en: 'choices' },
  feedback: { 'zh-CN': '反馈', en: 'feedback' },
  next: { 'zh-CN': '下一个', en: 'next' },
  charge: { 'zh-CN': '罪名', en: 'charge' },
  laws: { 'zh-CN': '法条', en: 'laws' },
  happened: { 'zh-CN': '案件经过', en: 'what happened' },
  prosecutors: { 'zh-CN': '检察机关', en: 'prosecutors' },
  title: { 'zh-CN': '标题', en: 'title' },
  summary: { 'zh-CN': '简介', en: 'summary' },
  lessons: { 'zh-CN': '要点', en: 'lessons' },
  help: { 'zh-CN': '求助渠道', en: 'help' },
  objectives: { 'zh-CN': '学习目标', en: 'objectives' },
  characters: { 'zh-CN': '角色', en: 'characters' },
  name: { 'zh-CN': '名字', en: 'name' },
  from: { 'zh-CN': '发送者', en: 'from' },
  otherwise: { 'zh-CN': '否则', en: 'otherwise' },
  branches: { 'zh-CN': '分支', en: 'branches' },
  start: { 'zh-CN': '起点', en: 'start' },
  registry: { 'zh-CN': '本关法条与案例', en: 'level registry' },
};

/** Edit distance, for "did you mean". */
export function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

export function closest(id: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = distance(id, c);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(id.length / 3)) ? best : undefined;
}

/** Whether core's level schema knows the level-local registry yet (format 2). */
const schemaHasRegistry = 'registry' in (LevelSchema as unknown as { shape: object }).shape;

/** The shared registry with the level's own laws, cases and help channels added. */
export function registryFor(level: Level, shared: Registry): Registry {
  const own = (level as { registry?: Partial<Registry> }).registry;
  if (!own) return shared;
  return {
    ...shared,
    laws: [...shared.laws, ...(own.laws ?? [])],
    cases: [...shared.cases, ...(own.cases ?? [])],
    help: [...shared.help, ...(own.help ?? [])],
  };
}

export function checkDraft(level: Level, shared: Registry, lang: Language): LiveReport {
  const w = WORDS[lang];
  const nodeIds = level.nodes.map((n) => n.id);
  const whereOf = (path: Path): { where: string; nodeId?: string } => {
    const field = (rest: Path) =>
      rest
        .filter((k) => typeof k === 'string' && k !== 'zh-CN' && k !== 'en')
        .map((k) => FIELD[k as string]?.[lang] ?? String(k))
        .join(' · ');
    if (path[0] === 'nodes' && typeof path[1] === 'number') {
      const nodeId = level.nodes[path[1]]?.id ?? '';
      const rest = field(path.slice(2));
      return { where: rest ? `${w.node(nodeId)} · ${rest}` : w.node(nodeId), nodeId };
    }
    const rest = field(path);
    return { where: rest ? `${w.level} · ${rest}` : w.level };
  };
  const issues: LiveIssue[] = [];
  const add = (path: Path, message: string, severity: 'error' | 'warning') => issues.push({ path, ...whereOf(path), message, severity });

  // The schema: empty texts, missing fields, wrong values.
  const forSchema = schemaHasRegistry ? level : (({ registry: _r, ...rest }) => rest)(level as Level & { registry?: unknown });
  const parsed = LevelSchema.safeParse(forSchema);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path as Path;
      const last = path[path.length - 1];
      const value = path.reduce<unknown>((v, k) => (v as Record<string | number, unknown> | undefined)?.[k], level);
      // An empty "next" is said once, by the reference check below.
      if ((last === 'next' || last === 'otherwise' || last === 'start') && value === '') continue;
      let message = issue.message;
      if (last === 'zh-CN' || last === 'en') message = w.missingLang[last];
      else if (issue.code === 'too_small' && issue.origin === 'array') message = w.atLeast(Number(issue.minimum));
      else if (issue.code === 'too_big' && issue.origin === 'array') message = w.atMost(Number(issue.maximum));
      else if (issue.code === 'too_small' && issue.origin === 'string') message = w.empty;
      else if (issue.code === 'invalid_format') message = w.idFormat;
      add(path, message, 'error');
    }
  }

  // The engine's checks: references, flags, reachability, endings, every play.
  let exploration: Exploration | undefined;
  try {
    const report = checkLevel(level, registryFor(level, shared));
    exploration = report.exploration;
    for (const issue of report.issues) {
      const unknown = /^unknown node "(.*)"$/.exec(issue.message);
      if (unknown) {
        const id = unknown[1]!;
        const guess = id ? closest(id, nodeIds) : undefined;
        add(issue.path, id === '' ? w.chooseNode : w.unknownNode(id) + (guess ? w.didYouMean(guess) : ''), issue.severity);
      } else add(issue.path, issue.message, issue.severity);
    }
  } catch (error) {
    add([], error instanceof Error ? error.message : String(error), 'error');
  }
  const errors = issues.filter((i) => i.severity === 'error').length;
  // The score range shows as soon as the arrows are sound, while texts are still being written.
  return { issues, errors, ...(exploration ? { exploration } : {}) };
}

/** The least score that earns each number of stars, by core's rule (starsFor). */
export function starRule(bounds: { min: number; max: number }, stars: (score: number, b: { min: number; max: number }) => number): { stars: number; from: number }[] {
  const rule: { stars: number; from: number }[] = [];
  for (let s = bounds.min; s <= bounds.max; s++) {
    const n = stars(s, bounds);
    if (!rule.some((r) => r.stars === n)) rule.push({ stars: n, from: s });
  }
  return rule;
}
