// The checker's section on decisions (`npm run levels:check`): for each level, how often a player who
// picks at random earns three stars (from core's explore, with a fixed seed so every run prints the
// same figure) and how often the longest option is the best one, in each language; a warning over
// either limit. Numbers only; the rules live in src/core (decision-wording.ts, explore.ts).
import {
  createStory, decisionWording, fill, LONGEST_BEST_LIMIT, randomPlays, RANDOM_THREE_STAR_LIMIT, tableFor,
  type Exploration, type Level,
} from '../src/core';
import { problemOf, type Problem } from '../src/content/parse-data';

/** Plays per level: enough that the rate is stable to about ±0.5 points. */
export const RANDOM_PLAYS = 4000;
const SEED = 'levels:check';

const percent = (share: number) => (share * 100).toFixed(1);

export function decisionReport(file: string, level: Level, exploration: Exploration, lang: string): { line: string; problems: Problem[] } {
  const random = randomPlays(createStory(level), { plays: RANDOM_PLAYS, seed: SEED }).shares[3];
  const zh = decisionWording(level, exploration, 'zh-CN');
  const en = decisionWording(level, exploration, 'en');
  const line = fill(tableFor(lang).report.decisionWording, {
    random: percent(random), randomLimit: percent(RANDOM_THREE_STAR_LIMIT),
    longestZh: zh.longestBest.length, longestEn: en.longestBest.length, decisions: zh.decisions,
  }, lang);
  const problems: Problem[] = [];
  if (random > RANDOM_THREE_STAR_LIMIT) {
    problems.push(problemOf(file, { code: 'randomThreeStars', params: { rate: percent(random), limit: percent(RANDOM_THREE_STAR_LIMIT) } }, { severity: 'warning' }));
  }
  for (const [code, wording] of [['zh-CN', zh], ['en', en]] as const) {
    if (wording.share > LONGEST_BEST_LIMIT) {
      problems.push(problemOf(file, { code: 'longestIsBest', params: { count: wording.longestBest.length, decisions: wording.decisions, lang: `@lang.${code}`, ids: [...new Set(wording.longestBest)] } }, { severity: 'warning' }));
    }
  }
  return { line, problems };
}
