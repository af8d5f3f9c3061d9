// The learning check of format 2: parallel forms with "choice" and "judge" items, confidence on
// each answer; score, gain, discernment and confident mistakes; a booster due a week after form B.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { boosterStatus, compareForms, equating, formFacts, gainOf, QuizForm, scoreForm, sittingOrder, type FormAnswers } from '../../src/core';
import { formatProblem } from '../../src/content/parse-data';
import { parseQuizForm } from '../../src/content/parse-quiz';
import { techniques } from '../../src/content/registry';

const t = (s: string) => ({ 'zh-CN': s, en: s });
const choice = (id: string, answer = 'a') => ({
  id, kind: 'choice', question: t('Q'), options: [{ id: 'a', text: t('A') }, { id: 'b', text: t('B') }, { id: 'c', text: t('C') }], answer, explain: t('because'),
});
const judge = (id: string, answer: 'scam' | 'real') => ({ id, kind: 'judge', from: t('Kai'), message: t('Lend me your card'), answer, explain: t('because'), ...(answer === 'scam' ? { technique: 'easy-money' } : {}) });

const form = (name: 'A' | 'B' | 'booster') => QuizForm.parse({ form: name, items: [choice('c1'), choice('c2', 'b'), judge('j1', 'scam'), judge('j2', 'scam'), judge('j3', 'real'), judge('j4', 'real')] });

describe('scoring a form', () => {
  it('counts right answers, scams flagged, real messages flagged and confident mistakes', () => {
    const answers: FormAnswers = {
      c1: { answer: 'a', confidence: 'sure' },
      c2: { answer: 'a', confidence: 'sure' }, // wrong and sure
      j1: { answer: 'scam', confidence: 'unsure' },
      j2: { answer: 'real', confidence: 'unsure' }, // wrong, not sure
      j3: { answer: 'scam', confidence: 'sure' }, // a false alarm, sure
    };
    expect(scoreForm(form('A'), answers)).toEqual({
      form: 'A', correct: 2, total: 6, scamsFlagged: 1, realFlagged: 1, scams: 2, real: 2, discernment: 0, confidentMistakes: ['c2', 'j3'], unanswered: 1, missed: ['c2', 'j2', 'j3', 'j4'],
    });
  });

  it('gives the gain from A to B in counts: more right, more risky messages caught, false alarms, confident mistakes', () => {
    const a = scoreForm(form('A'), { c1: { answer: 'b', confidence: 'sure' }, j3: { answer: 'scam', confidence: 'sure' } });
    const all: FormAnswers = Object.fromEntries(form('B').items.map((i) => [i.id, { answer: i.answer, confidence: 'sure' as const }]));
    const b = scoreForm(form('B'), all);
    expect(gainOf(a, b)).toEqual({ moreRight: 6, moreCaught: 2, falseAlarms: -1, discernment: 3, confidentMistakes: -2 });
  });
});

describe('parallel forms', () => {
  it('name the skills only one form tests, and items the other repeats word for word', () => {
    const a = QuizForm.parse({ form: 'A', items: [{ ...choice('c1'), skill: 'fake-identity' }, judge('j1', 'scam')] });
    const b = QuizForm.parse({ form: 'B', items: [{ ...choice('c9'), question: t('Another?'), skill: 'urgency-pressure' }, { ...judge('j9', 'scam'), message: t('Lend me your card') }] });
    expect(compareForms(a, b)).toEqual({ onlyInA: ['fake-identity'], onlyInB: ['urgency-pressure'], repeated: ['j9'] });
  });
});

describe('a sitting', () => {
  const many = QuizForm.parse({ form: 'A', items: [choice('c1'), choice('c2', 'b'), choice('c3', 'c'), judge('j1', 'scam'), judge('j2', 'real'), judge('j3', 'scam'), judge('j4', 'real')] });
  const orderOf = (f: QuizForm) => f.items.map((i) => (i.kind === 'choice' ? `${i.id}:${i.options.map((o) => o.id).join('')}` : i.id)).join(' ');

  it('shows the same items and options in an order fixed by the seed', () => {
    const one = sittingOrder(many, 'seed-1');
    expect(orderOf(sittingOrder(many, 'seed-1'))).toBe(orderOf(one));
    expect(one.items.map((i) => i.id).sort()).toEqual(many.items.map((i) => i.id).sort());
    for (const item of one.items) {
      const original = many.items.find((i) => i.id === item.id)!;
      if (item.kind === 'choice' && original.kind === 'choice') {
        expect(item.options.map((o) => o.id).sort()).toEqual(original.options.map((o) => o.id).sort());
        expect(item.answer).toBe(original.answer);
      } else expect(item).toEqual(original);
    }
  });

  it('moves the items and the right options from sitting to sitting', () => {
    const orders = new Set(Array.from({ length: 20 }, (_, n) => orderOf(sittingOrder(many, n))));
    expect(orders.size).toBeGreaterThan(15);
    const places = new Set(Array.from({ length: 40 }, (_, n) => {
      const c2 = sittingOrder(many, n).items.find((i) => i.id === 'c2');
      return c2?.kind === 'choice' ? c2.options.findIndex((o) => o.id === 'b') : -1;
    }));
    expect([...places].sort()).toEqual([0, 1, 2]);
  });
});

describe('matched pairs and equated forms', () => {
  const paired = (id: string, answer: 'scam' | 'real', pair: string) => ({ ...judge(id, answer), pair, situation: 'new' });

  it('a pair is one risky and one harmless message naming each other', () => {
    expect(QuizForm.safeParse({ form: 'A', items: [paired('j1', 'scam', 'j2'), paired('j2', 'real', 'j1')] }).success).toBe(true);
    const wrong = QuizForm.safeParse({ form: 'A', items: [paired('j1', 'scam', 'j2'), paired('j2', 'scam', 'j1'), paired('j3', 'real', 'j9')] });
    expect(wrong.success).toBe(false);
    expect(wrong.error?.issues.map((i) => i.path.join('.'))).toEqual(['items.0.pair', 'items.1.pair', 'items.2.pair']);
  });

  it('counts transfer items, pairs and unpaired messages', () => {
    const f = QuizForm.parse({ form: 'A', items: [paired('j1', 'scam', 'j2'), paired('j2', 'real', 'j1'), judge('j3', 'real'), choice('c1')] });
    expect(formFacts(f)).toEqual({ n: 4, fresh: 2, pairs: 1, unpaired: ['j3'] });
  });

  it('forms are equated when they test the same techniques the same way with like difficulty', () => {
    const a = QuizForm.parse({ form: 'A', items: [{ ...choice('c1'), skill: 'easy-money', difficulty: 'easy' }, judge('j1', 'scam')] });
    const b = QuizForm.parse({ form: 'B', items: [{ ...choice('c9'), skill: 'easy-money', difficulty: 'easy' }, judge('j9', 'scam')] });
    expect(equating([a, b])).toEqual({ equated: true, differences: [], expected: { A: 1.4, B: 1.4 } });
    const harder = QuizForm.parse({ form: 'B', items: [{ ...choice('c9'), skill: 'fake-identity', difficulty: 'hard' }, { ...judge('j9', 'scam'), difficulty: 'hard' }] });
    const eq = equating([a, harder]);
    expect(eq.equated).toBe(false);
    expect(eq.differences).toEqual(['A/B: −choice easy-money ×3, +choice fake-identity ×3', 'expected A 1.4, B 0.8']);
  });
});

describe('the booster', () => {
  const formB = '2026-11-02T09:00:00+08:00';
  it('is due 7 days after form B, by the clock it is given', () => {
    expect(boosterStatus({}, Date.parse('2027-01-01T00:00:00Z'))).toEqual({ due: false });
    expect(boosterStatus({ formB }, new Date('2026-11-08T23:59:00+08:00')).due).toBe(false);
    expect(boosterStatus({ formB }, new Date('2026-11-09T09:00:00+08:00'))).toEqual({ due: true, dueAt: '2026-11-09T01:00:00.000Z' });
  });

  it('is no longer due once taken after form B', () => {
    expect(boosterStatus({ formB, booster: '2026-11-10T09:00:00+08:00' }, new Date('2026-12-01')).due).toBe(false);
    expect(boosterStatus({ formB, booster: '2026-10-01T09:00:00+08:00' }, new Date('2026-12-01')).due).toBe(true);
  });
});

describe('parsing a form file', () => {
  const file = 'levels/quiz/form-x.json';
  const textOf = (value: unknown) => JSON.stringify(value, null, 2);

  it('names the file, the line and the item by its id', () => {
    const bad = { form: 'A', items: [choice('c1'), { ...choice('c2'), answer: 'd' }, { ...judge('j1', 'real'), technique: 'easy-money' }] };
    const parsed = parseQuizForm(file, textOf(bad));
    expect(parsed.ok).toBe(false);
    const lines = parsed.problems.map((p) => formatProblem(p, 'en'));
    expect(lines).toEqual([
      expect.stringMatching(/^levels\/quiz\/form-x\.json:\d+ → item c2 › answer: no option has the id "d"$/),
      expect.stringMatching(/^levels\/quiz\/form-x\.json:\d+ → item j1 › technique: a real message has no technique/),
    ]);
    expect(parsed.problems.map((p) => formatProblem(p, 'zh-CN'))[0]).toMatch(/→ 题目 c2 › answer：没有编号为 "d" 的选项$/);
  });

  it('needs 12 items in a shipped form, and known techniques', () => {
    const small = { form: 'B', items: [{ ...choice('c1'), skill: 'fake-identiy' }] };
    const parsed = parseQuizForm(file, textOf(small), { shipped: true, techniques });
    expect(parsed.problems.map((p) => formatProblem(p))).toEqual([
      expect.stringMatching(/→ items: a form needs at least 12 items, has 1$/),
      expect.stringMatching(/→ item c1 › skill: unknown technique "fake-identiy".* did you mean "fake-identity"\?$/),
    ]);
  });

  it('reads every shipped form', () => {
    const forms = readdirSync('levels/quiz').filter((f) => /^(form-[ab]|booster)\.json$/.test(f));
    for (const name of forms) {
      const parsed = parseQuizForm(`levels/quiz/${name}`, readFileSync(`levels/quiz/${name}`, 'utf8'), { shipped: true, techniques });
      expect(parsed.problems.map((p) => formatProblem(p)), name).toEqual([]);
    }
  });
});
