// Template placeholders: the texts a level template puts where the author's own words go. Left in
// a level, a student would read "（一条要点）" as a lesson, so the checker calls it an error. The
// studio's template writes each one as "（请写：…）" / "(Write: …)"; drafts started from the older
// template carry the texts listed below.
import type { Path } from './messages';

const MARKED = /^\s*[（(]\s*(请写|write)\s*[：:]/i;

/** The older template's texts, exactly as it wrote them. */
const OLDER_TEMPLATE = new Set([
  '（标题）一条陌生的好友请求', '(Title) A stranger\'s friend request',
  '（一两句话，不剧透）', '(One or two sentences, no spoilers)',
  '（学生学会……）', '(Students learn to …)',
  '（对方的第一条消息）', '(The first message)',
  '（安全的回答）', '(The safe reply)', '（为什么安全）', '(Why it is safe)',
  '（有风险的回答）', '(The risky reply)', '（为什么有风险）', '(Why it is risky)',
  '（罪名）', '(The charge)', '（真实案例中发生了什么）', '(What happened in the real case)',
  '（检察机关做了什么）', '(What the prosecutors did)',
  '（安全结局的标题）', '(Safe ending title)', '（结局标题）', '(Ending title)',
  '（发生了什么）', '(What happened)', '（一条要点）', '(A lesson)',
]);

export const isPlaceholder = (text: string): boolean => MARKED.test(text) || OLDER_TEMPLATE.has(text.trim());

/** Every text in the data still holding a placeholder: its path (ending in the language) and the text. */
export function placeholdersIn(data: unknown, path: Path = []): { path: Path; text: string }[] {
  if (typeof data === 'string') return isPlaceholder(data) ? [{ path, text: data }] : [];
  if (Array.isArray(data)) return data.flatMap((item, i) => placeholdersIn(item, [...path, i]));
  if (typeof data === 'object' && data !== null) return Object.entries(data).flatMap(([key, value]) => placeholdersIn(value, [...path, key]));
  return [];
}
