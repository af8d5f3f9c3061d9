// The class-session protocol (docs/class-protocol.md): every message between the hub (server/hub.ts)
// and the game's pages, as zod schemas both sides check with. Pure: no DOM, no Node.
//
// Every frame is one JSON object `{ "v": 1, "t": "<type>", ... }`. Sizes are bounded here and in the
// hub's WebSocket (MAX_FRAME_BYTES), so no message can make the hub hold more than a few kilobytes.
import { z } from 'zod';

// 2: levels carry their ids, acks mean "on disk", the projector hears of storage and takeovers.
// 3: a device's learning check names its form (A, B or the booster) and the bank's items it missed.
export const PROTOCOL_VERSION = 3;
/** The largest frame either side sends or accepts (the hub's ws maxPayload). */
export const MAX_FRAME_BYTES = 16 * 1024;
/** The longest player-visible string in one language. */
export const MAX_TEXT = 400;
export const MAX_OPTIONS = 8;
/** A spot-the-sign round offers at most this many messages or phrases to flag. */
export const MAX_SIGN_OPTIONS = 24;
export const MAX_TRAIL = 64;
/** The path the WebSocket is served on, under the page's own origin. */
export const HUB_PATH = '/class-hub';
/** Fetched by the page to learn whether a hub served it (a static server answers 404). */
export const HUB_INFO_PATH = '/class-hub.json';

export const Id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.:/-]{0,63}$/, 'an id of 1–64 letters, digits or _.:/-');
const Text = z.string().min(1).max(MAX_TEXT);
export const LocalText = z.strictObject({ 'zh-CN': Text, en: Text });
export type LocalText = z.infer<typeof LocalText>;
export const Code = z.string().regex(/^\d{6}$/, 'a six-digit code');
const Secret = z.string().regex(/^[A-Za-z0-9_-]{20,64}$/, 'a session secret or seat token');
/** A request id the hub echoes in its reply, so a client can match answers to questions. */
const Rid = z.number().int().min(0).max(2 ** 31).optional();

export const MODES = ['live', 'self'] as const;
export const Mode = z.enum(MODES);
export type Mode = z.infer<typeof Mode>;
export const SeatStyle = z.enum(['number', 'animal']);
export type SeatStyle = z.infer<typeof SeatStyle>;

export const Option = z.strictObject({ id: Id, text: LocalText });
export type Option = z.infer<typeof Option>;

/**
 * A question the projector puts to the class in live mode: a decision (one pick, its choices in the
 * order the projector shows them) or a spot-the-sign round (flag any of the messages or phrases).
 */
export const RoundSpec = z
  .strictObject({
    id: Id,
    kind: z.enum(['decision', 'signs']),
    levelId: Id,
    prompt: LocalText,
    options: z.array(Option).min(1).max(MAX_SIGN_OPTIONS),
  })
  .superRefine((round, ctx) => {
    if (round.kind === 'decision' && (round.options.length < 2 || round.options.length > MAX_OPTIONS))
      ctx.addIssue({ code: 'custom', path: ['options'], message: `a decision offers 2–${MAX_OPTIONS} choices` });
    if (new Set(round.options.map((o) => o.id)).size !== round.options.length) ctx.addIssue({ code: 'custom', path: ['options'], message: 'option ids repeat' });
  });
export type RoundSpec = z.infer<typeof RoundSpec>;

export const LevelRef = z.strictObject({ levelId: Id, title: LocalText });
export type LevelRef = z.infer<typeof LevelRef>;

/** The most nodes and decisions a level given to the hub may have (the shipped ones have ~60). */
export const MAX_LEVEL_NODES = 400;
export const MAX_LEVEL_DECISIONS = 200;
/**
 * A level as the projector gives it to the hub: its title and its own ids. The hub takes a device's
 * progress only in these ids, so no name a device invents reaches the teacher's dashboard.
 */
export const LevelInfo = LevelRef.extend({
  nodes: z.array(Id).min(1).max(MAX_LEVEL_NODES),
  decisions: z.array(z.strictObject({ node: Id, choices: z.array(Id).min(1).max(MAX_OPTIONS) })).max(MAX_LEVEL_DECISIONS),
});
export type LevelInfo = z.infer<typeof LevelInfo>;

/** Where a device is in a self-paced level: the node it waits at and the choices it took. */
export const Progress = z.strictObject({
  levelId: Id,
  at: Id,
  status: z.enum(['playing', 'ended']),
  /** Every decision taken, in order, as "node/choice" (src/core/trail.ts: stepKey writes it, parseStep reads it). */
  trail: z.array(z.string().regex(/^[A-Za-z0-9_.:-]{1,64}\/[A-Za-z0-9_.:-]{1,64}$/)).max(MAX_TRAIL),
});
export type Progress = z.infer<typeof Progress>;

/** The learning check's forms: A before the lesson, B after it, the booster a week or more later. */
export const CHECK_FORMS = ['A', 'B', 'booster'] as const;
export type CheckForm = (typeof CHECK_FORMS)[number];
/** The most items a form of the learning check may have (the shipped ones have 12). */
export const MAX_CHECK_ITEMS = 64;
/**
 * A learning check taken on the device: its form, the count right of the form's items, and the ids
 * of the items it missed (answered wrongly or not at all). The hub takes it only when the ids are
 * the form's own in the bank it was built with, and the counts add up.
 */
export const CheckResult = z
  .strictObject({
    form: z.enum(CHECK_FORMS),
    correct: z.number().int().min(0).max(MAX_CHECK_ITEMS),
    total: z.number().int().min(1).max(MAX_CHECK_ITEMS),
    missed: z.array(Id).max(MAX_CHECK_ITEMS),
  })
  .superRefine((c, ctx) => {
    if (c.correct > c.total) ctx.addIssue({ code: 'custom', path: ['correct'], message: 'more right than asked' });
    else if (c.missed.length !== c.total - c.correct) ctx.addIssue({ code: 'custom', path: ['missed'], message: 'the items missed are not total − correct' });
    if (new Set(c.missed).size !== c.missed.length) ctx.addIssue({ code: 'custom', path: ['missed'], message: 'an item missed twice' });
  });
export type CheckResult = z.infer<typeof CheckResult>;

const msg = <T extends string, S extends z.ZodRawShape>(t: T, shape: S) =>
  z.strictObject({ v: z.literal(PROTOCOL_VERSION), t: z.literal(t), rid: Rid, ...shape });

// ── Client → hub ────────────────────────────────────────────────────────────────────────────
export const ClientMessage = z.discriminatedUnion('t', [
  // The projector.
  msg('host.create', { mode: Mode, seats: SeatStyle }),
  /** `takeover`: this projector replaces one already showing the session (which is told so). */
  msg('host.resume', { secret: Secret, takeover: z.boolean().optional() }),
  /** The sessions on this hub: answered only to a projector on the hub's own PC (loopback). */
  msg('host.list', {}),
  /** Takes a session back from the list (loopback only): a new secret replaces the old one. */
  msg('host.claim', { code: Code }),
  msg('host.mode', { mode: Mode }),
  msg('host.level', { level: LevelInfo.nullable() }),
  msg('host.open', { round: RoundSpec }),
  msg('host.reveal', { roundId: Id }),
  /** Plays a choice of a revealed or open decision: "majority" or an option id; the round closes. */
  msg('host.play', { roundId: Id, choice: z.union([z.literal('majority'), Id]) }),
  /** Closes the current round (a spot-the-sign round after its reveal, or a question skipped). */
  msg('host.advance', {}),
  msg('host.summary', {}),
  msg('host.end', {}),
  /** Removes an ended session and its files from the hub's PC. */
  msg('host.remove', {}),
  // A student's device.
  msg('join', { code: Code }),
  msg('rejoin', { token: Secret }),
  msg('vote', { roundId: Id, picks: z.array(Id).max(MAX_SIGN_OPTIONS) }),
  msg('progress', { progress: Progress }),
  msg('check', { result: CheckResult }),
  msg('ping', {}),
]);
export type ClientMessage = z.infer<typeof ClientMessage>;
export type ClientType = ClientMessage['t'];

// ── Hub → client ────────────────────────────────────────────────────────────────────────────
export const ERROR_CODES = ['bad-json', 'bad-message', 'version', 'too-big', 'rate', 'forbidden', 'not-found', 'closed', 'conflict', 'full', 'internal'] as const;
export const ErrorCode = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** A round as a student's device sees it: no counts until the reveal; its own picks. */
export const StudentRound = z.strictObject({
  id: Id,
  kind: z.enum(['decision', 'signs']),
  prompt: LocalText,
  options: z.array(Option),
  state: z.enum(['open', 'revealed', 'closed']),
  mine: z.array(Id),
  counts: z.array(z.number().int()).nullable(),
  played: Id.nullable(),
});
export type StudentRound = z.infer<typeof StudentRound>;

export const Seat = z.strictObject({ number: z.number().int().min(1), animal: LocalText, style: SeatStyle });
export type Seat = z.infer<typeof Seat>;

export const HostRound = z.strictObject({
  id: Id,
  kind: z.enum(['decision', 'signs']),
  levelId: Id,
  prompt: LocalText,
  options: z.array(Option),
  state: z.enum(['open', 'revealed', 'closed']),
  counts: z.array(z.number().int()),
  voters: z.number().int(),
  played: Id.nullable(),
});
export type HostRound = z.infer<typeof HostRound>;

/** The items of a form the class missed most: the most first, at most this many. */
export const MAX_MISSED = 5;
/** One form of the learning check across the class: counts only. */
export const FormTally = z.strictObject({
  /** Devices that took it. */
  n: z.number().int(),
  /** Their mean percent right, to one decimal. */
  percent: z.number().nullable(),
  /** Devices whose missed items the hub knows (a session kept by an older hub has only scores). */
  itemsFrom: z.number().int(),
  /** The items most missed (the bank's ids), with how many of those devices missed each; most first. */
  missed: z.array(z.strictObject({ item: Id, devices: z.number().int() })).max(MAX_MISSED),
});
export type FormTally = z.infer<typeof FormTally>;
/**
 * Per-device changes as counts: how many devices changed by how many percentage points (one
 * decimal), lowest first. No seat: the page computes the paired gain (src/core/class-check.ts).
 */
export const Changes = z.array(z.strictObject({ points: z.number(), devices: z.number().int() }));
export type Changes = z.infer<typeof Changes>;

/** The teacher's self-paced view: counts only, seat numbers only for devices stuck. */
export const Dashboard = z.strictObject({
  /** How many devices wait at each point ("levelId/nodeId"), ended devices under "levelId/#end". */
  at: z.record(z.string(), z.number().int()),
  /** At each decision ("levelId/nodeId"), how many took each choice id. */
  splits: z.record(z.string(), z.record(z.string(), z.number().int())),
  /** The longest-stuck devices first, by the label the student sees (number, animal); at most MAX_STUCK. */
  stuck: z.array(z.strictObject({ seat: z.number().int(), animal: LocalText, point: z.string(), minutes: z.number() })),
  /** The learning check on the devices: each form, then per device B − A (`gain`) and booster − B (`kept`). */
  checks: z.strictObject({ A: FormTally, B: FormTally, booster: FormTally, gain: Changes, kept: Changes }),
});
export type Dashboard = z.infer<typeof Dashboard>;

/** Whether what the hub holds is on its disk: the projector says so at once when it is not. */
export const Storage = z.strictObject({
  ok: z.boolean(),
  /** Changes held in memory (and not acknowledged) until the disk takes them. */
  pending: z.number().int(),
  /** The system's error code (ENOSPC, EACCES, …) while the disk refuses. */
  error: z.string().max(40).nullable(),
  /** The folder the sessions are saved in (on the hub's PC). */
  dir: z.string().max(MAX_TEXT),
});
export type Storage = z.infer<typeof Storage>;

/** Something the teacher must be told about this session's file, once, in words. */
export const NOTICE_KINDS = ['restored-copy', 'migrated', 'unknown-keys', 'newer-format'] as const;
export const Notice = z.strictObject({ kind: z.enum(NOTICE_KINDS), detail: z.string().max(MAX_TEXT) });
export type Notice = z.infer<typeof Notice>;

export const HostView = z.strictObject({
  code: Code,
  mode: Mode,
  seats: SeatStyle,
  level: LevelRef.nullable(),
  joined: z.number().int(),
  connected: z.number().int(),
  round: HostRound.nullable(),
  /** The last MAX_HISTORY rounds played, oldest first (the summary has them all). */
  history: z.array(HostRound),
  dashboard: Dashboard,
  ended: z.boolean(),
  storage: Storage,
  notices: z.array(Notice),
});
export type HostView = z.infer<typeof HostView>;

export const StudentView = z.strictObject({
  mode: Mode,
  level: LevelRef.nullable(),
  round: StudentRound.nullable(),
  ended: z.boolean(),
});
export type StudentView = z.infer<typeof StudentView>;

export const Summary = z.strictObject({
  mode: Mode,
  devices: z.number().int(),
  rounds: z.array(HostRound),
  dashboard: Dashboard,
});
export type Summary = z.infer<typeof Summary>;

const reply = msg;

/** A session in the hub's list (shown only on the hub's own PC). */
export const SessionEntry = z.strictObject({ code: Code, mode: Mode, joined: z.number().int(), createdAt: z.number(), updatedAt: z.number(), ended: z.boolean(), level: LevelRef.nullable() });
export type SessionEntry = z.infer<typeof SessionEntry>;

export const ServerMessage = z.discriminatedUnion('t', [
  reply('error', { code: ErrorCode, message: z.string().max(MAX_TEXT) }),
  reply('host.created', { code: Code, secret: Secret }),
  reply('host.state', { view: HostView }),
  reply('joined', { token: Secret, seat: Seat }),
  reply('student.state', { view: StudentView }),
  reply('ack', {}),
  reply('summary', { summary: Summary }),
  reply('pong', {}),
  /** Another projector took this session over: this one stops (and may take it back). */
  reply('host.replaced', {}),
  reply('sessions', { sessions: z.array(SessionEntry), damaged: z.array(z.strictObject({ file: z.string().max(200), keptAs: z.string().max(200) })) }),
]);
export type ServerMessage = z.infer<typeof ServerMessage>;
export type ServerType = ServerMessage['t'];
export type ServerOf<T extends ServerType> = Extract<ServerMessage, { t: T }>;

/** Messages only the projector holding the session's secret may send. */
export const HOST_ONLY: ReadonlySet<ClientType> = new Set(['host.mode', 'host.level', 'host.open', 'host.reveal', 'host.play', 'host.advance', 'host.summary', 'host.end', 'host.remove']);
/** The most stuck devices and past rounds a projector's update carries (bounded, however big the class). */
export const MAX_STUCK = 40;
export const MAX_HISTORY = 40;

export type Parsed = { ok: true; message: ClientMessage } | { ok: false; code: ErrorCode; message: string };

/** Reads one frame from a device: size, JSON, version and shape, each with its own error. */
export function parseClientFrame(frame: string): Parsed {
  if (frame.length > MAX_FRAME_BYTES) return { ok: false, code: 'too-big', message: `a message is at most ${MAX_FRAME_BYTES} bytes` };
  let data: unknown;
  try {
    data = JSON.parse(frame);
  } catch {
    return { ok: false, code: 'bad-json', message: 'not JSON' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, code: 'bad-message', message: 'a message is a JSON object' };
  const v = (data as { v?: unknown }).v;
  if (v !== PROTOCOL_VERSION) return { ok: false, code: 'version', message: `protocol version ${String(v)} is not spoken here (this hub speaks ${PROTOCOL_VERSION})` };
  const result = ClientMessage.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') + ': ' : '';
    return { ok: false, code: 'bad-message', message: (where + (issue?.message ?? 'invalid')).slice(0, MAX_TEXT) };
  }
  return { ok: true, message: result.data };
}

/** Reads one frame from the hub (the client side's check). */
export function parseServerFrame(frame: string): ServerMessage | null {
  try {
    const result = ServerMessage.safeParse(JSON.parse(frame));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}
