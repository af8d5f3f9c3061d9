// The item analysis in an author's words, for `npm run levels:check`: what a test-wise student
// who never played would score on a form, the patterns a student could use instead of knowledge,
// and what to change. Kept apart from the figures (./item-analysis.ts) so the game never loads it.
import { FAIR, gameable, type Gameable, type SetFigures } from './item-analysis';

type Params = Readonly<Record<string, string | number>>;

const en = {
  heading: '  item analysis ({lang}), as a student who never played could answer:',
  baseline: '    test-wise baseline {score} of {n} ({share} %) against a blind guess {chance} ({chanceShare} %); fair: at most {limit} ({rule})',
  rule: 'half the form and chance + 15 points',
  readers: '    (its best reading: in a question it picks {choice}; it calls a message risky on {judge})',
  'reader.longest': 'the longest option',
  'reader.shortest': 'the shortest option',
  'reader.cautious': 'the option with most careful words (adults, police, law, refusing), then the longest',
  'reader.oneCue': 'one cue word such as "code", "link", "free"',
  'reader.twoCues': 'two cue words',
  longest: '    the right option is the longest in {k} of {m} questions (by chance about 1 in {per})',
  positions: '    right option by place in the file: {places}; longest run in one place: {run} (each sitting shuffles the options too)',
  verdicts: '    messages to judge: at most {run} risky or harmless in a row{alternating}',
  alternating: ', alternating throughout',
  situations: '    {fresh} of {n} items test a situation no level shows (transfer)',
  pairs: '    {pairs} matched pairs of messages; unpaired: {unpaired}',
  'gameable.baseline': 'form {form} can be gamed: a test-wise student who never played scores {score} of {n} ({share} %), above {limit}. Rewrite the items the baseline gets right ({ids}) so wording decides nothing (docs/item-writing.md)',
  'gameable.longest': 'form {form}: the right option is the longest in {k} of {m} questions; make a wrong option the longest in some of them',
  'gameable.position': 'form {form}: the right option sits in place {place} in {k} of {m} questions; spread the places',
  'gameable.positionRun': 'form {form}: {run} questions in a row have the right option in the same place',
  'gameable.verdictRun': 'form {form}: {run} messages in a row get the same verdict; mix risky and harmless',
  'gameable.alternates': 'form {form}: the messages alternate risky, harmless, risky…; a student can follow the pattern',
  samePlaces: 'forms {form} and {other} put the right answers in the same places in the same order',
  unpaired: 'form {form}: message "{id}" has no matched pair (a harmless message with the same cue words, or the reverse)',
  fewNew: 'form {form}: only {fresh} of {n} items test a new situation; most should',
  equated: 'forms {forms}: {what}',
  equatedOk: '  forms {forms} equated: the same techniques and kinds, the same number of options; expected score before play {expected}',
  notEquated: 'the forms are not equated: {detail}',
  decisions: '  decisions ({lang}): a test-wise reader who never played picks a best option in {score} of {m} (a blind guess: {chance})',
} as const;

type Key = keyof typeof en;

const zh: Readonly<Record<Key, string>> = {
  heading: '  题目分析（{lang}）：一个没玩过游戏、只会看字面的学生能答对多少',
  baseline: '    应试基线 {score} / {n}（{share} %），瞎猜 {chance}（{chanceShare} %）；公平的上限：{limit}（{rule}）',
  rule: '不超过一半，也不超过瞎猜 + 15 个百分点',
  readers: '    （它最拿分的读法：选择题挑{choice}；消息里有{judge}就判“有危险”）',
  'reader.longest': '最长的选项',
  'reader.shortest': '最短的选项',
  'reader.cautious': '“谨慎词”最多的选项（大人、警察、法律、拒绝），一样多再挑最长的',
  'reader.oneCue': '一个提示词（如“验证码”“链接”“免费”）',
  'reader.twoCues': '两个提示词',
  longest: '    正确选项是最长的：{m} 道选择题里有 {k} 道（瞎猜约 1/{per}）',
  positions: '    正确选项在文件里的位置：{places}；同一位置最长连续 {run} 道（每次作答还会再打乱选项）',
  verdicts: '    判断题：“有危险”或“正常”最多连续 {run} 道{alternating}',
  alternating: '，而且一直交替',
  situations: '    {n} 道题里 {fresh} 道考关卡里没出现过的新情境（迁移）',
  pairs: '    {pairs} 对配对消息；没有配对的：{unpaired}',
  'gameable.baseline': '{form} 卷能靠答题技巧拿分：没玩过游戏的应试学生能答对 {score} / {n}（{share} %），超过 {limit}。改写基线答对的题（{ids}），让字面决定不了答案（见 docs/item-writing.md）',
  'gameable.longest': '{form} 卷：{m} 道选择题里 {k} 道的正确选项最长；让其中几道的错误选项最长',
  'gameable.position': '{form} 卷：{m} 道选择题里 {k} 道的正确选项都在第 {place} 位；把位置分散开',
  'gameable.positionRun': '{form} 卷：连续 {run} 道题的正确选项在同一位置',
  'gameable.verdictRun': '{form} 卷：连续 {run} 条消息的答案一样；把“有危险”和“正常”穿插开',
  'gameable.alternates': '{form} 卷：判断题“有危险、正常、有危险……”一直交替，学生照规律就能答',
  samePlaces: '{form} 卷和 {other} 卷的正确选项位置顺序一模一样',
  unpaired: '{form} 卷：消息“{id}”没有配对题（一条带同样提示词的正常消息，或者反过来）',
  fewNew: '{form} 卷：{n} 道题里只有 {fresh} 道考新情境；大多数题应当考新情境',
  equated: '{forms} 卷：{what}',
  equatedOk: '  {forms} 卷已等值：技巧、题型、选项数都一样；玩之前的预计得分 {expected}',
  notEquated: '几份卷子没有等值：{detail}',
  decisions: '  抉择（{lang}）：没玩过、只看字面的读者在 {m} 个里挑中最好的选项 {score} 个（瞎猜：{chance}）',
};

const tables: Readonly<Record<string, Readonly<Record<Key, string>>>> = { en, 'zh-CN': zh };

/** One line of the analysis in the checker's language (English unless zh-CN). */
export function analysisText(key: Key, params: Params, lang: string): string {
  const table = tables[lang] ?? en;
  return table[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

const round = (x: number) => String(Math.round(x * 10) / 10);
const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((100 * part) / whole));

/** The largest baseline a fair set of n items with this chance may reach. */
export const baselineLimit = (f: SetFigures): number => {
  const n = f.questions.length;
  return Math.min(FAIR.baselineShare * n, f.chance + (FAIR.baselineOverChance / 100) * n);
};

/** The lines describing one form, and its warnings; `analysedLang` is the language of the texts analysed. */
export function formReport(form: string, f: SetFigures, analysedLang: string, lang: string): { lines: string[]; warnings: string[] } {
  const n = f.questions.length;
  const say = (key: Key, params: Params = {}) => analysisText(key, params, lang);
  const reader = (name: string | undefined) => (name ? say(`reader.${name}` as Key) : '—');
  const perOptions = f.choices === 0 ? 4 : Math.round(f.questions.filter((q) => !q.judge).reduce((s, q) => s + 1 / q.chance, 0) / f.choices);
  const lines = [
    say('heading', { lang: analysedLang }),
    say('baseline', { score: round(f.baseline), n, share: percent(f.baseline, n), chance: round(f.chance), chanceShare: percent(f.chance, n), limit: round(baselineLimit(f)), rule: say('rule') }),
    say('readers', { choice: reader(f.baselineReaders.choice), judge: reader(f.baselineReaders.judge) }),
    say('longest', { k: f.longestRight, m: f.choices, per: perOptions }),
    say('positions', { places: f.positions.map((c, i) => `${i + 1}:${c}`).join(' '), run: f.positionRun }),
    say('verdicts', { run: f.verdictRun, alternating: f.alternates ? say('alternating') : '' }),
  ];
  const warnings = gameable(f).map((g: Gameable) => {
    const params: Params = { form, n, m: f.choices };
    if (g === 'baseline') {
      const reading = (q: SetFigures['questions'][number]) => q.readers[(q.judge ? f.baselineReaders.judge : f.baselineReaders.choice) ?? ''] ?? 0;
      const ids = f.questions.filter((q) => reading(q) > 0).map((q) => q.id).join(', ');
      return say('gameable.baseline', { ...params, score: round(f.baseline), share: percent(f.baseline, n), limit: round(baselineLimit(f)), ids });
    }
    if (g === 'longest') return say('gameable.longest', { ...params, k: f.longestRight });
    if (g === 'position') {
      const most = Math.max(...f.positions);
      return say('gameable.position', { ...params, k: most, place: f.positions.indexOf(most) + 1 });
    }
    if (g === 'positionRun') return say('gameable.positionRun', { ...params, run: f.positionRun });
    if (g === 'verdictRun') return say('gameable.verdictRun', { ...params, run: f.verdictRun });
    return say('gameable.alternates', params);
  });
  return { lines, warnings };
}
