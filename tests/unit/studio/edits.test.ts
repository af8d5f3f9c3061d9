import { describe, expect, it } from 'vitest';
import type { Level } from '../../../src/core';
import { addChoice, addNode, changeType, deleteNode, getIn, leadsTo, refsOf, removeChoice, renameCharacter, renameNode, setField, setIn } from '../../../src/studio/model/edits';
import { canRedo, canUndo, record, redo, start, undo } from '../../../src/studio/model/history';
import { blankLevel, copyOfLevel, templateLevel } from '../../../src/studio/model/templates';
import { readFileSync } from 'node:fs';

/** Today's levels as format-1 fixtures: stable while the shipped files move to format 2. */
const fixture = (id: string): Level => JSON.parse(readFileSync(`tests/fixtures/levels-v1/${id}.json`, 'utf8')) as Level;

describe('setIn', () => {
  it('copies only the path it changes and leaves the original alone', () => {
    const level = templateLevel();
    const next = setIn(level, ['nodes', 0, 'text', 'en'], 'Hi');
    expect(getIn(next, ['nodes', 0, 'text', 'en'])).toBe('Hi');
    expect(getIn(level, ['nodes', 0, 'text', 'en'])).toBe('(Write: the first message)');
    expect(next.nodes[1]).toBe(level.nodes[1]);
    expect(next.characters).toBe(level.characters);
  });

  it('removes an optional key when set to undefined', () => {
    const level = setIn(templateLevel(), ['contentNote'], { 'zh-CN': 'a', en: 'b' });
    expect('contentNote' in setIn(level, ['contentNote'], undefined)).toBe(false);
  });
});

describe('adding nodes', () => {
  it('adds a node of each kind with a free id and points the chosen reference at it ("new node here")', () => {
    let level = blankLevel();
    const first = addNode(level, 'choice', { from: ['nodes', 0, 'next'] });
    level = first.level;
    expect(first.id).toBe('n2');
    expect(getIn(level, ['nodes', 0, 'next'])).toBe('n2');
    const node = level.nodes.find((n) => n.id === 'n2');
    expect(node?.type === 'choice' && node.choices.map((c) => c.id)).toEqual(['c1', 'c2']);
    for (const type of ['message', 'consequence', 'branch', 'ending'] as const) level = addNode(level, type).level;
    expect(level.nodes.map((n) => n.type)).toEqual(['message', 'choice', 'message', 'consequence', 'branch', 'ending']);
    expect(() => addNode(level, 'message', { id: 'n1' })).toThrow(/already exists/);
  });

  it('adds and removes choices', () => {
    let level = addNode(blankLevel(), 'choice', { id: 'd1' }).level;
    level = addChoice(level, 'd1');
    const d1 = () => level.nodes.find((n) => n.id === 'd1') as Extract<Level['nodes'][number], { type: 'choice' }>;
    expect(d1().choices.map((c) => c.id)).toEqual(['c1', 'c2', 'c3']);
    level = removeChoice(level, 'd1', 0);
    expect(d1().choices.map((c) => c.id)).toEqual(['c2', 'c3']);
  });

  it('changes a node\'s kind keeping its id, text and next', () => {
    const level = changeType(templateLevel(), 'n1', 'consequence');
    const n1 = level.nodes[0]!;
    expect(n1.type).toBe('consequence');
    expect(n1.type === 'consequence' && n1.next).toBe('d1');
    expect(leadsTo(level, 'n1')).toEqual(['start']);
  });
});

describe('renaming a node', () => {
  it('makes every reference follow: start, next, choices, branches, otherwise', () => {
    let level = templateLevel();
    level = addNode(level, 'branch', { id: 'b1' }).level;
    level = setField(level, ['nodes', 5, 'branches', 0, 'next'], 'law');
    level = setField(level, ['nodes', 5, 'otherwise'], 'law');
    level = setField(level, ['nodes', 0, 'next'], 'law');
    const renamed = renameNode(level, 'law', 'consequence-1');
    expect(refsOf(renamed).filter((r) => r.to === 'law')).toEqual([]);
    expect(refsOf(renamed).filter((r) => r.to === 'consequence-1').map((r) => r.from)).toEqual(['n1', 'd1', 'b1', 'b1']);
    expect(renamed.nodes.map((n) => n.id)).toContain('consequence-1');
    expect(renameNode(level, 'n1', 'first').start).toBe('first');
  });

  it('refuses a taken or malformed id and leaves the level unchanged', () => {
    const level = templateLevel();
    expect(() => renameNode(level, 'n1', 'd1')).toThrow(/already exists/);
    expect(() => renameNode(level, 'n1', 'Bad Id')).toThrow(/not a valid id/);
  });

  it('renames a shipped level\'s every node and still plays the same way', () => {
    let level = copyOfLevel(fixture('bank-card'));
    const before = refsOf(level).map((r) => r.to);
    for (const node of [...level.nodes]) level = renameNode(level, node.id, `x-${node.id}`);
    expect(refsOf(level).map((r) => r.to)).toEqual(before.map((id) => `x-${id}`));
  });

  it('renames a character and the messages it sent', () => {
    const level = renameCharacter(templateLevel(), 'stranger', 'kai');
    expect(level.nodes[0]!.type === 'message' && level.nodes[0]!.from).toBe('kai');
  });
});

describe('deleting a node', () => {
  it('names the nodes that lead to it, and empties their references (never redirects in silence)', () => {
    const level = templateLevel();
    expect(leadsTo(level, 'law')).toEqual(['d1']);
    expect(leadsTo(level, 'n1')).toEqual(['start']);
    expect(leadsTo(level, 'end-safe')).toEqual(['d1']);
    const next = deleteNode(level, 'law');
    expect(next.nodes.map((n) => n.id)).not.toContain('law');
    expect(getIn(next, ['nodes', 1, 'choices', 1, 'next'])).toBe('');
    expect(leadsTo(next, 'law')).toEqual([]);
  });
});

describe('undo and redo', () => {
  it('undoes and redoes every kind of edit, a deletion and a rename included', () => {
    const level = templateLevel();
    let h = start(level);
    h = record(h, deleteNode(h.present, 'law'));
    h = record(h, renameNode(h.present, 'd1', 'decide'));
    h = record(h, addNode(h.present, 'ending').level);
    expect(h.present.nodes.map((n) => n.id)).toEqual(['n1', 'decide', 'end-safe', 'end-harmed', 'n2']);
    h = undo(undo(undo(h)));
    expect(h.present).toBe(level);
    expect(canUndo(h)).toBe(false);
    h = redo(h);
    expect(h.present.nodes.map((n) => n.id)).not.toContain('law');
    expect(canRedo(h)).toBe(true);
    h = record(h, setField(h.present, ['minutes'], 7));
    expect(canRedo(h)).toBe(false); // a new edit after undo drops the undone future
  });

  it('makes a run of keystrokes in one field one step, and a pause or another field a new one', () => {
    let h = start(templateLevel());
    const type = (at: number, key: string, value: string) => (h = record(h, setField(h.present, ['title', 'en'], value), { key, at }));
    type(0, 'title.en', 'A');
    type(200, 'title.en', 'Ab');
    type(400, 'title.en', 'Abc');
    expect(h.past.length).toBe(1);
    type(3000, 'title.en', 'Abcd');
    expect(h.past.length).toBe(2);
    type(3100, 'title.zh', 'Abcde');
    expect(h.past.length).toBe(3);
    expect(undo(h).present.title.en).toBe('Abcd');
  });
});

describe('templates', () => {
  it('copies a shipped level under a new id, deep, without its $schema', () => {
    const original = fixture('free-skin');
    const copy = copyOfLevel(original);
    expect(copy.id).toBe('free-skin-copy');
    expect(copy.nodes).toEqual(original.nodes);
    expect(copy.nodes[0]).not.toBe(original.nodes[0]);
    expect('$schema' in copy).toBe(false);
    expect('$schema' in original).toBe(true);
  });
});

describe('play from here', () => {
  it('starts at any node with the flags and score of the shortest way there', async () => {
    const { arrivalAt, trialLevel } = await import('../../../src/studio/model/trial');
    const { createStory } = await import('../../../src/core');
    let level = templateLevel();
    level = setField(level, ['flags'], { agreed: false });
    level = setField(level, ['nodes', 1, 'choices', 1, 'set'], { agreed: true });
    expect(arrivalAt(level, 'law')).toEqual({ flags: { agreed: true }, score: -10, trail: [{ node: 'd1', choice: 'agree' }] });
    expect(arrivalAt(level, 'n1')).toEqual({ flags: { agreed: false }, score: 0, trail: [] });
    expect(arrivalAt(level, 'end-harmed')?.score).toBe(-10);
    const trial = trialLevel(level, 'law');
    const step = createStory(trial).start();
    expect(step.state).toMatchObject({ at: 'law', status: 'consequence', score: -10, flags: { agreed: true } });
    expect(arrivalAt(addNode(level, 'ending', { id: 'lost' }).level, 'lost')).toBeUndefined();
  });
});
