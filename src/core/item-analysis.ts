// Item analysis: can a question be answered from its wording alone? Written over "a question with
// options and a right answer" so the learning check's items and the levels' decisions are judged
// by the same code. A check measures learning only if a test-wise student who never played cannot
// pass it; this module plays that student (the "test-wise baseline") and reports the patterns a
// student could use instead of knowledge: the right option being the longest, sitting in the same
// place, answers running or alternating. Pure: it reads text, nothing else.
import type { Level } from './schema';

export interface AnalysedOption {
  readonly id: string;
  readonly text: string;
}

export interface AnalysedQuestion {
  readonly id: string;
  /** The question, or for a message to judge the message itself (the reader looks for cue words in it). */
  readonly stem: string;
  readonly options: readonly AnalysedOption[];
  /** The right option(s): a decision may have several equally good ones. */
  readonly right: readonly string[];
  /** A message to call risky ("scam") or harmless ("real"): the reader decides on cue words in the stem. */
  readonly judge?: boolean;
}

export type Lang = 'zh-CN' | 'en';

/**
 * Words a test-wise student takes for "the careful answer": adults, the police, the law, refusing,
 * keeping evidence. An option full of them looks right without any knowledge.
 */
export const CAUTIOUS_WORDS: Readonly<Record<Lang, readonly string[]>> = {
  'zh-CN': ['告诉', '老师', '班主任', '家长', '爸', '妈', '大人', '报警', '110', '961', '1235', '警察', '法律', '违法', '犯罪', '截图', '保存', '举报', '拒绝', '不给', '不发', '不借', '不转', '不去', '核实', '求助', '安全', '保护', '责任'],
  en: ['tell', 'teacher', 'parent', 'mum', 'dad', 'adult', 'police', '110', '961', '1235', 'law', 'illegal', 'crime', 'screenshot', 'evidence', 'report', 'refuse', "don't", 'never', 'check', 'verify', 'help', 'safe', 'protect'],
};

/** Words a test-wise student takes for "this message is a scam". */
export const SCAM_CUES: Readonly<Record<Lang, readonly string[]>> = {
  'zh-CN': ['验证码', '密码', '链接', '点击', '点开', '登录', '转账', '转钱', '汇款', '红包', '免费', '中奖', '奖金', '赚', '兼职', '日结', '马上', '立即', '立刻', '限时', '截止', '名额', '冻结', '封号', '违规', '客服', '官方', '警察', '派出所', '身份证', '银行卡', '账号', '保密', '别告诉', '秘密', '扫码', '押金', '费'],
  en: ['code', 'password', 'link', 'click', 'log in', 'login', 'transfer', 'send money', 'red packet', 'free', 'won', 'prize', 'earn', 'part-time', 'paid daily', 'right now', 'immediately', 'urgent', 'limited', 'deadline', 'places left', 'frozen', 'banned', 'violation', 'customer service', 'official', 'police', 'id number', 'bank card', 'account', 'secret', "don't tell", 'scan', 'deposit', 'fee'],
};

const count = (text: string, words: readonly string[]): number => {
  const lower = text.toLowerCase();
  return words.reduce((n, w) => n + (lower.includes(w.toLowerCase()) ? 1 : 0), 0);
};

/** Length as a reader sees it: characters without spaces and punctuation. */
export const visibleLength = (text: string): number => text.replace(/[\s\p{P}\p{S}]/gu, '').length;

/** The options picked by a rule, with credit split evenly between ties (a guess among them). */
function creditOf(question: AnalysedQuestion, score: (o: AnalysedOption) => number): number {
  const scores = question.options.map(score);
  const best = Math.max(...scores);
  const picked = question.options.filter((_, i) => scores[i] === best);
  return picked.filter((o) => question.right.includes(o.id)).length / picked.length;
}

/** The test-wise reader's ways of choosing an option; the baseline is the best of them over a form. */
const CHOICE_READERS = {
  longest: (q: AnalysedQuestion) => creditOf(q, (o) => visibleLength(o.text)),
  /** A form written against the length cue can overshoot: then the shortest is the tell. */
  shortest: (q: AnalysedQuestion) => creditOf(q, (o) => -visibleLength(o.text)),
  /** Most careful words, then the longest among those. */
  cautious: (q: AnalysedQuestion, lang: Lang) => creditOf(q, (o) => count(o.text, CAUTIOUS_WORDS[lang]) * 1000 + visibleLength(o.text)),
} as const;

/** "Scam" once the message holds this many cue words. */
const JUDGE_READERS = { oneCue: 1, twoCues: 2 } as const;

const judgeCredit = (q: AnalysedQuestion, lang: Lang, cues: number): number => {
  const call = count(q.stem, SCAM_CUES[lang]) >= cues ? 'scam' : 'real';
  return q.right.includes(call) ? 1 : 0;
};

/** What one question gives away. */
export interface QuestionFigures {
  readonly id: string;
  readonly judge: boolean;
  /** A right option is the longest one (ties count). */
  readonly rightIsLongest: boolean;
  /** 1-based places of the right options in the order given. */
  readonly positions: readonly number[];
  /** Credit (0–1) a blind guess earns. */
  readonly chance: number;
  /** Credit (0–1) of each reader. */
  readonly readers: Readonly<Record<string, number>>;
}

export function questionFigures(q: AnalysedQuestion, lang: Lang): QuestionFigures {
  const lengths = q.options.map((o) => visibleLength(o.text));
  const longest = Math.max(...lengths);
  const readers: Record<string, number> = {};
  if (q.judge) for (const [name, cues] of Object.entries(JUDGE_READERS)) readers[name] = judgeCredit(q, lang, cues);
  else for (const [name, read] of Object.entries(CHOICE_READERS)) readers[name] = read(q, lang);
  return {
    id: q.id,
    judge: q.judge === true,
    rightIsLongest: !q.judge && q.options.some((o, i) => q.right.includes(o.id) && lengths[i] === longest),
    positions: q.options.flatMap((o, i) => (q.right.includes(o.id) ? [i + 1] : [])),
    chance: q.options.length === 0 ? 0 : Math.min(1, q.right.length / q.options.length),
    readers,
  };
}

/** The figures of a set of questions (a form, or a level's decisions), in the order given. */
export interface SetFigures {
  readonly questions: readonly QuestionFigures[];
  readonly choices: number;
  readonly judged: number;
  /** Choice questions whose right option is the longest. */
  readonly longestRight: number;
  /** How often the (first) right option sits at place 1, 2, 3, 4 among choice questions. */
  readonly positions: readonly number[];
  /** The longest run of choice questions with the right answer in the same place. */
  readonly positionRun: number;
  /** The longest run of the same verdict among messages to judge, and whether they alternate throughout. */
  readonly verdictRun: number;
  readonly alternates: boolean;
  /** Expected score of a blind guess, and of the test-wise baseline (best reader for choices plus best for messages). */
  readonly chance: number;
  readonly baseline: number;
  readonly baselineReaders: { readonly choice?: string; readonly judge?: string };
}

const longestRun = <T>(values: readonly T[]): number => {
  let best = 0;
  let run = 0;
  values.forEach((v, i) => {
    run = i > 0 && values[i - 1] === v ? run + 1 : 1;
    best = Math.max(best, run);
  });
  return best;
};

/** Best reader over the given questions, and its total credit. */
function bestReader(figures: readonly QuestionFigures[]): { name?: string; score: number } {
  if (figures.length === 0) return { score: 0 };
  let best: { name?: string; score: number } = { score: -1 };
  for (const name of Object.keys(figures[0]!.readers)) {
    const score = figures.reduce((sum, f) => sum + (f.readers[name] ?? 0), 0);
    if (score > best.score) best = { name, score };
  }
  return best;
}

export function analyseSet(questions: readonly AnalysedQuestion[], lang: Lang): SetFigures {
  const figures = questions.map((q) => questionFigures(q, lang));
  const choices = figures.filter((f) => !f.judge);
  const judged = figures.filter((f) => f.judge);
  const places = choices.map((f) => f.positions[0] ?? 0);
  const positions = [1, 2, 3, 4].map((p) => places.filter((x) => x === p).length);
  const verdicts = questions.filter((q) => q.judge).map((q) => q.right[0] ?? '');
  const choiceBest = bestReader(choices);
  const judgeBest = bestReader(judged);
  return {
    questions: figures,
    choices: choices.length,
    judged: judged.length,
    longestRight: choices.filter((f) => f.rightIsLongest).length,
    positions,
    positionRun: longestRun(places),
    verdictRun: longestRun(verdicts),
    alternates: verdicts.length >= 4 && verdicts.every((v, i) => i === 0 || v !== verdicts[i - 1]),
    chance: figures.reduce((sum, f) => sum + f.chance, 0),
    baseline: choiceBest.score + judgeBest.score,
    baselineReaders: { ...(choiceBest.name ? { choice: choiceBest.name } : {}), ...(judgeBest.name ? { judge: judgeBest.name } : {}) },
  };
}

/** The limits a fair form keeps: what the checker warns about. */
export const FAIR = {
  /** The baseline scores at most this share of the form… */
  baselineShare: 0.5,
  /** …and at most this many points above chance. */
  baselineOverChance: 15,
  /** The right option is the longest in at most this share of choice questions (chance is 1 in 3 or 4). */
  longestShare: 0.4,
  /** No place holds the right option in more than this share of choice questions. */
  positionShare: 0.4,
  /** Runs of one answer place, or one verdict, no longer than this. */
  run: 2,
} as const;

export type Gameable = 'baseline' | 'longest' | 'position' | 'positionRun' | 'verdictRun' | 'alternates';

/** Ways a student could score without knowledge, by the limits in FAIR. */
export function gameable(f: SetFigures): Gameable[] {
  const total = f.questions.length;
  const out: Gameable[] = [];
  if (total > 0 && (f.baseline / total > FAIR.baselineShare || (100 * (f.baseline - f.chance)) / total > FAIR.baselineOverChance)) out.push('baseline');
  if (f.choices > 0 && f.longestRight / f.choices > FAIR.longestShare) out.push('longest');
  if (f.choices >= 4 && Math.max(...f.positions) / f.choices > FAIR.positionShare) out.push('position');
  if (f.positionRun > FAIR.run) out.push('positionRun');
  if (f.verdictRun > FAIR.run) out.push('verdictRun');
  if (f.alternates) out.push('alternates');
  return out;
}

/** Whether two sets put their right answers in the same places in the same order (a pattern across forms). */
export function samePlaces(a: SetFigures, b: SetFigures): boolean {
  const places = (f: SetFigures) => f.questions.filter((q) => !q.judge).map((q) => q.positions[0] ?? 0).join(',');
  return a.choices >= 3 && places(a) === places(b);
}

/** A level's decisions as questions: the best options are those with the highest score. */
export function decisionQuestions(level: Pick<Level, 'nodes'>, lang: Lang): AnalysedQuestion[] {
  return level.nodes.flatMap((node) => {
    if (node.type !== 'choice') return [];
    const best = Math.max(...node.choices.map((c) => c.score));
    return [{
      id: node.id,
      stem: node.prompt[lang],
      options: node.choices.map((c) => ({ id: c.id, text: c.text[lang] })),
      right: node.choices.filter((c) => c.score === best).map((c) => c.id),
    }];
  });
}
