// The item analysis plays a test-wise student who never played: it must catch a form that can be
// gamed (the right option longest and most careful, answers in fixed places, verdicts alternating)
// and pass the shipped forms, which the "done when" asks of them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseSet, analysedItems, baselineLimit, decisionQuestions, equating, formReport, gameable, QuizForm, samePlaces, visibleLength, type AnalysedQuestion } from '../../src/core';
import { shippedLevel } from './load';

const q = (id: string, right: string, options: string[]): AnalysedQuestion => ({ id, stem: 'What do you do?', options: options.map((text, i) => ({ id: `o${i}`, text })), right: [right] });
const message = (id: string, stem: string, right: 'scam' | 'real'): AnalysedQuestion => ({ id, stem, options: [{ id: 'scam', text: '' }, { id: 'real', text: '' }], right: [right], judge: true });

// Today's (5 December) pattern: the careful, adult-naming answer is the right one and the longest.
const giveaway = [
  q('c1', 'o1', ['Pay him', 'Refuse, keep screenshots and tell a teacher', 'Ignore it', 'Meet him']),
  q('c2', 'o3', ['Send it', 'Ask a friend', 'Move apps', 'Never send it; tell a parent and the police']),
  q('c3', 'o0', ['Keep the evidence and report it to an adult', 'Delete it', 'Forward it', 'Laugh']),
  q('c4', 'o2', ['Lend it', 'Sell it', 'Refuse: lending a card is illegal; tell dad', 'Share it']),
  message('j1', 'Click this link to claim your free prize', 'scam'),
  message('j2', 'Dinner is in the fridge', 'real'),
  message('j3', 'Send me the code you received', 'scam'),
  message('j4', 'See you at the gate at 4', 'real'),
];

describe('the test-wise baseline', () => {
  it('aces a form whose wording gives the answers away, and says how', () => {
    const f = analyseSet(giveaway, 'en');
    expect(f.baseline).toBe(8);
    expect(f.chance).toBe(3);
    expect(f.longestRight).toBe(4);
    expect(f.alternates).toBe(true);
    expect(gameable(f)).toEqual(['baseline', 'longest', 'alternates']);
    const report = formReport('A', f, 'en', 'en');
    expect(report.warnings[0]).toMatch(/^form A can be gamed: a test-wise student who never played scores 8 of 8 \(100 %\), above 4\. Rewrite the items the baseline gets right \(c1, c2, c3, c4, j1, j2, j3, j4\)/);
    expect(formReport('A', f, 'en', 'zh-CN').warnings[0]).toMatch(/^A 卷能靠答题技巧拿分/);
  });

  it('scores no better than chance when cue words decide nothing (matched pairs, alike options)', () => {
    const fair = [
      q('c1', 'o2', ['Tell my mum so she can call the police', 'Screenshot it and post it in the class group', 'Keep the chat and stop replying to him', 'Ask a teacher whether to pay him']),
      message('j1', 'Your login code is 4821; never tell anyone', 'real'),
      message('j2', 'You play so well! Here is a skin for you', 'scam'),
    ];
    const f = analyseSet(fair, 'en');
    expect(f.baseline).toBeLessThanOrEqual(f.chance);
    expect(gameable(f)).toEqual([]);
  });

  it('splits credit between options it cannot tell apart, and reads length without spaces or punctuation', () => {
    expect(visibleLength('不借。')).toBe(2);
    expect(visibleLength('Do not, ok?')).toBe(7);
    const tie = analyseSet([q('c1', 'o0', ['abcd', 'efgh', 'ij'])], 'en');
    expect(tie.questions[0]!.readers.longest).toBe(0.5);
  });

  it('finds answers in fixed places, runs, and the same places across forms', () => {
    const fixed = analyseSet(['o0', 'o0', 'o0', 'o1'].map((r, i) => q(`c${i}`, r, ['aaaa', 'bbbb', 'cccc', 'dddd'])), 'en');
    expect(fixed.positions).toEqual([3, 1, 0, 0]);
    expect(fixed.positionRun).toBe(3);
    expect(gameable(fixed)).toEqual(expect.arrayContaining(['position', 'positionRun']));
    expect(samePlaces(fixed, fixed)).toBe(true);
  });

  it('reads a level\'s decisions: the best options are those with the top score', () => {
    const level = shippedLevel('bank-card');
    const questions = decisionQuestions(level, 'zh-CN');
    expect(questions.length).toBe(level.nodes.filter((n) => n.type === 'choice').length);
    for (const question of questions) expect(question.right.length).toBeGreaterThan(0);
  });
});

describe('the shipped forms', () => {
  const forms = ['form-a', 'form-b', 'booster'].map((name) => QuizForm.parse(JSON.parse(readFileSync(`levels/quiz/${name}.json`, 'utf8'))));

  it.each(['zh-CN', 'en'] as const)('cannot be gamed in %s: baseline at most half and at most chance + 15 points, no place or alternation pattern', (lang) => {
    const figures = forms.map((form) => analyseSet(analysedItems(form.items, lang), lang));
    for (const [i, f] of figures.entries()) {
      expect(f.baseline, forms[i]!.form).toBeLessThanOrEqual(baselineLimit(f));
      expect(gameable(f), forms[i]!.form).toEqual([]);
    }
    expect(samePlaces(figures[0]!, figures[1]!)).toBe(false);
    expect(samePlaces(figures[1]!, figures[2]!)).toBe(false);
  });

  it('are equated, test the four new techniques, and mostly test new situations', () => {
    expect(equating(forms).differences).toEqual([]);
    for (const form of forms) {
      const skills = form.items.map((i) => (i.kind === 'choice' ? i.skill : i.technique));
      expect(skills).toEqual(expect.arrayContaining(['invented-guilt', 'fake-authority', 'threats-to-family', 'pile-on-pressure']));
      expect(form.items.filter((i) => i.situation === 'new').length * 2).toBeGreaterThan(form.items.length);
      expect(form.items.filter((i) => i.kind === 'judge').every((i) => i.kind === 'judge' && i.pair !== undefined)).toBe(true);
    }
  });
});
