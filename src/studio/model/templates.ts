// Where a new level starts: blank, a small worked template, or a copy of a shipped level.
import type { Level, LocalText } from '../../core';

const lt = (zh: string, en: string): LocalText => ({ 'zh-CN': zh, en });
const empty = (): LocalText => lt('', '');

/** The least a level needs to open in the studio: one contact, one empty message, one empty ending. */
export function blankLevel(id = 'my-level'): Level {
  return {
    id,
    title: empty(),
    summary: empty(),
    case: 1,
    ageBand: '12-15',
    minutes: 10,
    objectives: [empty()],
    characters: [
      { id: 'contact', name: empty(), role: 'contact' },
      { id: 'narrator', name: lt('旁白', 'Narrator'), role: 'narrator' },
    ],
    flags: {},
    startScore: 0,
    start: 'n1',
    nodes: [{ id: 'n1', type: 'message', from: 'contact', text: empty(), next: '' }],
  } as Level;
}

/**
 * A small level that plays from start to end: a message, a decision with a safe and a risky
 * choice, the consequence of the risky one, two endings. Its texts say what to write in each.
 */
export function templateLevel(id = 'my-level'): Level {
  return {
    id,
    title: lt('（标题）一条陌生的好友请求', '(Title) A stranger\'s friend request'),
    summary: lt('（一两句话，不剧透）', '(One or two sentences, no spoilers)'),
    case: 1,
    ageBand: '12-15',
    minutes: 10,
    objectives: [lt('（学生学会……）', '(Students learn to …)')],
    characters: [
      { id: 'stranger', name: lt('陌生人', 'Stranger'), role: 'contact' },
      { id: 'narrator', name: lt('旁白', 'Narrator'), role: 'narrator' },
    ],
    flags: {},
    startScore: 0,
    start: 'n1',
    nodes: [
      { id: 'n1', type: 'message', from: 'stranger', text: lt('（对方的第一条消息）', '(The first message)'), next: 'd1' },
      {
        id: 'd1',
        type: 'choice',
        prompt: lt('你怎么回复？', 'What do you reply?'),
        choices: [
          { id: 'refuse', text: lt('（安全的回答）', '(The safe reply)'), kind: 'safe', score: 10, feedback: lt('（为什么安全）', '(Why it is safe)'), next: 'end-safe' },
          { id: 'agree', text: lt('（有风险的回答）', '(The risky reply)'), kind: 'risky', score: -10, feedback: lt('（为什么有风险）', '(Why it is risky)'), next: 'law' },
        ],
      },
      {
        id: 'law',
        type: 'consequence',
        case: 1,
        charge: lt('（罪名）', '(The charge)'),
        laws: ['criminal-287-2'],
        happened: lt('（真实案例中发生了什么）', '(What happened in the real case)'),
        prosecutors: lt('（检察机关做了什么）', '(What the prosecutors did)'),
        next: 'end-harmed',
      },
      { id: 'end-safe', type: 'ending', outcome: 'safe', title: lt('（安全结局的标题）', '(Safe ending title)'), text: lt('（发生了什么）', '(What happened)'), lessons: [lt('（一条要点）', '(A lesson)')], help: ['trusted-adult', '110'] },
      { id: 'end-harmed', type: 'ending', outcome: 'harmed', title: lt('（结局标题）', '(Ending title)'), text: lt('（发生了什么）', '(What happened)'), lessons: [lt('（一条要点）', '(A lesson)')], help: ['trusted-adult', '110'] },
    ],
  } as Level;
}

/** A shipped level to start from: a deep copy under a new id, so it never clashes with the original. */
export function copyOfLevel(level: Level, id = `${level.id}-copy`): Level {
  const copy = structuredClone(level) as Level & { $schema?: string };
  delete copy.$schema;
  return { ...copy, id };
}
