// The checker panel: how many problems, the score range once the arrows are sound, the star rule
// and the stars plays reach, each problem as a button that opens its field, and the checklist of a
// shipped level. A problem names its place as the form labels it: "节点 d1 › 选项 2 › 下一个节点".
import { checklistRuleName, type Level } from '../../core';
import type { CheckExtras, LiveIssue, LiveReport } from '../../studio/model/check';
import type { Path } from '../../studio/model/edits';
import { language, t, type UiKey } from '../../services/i18n';
import { el } from '../shared/element';
import { fieldLabel, itemLabel } from './schema-form';

const SHOWN = 60;

/** The problems that stop the arrows being followed: until they are fixed, no score range. */
const ARROW_CODES = new Set(['unknownNode', 'missingField', 'noEnding', 'unreachable', 'endlessLoop', 'endlessSteps', 'deadEnd', 'noWayOut']);
const isArrow = (issue: LiveIssue): boolean => {
  const last = issue.path[issue.path.length - 1];
  return ARROW_CODES.has(issue.code) && (issue.code !== 'missingField' || last === 'next' || last === 'otherwise' || last === 'start');
};

export function renderChecker(parent: HTMLElement, report: LiveReport, level: Level, goTo: (issue: LiveIssue) => void): void {
  const { issues, exploration, checklist } = report;
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity === 'warning');
  const bounds = exploration?.bounds;
  const colon = language() === 'zh-CN' ? '：' : ': ';
  parent.replaceChildren(...el('div', {}, [
    el('h2', { text: t('studio.checker') }),
    el('p', { className: `summary ${errors.length ? 'bad' : 'ok'}`, text: errors.length || warnings.length ? t('studio.issueCount', { errors: t('studio.errorCount', { count: errors.length }), warnings: t('studio.warningCount', { count: warnings.length }) }) : t('studio.noIssues') }),
    el('p', { className: 'score-range', text: bounds ? t('studio.scoreRange', { min: bounds.min, max: bounds.max }) : issues.some(isArrow) ? t('studio.scoreUnknown') : t('studio.scoreAfterErrors') }),
    el('p', { className: 'star-rule', text: t('studio.starRule') }),
    exploration ? el('p', { className: 'stars-reached', text: t('studio.starsReached', { stars: exploration.stars.join(t('studio.listSep')) }) }) : false,
    el('ul', { className: 'issues', attrs: { 'aria-label': t('studio.issues') } }, [...errors, ...warnings].slice(0, SHOWN).map((issue) => {
      const text = `${issue.severity === 'warning' ? t('studio.warning') : ''}${placeInForm(issue.path, level)}${colon}${issue.message}`;
      return el('li', {}, [el('button', { className: `btn small issue ${issue.severity}`, text, attrs: { type: 'button' }, onClick: () => goTo(issue) })]);
    })),
    issues.length > SHOWN ? el('p', { text: t('studio.moreIssues', { n: issues.length - SHOWN }) }) : false,
    checklist ? el('h3', { text: t('studio.checklist') }) : false,
    checklist
      ? el('ul', { className: 'checklist', attrs: { 'aria-label': t('studio.checklist') } }, checklist.map((item) =>
          el('li', { className: item.pass ? 'pass' : 'fail', text: `${t(item.pass ? 'studio.checkPass' : 'studio.checkFail')}${checklistRuleName(item.rule, language())}${!item.pass && item.nodeIds.length ? ` (${item.nodeIds.join(t('studio.listSep'))})` : ''}` }),
        ))
      : false,
  ]).childNodes);
}

/**
 * A place in the level as the form shows it: "Node d1 › Choice 2 › Next node", "Level settings ›
 * Objective 1". The language ends no place: the message says which text it is about.
 */
export function placeInForm(path: Path, level: Level): string {
  const parts: string[] = [];
  let rest = path;
  if (rest[0] === 'nodes' && typeof rest[1] === 'number') {
    parts.push(t('studio.whereNode', { id: level.nodes[rest[1]]?.id ?? String(rest[1] + 1) }));
    rest = rest.slice(2);
  } else {
    parts.push(t('studio.levelSettings'));
    if (rest[0] === 'nodes') rest = rest.slice(1);
  }
  for (let i = 0; i < rest.length; i++) {
    const key = rest[i]!;
    const next = rest[i + 1];
    if (key === 'zh-CN' || key === 'en') continue;
    if (typeof key === 'string' && typeof next === 'number') {
      parts.push(itemLabel(key, next));
      i++;
    } else parts.push(typeof key === 'number' ? String(key + 1) : fieldLabel(key));
  }
  return parts.join(' › ');
}

/** The words the form uses, for the values a checker message names (src/studio/model/check.ts). */
export const formWords: NonNullable<CheckExtras['words']> = {
  field: (key) => fieldLabel(key),
  language: (lang) => t(`studio.lang.${lang}` as UiKey),
  flagType: (type) => (type === 'boolean' ? t('studio.flagYesNo') : type === 'number' ? t('studio.flagNumber') : type),
};

/** Focus on the field a problem is about (its Chinese box for a text), opening the sections it is folded in. */
export function openField(path: Path): void {
  const id = `f-${path.join('-')}`;
  const target = document.getElementById(id) ?? document.getElementById(`${id}-zh-CN`) ?? document.getElementById(`${id}-en`);
  if (!target) return;
  for (let fold = target.closest('details'); fold; fold = fold.parentElement?.closest('details') ?? null) fold.open = true;
  target.focus();
  target.scrollIntoView({ block: 'center' });
}
