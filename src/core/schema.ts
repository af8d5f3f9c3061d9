// The level format. This file is the single source of truth: the TypeScript types are inferred
// from it, the editor JSON Schema is generated from it (scripts/write-schema.ts), and the game and
// the checker validate with it. Descriptions in .meta() become hover docs in editors.
// Format 2 (/docs/authoring.md, "Format reference"): conversations, signs of manipulation,
// victim-centred consequences, level-local registry additions. Older files are migrated in
// memory before they meet this schema (./migrate.ts), so nothing here is required that an
// older file could lack. A new node kind starts here and touches six more files, each named by the
// compiler or a test until it is taught the kind: docs/architecture.md lists them.
import { z } from 'zod';

/** The level format this game writes and reads natively. */
export const FORMAT_VERSION = 2;

export { LANGUAGES, type Language } from './languages';

export const id = z
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
    mode: z
      .enum(['say', 'do', 'think'])
      .optional()
      .meta({ description: 'How the choice shows in the chat: "say" (default) a sent bubble; "do" an action line such as "You block him"; "think" a thought, never sent.' }),
    harmsOthers: z
      .boolean()
      .optional()
      .meta({ description: 'True for a choice that hurts someone else (forwarding, buying or asking for an intimate video, selling others\' data, recruiting a classmate): the play earns at most 1 star.' }),
    intimateImage: z
      .boolean()
      .optional()
      .meta({ description: 'True for a choice that asks for, buys or forwards someone\'s intimate image or video (mark it "harmsOthers" too): the play earns no star, whatever follows.' }),
    set: Effects.optional(),
    when: When.optional().meta({ description: 'Offer this choice only when these conditions hold.' }),
    next: nodeId,
  })
  .meta({ description: 'One option at a decision.' });
export type Choice = z.infer<typeof Choice>;

const techniqueId = id.meta({ description: 'The id of a technique in levels/registry/techniques.json, e.g. "fake-identity".' });
const conversationId = id.meta({
  description: 'The id of a conversation in "conversations": the phone switches to it here and stays there until another switch.',
});

export const Sign = z
  .strictObject({
    technique: techniqueId,
    phrase: LocalText.meta({ description: 'The exact words in the message, in each language, that show the technique (a part of the message text).' }),
  })
  .meta({ description: 'A sign of manipulation the player can spot in a message.' });
export type Sign = z.infer<typeof Sign>;

const MessageNode = z
  .strictObject({
    id: nodeId,
    type: z.literal('message'),
    from: id.meta({ description: 'The id of a character in "characters".' }),
    text: LocalText,
    conversation: conversationId.optional(),
    signs: z
      .array(Sign)
      .optional()
      .meta({ description: 'Signs of manipulation in this message. A contact\'s message with no signs is harmless: flagging it is a false alarm.' }),
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
    conversation: conversationId.optional(),
    techniques: z
      .array(techniqueId)
      .optional()
      .meta({ description: 'The manipulation techniques at play at this decision; the feedback names the one met or missed.' }),
    pressure: z
      .enum(['threat', 'trick'])
      .optional()
      .meta({
        description:
          'The player decides under a threat (extortion, blackmail) or a trick aimed at them (grooming, a scam): no choice here is marked risky or limits the stars — giving in is never the victim\'s fault. A victim\'s stars reward getting help: a safe choice at such a decision after giving in earns full stars. No choice here may harm others.',
      }),
    choices: z.array(Choice).min(2, 'a decision needs at least 2 choices').max(4, 'a decision has at most 4 choices'),
  })
  .meta({ description: 'A decision: the player picks one of 2–4 choices.' });

export const Fact = z
  .strictObject({
    heading: LocalText.meta({ description: 'Its own heading, e.g. "Across the country" / "全国情况".' }),
    text: LocalText.meta({ description: 'The claim. Copy figures exactly from the source.' }),
    source: LocalText.meta({ description: 'Where it comes from, e.g. the SPP press release of 2023-05-31.' }),
  })
  .meta({ description: 'A claim from a source other than the case itself, shown under its own heading with its source.' });
export type Fact = z.infer<typeof Fact>;

const ConsequenceNode = z
  .strictObject({
    id: nodeId,
    type: z.literal('consequence'),
    perspective: z
      .enum(['actor', 'victim'])
      .optional()
      .meta({
        description:
          'Whose side the player is on here. "actor": the player did something the law answers (default). "victim": the player was tricked or threatened; the screen is headed "This is not your fault", tells what the law did to the offender, and ends on "nextStep" and "help". Required in shipped levels.',
      }),
    case: z.number().int().min(1).meta({ description: 'The number of the case in the registry: an SPP typical case (1–6) or a case the level adds itself (e.g. 101).' }),
    charge: LocalText.meta({ description: 'The charge or legal finding, e.g. 帮助信息网络犯罪活动罪.' }),
    story: LocalText.optional().meta({ description: 'The real person\'s story, told first, in two sentences. Required in shipped levels.' }),
    takeaway: LocalText.optional().meta({ description: 'One big line the player keeps. Required in shipped levels.' }),
    laws: z
      .array(id)
      .min(1, 'cite at least one law')
      .meta({ description: 'Ids of articles in levels/registry/legal.json or in this level\'s "registry", shown behind "See the law".' }),
    happened: LocalText.meta({ description: 'What happened in the real case (for a victim: what the law did to the offender). Copy figures exactly from the seed.' }),
    prosecutors: LocalText.meta({ description: 'What the prosecutors did.' }),
    facts: z.array(Fact).optional().meta({ description: 'Claims from other sources than the case, each under its own heading with its source.' }),
    ageRule: LocalText.optional().meta({ description: 'What changes with age (e.g. Criminal Law Art. 17). Not allowed on a victim\'s screen.' }),
    nextStep: LocalText.optional().meta({ description: 'The next safe step. Required when "perspective" is "victim".' }),
    help: z
      .array(id)
      .optional()
      .meta({ description: 'Ids of help channels (who to tell). Required when "perspective" is "victim".' }),
    next: nodeId,
  })
  .meta({ description: 'The real legal consequence, shown on its own screen: the story first, the takeaway, then the law.' });

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

export const Look = z
  .strictObject({
    seed: z.string().min(1).meta({ description: 'The avatar seed: the same seed always draws the same face. Default: the character id.' }),
    style: z.string().min(1).optional().meta({ description: 'A style name from the game\'s avatar set.' }),
    icon: z
      .enum(['app', 'game', 'group'])
      .optional()
      .meta({ description: 'Not a person: an app or an advert (app), a game\'s system (game), or a crowd (group) is shown by an icon, never a face.' }),
  })
  .meta({ description: 'How the character\'s face is drawn.' });
export type Look = z.infer<typeof Look>;

export const ROLES = ['contact', 'narrator', 'player', 'system'] as const;
export type Role = (typeof ROLES)[number];

export const Character = z.strictObject({
  id,
  name: LocalText,
  role: z
    .enum(ROLES)
    .meta({
      description:
        'contact: someone chatting with the player (their messages can be flagged); narrator: scene-setting text; player: the player\'s own messages; system: lines such as "Xiaolu recalled a message", shown centred with no bubble or face.',
    }),
  look: Look.optional(),
});
export type Character = z.infer<typeof Character>;

export const Conversation = z
  .strictObject({
    id,
    title: LocalText.meta({ description: 'The header of the chat, e.g. the contact\'s name or the group\'s name.' }),
    app: z
      .enum(['game', 'dm', 'group', 'sms'])
      .meta({ description: 'Which kind of app it looks like: a game\'s chat, a direct message, a group chat, or a text message.' }),
    members: z.array(id).min(1).meta({ description: 'Ids of the characters in it.' }),
  })
  .meta({ description: 'One chat on the phone. The first conversation is where the level starts.' });
export type Conversation = z.infer<typeof Conversation>;

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
  number: z.number().int().min(1).meta({ description: 'The SPP typical cases are 1–6; a district case takes another number, e.g. 101.' }),
  title: LocalText,
  place: LocalText,
  released: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as YYYY-MM-DD').meta({ description: 'The date it was released or decided, YYYY-MM-DD.' }),
  source: LocalText.optional().meta({ description: 'Where the case comes from, e.g. the court or prosecutor\'s office and its decision.' }),
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
    if (seen.has(k)) {
      ctx.addIssue({ code: 'custom', path: [path, i], message: `duplicate ${JSON.stringify(k)}: every entry needs its own id`, params: { code: 'duplicateEntry', id: k } });
    }
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

/** A level's own additions to the registry, e.g. a district case and the articles it cites. */
export const LocalRegistry = z
  .strictObject({
    laws: z.array(Law).optional(),
    cases: z.array(Case).optional(),
    help: z.array(HelpChannel).optional(),
  })
  .superRefine((r, ctx) => {
    unique(r.laws ?? [], (l) => l.id, 'laws', ctx);
    unique(r.cases ?? [], (c) => c.number, 'cases', ctx);
    unique(r.help ?? [], (h) => h.id, 'help', ctx);
  })
  .meta({ description: 'Laws, cases and help channels this level adds to levels/registry/legal.json. An id the shared registry already has is an error.' });
export type LocalRegistry = z.infer<typeof LocalRegistry>;

export const Level = z
  .strictObject({
    $schema: z.string().optional().meta({ description: 'Path to level.schema.json, for editor help.' }),
    formatVersion: z
      .literal(FORMAT_VERSION)
      .optional()
      .meta({ description: 'The level format version (2). A file without it is read as version 1 and migrated.' }),
    id: id.meta({ description: 'The level id; use the file name without ".json".' }),
    title: LocalText,
    summary: LocalText.meta({ description: 'One or two sentences for the level list; no spoilers.' }),
    case: z.number().int().min(1).meta({ description: 'The case this level is adapted from: an SPP typical case (1–6) or one the level adds in "registry".' }),
    ageBand: z.enum(['10-12', '12-15', '15-17']).meta({ description: 'The players\' age band.' }),
    minutes: z.number().int().min(1).max(45).meta({ description: 'Minutes to play, for lesson planning.' }),
    objectives: z.array(LocalText).min(1).meta({ description: 'What a player should be able to do afterwards.' }),
    contentNote: LocalText.optional().meta({ description: 'Shown before the level starts, for sensitive topics.' }),
    characters: z.array(Character).min(1),
    conversations: z
      .array(Conversation)
      .optional()
      .meta({ description: 'The chats on the phone. When absent the level is one conversation titled by its first contact.' }),
    registry: LocalRegistry.optional(),
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

export const Technique = z
  .strictObject({
    id,
    name: LocalText.meta({ description: 'A short name, e.g. 假冒身份 / Fake identity.' }),
    explain: LocalText.meta({ description: 'One or two plain sentences a 12-year-old reads.' }),
    icon: z.string().min(1).meta({ description: 'The id of the icon the game draws for it.' }),
    example: LocalText.optional().meta({ description: 'A typical line, e.g. "我也13岁" / "I\'m 13 too".' }),
  })
  .meta({ description: 'A manipulation technique the player learns to spot.' });
export type Technique = z.infer<typeof Technique>;

export const Techniques = z
  .strictObject({
    $schema: z.string().optional(),
    techniques: z.array(Technique).min(1),
  })
  .superRefine((r, ctx) => unique(r.techniques, (t) => t.id, 'techniques', ctx))
  .meta({ title: 'Techniques', description: 'The registry of manipulation techniques (levels/registry/techniques.json).' });
export type Techniques = z.infer<typeof Techniques>;
