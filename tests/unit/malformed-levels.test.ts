// Malformed levels, each one small change of one valid base level (tests/fixtures/valid-small.json),
// and every line the checker prints for it, errors and warnings alike, exactly as an author sees
// them: `file:line → where: message`. A change is a function on the base's text: `edit` changes the
// parsed level and writes it back as the base is written (2-space JSON); `text` changes characters,
// for what parsed JSON cannot hold (broken syntax, a duplicate key, a byte-order mark).
//
// The expected lines are inline snapshots. When the base or a message changes on purpose, update
// them all with `npx vitest run tests/unit/malformed-levels.test.ts -u` and read the diff before
// committing: every case must still be refused, for the reason its name gives.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem, parseLevel } from '../../src/content/parse-level';
import { registry } from '../../src/content/registry';

const BASE_FILE = 'tests/fixtures/valid-small.json';
const BASE = readFileSync(BASE_FILE, 'utf8');

type Change = (base: string) => string;
type Json = any;

/** A change to the parsed level, written back as the base is written. */
const edit =
  (change: (level: Json) => void): Change =>
  (base) => {
    const level = JSON.parse(base);
    change(level);
    return `${JSON.stringify(level, null, 2)}\n`;
  };

/** A change to the characters of the file. */
const text = (change: (base: string) => string): Change => change;

/** The same change, saved with a byte-order mark (as Windows Notepad does). */
const bom =
  (change: Change): Change =>
  (base) =>
    `\uFEFF${change(base)}`;

/** `from` replaced by `to`, where `from` occurs exactly once: a base that changed fails loudly. */
function once(source: string, from: string | RegExp, to: string): string {
  const count = typeof from === 'string' ? source.split(from).length - 1 : (source.match(new RegExp(from, 'g')) ?? []).length;
  if (count !== 1) throw new Error(`${String(from)} occurs ${count} times in the base, not once`);
  return source.replace(from, to);
}

/** The node with this id: cases name nodes by id, so a reordered base still finds them. */
function node(level: Json, id: string): Json {
  const found = level.nodes.find((n: Json) => n?.id === id);
  if (!found) throw new Error(`the base has no node "${id}"`);
  return found;
}

/** The base with one change, checked as the game and `npm run levels:check` check a file: refused, and why. */
function problemsOf(change: Change, language: 'en' | 'zh-CN' = 'en'): string[] {
  const changed = change(BASE);
  expect(changed, 'the change left the base as it was').not.toBe(BASE);
  const result = parseLevel('x.json', changed, registry);
  expect(result.ok, 'the changed level was accepted').toBe(false);
  return result.problems.map((p) => formatProblem(p, language));
}

describe('the base of the malformed levels', () => {
  it(`${BASE_FILE} parses with no problem at all`, () => {
    const result = parseLevel(BASE_FILE, BASE, registry);
    expect(result.problems.map((p) => formatProblem(p))).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it("is written as edit() writes it, so the line numbers below are the base's own", () => {
    expect(edit(() => {})(BASE)).toBe(BASE);
  });
});

describe('wrong types', () => {
  it('minutes is a word', () => expect(problemsOf(edit((l) => (l.minutes = 'three')))).toMatchInlineSnapshot(`
    [
      "x.json:14 → minutes: expected number, got "three"",
    ]
  `));
  it('a score is a string', () => expect(problemsOf(edit((l) => (node(l, 'ask').choices[0].score = '20')))).toMatchInlineSnapshot(`
    [
      "x.json:71 → node ask › choice refuse › score: expected number, got "20"",
    ]
  `));
  it('a next is a number', () => expect(problemsOf(edit((l) => (node(l, 'hello').next = 5)))).toMatchInlineSnapshot(`
    [
      "x.json:54 → node hello › next: expected text, got 5",
    ]
  `));
  it('laws is a string, not a list', () => expect(problemsOf(edit((l) => (node(l, 'caught').laws = 'criminal-287-2')))).toMatchInlineSnapshot(`
    [
      "x.json:149 → node caught › laws: expected a list, got "criminal-287-2"",
    ]
  `));
  it('a text is a plain string, not one per language', () => expect(problemsOf(edit((l) => (node(l, 'hello').text = 'Lend me a bank card')))).toMatchInlineSnapshot(`
    [
      "x.json:50 → node hello › text: expected an object, got "Lend me a bank card"",
    ]
  `));
  it('the case number is a string', () => expect(problemsOf(edit((l) => (l.case = '1')))).toMatchInlineSnapshot(`
    [
      "x.json:12 → case: expected number, got "1"",
    ]
  `));
  it("a flag's starting value is a word", () => expect(problemsOf(edit((l) => (l.flags.lies = 'none')))).toMatchInlineSnapshot(`
    [
      "x.json:41 → flags › lies: expected true, false or a number, got "none"",
    ]
  `));
  it('a number flag is set to true', () => expect(problemsOf(edit((l) => (node(l, 'after').choices[1].set.lies = true)))).toMatchInlineSnapshot(`
    [
      "x.json:197 → node after › choice hide › set › lies: flag "lies" is a number, not a boolean",
    ]
  `));
  it('a condition tests a flag against a word', () => expect(problemsOf(edit((l) => (node(l, 'last').choices[0].when[0].is = 'yes')))).toMatchInlineSnapshot(`
    [
      "x.json:234 → node last › choice own-up › when[0]: "is" must be true, false or a number, got "yes"",
    ]
  `));
  it('a node is null', () => expect(problemsOf(edit((l) => (l.nodes[l.nodes.indexOf(node(l, 'harmed-end'))] = null)))).toMatchInlineSnapshot(`
    [
      "x.json:334 → nodes[12]: expected an object, got null",
    ]
  `));
});

describe('missing fields', () => {
  it('no start', () => expect(problemsOf(edit((l) => delete l.start))).toMatchInlineSnapshot(`
    [
      "x.json:1 → start: missing field "start"",
    ]
  `));
  it('a message without next', () => expect(problemsOf(edit((l) => delete node(l, 'hello').next))).toMatchInlineSnapshot(`
    [
      "x.json:46 → node hello › next: missing field "next"",
    ]
  `));
  it('a decision without prompt', () => expect(problemsOf(edit((l) => delete node(l, 'ask').prompt))).toMatchInlineSnapshot(`
    [
      "x.json:56 → node ask › prompt: missing field "prompt"",
    ]
  `));
  it('a choice without feedback', () => expect(problemsOf(edit((l) => delete node(l, 'after').choices[0].feedback))).toMatchInlineSnapshot(`
    [
      "x.json:170 → node after › choice tell › feedback: missing field "feedback"",
    ]
  `));
  it('a node without type', () => expect(problemsOf(edit((l) => delete node(l, 'thanks').type))).toMatchInlineSnapshot(`
    [
      "x.json:121 → node thanks › type: missing field "type": use "message", "choice", "consequence", "branch" or "ending"",
    ]
  `));
  it('an ending without outcome', () => expect(problemsOf(edit((l) => delete node(l, 'safe-end').outcome))).toMatchInlineSnapshot(`
    [
      "x.json:288 → node safe-end › outcome: missing field "outcome": use "safe", "recovered", "harmed"",
    ]
  `));
  it('the title without Chinese', () => expect(problemsOf(edit((l) => delete l.title['zh-CN']))).toMatchInlineSnapshot(`
    [
      "x.json:4 → title › zh-CN: Chinese ("zh-CN") text missing",
    ]
  `));
  it('a text without English', () => expect(problemsOf(edit((l) => delete node(l, 'thanks').text.en))).toMatchInlineSnapshot(`
    [
      "x.json:125 → node thanks › text › en: English ("en") text missing",
    ]
  `));
  it('a translation is blank', () => expect(problemsOf(edit((l) => (l.summary['zh-CN'] = ' ')))).toMatchInlineSnapshot(`
    [
      "x.json:9 → summary › zh-CN: Chinese ("zh-CN") text is empty",
    ]
  `));
});

describe('unknown keys and values', () => {
  it('a misspelt top-level key', () => expect(problemsOf(edit((l) => (l.titel = l.title)))).toMatchInlineSnapshot(`
    [
      "x.json:358 → (whole file): unknown key "titel": check the spelling against docs/authoring.md",
    ]
  `));
  it('an unknown key in a node', () => expect(problemsOf(edit((l) => (node(l, 'hello').speaker = 'li')))).toMatchInlineSnapshot(`
    [
      "x.json:55 → node hello: unknown key "speaker": check the spelling against docs/authoring.md",
    ]
  `));
  it('a misspelt language', () => expect(problemsOf(edit((l) => (l.title = { 'zh-cn': l.title['zh-CN'], en: l.title.en })))).toMatchInlineSnapshot(`
    [
      "x.json:4 → title › zh-CN: Chinese ("zh-CN") text missing",
      "x.json:5 → title: unknown key "zh-cn": check the spelling against docs/authoring.md",
    ]
  `));
  it('an unknown node type', () => expect(problemsOf(edit((l) => (node(l, 'thanks').type = 'mesage')))).toMatchInlineSnapshot(`
    [
      "x.json:123 → node thanks › type: unknown node type "mesage": use "message", "choice", "consequence", "branch" or "ending"",
    ]
  `));
  it('an unknown kind of choice', () => expect(problemsOf(edit((l) => (node(l, 'ask').choices[0].kind = 'good')))).toMatchInlineSnapshot(`
    [
      "x.json:70 → node ask › choice refuse › kind: "good" is not allowed: use "safe", "risky", "neutral"",
    ]
  `));
  it('an unknown age band', () => expect(problemsOf(edit((l) => (l.ageBand = '13-15')))).toMatchInlineSnapshot(`
    [
      "x.json:13 → ageBand: "13-15" is not allowed: use "10-12", "12-15", "15-17"",
    ]
  `));
  it('an unknown outcome', () => expect(problemsOf(edit((l) => (node(l, 'harmed-end').outcome = 'bad')))).toMatchInlineSnapshot(`
    [
      "x.json:337 → node harmed-end › outcome: "bad" is not allowed: use "safe", "recovered", "harmed"",
    ]
  `));
  it('an unknown role', () => expect(problemsOf(edit((l) => (l.characters[0].role = 'friend')))).toMatchInlineSnapshot(`
    [
      "x.json:28 → character li › role: "friend" is not allowed: use "contact", "narrator", "player", "system"",
    ]
  `));
  it('a node id with capitals and a space', () => expect(problemsOf(edit((l) => (node(l, 'harmed-end').id = 'Harmed End')))).toMatchInlineSnapshot(`
    [
      "x.json:335 → node Harmed End › id: "Harmed End": use lower-case letters, digits, "-" or "_" (e.g. "n3", "lend-card")",
    ]
  `));
  it('a flag name with a space', () => expect(problemsOf(edit((l) => (l.flags = { 'lent card': l.flags.lentCard, lies: l.flags.lies })))).toMatchInlineSnapshot(`
    [
      "x.json:40 → flags › lent card: "lent card": a flag name starts with a letter and uses letters, digits, "-" or "_" (e.g. "lentCard")",
    ]
  `));
  it('a score beyond the limit', () => expect(problemsOf(edit((l) => (node(l, 'ask').choices[1].score = -300)))).toMatchInlineSnapshot(`
    [
      "x.json:85 → node ask › choice lend › score: must be at least -100, got -300",
    ]
  `));
  it('a decision with one choice', () => expect(problemsOf(edit((l) => node(l, 'after').choices.splice(1)))).toMatchInlineSnapshot(`
    [
      "x.json:169 → node after › choices: a decision needs at least 2 choices",
    ]
  `));
  it('a decision with five choices', () => expect(problemsOf(edit((l) => { const [refuse] = node(l, 'ask').choices; node(l, 'ask').choices.push({ ...refuse, id: 'block' }, { ...refuse, id: 'report' }); }))).toMatchInlineSnapshot(`
    [
      "x.json:63 → node ask › choices: a decision has at most 4 choices",
    ]
  `));
});

describe('references that lead nowhere', () => {
  it("a message's next names no node", () => expect(problemsOf(edit((l) => (node(l, 'explain').next = 'asks')))).toMatchInlineSnapshot(`
    [
      "x.json:119 → node explain › next: unknown node "asks" — did you mean "ask"?",
    ]
  `));
  it("a choice's next names no node", () => expect(problemsOf(edit((l) => (node(l, 'after').choices[0].next = 'confes')))).toMatchInlineSnapshot(`
    [
      "x.json:182 → node after › choice tell › next: unknown node "confes" — did you mean "confess"?",
    ]
  `));
  it("a branch's next names no node", () => expect(problemsOf(edit((l) => (node(l, 'check').branches[0].next = 'harmed')))).toMatchInlineSnapshot(`
    [
      "x.json:274 → node check › branches[0] › next: unknown node "harmed"",
      "x.json:334 → node harmed-end: node "harmed-end" is unreachable: no "next" leads to it from "hello"",
    ]
  `));
  it("a branch's otherwise names no node", () => expect(problemsOf(edit((l) => (node(l, 'check').otherwise = 'safe')))).toMatchInlineSnapshot(`
    [
      "x.json:286 → node check › otherwise: unknown node "safe"",
      "x.json:288 → node safe-end: node "safe-end" is unreachable: no "next" leads to it from "hello"",
    ]
  `));
  it('start names no node', () => expect(problemsOf(edit((l) => (l.start = 'begin')))).toMatchInlineSnapshot(`
    [
      "x.json:44 → start: unknown node "begin"",
    ]
  `));
  it('an unknown character', () => expect(problemsOf(edit((l) => (node(l, 'hello').from = 'wang')))).toMatchInlineSnapshot(`
    [
      "x.json:49 → node hello › from: unknown character "wang"",
    ]
  `));
  it('an unknown law beside a known one', () => expect(problemsOf(edit((l) => node(l, 'caught').laws.push('criminal-288')))).toMatchInlineSnapshot(`
    [
      "x.json:151 → node caught › laws[1]: unknown law "criminal-288": add it to this level's "registry" or see levels/registry/legal.json — did you mean "criminal-236"?",
    ]
  `));
  it('an unknown law alone', () => expect(problemsOf(edit((l) => (node(l, 'caught').laws[0] = 'anti-fraud-99')))).toMatchInlineSnapshot(`
    [
      "x.json:150 → node caught › laws[0]: unknown law "anti-fraud-99": add it to this level's "registry" or see levels/registry/legal.json — did you mean "anti-fraud-31"?",
    ]
  `));
  it("the level's case is unknown", () => expect(problemsOf(edit((l) => (l.case = 7)))).toMatchInlineSnapshot(`
    [
      "x.json:12 → case: unknown case 7; the registry has 1, 2, 3, 4, 5, 6, 201, 202, 203, 204, 205, 206, 207, 208, 209",
    ]
  `));
  it("a consequence's case is unknown", () => expect(problemsOf(edit((l) => (node(l, 'caught').case = 99)))).toMatchInlineSnapshot(`
    [
      "x.json:144 → node caught › case: unknown case 99; the registry has 1, 2, 3, 4, 5, 6, 201, 202, 203, 204, 205, 206, 207, 208, 209",
    ]
  `));
  it('an unknown help channel', () => expect(problemsOf(edit((l) => (node(l, 'safe-end').help[1] = 'teacher')))).toMatchInlineSnapshot(`
    [
      "x.json:308 → node safe-end › help[1]: unknown help channel "teacher": add it to this level's "registry" or see levels/registry/legal.json",
    ]
  `));
});

describe('ids used twice', () => {
  it('two nodes with one id', () => expect(problemsOf(edit((l) => (node(l, 'confess').id = 'reply')))).toMatchInlineSnapshot(`
    [
      "x.json:204 → node reply › id: duplicate node id "reply"",
      "x.json:182 → node after › choice tell › next: unknown node "confess"",
      "x.json:199 → node after › choice hide › next: unknown node "confess"",
    ]
  `));
  it('two choices with one id', () => expect(problemsOf(edit((l) => (node(l, 'after').choices[1].id = 'tell')))).toMatchInlineSnapshot(`
    [
      "x.json:185 → node after › choice tell › id: duplicate choice id "tell"",
    ]
  `));
  it('two characters with one id', () => expect(problemsOf(edit((l) => (l.characters[1].id = 'li')))).toMatchInlineSnapshot(`
    [
      "x.json:31 → character li › id: duplicate character id "li"",
      "x.json:134 → node reply › from: unknown character "me"",
      "x.json:206 → node confess › from: unknown character "me"",
    ]
  `));
});

describe("the story's shape", () => {
  it('a node nothing leads to', () => expect(problemsOf(edit((l) => l.nodes.push({ id: 'orphan', type: 'message', from: 'li', text: { 'zh-CN': '还在吗？', en: 'Still there?' }, next: 'last' })))).toMatchInlineSnapshot(`
    [
      "x.json:357 → node orphan: node "orphan" is unreachable: no "next" leads to it from "hello"",
    ]
  `));
  it('a decision with no choice for some flags', () => expect(problemsOf(edit((l) => (node(l, 'last').choices[1].when[0].is = true)))).toMatchInlineSnapshot(`
    [
      "x.json:213 → node last: dead end: at "last" a play can arrive with flags for which no choice is offered",
      "x.json:288 → node safe-end: warning: node "safe-end" is never shown: no combination of flags leads to it",
      "x.json:1 → (whole file): no play can earn 3 stars (plays reach 1, 2): give the level a path with no risky choice that ends "safe"",
    ]
  `));
  it('a loop of messages', () => expect(problemsOf(edit((l) => (node(l, 'reply').next = 'thanks')))).toMatchInlineSnapshot(`
    [
      "x.json:121 → node thanks: endless loop: from "thanks" the story comes back to "thanks" without a decision or an ending",
      "x.json:121 → node thanks: warning: node "thanks" is never shown: no combination of flags leads to it",
      "x.json:131 → node reply: warning: node "reply" is never shown: no combination of flags leads to it",
      "x.json:288 → node safe-end: warning: node "safe-end" is never shown: no combination of flags leads to it",
    ]
  `));
  it('a loop of choices', () => expect(problemsOf(edit((l) => (node(l, 'confess').next = 'after')))).toMatchInlineSnapshot(`
    [
      "x.json:141 → node caught: endless loop: from "caught" some plays can never reach an ending",
      "x.json:162 → node after: endless loop: from "after" some plays can never reach an ending",
      "x.json:45 → nodes: warning: a loop of choices changes the score each time round, so the score has no limit",
      "x.json:311 → node recovered-end: warning: node "recovered-end" is never shown: no combination of flags leads to it",
      "x.json:334 → node harmed-end: warning: node "harmed-end" is never shown: no combination of flags leads to it",
    ]
  `));
  it('no ending', () =>
    expect(
      problemsOf(
        edit((l) => {
          l.nodes = l.nodes.filter((n: Json) => n.type !== 'ending');
          node(l, 'check').branches = [{ when: [{ flag: 'lies', atLeast: 1 }], next: 'ask' }];
          node(l, 'check').otherwise = 'ask';
        }),
      ),
    ).toMatchInlineSnapshot(`
      [
        "x.json:45 → nodes: the level has no ending",
      ]
    `));
});

describe('flags', () => {
  it('a flag tested but never set', () => expect(problemsOf(edit((l) => delete node(l, 'after').choices[1].set))).toMatchInlineSnapshot(`
    [
      "x.json:267 → node check › branches[0] › when[0] › flag: flag "lies" is tested here but never set by any "set", so it is always 0",
    ]
  `));
  it('a condition on an undeclared flag', () => expect(problemsOf(edit((l) => (node(l, 'last').choices[0].when[0].flag = 'lentcard')))).toMatchInlineSnapshot(`
    [
      "x.json:235 → node last › choice own-up › when[0] › flag: flag "lentcard" is not declared in "flags" — did you mean "lentCard"?",
    ]
  `));
  it('a set of an undeclared flag', () => expect(problemsOf(edit((l) => (node(l, 'after').choices[1].set = { lie: 1 })))).toMatchInlineSnapshot(`
    [
      "x.json:197 → node after › choice hide › set › lie: flag "lie" is not declared in "flags" — did you mean "lies"?",
      "x.json:270 → node check › branches[0] › when[0] › flag: flag "lies" is tested here but never set by any "set", so it is always 0",
    ]
  `));
  it('"atLeast" on a true-or-false flag', () => expect(problemsOf(edit((l) => (node(l, 'check').branches[1].when[0] = { flag: 'lentCard', atLeast: 1 })))).toMatchInlineSnapshot(`
    [
      "x.json:280 → node check › branches[1] › when[0] › atLeast: "atLeast" needs a number flag; "lentCard" is a boolean",
    ]
  `));
});

describe('not JSON, or not a level', () => {
  it('a missing comma', () => expect(problemsOf(text((s) => once(s, '"minutes": 3,', '"minutes": 3')))).toMatchInlineSnapshot(`
    [
      "x.json:14 → (whole file): not valid JSON: a comma is missing at the end of this line",
    ]
  `));
  it('a trailing comma', () => expect(problemsOf(text((s) => once(s, /\}\n {2}\]\n\}\n$/, '},\n  ]\n}\n')))).toMatchInlineSnapshot(`
    [
      "x.json:356 → (whole file): not valid JSON: a comma before "]" is not allowed in JSON: remove it",
    ]
  `));
  it('the closing brace missing', () => expect(problemsOf(text((s) => once(s, /\}\n$/, '')))).toMatchInlineSnapshot(`
    [
      "x.json:357 → (whole file): not valid JSON: a closing "}" is missing: the file may end too early",
    ]
  `));
  it('a comment', () => expect(problemsOf(text((s) => once(s, '"minutes": 3,', '"minutes": 3, // a short level')))).toMatchInlineSnapshot(`
    [
      "x.json:14 → (whole file): not valid JSON: comments are not allowed in JSON: remove the // or /* */ line",
    ]
  `));
  it('a key written twice', () => expect(problemsOf(text((s) => once(s, '"next": "reply"', '"next": "last",\n      "next": "reply"')))).toMatchInlineSnapshot(`
    [
      "x.json:129 → node thanks › next: duplicate key "next": JSON keeps only the last one, so remove one of them",
    ]
  `));
  it('an empty file', () => expect(problemsOf(text(() => ''))).toMatchInlineSnapshot(`
    [
      "x.json → (whole file): the file is empty: start from the minimal level in docs/authoring.md",
    ]
  `));
  it('a list of levels', () => expect(problemsOf(text((s) => `[\n${s}]\n`))).toMatchInlineSnapshot(`
    [
      "x.json → (whole file): the file must be a JSON object { … }, not a list",
    ]
  `));
  it('a number', () => expect(problemsOf(text(() => '42\n'))).toMatchInlineSnapshot(`
    [
      "x.json → (whole file): the file must be a JSON object { … }, not a number",
    ]
  `));
  it('null', () => expect(problemsOf(text(() => 'null\n'))).toMatchInlineSnapshot(`
    [
      "x.json → (whole file): the file must be a JSON object { … }, not null",
    ]
  `));
  it('a BOM, then a wrong type', () => expect(problemsOf(bom(edit((l) => (l.startScore = 'zero'))))).toMatchInlineSnapshot(`
    [
      "x.json:43 → startScore: expected number, got "zero"",
    ]
  `));
  it('a BOM, then a missing comma', () => expect(problemsOf(bom(text((s) => once(s, '"ageBand": "12-15",', '"ageBand": "12-15"'))))).toMatchInlineSnapshot(`
    [
      "x.json:13 → (whole file): not valid JSON: a comma is missing at the end of this line",
    ]
  `));
});

describe('format 2', () => {
  const v2 = (change: (level: Json) => void) =>
    edit((l) => {
      l.formatVersion = 2;
      change(l);
    });
  const both = (zh: string, en: string) => ({ 'zh-CN': zh, en });
  it('a sign whose phrase is not in the message', () =>
    expect(problemsOf(v2((l) => (node(l, 'hello').signs = [{ technique: 'easy-money', phrase: both('给你500元', 'pay you RMB 900') }])))).toMatchInlineSnapshot(`
      [
        "x.json:60 → node hello › signs[0] › phrase › en: the sign's English ("en") phrase "pay you RMB 900" is not in the message's English ("en") text: copy it exactly",
      ]
    `));
  it('a sign with an unknown technique', () =>
    expect(problemsOf(v2((l) => (node(l, 'hello').signs = [{ technique: 'easy-mony', phrase: both('给你500元', 'pay you RMB 500') }])))).toMatchInlineSnapshot(`
      [
        "x.json:57 → node hello › signs[0] › technique: unknown technique "easy-mony": see levels/registry/techniques.json — did you mean "easy-money"?",
      ]
    `));
  it('a message in an unknown conversation', () =>
    expect(
      problemsOf(
        v2((l) => {
          l.conversations = [{ id: 'dm', title: both('李哥', 'Li'), app: 'dm', members: ['li', 'me'] }];
          node(l, 'explain').conversation = 'dn';
        }),
      ),
    ).toMatchInlineSnapshot(`
      [
        "x.json:120 → node explain › conversation: unknown conversation "dn" — did you mean "dm"?",
      ]
    `));
  it("a level's own law with an id the shared registry has", () =>
    expect(
      problemsOf(
        v2((l) => (l.registry = { laws: [{ id: 'criminal-287-2', law: both('法', 'Law'), article: both('第1条', 'Art. 1'), name: both('规定', 'Rule'), summary: both('一条规定', 'A rule') }] })),
      ),
    ).toMatchInlineSnapshot(`
      [
        "x.json:362 → registry › law criminal-287-2 › id: the law "criminal-287-2" is already in the shared registry (levels/registry/legal.json): give yours another id, or cite the shared one and remove yours",
      ]
    `));
});

describe('in Chinese, as the game shows a teacher who imports a level', () => {
  it('a score is a string', () => expect(problemsOf(edit((l) => (node(l, 'ask').choices[0].score = '20')), 'zh-CN')).toMatchInlineSnapshot(`
    [
      "x.json:71 → 节点 ask › 选项 refuse › score：应该是数字，现在是 "20"",
    ]
  `));
  it("a choice's next names no node", () => expect(problemsOf(edit((l) => (node(l, 'after').choices[0].next = 'confes')), 'zh-CN')).toMatchInlineSnapshot(`
    [
      "x.json:182 → 节点 after › 选项 tell › next：未知的节点 "confes"——是不是 "confess"？",
    ]
  `));
  it('a loop of choices', () => expect(problemsOf(edit((l) => (node(l, 'confess').next = 'after')), 'zh-CN')).toMatchInlineSnapshot(`
    [
      "x.json:141 → 节点 caught：死循环：从 "caught" 出发，有些玩法永远到不了结局",
      "x.json:162 → 节点 after：死循环：从 "after" 出发，有些玩法永远到不了结局",
      "x.json:45 → nodes：提醒：有一个选项循环每转一圈都会改变分数，所以分数没有上下限",
      "x.json:311 → 节点 recovered-end：提醒：节点 "recovered-end" 永远不会出现：没有任何标记组合能到达它",
      "x.json:334 → 节点 harmed-end：提醒：节点 "harmed-end" 永远不会出现：没有任何标记组合能到达它",
    ]
  `));
  it('a missing comma', () => expect(problemsOf(text((s) => once(s, '"minutes": 3,', '"minutes": 3')), 'zh-CN')).toMatchInlineSnapshot(`
    [
      "x.json:14 → （整个文件）：不是有效的 JSON：这一行末尾缺少逗号",
    ]
  `));
});
