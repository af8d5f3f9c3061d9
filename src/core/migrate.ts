// Level files outlive versions of the game. A file written for an older format is migrated in
// memory to the current one before it meets the schema, with a note of each change; a file is
// never refused for lacking a field added later. Works on the parsed JSON, before validation.
import type { Message } from './messages';
import { FORMAT_VERSION } from './schema';

export interface Migration {
  /** The data in the current format (a copy when anything changed). */
  readonly data: unknown;
  /** The version the file was written in (1 when it says none). */
  readonly from: number;
  /** What changed, as messages ("formatVersion 1 → 2: …"). */
  readonly notes: readonly Message[];
  /** Set when the file cannot be read by this game at all (e.g. a newer format). */
  readonly problem?: Message;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The format version a file declares: missing means 1. */
function versionOf(data: Json): number | Message {
  const declared = data.formatVersion;
  if (declared === undefined) return 1;
  if (typeof declared !== 'number' || !Number.isInteger(declared) || declared < 1) return { code: 'formatUnknown', params: { got: JSON.stringify(declared) } };
  return declared;
}

/** Puts formatVersion right after $schema, where a person reading the file looks for it. */
function withVersion(data: Json): Json {
  const { $schema, formatVersion: _old, ...rest } = data;
  return { ...($schema === undefined ? {} : { $schema }), formatVersion: FORMAT_VERSION, ...rest };
}

export function migrateLevel(input: unknown): Migration {
  if (!isObject(input)) return { data: input, from: FORMAT_VERSION, notes: [] };
  const version = versionOf(input);
  if (typeof version !== 'number') return { data: input, from: FORMAT_VERSION, notes: [], problem: version };
  if (version > FORMAT_VERSION) return { data: input, from: version, notes: [], problem: { code: 'formatTooNew', params: { version, max: FORMAT_VERSION } } };
  if (version === FORMAT_VERSION) return { data: input, from: version, notes: [] };

  // 1 → 2: consequences learn whose side the player is on; in format 1 every one was the actor's.
  const data = withVersion(JSON.parse(JSON.stringify(input)) as Json);
  let given = 0;
  if (Array.isArray(data.nodes)) {
    for (const node of data.nodes) {
      if (isObject(node) && node.type === 'consequence' && node.perspective === undefined) {
        node.perspective = 'actor';
        given++;
      }
    }
  }
  const notes: Message[] = [given > 0 ? { code: 'migratedPerspective', params: { count: given } } : { code: 'migratedVersion', params: { from: version, to: FORMAT_VERSION } }];
  return { data, from: version, notes };
}

/**
 * The learning check of format 1 (levels/quiz/learning-check.json: { questions: [...] }, six
 * choice questions, one per case) becomes a form of format 2 with "choice" items.
 */
export function migrateQuiz(input: unknown): Migration {
  if (!isObject(input) || !Array.isArray(input.questions) || 'items' in input) return { data: input, from: FORMAT_VERSION, notes: [] };
  const { $schema, questions } = input;
  const items = questions.map((q) => {
    if (!isObject(q)) return q;
    const { case: _case, explanation, ...rest } = q;
    return { ...rest, kind: 'choice', ...(explanation === undefined ? {} : { explain: explanation }) };
  });
  const data = { ...($schema === undefined ? {} : { $schema }), form: 'A', items };
  return { data, from: 1, notes: [{ code: 'migratedQuiz', params: { count: items.length, form: 'A' } }] };
}
