// What the facilitator (teacher or prosecutor) needs beside the levels: what to do if a student
// discloses abuse, the reminder before a sensitive level, and the booster a week later. Plain data
// in both languages, so the speaker notes and the lesson plan say the same thing.
// The reporting duty is the Law on the Protection of Minors, Art. 11 ¶2 (statutes/未成年人保护法, 2024
// text; FACTS.md "Art. 11: schools must report suspected harm").
import type { LocalText } from '../core';

const T = (zh: string, en: string): LocalText => ({ 'zh-CN': zh, en });

export const DISCLOSURE_HEADING = T('如果有学生讲出自己的遭遇', 'If a student tells you something has happened to them');

/** In order: what to do during or after the session when a student discloses abuse. */
export const DISCLOSURE_STEPS: readonly LocalText[] = [
  T(
    '认真听，保持平静。谢谢他愿意说出来，告诉他：这不是你的错。',
    'Listen, and stay calm. Thank them for telling you, and tell them: this is not your fault.',
  ),
  T(
    '不追问细节，不让他一遍遍重复，也不要看或转存照片、视频；只把他的原话、时间简单记下来。',
    'Do not press for details or make them repeat it, and do not look at or save any photos or videos; just note their own words and the time.',
  ),
  T(
    '不承诺保密。可以说：“为了保护你，我需要告诉能帮忙的人，我会一直陪着你。”',
    'Do not promise to keep it secret. You can say: "To keep you safe I need to tell people who can help, and I\'ll stay with you."',
  ),
  T(
    '当天告诉学校指定的负责人。报告是法定义务：《未成年人保护法》第十一条规定，学校等密切接触未成年人的单位及其工作人员，发现未成年人受到侵害或疑似受到侵害，应当立即向公安、民政、教育等部门报告。',
    'Tell the school\'s designated person the same day. Reporting is a legal duty: under Art. 11 of the Law on the Protection of Minors, schools and others in close contact with minors, and their staff, must report at once to the police, civil affairs or education authorities when they find a minor has been harmed or may have been.',
  ),
  T('有紧急危险，马上拨打110。不在全班面前谈这个学生的事，课后单独跟进。', 'If there is immediate danger, call 110. Do not discuss the student in front of the class; follow up with them privately.'),
];

/** Read out before a level that has a content note (cases 3, 4 and 5 today). */
export const BEFORE_SENSITIVE_LEVEL = T(
  '本关话题敏感：开始前把内容提示读给全班听，说明随时可以不看、可以离开，遇到过类似事情的同学可以课后单独找你、找信任的大人，或打12355。',
  'A sensitive topic: before you start, read the content note to the class, say anyone may look away or step out at any time, and that anyone who has been through something like this can talk to you after class, to an adult they trust, or call 12355.',
);

export const BOOSTER_REMINDER = T(
  '一周后（至少7天）请再安排一次巩固测验（约10分钟），看看学生还记得多少。',
  'In a week (at least 7 days), run the booster check (about 10 minutes) to see what the students remember.',
);

/** The lines the speaker notes add under the help channels, for the level being played. */
export function facilitatorLines(level: { contentNote?: LocalText }): LocalText[] {
  return [
    ...(level.contentNote ? [BEFORE_SENSITIVE_LEVEL] : []),
    T(`${DISCLOSURE_HEADING['zh-CN']}：`, `${DISCLOSURE_HEADING.en}:`),
    ...DISCLOSURE_STEPS.map((step, i) => T(`${i + 1}. ${step['zh-CN']}`, `${i + 1}. ${step.en}`)),
    BOOSTER_REMINDER,
  ];
}
