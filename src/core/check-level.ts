// Checks that zod cannot express: references between nodes, characters, conversations, flags,
// techniques and the registry; the rules for victims and stars; and whether every play can finish.
// Each issue is a code with parameters (./messages renders it in the user's language) and carries
// the JSON path it is about; unknown ids come with "did you mean".
import { countsNodes, shippedChecklist, type ChecklistItem } from './checklist';
import { didYouMean } from './did-you-mean';
import { explore, type Exploration } from './explore';
import { renderMessage, type Message, type MessageCode, type Params, type Path } from './messages';
import { placeholdersIn } from './placeholders';
import { registryClashes, registryFor } from './registries';
import { skipsConsequence, targetsOf, victimScreenAfter } from './graph';
import type { Condition, Level, LocalText, NodeOf, Registry, Technique } from './schema';
import { createStory } from './story';
import { unreachable } from './unreachable';

export type { Path } from './messages';

export interface LevelIssue extends Message {
  readonly path: Path;
  readonly severity: 'error' | 'warning';
  /** The issue in English, for logs; show people renderMessage(issue, language). */
  readonly message: string;
}

export interface LevelReport {
  readonly issues: readonly LevelIssue[];
  /** Present when the level's references are sound enough to play it through. */
  readonly exploration?: Exploration;
  /** The rules a shipped level must meet, each with pass or fail (present with the exploration). */
  readonly checklist?: readonly ChecklistItem[];
}

export interface CheckOptions {
  /** The technique registry; without it, technique ids are not checked. */
  readonly techniques?: readonly Pick<Technique, 'id'>[];
  /** A level shipped with the game (levels/*.json): its checklist's failures are errors. */
  readonly shipped?: boolean;
}

/** Message text longer than this is hard to read on a phone-sized chat: a warning, not an error. */
const LONG_TEXT = { 'zh-CN': 160, en: 400 } as const;

const LANGS = ['zh-CN', 'en'] as const;

export function checkLevel(level: Level, shared: Registry, options: CheckOptions = {}): LevelReport {
  const issues: LevelIssue[] = [];
  const add = (severity: LevelIssue['severity'], path: Path, code: MessageCode, params?: Params) =>
    issues.push({ path, severity, code, ...(params ? { params } : {}), message: renderMessage({ code, ...(params ? { params } : {}) }, 'en') });
  const error = (path: Path, code: MessageCode, params?: Params) => add('error', path, code, params);
  const warn = (path: Path, code: MessageCode, params?: Params) => add('warning', path, code, params);
  /** Params for an unknown id, with the nearest known one. */
  const unknown = (id: string, known: Iterable<string>): Params => {
    const suggestion = didYouMean(id, known);
    return suggestion === undefined ? { id } : { id, suggestion };
  };

  const nodeIndex = new Map<string, number>();
  level.nodes.forEach((n, i) => {
    if (nodeIndex.has(n.id)) error(['nodes', i, 'id'], 'duplicateNode', { id: n.id });
    else nodeIndex.set(n.id, i);
  });
  const characters = new Map<string, Level['characters'][number]>();
  level.characters.forEach((c, i) => {
    if (characters.has(c.id)) error(['characters', i, 'id'], 'duplicateCharacter', { id: c.id });
    else characters.set(c.id, c);
  });
  const conversationIds = new Set<string>();
  level.conversations?.forEach((c, i) => {
    if (conversationIds.has(c.id)) error(['conversations', i, 'id'], 'duplicateConversation', { id: c.id });
    conversationIds.add(c.id);
    c.members.forEach((m, j) => {
      if (!characters.has(m)) error(['conversations', i, 'members', j], 'conversationMember', unknown(m, characters.keys()));
    });
  });

  for (const clash of registryClashes(level, shared)) error(clash.path, 'registryClash', { kind: `@kind.${clash.kind}`, id: clash.id });
  const registry = registryFor(level, shared);
  const laws = new Set(registry.laws.map((l) => l.id));
  const cases = new Set(registry.cases.map((c) => c.number));
  const help = new Set(registry.help.map((h) => h.id));
  const techniques = options.techniques ? new Set(options.techniques.map((t) => t.id)) : undefined;

  const target = (path: Path, id: string) => {
    if (!nodeIndex.has(id)) error(path, 'unknownNode', unknown(id, nodeIndex.keys()));
  };
  const conversation = (path: Path, id: string | undefined) => {
    if (id !== undefined && !conversationIds.has(id)) error(path, 'unknownConversation', unknown(id, conversationIds));
  };
  const technique = (path: Path, id: string) => {
    if (techniques && !techniques.has(id)) error(path, 'unknownTechnique', unknown(id, techniques));
  };
  const helpIds = (path: Path, ids: readonly string[] | undefined) =>
    ids?.forEach((h, j) => {
      if (!help.has(h)) error([...path, j], 'unknownHelp', unknown(h, help));
    });
  const flagNames = Object.keys(level.flags);
  const flagsSet = (path: Path, set: Record<string, boolean | number> | undefined) => {
    for (const [flag, value] of Object.entries(set ?? {})) {
      const declared = level.flags[flag];
      if (declared === undefined) error([...path, flag], 'flagUndeclared', { flag, ...suggest(flag, flagNames) });
      else if (typeof declared !== typeof value) error([...path, flag], 'flagWrongType', { flag, declared: typeof declared, given: typeof value });
    }
  };
  const conditions = (path: Path, when: readonly Condition[] | undefined) => {
    when?.forEach((c, i) => {
      const declared = level.flags[c.flag];
      if (declared === undefined) error([...path, i, 'flag'], 'flagUndeclared', { flag: c.flag, ...suggest(c.flag, flagNames) });
      else if ('atLeast' in c && typeof declared !== 'number') error([...path, i, 'atLeast'], 'atLeastNeedsNumber', { flag: c.flag, declared: typeof declared });
      else if ('is' in c && typeof declared !== typeof c.is) error([...path, i, 'is'], 'flagWrongType', { flag: c.flag, declared: typeof declared, given: typeof c.is });
    });
  };
  const longText = (path: Path, text: LocalText) => {
    for (const lang of LANGS) {
      if (text[lang].length > LONG_TEXT[lang]) warn([...path, lang], 'longText', { length: text[lang].length });
    }
  };
  const knownCases = [...cases].join(', ');

  if (!cases.has(level.case)) error(['case'], 'unknownCase', { number: level.case, known: knownCases });
  target(['start'], level.start);

  level.nodes.forEach((node, i) => {
    const at = ['nodes', i] as const;
    switch (node.type) {
      case 'message': {
        const speaker = characters.get(node.from);
        if (!speaker) error([...at, 'from'], 'unknownCharacter', unknown(node.from, characters.keys()));
        conversation([...at, 'conversation'], node.conversation);
        node.signs?.forEach((sign, j) => {
          technique([...at, 'signs', j, 'technique'], sign.technique);
          for (const lang of LANGS) {
            if (!node.text[lang].includes(sign.phrase[lang])) {
              error([...at, 'signs', j, 'phrase', lang], 'signNotInText', { lang: `@lang.${lang}`, phrase: sign.phrase[lang] });
            }
          }
        });
        if (speaker && speaker.role !== 'contact' && (node.signs?.length ?? 0) > 0) warn([...at, 'signs'], 'signsNotFlaggable', { role: `@role.${speaker.role}` });
        flagsSet([...at, 'set'], node.set);
        longText([...at, 'text'], node.text);
        target([...at, 'next'], node.next);
        break;
      }
      case 'choice': {
        conversation([...at, 'conversation'], node.conversation);
        node.techniques?.forEach((t, j) => technique([...at, 'techniques', j], t));
        const ids = new Set<string>();
        node.choices.forEach((c, j) => {
          const cAt = [...at, 'choices', j] as const;
          if (ids.has(c.id)) error([...cAt, 'id'], 'duplicateChoice', { id: c.id });
          ids.add(c.id);
          if (c.harmsOthers && c.kind !== 'risky') warn([...cAt, 'kind'], 'harmsOthersNotRisky', { choice: c.id });
          if (c.intimateImage && !c.harmsOthers) warn([...cAt, 'intimateImage'], 'intimateNotHarmsOthers', { choice: c.id });
          flagsSet([...cAt, 'set'], c.set);
          conditions([...cAt, 'when'], c.when);
          target([...cAt, 'next'], c.next);
        });
        break;
      }
      case 'consequence':
        if (!cases.has(node.case)) error([...at, 'case'], 'unknownCase', { number: node.case, known: knownCases });
        node.laws.forEach((law, j) => {
          if (!laws.has(law)) error([...at, 'laws', j], 'unknownLaw', unknown(law, laws));
        });
        helpIds([...at, 'help'], node.help);
        if (node.perspective === 'victim') {
          if (node.ageRule) error([...at, 'ageRule'], 'victimAgeRule');
          if (!node.nextStep) error(at, 'victimNeedsNextStep');
          if (!node.help || node.help.length === 0) error(at, 'victimNeedsHelp');
        }
        target([...at, 'next'], node.next);
        break;
      case 'branch':
        node.branches.forEach((b, j) => {
          conditions([...at, 'branches', j, 'when'], b.when);
          target([...at, 'branches', j, 'next'], b.next);
        });
        target([...at, 'otherwise'], node.otherwise);
        break;
      case 'ending':
        helpIds([...at, 'help'], node.help);
        break;
      default:
        unreachable(node, 'node kind');
    }
  });

  // A flag that is tested but never set always holds its starting value: the test is a mistake.
  const setSomewhere = new Set(
    level.nodes.flatMap((n) => [
      ...('set' in n ? Object.keys(n.set ?? {}) : []),
      ...(n.type === 'choice' ? n.choices.flatMap((c) => Object.keys(c.set ?? {})) : []),
    ]),
  );
  level.nodes.forEach((n, i) => {
    const tests: [Path, readonly Condition[] | undefined][] =
      n.type === 'choice' ? n.choices.map((c, j) => [['nodes', i, 'choices', j, 'when'], c.when])
      : n.type === 'branch' ? n.branches.map((b, j) => [['nodes', i, 'branches', j, 'when'], b.when])
      : [];
    for (const [path, when] of tests) {
      when?.forEach((c, k) => {
        if (level.flags[c.flag] !== undefined && !setSomewhere.has(c.flag)) {
          error([...path, k, 'flag'], 'flagNeverSet', { flag: c.flag, value: JSON.stringify(level.flags[c.flag]) });
        }
      });
    }
  });

  // Nodes no arrow leads to, whatever the flags.
  const reached = new Set<string>();
  const startKnown = nodeIndex.has(level.start); // an unknown start is reported once, above
  const pending = startKnown ? [level.start] : [];
  while (pending.length > 0) {
    const id = pending.pop()!;
    const index = nodeIndex.get(id);
    if (reached.has(id) || index === undefined) continue;
    reached.add(id);
    pending.push(...targetsOf(level.nodes[index]!));
  }
  if (startKnown) level.nodes.forEach((n, i) => {
    if (!reached.has(n.id)) error(['nodes', i], 'unreachable', { id: n.id, start: level.start });
  });
  if (!level.nodes.some((n) => n.type === 'ending')) error(['nodes'], 'noEnding');

  const nodeById = (id: string) => level.nodes[nodeIndex.get(id) ?? -1];
  // A risky choice should show its real legal consequence before the player moves on (a rule of
  // the shipped-level checklist; a warning for other levels). Giving in under pressure needs none.
  if (!options.shipped) {
    level.nodes.forEach((n, i) => {
      if (n.type !== 'choice' || n.pressure) return;
      n.choices.forEach((c, j) => {
        const skipped = c.kind === 'risky' ? skipsConsequence(nodeById, c.next) : undefined;
        if (skipped) warn(['nodes', i, 'choices', j, 'next'], 'riskyWithoutConsequence', { choice: c.id, reached: skipped });
      });
    });
  }

  // The meter never punishes being a victim: a choice that leads straight to a victim's screen
  // (through messages and branches only) may not cost points.
  level.nodes.forEach((n, i) => {
    if (n.type !== 'choice') return;
    n.choices.forEach((c, j) => {
      if (c.score >= 0) return;
      const victim = victimScreenAfter(nodeById, c.next);
      if (victim) error(['nodes', i, 'choices', j, 'score'], 'victimNegativeScore', { choice: c.id, consequence: victim, score: c.score });
      else if (n.pressure) error(['nodes', i, 'choices', j, 'score'], 'pressureNegativeScore', { choice: c.id, score: c.score });
    });
    // Pressure excuses giving in, never harming someone else: such a choice needs a decision of its own.
    if (n.pressure) n.choices.forEach((c, j) => c.harmsOthers && error(['nodes', i, 'choices', j, 'harmsOthers'], 'pressureHarmsOthers', { choice: c.id }));
  });

  // Placeholders left from a template are errors, but do not stop the plays being explored: an
  // author can still try the level out while the words are being written.
  const blocked = issues.some((i) => i.severity === 'error');
  const { nodes: _nodes, ...fields } = level;
  for (const found of [...placeholdersIn(fields), ...placeholdersIn(level.nodes, ['nodes'])]) {
    error(found.path, 'placeholderText', { text: found.text });
  }
  if (blocked) return { issues };

  const exploration = explore(createStory(level));
  for (const failure of exploration.failures) {
    const index = failure.nodeId === undefined ? undefined : nodeIndex.get(failure.nodeId);
    error(index === undefined ? ['nodes'] : ['nodes', index], failure.code, failure.params);
  }
  for (const id of exploration.stuckAt) error(['nodes', nodeIndex.get(id)!], 'deadEnd', { id });
  for (const id of exploration.noWayOut) error(['nodes', nodeIndex.get(id)!], 'noWayOut', { id });
  if (exploration.unboundedScore) warn(['nodes'], 'unboundedScore');
  level.nodes.forEach((n, i) => {
    if (reached.has(n.id) && n.type !== 'branch' && !exploration.shown.has(n.id)) warn(['nodes', i], 'neverShown', { id: n.id });
  });
  if (exploration.failures.length === 0 && !exploration.stars.includes(3)) error([], 'noThreeStars', { reachable: exploration.stars.map(String) });

  const checklist = shippedChecklist(level, exploration);
  if (options.shipped) {
    for (const item of checklist) {
      if (item.pass || item.rule === 'threeStarsReachable') continue; // reported above for every level
      const params = { rule: `@checklist.${item.rule}` };
      const breaking = countsNodes(item.rule) ? [] : item.nodeIds;
      if (breaking.length === 0) error([], 'checklistFailed', params);
      for (const id of breaking) error(nodeIndex.has(id) ? ['nodes', nodeIndex.get(id)!] : [], 'checklistFailed', params);
    }
  }
  return { issues, exploration, checklist };
}

const suggest = (id: string, known: Iterable<string>): Params => {
  const suggestion = didYouMean(id, known);
  return suggestion === undefined ? {} : { suggestion };
};

export { skipsConsequence, targetsOf, victimScreenAfter } from './graph';
export type { NodeOf };
