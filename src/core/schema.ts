// The level format. This file is the single source of truth: the TypeScript types are inferred
// from it, the editor JSON Schema is generated from it (scripts/write-schema.ts), and the game and
// the checker validate with it. Descriptions in .meta() become hover docs in editors.
import { z } from 'zod';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]*$/, 'use lower-case letters, digits, "-" or "_" (e.g. "n3", "lend-card")');

export const LocalText = z
  .strictObject({
    'zh-CN': z.string().trim().min(1, 'the Chinese text is empty').meta({ description: 'Chinese (zh-CN) text.' }),
    en: z.string().trim().min(1, 'the English text is empty').meta({ description: 'English text.' }),
  })
  .meta({ description: 'A player-visible string, in Chinese and English: { "zh-CN": "…", "en": "…" }.' });
export type LocalText = z.infer<typeof LocalText>;

const flagName = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_-]*$/, 'a flag name starts with a letter and uses letters, digits, "-" or "_" (e.g. "lentCard")');

const FlagValue = z.union([z.boolean(), z.number()]);

const Effects = z
  .record(flagName, FlagValue)
  .meta({ description: 'Flags to set when this happens, e.g. { "lentCard": true }. Every flag must be declared in "flags".' });

export const Condition = z
  .union([
    z.strictObject({
      flag: flagName.meta({ description: 'A flag declared in "flags".' }),
      is: FlagValue.meta({ description: 'True when the flag equals this value.' }),
    }),
    z.strictObject({
      flag: flagName.meta({ description: 'A numeric flag declared in "flags".' }),
      atLeast: z.number().meta({ description: 'True when the flag is at least this number.' }),
    }),
  ])
  .meta({ description: 'A test of a flag: { "flag": "lentCard", "is": true } or { "flag": "warnings", "atLeast": 2 }.' });
export type Condition = z.infer<typeof Condition>;

const When = z
  .array(Condition)
  .min(1)
  .meta({ description: 'Conditions that must all hold, tested against flags set earlier in the play.' });

const nodeId = id.meta({ description: 'The id of a node in this level.' });

export const Choice = z
  .strictObject({
    id: id.meta({ description: 'Unique within its node; tests and saved votes refer to it.' }),
    text: LocalText.meta({ description: 'What the player says or does, shown on the choice button.' }),
    kind: z
      .enum(['safe', 'risky', 'neutral'])
      .meta({ description: 'How the choice is marked after it is made: a safe, risky or neutral move.' }),
    score: z.number().int().min(-100).max(100).meta({ description: 'Added to the safety score when chosen.' }),
    feedback: LocalText.meta({ description: 'Shown after the choice: why it is safe or risky.' }),
    warningSign: LocalText.optional().meta({
      description: 'The warning sign the player should notice at this decision (named in the feedback panel).',
    }),
    set: Effects.optional(),
    when: When.optional().meta({ description: 'Offer this choice only when these conditions hold.' }),
    next: nodeId,
  })
  .meta({ description: 'One option at a decision.' });
export type Choice = z.infer<typeof Choice>;

const MessageNode = z
  .strictObject({
    id: nodeId,
    type: z.literal('message'),
    from: id.meta({ description: 'The id of a character in "characters".' }),
    text: LocalText,
    set: Effects.optional(),
    next: nodeId,
  })
  .meta({ description: 'A chat message from a character; the game shows it and moves on to "next".' });

const ChoiceNode = z
  .strictObject({
    id: nodeId,
    type: z.literal('choice'),
    prompt: LocalText.meta({ description: 'The question above the choices, e.g. "What do you reply?".' }),
    discussion: LocalText.optional().meta({ description: 'A prompt for class discussion at this decision.' }),
    choices: z.array(Choice).min(2, 'a decision needs at least 2 choices').max(4, 'a decision has at most 4 choices'),
  })
  .meta({ description: 'A decision: the player picks one of 2–4 choices.' });

const ConsequenceNode = z
  .strictObject({
    id: nodeId,
    type: z.literal('consequence'),
    case: z.number().int().meta({ description: 'The SPP typical case number (1–6), from the case registry.' }),
    charge: LocalText.meta({ description: 'The charge or legal finding, e.g. 帮助信息网络犯罪活动罪.' }),
    laws: z
      .array(id)
      .min(1, 'cite at least one law')
      .meta({ description: 'Ids of articles in levels/registry/legal.json, e.g. "criminal-287-2".' }),
    happened: LocalText.meta({ description: 'What happened in the real case. Copy figures exactly from the seed.' }),
    prosecutors: LocalText.meta({ description: 'What the prosecutors did.' }),
    ageRule: LocalText.optional().meta({ description: 'What changes with age (e.g. Criminal Law Art. 17).' }),
    next: nodeId,
  })
  .meta({ description: 'The real legal consequence of a risky choice, shown on its own screen.' });

const BranchNode = z
  .strictObject({
    id: nodeId,
    type: z.literal('branch'),
    branches: z
      .array(z.strictObject({ when: When, next: nodeId }))
      .min(1)
      .meta({ description: 'Tested in order; the first whose conditions hold is followed.' }),
    otherwise: nodeId.meta({ description: 'Followed when no branch matches.' }),
  })
  .meta({ description: 'An invisible fork on flags set earlier, e.g. whether the player already lent the card.' });

const EndingNode = z
  .strictObject({
    id: nodeId,
    type: z.literal('ending'),
    outcome: z
      .enum(['safe', 'recovered', 'harmed'])
      .meta({ description: 'safe: never fell for it; recovered: it happened, then the player did the right thing; harmed: it went on.' }),
    title: LocalText,
    text: LocalText,
    lessons: z.array(LocalText).min(1).max(3).meta({ description: 'The two or three lessons of the level.' }),
    help: z.array(id).min(1).meta({ description: 'Ids of help channels in levels/registry/legal.json.' }),
  })
  .meta({ description: 'An ending: the score, stars, lessons and help channels are shown.' });

export const Node = z.discriminatedUnion('type', [MessageNode, ChoiceNode, ConsequenceNode, BranchNode, EndingNode]);
export type Node = z.infer<typeof Node>;
export type NodeOf<T extends Node['type']> = Extract<Node, { type: T }>;

export const Character = z.strictObject({
  id,
  name: LocalText,
  role: z
    .enum(['contact', 'narrator', 'player'])
    .meta({ description: 'contact: someone chatting with the player; narrator: scene-setting text; player: the player\'s own messages.' }),
});
export type Character = z.infer<typeof Character>;

export const Level = z
  .strictObject({
    $schema: z.string().optional().meta({ description: 'Path to level.schema.json, for editor help.' }),
    id: id.meta({ description: 'The level id; use the file name without ".json".' }),
    title: LocalText,
    summary: LocalText.meta({ description: 'One or two sentences for the level list; no spoilers.' }),
    case: z.number().int().meta({ description: 'The SPP typical case (1–6) this level is adapted from.' }),
    ageBand: z.enum(['10-12', '12-15', '15-17']).meta({ description: 'The players\' age band.' }),
    minutes: z.number().int().min(1).max(45).meta({ description: 'Minutes to play, for lesson planning.' }),
    objectives: z.array(LocalText).min(1).meta({ description: 'What a player should be able to do afterwards.' }),
    contentNote: LocalText.optional().meta({ description: 'Shown before the level starts, for sensitive topics.' }),
    characters: z.array(Character).min(1),
    flags: z
      .record(flagName, FlagValue)
      .default({})
      .meta({ description: 'Every flag the level uses, with its starting value.' }),
    startScore: z.number().int().default(0).meta({ description: 'The safety score at the start.' }),
    start: nodeId.meta({ description: 'The id of the first node.' }),
    nodes: z.array(Node).min(1),
  })
  .meta({ title: 'Level', description: 'A scenario level of the game.' });
export type Level = z.infer<typeof Level>;
export type LevelInput = z.input<typeof Level>;

export const Law = z.strictObject({
  id,
  law: LocalText.meta({ description: 'The law, e.g. 《中华人民共和国刑法》.' }),
  article: LocalText.meta({ description: 'The article, e.g. 第二百八十七条之二 / Art. 287-2.' }),
  name: LocalText.meta({ description: 'The charge or rule it sets out.' }),
  summary: LocalText.meta({ description: 'A plain summary a student understands.' }),
  penalty: LocalText.optional().meta({ description: 'The sentencing range, where there is one.' }),
});
export type Law = z.infer<typeof Law>;

export const Case = z.strictObject({
  number: z.number().int().min(1),
  title: LocalText,
  place: LocalText,
  released: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});
export type Case = z.infer<typeof Case>;

export const HelpChannel = z.strictObject({
  id,
  contact: LocalText.meta({ description: 'The number, or who to tell.' }),
  name: LocalText,
  use: LocalText,
});
export type HelpChannel = z.infer<typeof HelpChannel>;

/** Adds an issue for each repeated key in a list, so a citation can never be ambiguous. */
const unique = <T>(items: readonly T[], key: (item: T) => string | number, path: string, ctx: z.core.$RefinementCtx) => {
  const seen = new Set<string | number>();
  items.forEach((item, i) => {
    const k = key(item);
    if (seen.has(k)) ctx.addIssue({ code: 'custom', path: [path, i], message: `duplicate ${JSON.stringify(k)}: every entry needs its own id` });
    seen.add(k);
  });
};

export const Registry = z
  .strictObject({
    $schema: z.string().optional(),
    laws: z.array(Law),
    cases: z.array(Case),
    help: z.array(HelpChannel),
  })
  .superRefine((r, ctx) => {
    unique(r.laws, (l) => l.id, 'laws', ctx);
    unique(r.cases, (c) => c.number, 'cases', ctx);
    unique(r.help, (h) => h.id, 'help', ctx);
  });
export type Registry = z.infer<typeof Registry>;
