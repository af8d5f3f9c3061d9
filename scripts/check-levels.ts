// The checker: `npm run levels:check [-- --lang zh-CN] [files…]`. Validates each data file exactly
// as the game does — levels (levels/*.json), the registries (levels/registry/*.json) and the
// learning check (levels/quiz/*.json) — and prints one line per problem as `file:line → path:
// message` in the chosen language (default English). For each level it prints the score range,
// the star rule and the star counts plays reach, and the shipped-level checklist; for levels
// shipped in levels/ a failed checklist rule is an error. Exits non-zero on any error.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { checklistRuleName, compareForms, countsNodes, fill, starRuleLine, type QuizForm, renderMessage, tableFor, type Message, type Registry, type Technique } from '../src/core';
import { decisionLines, formAnalysis } from './item-analysis-section';
import { decodeFile } from '../src/content/decode-file';
import { formatProblem, parseJsonText, problemOf, type Problem } from '../src/content/parse-data';
import { parseLevel } from '../src/content/parse-level';
import { parseQuizForm } from '../src/content/parse-quiz';
import { parseRegistryText, parseTechniquesText } from '../src/content/parse-registry';
import { decisionReport } from './decision-report';

/** `--lang zh-CN` or `--lang=zh-CN` (default English); every other argument is a file. */
function parseArgs(args: readonly string[]): { lang: string; named: string[] } {
  let lang = 'en';
  const named: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg.startsWith('--lang=')) lang = arg.slice('--lang='.length);
    else if (arg === '--lang') lang = args[++i] ?? lang;
    else named.push(arg);
  }
  return { lang, named };
}
const { lang, named } = parseArgs(process.argv.slice(2));
const table = tableFor(lang);
const say = (template: string, params: Record<string, string | number | readonly string[]>) => console.log(fill(template, params, lang));

const LEGAL = 'levels/registry/legal.json';
const TECHNIQUES = 'levels/registry/techniques.json';
const listJson = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => `${dir}/${f}`) : []);
const files = named.length > 0 ? named : [LEGAL, TECHNIQUES, ...listJson('levels/quiz'), ...listJson('levels')];

let errors = 0;
let warnings = 0;
const report = (problems: readonly Problem[]) => {
  for (const problem of problems) {
    console.log(formatProblem(problem, lang));
    if (problem.severity === 'error') errors++;
    else warnings++;
  }
};
const warn = (file: string, text: string) => {
  console.log(`${file}: ${table.report.warning}${text}`);
  warnings++;
};
const note = (file: string, message: Message) => say(table.report.note, { file, note: renderMessage(message, lang) });

/** The file's text, decoded; a file that is not UTF-8 is an error, checked as its likely encoding. */
function read(file: string): string | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    report([problemOf(file, { code: 'cannotRead', params: { detail: (error as Error).message } })]);
    return undefined;
  }
  const decoded = decodeFile(bytes);
  if (decoded.ok) return decoded.text;
  report([problemOf(file, decoded.problem)]);
  if (!decoded.offer) return undefined;
  say(table.report.offer, { file, encoding: `@encoding.${decoded.offer.encoding}` });
  return decoded.offer.text;
}

type Kind = 'registry' | 'techniques' | 'quiz' | 'level';
function kindOf(file: string, text: string): Kind {
  try {
    const data = JSON.parse(text.replace(/^\uFEFF/, '')) as Record<string, unknown>;
    if (typeof data === 'object' && data !== null) {
      if ('techniques' in data && !('nodes' in data)) return 'techniques';
      if ('laws' in data && 'help' in data && !('nodes' in data)) return 'registry';
      if ('items' in data || 'questions' in data || 'form' in data) return 'quiz';
    }
  } catch {
    // Not JSON: judged by its folder, and the parser says what is wrong.
  }
  const dir = basename(dirname(resolve(file)));
  return dir === 'registry' ? (basename(file).startsWith('techniques') ? 'techniques' : 'registry') : dir === 'quiz' ? 'quiz' : 'level';
}

// The registries first: every level is checked against them.
const loadRegistry = (): Registry | undefined => {
  const text = read(LEGAL);
  if (text === undefined) return undefined;
  const parsed = parseRegistryText(LEGAL, text);
  return parsed.ok ? parsed.value : undefined;
};
const loadTechniques = (): readonly Technique[] | undefined => {
  const text = read(TECHNIQUES);
  if (text === undefined) return undefined;
  const parsed = parseTechniquesText(TECHNIQUES, text);
  return parsed.ok ? parsed.value.techniques : undefined;
};
const shared = loadRegistry();
const techniques = loadTechniques();
const levelsDir = resolve('levels');

const ids = new Map<string, string>();
const forms = new Map<string, { file: string; form: QuizForm; text: string }>();
for (const file of files) {
  const text = read(file);
  if (text === undefined) continue;
  const shipped = dirname(resolve(file)) === levelsDir;
  switch (kindOf(file, text)) {
    case 'registry': {
      const parsed = parseRegistryText(file, text);
      if (!parsed.ok) report(parsed.problems);
      else say(table.report.registryOk, { file, what: `${parsed.value.laws.length} laws, ${parsed.value.cases.length} cases, ${parsed.value.help.length} help` });
      break;
    }
    case 'techniques': {
      const parsed = parseTechniquesText(file, text);
      if (!parsed.ok) report(parsed.problems);
      else say(table.report.registryOk, { file, what: parsed.value.techniques.map((t) => t.id).join(', ') });
      break;
    }
    case 'quiz': {
      // The format-1 learning check is read (migrated) until the forms replace it; the shipped
      // rule of 12 items is for the forms.
      const legacy = /"questions"\s*:/.test(text);
      const inQuizDir = dirname(resolve(file)) === resolve('levels/quiz');
      const parsed = parseQuizForm(file, text, { shipped: inQuizDir && !legacy, ...(techniques ? { techniques } : {}) });
      for (const n of parsed.notes ?? []) note(file, n);
      report(parsed.problems);
      if (parsed.ok) say(table.report.quizOk, { file, form: parsed.form.form, items: parsed.form.items.length, judge: parsed.form.items.filter((i) => i.kind === 'judge').length });
      if (parsed.ok && !legacy) forms.set(parsed.form.form, { file, form: parsed.form, text });
      break;
    }
    case 'level': {
      if (!shared) {
        report([problemOf(file, { code: 'cannotRead', params: { detail: LEGAL } })]);
        break;
      }
      const result = parseLevel(file, text, shared, { shipped, ...(techniques ? { techniques } : {}) });
      for (const n of result.notes ?? []) note(file, n);
      report(result.problems);
      if (!result.ok) break;
      const first = ids.get(result.level.id);
      if (first) {
        report([problemOf(file, { code: 'idTaken', params: { id: result.level.id, other: first } }, { path: ['id'] })]);
        break;
      }
      ids.set(result.level.id, file);
      const { bounds, endings, states, stars } = result.exploration;
      say(table.report.levelOk, { file, id: result.level.id, min: bounds.min, max: bounds.max, endings: endings.size, states });
      console.log(`  ${starRuleLine(stars, lang)}`);
      // Can the decisions be won without judgement? Random play's three-star rate, the longest option's share.
      const decisions = decisionReport(file, result.level, result.exploration, lang);
      console.log(decisions.line);
      report(decisions.problems);
      for (const line of decisionLines(result.level, lang)) console.log(line);
      console.log(table.report.checklistHeader);
      for (const item of result.checklist) {
        const rule = checklistRuleName(item.rule, lang);
        if (item.pass) say(table.report.checklistPass, { rule });
        else {
          const which = countsNodes(item.rule) ? table.report.checklistCounted : table.report.checklistNodes;
          say(table.report.checklistFail, { rule, nodes: item.nodeIds.length > 0 ? fill(which, { ids: [...item.nodeIds] }, lang) : '' });
        }
      }
      break;
    }
  }
}
// Forms A and B (and the booster against B) are parallel: the same skills, different items.
for (const [one, other] of [['A', 'B'], ['B', 'booster']] as const) {
  const a = forms.get(one);
  const b = forms.get(other);
  if (!a || !b) continue;
  const { onlyInA, onlyInB, repeated } = compareForms(a.form, b.form);
  const at = (form: { file: string; form: QuizForm; text: string }, path: (string | number)[]) => {
    const parsed = parseJsonText(form.file, form.text);
    return { path, data: form.form, severity: 'warning' as const, ...(parsed.ok ? { line: parsed.lineOf(path) } : {}) };
  };
  const warnings: Problem[] = [];
  if (onlyInA.length > 0) warnings.push(problemOf(b.file, { code: 'formsNotParallel', params: { form: other, other: one, skills: onlyInA } }, at(b, ['items'])));
  if (onlyInB.length > 0) warnings.push(problemOf(a.file, { code: 'formsNotParallel', params: { form: one, other, skills: onlyInB } }, at(a, ['items'])));
  for (const id of repeated) warnings.push(problemOf(b.file, { code: 'formsShareItem', params: { other: one } }, at(b, ['items', b.form.items.findIndex((i) => i.id === id)])));
  report(warnings);
}

// Can a test-wise student who never played pass a form? The item analysis, per form and across them.
for (const line of formAnalysis([...forms.values()], lang)) {
  if (line.warning) warn(line.file, line.text);
  else console.log(line.text);
}

console.log('');
say(table.report.summary, { files: files.length, errors, warnings });
process.exit(errors > 0 ? 1 : 0);
