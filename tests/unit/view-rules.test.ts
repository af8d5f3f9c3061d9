// Rules the screens used to work out themselves, now in core and content: the ending's discussion
// prompts, where a finished play is recorded, and what a level cites (resolved once, with a
// level's own registry additions first).
import { describe, expect, it } from 'vitest';
import type { Level, TrailStep } from '../../src/core';
import { discussionPrompts } from '../../src/core/discussion';
import { EVERYDAY_HELP, referencesOf, resolveReferences, sharedReferences } from '../../src/content/level-references';
import { recordKind } from '../../src/screens/ending/record-play';
import { registry } from '../../src/content/registry';

const text = (s: string) => ({ 'zh-CN': s, en: s });
const steps = (...keys: string[]): TrailStep[] => keys.map((k) => ({ node: k.split('/')[0]!, choice: k.split('/')[1]! }));

describe('the ending’s discussion prompts', () => {
  const level = {
    nodes: [
      { id: 'd1', type: 'choice', discussion: text('why d1?') },
      { id: 'd2', type: 'choice' },
      { id: 'd3', type: 'choice', discussion: text('why d3?') },
      { id: 'm', type: 'message' },
    ],
  } as unknown as Pick<Level, 'nodes'>;

  it('are the questions of the decisions taken, once each, in the order met', () => {
    expect(discussionPrompts(level, steps('d3/a', 'd2/b', 'd1/a', 'd3/b')).map((p) => p.en)).toEqual(['why d3?', 'why d1?']);
  });

  it('ignore steps that are not decisions of the level', () => {
    expect(discussionPrompts(level, steps('d1/a', 'm/x', 'gone/x')).map((p) => p.en)).toEqual(['why d1?']);
  });
});

describe('where a finished play is recorded', () => {
  const level = { title: text('t') };
  it('for the class when projected, for the student otherwise, and not at all for a try-out', () => {
    expect(recordKind({ level, projector: true })).toBe('class');
    expect(recordKind({ level, projector: false })).toBe('own');
    expect(recordKind({ level: undefined, projector: true })).toBe('own');
    expect(recordKind({ level, projector: true, trial: true })).toBe('none');
    expect(recordKind({ level, projector: false, trial: true })).toBe('none');
  });
});

describe('what a level cites', () => {
  const shared = registry.cases[0]!;
  const law = registry.laws[0]!;

  it('resolves the case, laws and help by id, in the order given, leaving out unknown ids', () => {
    const refs = resolveReferences({ case: shared.number });
    expect(refs.realCase).toBe(shared);
    expect(refs.laws(['no-such-law', law.id]).map((l) => l.id)).toEqual([law.id]);
    expect(refs.help(['110', 'nope']).map((h) => h.id)).toEqual(['110']);
  });

  it('finds a level’s own registry additions first', () => {
    const local = { ...shared, number: 9001, title: text('a district case') };
    const refs = resolveReferences({ case: 9001, registry: { cases: [local] } } as Pick<Level, 'registry' | 'case'>);
    expect(refs.realCase?.title.en).toBe('a district case');
    expect(refs.caseByNumber(shared.number)).toBe(shared);
  });

  it('is worked out once per level', () => {
    const level = { case: shared.number } as Pick<Level, 'registry' | 'case'>;
    expect(referencesOf(level)).toBe(referencesOf(level));
    expect(resolveReferences(level)).not.toBe(resolveReferences(level));
  });

  it('lists the everyday help channels from the shared registry, every one of them known', () => {
    expect(sharedReferences().help([...EVERYDAY_HELP]).map((h) => h.id)).toEqual([...EVERYDAY_HELP]);
  });
});
