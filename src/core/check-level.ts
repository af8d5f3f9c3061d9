// Checks that zod cannot express: references between nodes, characters, flags and the registry,
// and whether every play can finish. Each issue carries the JSON path it is about.
import { explore, type Exploration } from './explore';
import type { Condition, Level, Node, Registry } from './schema';
import { createStory } from './story';

export type Path = readonly (string | number)[];

export interface LevelIssue {
  readonly path: Path;
  readonly message: string;
  readonly severity: 'error' | 'warning';
}

export interface LevelReport {
  readonly issues: readonly LevelIssue[];
  /** Present when the level's references are sound enough to play it through. */
  readonly exploration?: Exploration;
}

/** Message text longer than this is hard to read on a phone-sized chat: a warning, not an error. */
const LONG_TEXT = { 'zh-CN': 160, en: 400 } as const;

export function checkLevel(level: Level, registry: Registry): LevelReport {
  const issues: LevelIssue[] = [];
  const error = (path: Path, message: string) => issues.push({ path, message, severity: 'error' });
  const warn = (path: Path, message: string) => issues.push({ path, message, severity: 'warning' });

  const nodeIndex = new Map<string, number>();
  level.nodes.forEach((n, i) => {
    if (nodeIndex.has(n.id)) error(['nodes', i, 'id'], `duplicate node id "${n.id}" (also nodes[${nodeIndex.get(n.id)}])`);
    else nodeIndex.set(n.id, i);
  });
  const characterIds = new Set<string>();
  level.characters.forEach((c, i) => {
    if (characterIds.has(c.id)) error(['characters', i, 'id'], `duplicate character id "${c.id}"`);
    characterIds.add(c.id);
  });
  const laws = new Set(registry.laws.map((l) => l.id));
  const cases = new Set(registry.cases.map((c) => c.number));
  const help = new Set(registry.help.map((h) => h.id));

  const target = (path: Path, id: string) => {
    if (!nodeIndex.has(id)) error(path, `unknown node "${id}"`);
  };
  const flagsSet = (path: Path, set: Record<string, boolean | number> | undefined) => {
    for (const [flag, value] of Object.entries(set ?? {})) {
      const declared = level.flags[flag];
      if (declared === undefined) error([...path, flag], `flag "${flag}" is not declared in "flags"`);
      else if (typeof declared !== typeof value) error([...path, flag], `flag "${flag}" is a ${typeof declared}, not a ${typeof value}`);
    }
  };
  const conditions = (path: Path, when: readonly Condition[] | undefined) => {
    when?.forEach((c, i) => {
      const declared = level.flags[c.flag];
      if (declared === undefined) error([...path, i, 'flag'], `flag "${c.flag}" is not declared in "flags"`);
      else if ('atLeast' in c && typeof declared !== 'number') error([...path, i, 'atLeast'], `"atLeast" needs a number flag; "${c.flag}" is a ${typeof declared}`);
      else if ('is' in c && typeof declared !== typeof c.is) error([...path, i, 'is'], `flag "${c.flag}" is a ${typeof declared}, not a ${typeof c.is}`);
    });
  };
  const longText = (path: Path, text: { 'zh-CN': string; en: string }) => {
    for (const lang of ['zh-CN', 'en'] as const) {
      if (text[lang].length > LONG_TEXT[lang]) warn([...path, lang], `long text (${text[lang].length} characters): consider splitting it into two messages`);
    }
  };

  if (!cases.has(level.case)) error(['case'], `unknown case ${level.case}; the registry has ${[...cases].join(', ')}`);
  target(['start'], level.start);

  level.nodes.forEach((node, i) => {
    const at = ['nodes', i] as const;
    switch (node.type) {
      case 'message':
        if (!characterIds.has(node.from)) error([...at, 'from'], `unknown character "${node.from}"`);
        flagsSet([...at, 'set'], node.set);
        longText([...at, 'text'], node.text);
        target([...at, 'next'], node.next);
        break;
      case 'choice': {
        const ids = new Set<string>();
        node.choices.forEach((c, j) => {
          const cAt = [...at, 'choices', j] as const;
          if (ids.has(c.id)) error([...cAt, 'id'], `duplicate choice id "${c.id}"`);
          ids.add(c.id);
          flagsSet([...cAt, 'set'], c.set);
          conditions([...cAt, 'when'], c.when);
          target([...cAt, 'next'], c.next);
        });
        break;
      }
      case 'consequence':
        if (!cases.has(node.case)) error([...at, 'case'], `unknown case ${node.case}`);
        node.laws.forEach((law, j) => {
          if (!laws.has(law)) error([...at, 'laws', j], `unknown law "${law}"; see levels/registry/legal.json`);
        });
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
        node.help.forEach((h, j) => {
          if (!help.has(h)) error([...at, 'help', j], `unknown help channel "${h}"; see levels/registry/legal.json`);
        });
        break;
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
          error([...path, k, 'flag'], `flag "${c.flag}" is tested here but never set by any "set", so it is always ${JSON.stringify(level.flags[c.flag])}`);
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
    if (!reached.has(n.id)) error(['nodes', i], `node "${n.id}" is unreachable: no "next" leads to it from "${level.start}"`);
  });
  if (!level.nodes.some((n) => n.type === 'ending')) error(['nodes'], 'the level has no ending');

  // A risky choice should show its real legal consequence before the player moves on.
  const nodeById = (id: string) => level.nodes[nodeIndex.get(id) ?? -1];
  const skipsConsequence = (from: string): string | undefined => {
    const seen = new Set<string>();
    const pendingIds = [from];
    while (pendingIds.length > 0) {
      const node = nodeById(pendingIds.pop()!);
      if (!node || seen.has(node.id) || node.type === 'consequence') continue;
      seen.add(node.id);
      if (node.type === 'choice' || node.type === 'ending') return node.id;
      pendingIds.push(...targetsOf(node));
    }
    return undefined;
  };
  level.nodes.forEach((n, i) => {
    if (n.type !== 'choice') return;
    n.choices.forEach((c, j) => {
      const reached = c.kind === 'risky' ? skipsConsequence(c.next) : undefined;
      if (reached) warn(['nodes', i, 'choices', j, 'next'], `risky choice "${c.id}" can reach "${reached}" without a consequence: show the real case and the law first`);
    });
  });

  if (issues.some((i) => i.severity === 'error')) return { issues };

  const exploration = explore(createStory(level));
  for (const failure of exploration.failures) {
    const index = failure.nodeId === undefined ? undefined : nodeIndex.get(failure.nodeId);
    error(index === undefined ? ['nodes'] : ['nodes', index], failure.message);
  }
  for (const id of exploration.stuckAt) error(['nodes', nodeIndex.get(id)!], `dead end: at "${id}" a play can arrive with flags for which no choice is offered`);
  for (const id of exploration.noWayOut) error(['nodes', nodeIndex.get(id)!], `endless loop: from "${id}" some plays can never reach an ending`);
  if (exploration.unboundedScore) warn(['nodes'], 'a loop of choices changes the score each time round, so the score has no limit');
  level.nodes.forEach((n, i) => {
    if (reached.has(n.id) && n.type !== 'branch' && !exploration.shown.has(n.id)) {
      warn(['nodes', i], `node "${n.id}" is never shown: no combination of flags leads to it`);
    }
  });
  return { issues, exploration };
}

function targetsOf(node: Node): string[] {
  switch (node.type) {
    case 'message':
    case 'consequence':
      return [node.next];
    case 'choice':
      return node.choices.map((c) => c.next);
    case 'branch':
      return [...node.branches.map((b) => b.next), node.otherwise];
    case 'ending':
      return [];
  }
}
