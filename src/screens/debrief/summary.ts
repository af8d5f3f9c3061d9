// What the debrief shows and the handout prints, built once for both: each decision's split with
// the safe and risky options marked (the class's own choice is named but never made to look
// endorsed: only the safe option is bold), the show-of-hands check before and after with its
// uncertainty, the devices' answers from a class session, the discussion prompts, the lessons and
// the help channels. Counts only: no names anywhere.
import { effectWord, mostMissed, proportionGain, tallyHands, type Choice, type Level, type LocalText } from '../../core';
import { EVERYDAY_HELP, sharedReferences } from '../../content/level-references';
import { handsItemsOf, type HandsRecord, type HandsRound } from '../../content/quiz-hands';
import type { ClassSession, VoteRecord } from '../../services/class-session';
import { language, local, t } from '../../services/i18n';
import { shareOf, type DecisionSplit } from '../../class/points';
import type { Dashboard } from '../../class/protocol';
import { ct } from '../../class/ui-text';
import { checkWords } from '../../class/check-lines';
import { itemText } from '../../content/check-items';
import { el } from '../shared/element';

/** What the hub knows of the class's answers: the self-paced split at each decision, the learning check. */
export interface HubAnswers {
  splits: DecisionSplit[];
  checks: Dashboard['checks'];
}

export type LevelOf = (id: string) => Level | undefined;

interface Row {
  text: string;
  count: number;
  played: boolean;
  kind?: Choice['kind'];
  share: (share: number) => string;
}

const MARK: Readonly<Record<Choice['kind'], 'debrief.safe' | 'debrief.risky' | undefined>> = { safe: 'debrief.safe', risky: 'debrief.risky', neutral: undefined };

/** One decision's split as bars; the safe option bold and marked ✓, a risky one marked ⚠. */
function splitItem(level: string, prompt: string, rows: readonly Row[]): HTMLElement {
  const total = rows.reduce((sum, r) => sum + r.count, 0);
  return el('li', { className: 'split' }, [
    el('p', { className: 'level', text: level }),
    el('h3', { text: prompt }),
    el('ul', {}, rows.map((row) => {
      const share = shareOf(row.count, total);
      const fill = el('span', { className: 'fill' });
      fill.style.width = `${share}%`;
      const mark = row.kind ? MARK[row.kind] : undefined;
      return el('li', { className: [row.kind ?? '', row.played ? 'played' : ''].join(' ').trim() }, [
        el('span', { className: 'text' }, [mark ? el('span', { className: 'mark', text: t(mark) }) : null, el('span', { text: row.text })]),
        el('span', { className: 'track', attrs: { 'aria-hidden': 'true' } }, [fill]),
        el('span', { className: 'share', text: row.share(share) }),
      ]);
    })),
  ]);
}

const voteSplit = (vote: VoteRecord): HTMLElement =>
  splitItem(local(vote.levelTitle), local(vote.prompt), vote.options.map((o) => ({
    text: `${local(o.text)}${o.id === vote.played ? ` ${t('debrief.played')}` : ''}`,
    count: o.votes,
    played: o.id === vote.played,
    kind: o.kind,
    share: (share: number) => t('debrief.share', { count: o.votes, share }),
  })));

function selfPacedSplit(split: DecisionSplit, levelOf: LevelOf): HTMLElement {
  const node = levelOf(split.levelId)?.nodes.find((n) => n.id === split.nodeId);
  const kindOf = (id: string) => (node?.type === 'choice' ? node.choices.find((c) => c.id === id)?.kind : undefined);
  return splitItem(split.levelTitle ? local(split.levelTitle) : split.levelId, split.prompt ? local(split.prompt) : split.nodeId, split.options.map((o) => ({
    text: o.text ? local(o.text) : o.id,
    count: o.devices,
    played: false,
    ...(kindOf(o.id) ? { kind: kindOf(o.id)! } : {}),
    share: (share: number) => ct('debrief.share', { count: o.devices, share }),
  })));
}

/** The hub's answers: splits as bars, then the devices' learning check. */
export function classAnswers(answers: HubAnswers | null, levelOf: LevelOf): HTMLElement[] {
  if (!answers) return [];
  const parts: HTMLElement[] = [];
  if (answers.splits.length) {
    parts.push(el('h2', { text: ct('debrief.selfHeading') }), el('ol', { className: 'splits' }, answers.splits.map((s) => selfPacedSplit(s, levelOf))));
  }
  // The paired gain (pairedGain) of the devices that took both forms, with its effect size; the questions most missed, in their words.
  const check = checkWords(answers.checks, language(), itemText);
  if (check.lines.length) {
    parts.push(el('h2', { text: ct('debrief.checks') }), el('ul', { className: 'lessons device-check' }, check.lines.map((line) => el('li', { text: line }))));
    if (check.missed.length) parts.push(el('h3', { text: ct('check.missedHeading') }), el('ul', { className: 'lessons device-missed' }, check.missed.map((line) => el('li', { text: line }))));
  }
  return parts;
}

const ROUND_LABEL: Readonly<Record<HandsRound, 'debrief.hands.before' | 'debrief.hands.after' | 'debrief.hands.later'>> = {
  before: 'debrief.hands.before', after: 'debrief.hands.after', later: 'debrief.hands.later',
};

/** The show-of-hands check: each round's share right, the gain with its interval, the messages most missed. */
export function handsSummary(record: HandsRecord): HTMLElement[] {
  const rounds = (['before', 'after', 'later'] as const).flatMap((round) => {
    const taken = record[round];
    if (!taken) return [];
    const items = handsItemsOf(taken.form);
    return [{ round, items, counts: taken.counts, tally: tallyHands(items, taken.counts) }];
  });
  if (rounds.length === 0) return [];
  const lines: HTMLElement[] = rounds.map(({ round, items, tally }) =>
    el('li', { text: t('debrief.hands.round', { label: t(ROUND_LABEL[round]), n: items.length, count: tally.total, share: tally.total ? Math.round((100 * tally.right) / tally.total) : 0 }) }),
  );
  const [before, after, later] = [rounds.find((r) => r.round === 'before'), rounds.find((r) => r.round === 'after'), rounds.find((r) => r.round === 'later')];
  const gain = before && after ? proportionGain(before.tally, after.tally) : undefined;
  if (gain) {
    lines.push(el('li', { className: 'gain', text: t('debrief.hands.gain', { points: gain.points.value, low: gain.points.low, high: gain.points.high }) }));
    lines.push(el('li', { text: t('debrief.hands.effect', { h: gain.h.value, low: gain.h.low, high: gain.h.high, size: t(`debrief.hands.size.${effectWord(gain.h.value)}`) }) }));
  }
  const kept = after && later ? proportionGain(after.tally, later.tally) : undefined;
  if (kept) lines.push(el('li', { text: t('debrief.hands.kept', { after: kept.before, later: kept.after, low: kept.points.low, high: kept.points.high }) }));
  const last = after ?? before!;
  const missed = mostMissed(last.items, last.counts, 2);
  const missedList = missed.flatMap(({ itemId, wrong, total }) => {
    const item = last.items.find((i) => i.id === itemId);
    return item ? [el('li', { text: t('debrief.hands.missedItem', { message: local(item.message), wrong, total, answer: t(item.answer === 'scam' ? 'teach.check.scam' : 'teach.check.real') }) })] : [];
  });
  return [
    el('h2', { text: t('debrief.hands.heading') }),
    el('ul', { className: 'lessons hands-lines' }, lines),
    ...(missedList.length > 0 ? [el('h3', { text: t('debrief.hands.missedHeading') }), el('ul', { className: 'lessons hands-missed' }, missedList)] : []),
  ];
}

/** Discussion prompts per level: two fit a two-level lesson's handout on one page. */
const PROMPTS_PER_LEVEL = 2;

/** The levels of the lesson, in the order met, and the discussion prompts of their decisions. */
export function discussionOf(session: ClassSession, levelOf: LevelOf): LocalText[] {
  const ids = [...new Set([...session.votes.map((v) => v.levelId), ...session.endings.map((e) => e.levelId)])];
  return ids.flatMap((id) => {
    const level = levelOf(id);
    if (!level) return [];
    const voted = new Set(session.votes.filter((v) => v.levelId === id).map((v) => v.nodeId));
    const prompts = level.nodes.flatMap((n) => (n.type === 'choice' && n.discussion ? [{ id: n.id, text: n.discussion }] : []));
    const asked = prompts.filter((p) => voted.has(p.id));
    return (asked.length > 0 ? asked : prompts).slice(0, PROMPTS_PER_LEVEL).map((p) => p.text);
  });
}

/** The debrief's content, on screen and on paper; `extra` holds the hub's answers and the show of hands. */
export function summary(session: ClassSession, extra: readonly HTMLElement[], levelOf: LevelOf): HTMLElement[] {
  const hasExtra = extra.some((e) => e.childElementCount > 0 || e.textContent !== '');
  if (session.votes.length === 0 && session.endings.length === 0) {
    const empty = el('p', { className: 'empty', text: t('debrief.empty') });
    empty.hidden = hasExtra;
    return [empty, ...extra];
  }
  const lessons = [...new Set(session.endings.flatMap((e) => e.lessons.map(local)))];
  const prompts = discussionOf(session, levelOf).map(local);
  const help = sharedReferences().help([...new Set([...session.endings.flatMap((e) => e.help), ...EVERYDAY_HELP])]);
  const parts: (HTMLElement | null)[] = [
    el('h2', { text: t('debrief.votes') }),
    el('p', { className: 'key', text: t('debrief.key') }),
    session.votes.length > 0 ? el('ol', { className: 'splits' }, session.votes.map((vote, i) => {
      const item = voteSplit(vote);
      // On paper a level's name heads its first split only: the rest repeat it (hidden in print).
      if (i > 0 && session.votes[i - 1]!.levelId === vote.levelId) item.querySelector('.level')?.classList.add('same');
      return item;
    })) : el('p', { text: t('debrief.empty') }),
    ...extra,
    prompts.length > 0 ? el('h2', { text: t('debrief.discuss') }) : null,
    prompts.length > 0 ? el('ol', { className: 'lessons prompts' }, prompts.map((p) => el('li', { text: p }))) : null,
    lessons.length > 0 ? el('h2', { text: t('debrief.lessons') }) : null,
    lessons.length > 0 ? el('ul', { className: 'lessons' }, lessons.map((l) => el('li', { text: l }))) : null,
    el('h2', { text: t('debrief.help') }),
    el('ul', { className: 'help-list' }, help.map((h) => el('li', {}, [el('strong', { text: local(h.contact) }), el('span', { text: ` ${t('debrief.helpUse', { name: local(h.name), use: local(h.use) })}` })]))),
  ];
  return parts.filter((e): e is HTMLElement => e !== null);
}

/** The one-page handout: the same content, black on white. */
export function handout(session: ClassSession, extra: readonly HTMLElement[], levelOf: LevelOf): HTMLElement {
  return el('article', { className: 'handout' }, [el('h1', { text: `${t('game.title')} · ${t('debrief.heading')}` }), ...summary(session, extra, levelOf), el('p', { className: 'source', text: t('title.source') })]);
}
