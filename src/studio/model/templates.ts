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
 * choice, the consequence of the risky one, two endings. Its texts say what to write in each, as "（请写：…）" / "(Write: …)",
 * which the checker calls an error until they are replaced (src/core/placeholders.ts).
 */
export function templateLevel(id = 'my-level'): Level {
  return {
    id,
    title: lt('（请写：标题，例如“一条陌生的好友请求”）', '(Write: the title, e.g. “A stranger\'s friend request”)'),
    summary: lt('（请写：一两句话的简介，不剧透）', '(Write: a summary in one or two sentences, no spoilers)'),
    case: 1,
    ageBand: '12-15',
    minutes: 10,
    objectives: [lt('（请写：学生学会……）', '(Write: students learn to …)')],
    characters: [
      { id: 'stranger', name: lt('陌生人', 'Stranger'), role: 'contact' },
      { id: 'narrator', name: lt('旁白', 'Narrator'), role: 'narrator' },
    ],
    flags: {},
    startScore: 0,
    start: 'n1',
    nodes: [
      { id: 'n1', type: 'message', from: 'stranger', text: lt('（请写：对方的第一条消息）', '(Write: the first message)'), next: 'd1' },
      {
        id: 'd1',
        type: 'choice',
        prompt: lt('你怎么回复？', 'What do you reply?'),
        choices: [
          { id: 'refuse', text: lt('（请写：安全的回答）', '(Write: the safe reply)'), kind: 'safe', score: 10, feedback: lt('（请写：为什么安全）', '(Write: why it is safe)'), next: 'end-safe' },
          { id: 'agree', text: lt('（请写：有风险的回答）', '(Write: the risky reply)'), kind: 'risky', score: -10, feedback: lt('（请写：为什么有风险）', '(Write: why it is risky)'), next: 'law' },
        ],
      },
      {
        id: 'law',
        type: 'consequence',
        case: 1,
        charge: lt('（请写：罪名）', '(Write: the charge)'),
        laws: ['criminal-287-2'],
        happened: lt('（请写：真实案例中发生了什么）', '(Write: what happened in the real case)'),
        prosecutors: lt('（请写：检察机关做了什么）', '(Write: what the prosecutors did)'),
        next: 'end-harmed',
      },
      { id: 'end-safe', type: 'ending', outcome: 'safe', title: lt('（请写：安全结局的标题）', '(Write: the safe ending\'s title)'), text: lt('（请写：发生了什么）', '(Write: what happened)'), lessons: [lt('（请写：一条要点）', '(Write: a lesson)')], help: ['trusted-adult', '110'] },
      { id: 'end-harmed', type: 'ending', outcome: 'harmed', title: lt('（请写：结局的标题）', '(Write: the ending\'s title)'), text: lt('（请写：发生了什么）', '(Write: what happened)'), lessons: [lt('（请写：一条要点）', '(Write: a lesson)')], help: ['trusted-adult', '110'] },
    ],
  } as Level;
}

/** A shipped level to start from: a deep copy under a new id, so it never clashes with the original. */
export function copyOfLevel(level: Level, id = `${level.id}-copy`): Level {
  const copy = structuredClone(level) as Level & { $schema?: string };
  delete copy.$schema;
  return { ...copy, id };
}
