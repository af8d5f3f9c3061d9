// A zod issue as a message a person can act on (./messages): "missing field", "English text
// missing", "unknown node type", a bad id's value… Shared by the checker, the game's import and
// the studio, so a mistake reads the same wherever it is made.
import type { z } from 'zod';
import { describeValue, type Message, type MessageCode, type Params } from './messages';
import { Node } from './schema';

const ID_PATTERN = '^[a-z0-9][a-z0-9_-]*$';
const FLAG_PATTERN = '^[A-Za-z][A-Za-z0-9_-]*$';
const LANGUAGE_KEYS = new Set(['zh-CN', 'en']);

const msg = (code: MessageCode, params?: Params): Message => (params ? { code, params } : { code });

/** The node kinds the schema knows, quoted, for "use …, … or …": read from the schema, never listed by hand. */
const KINDS = Node.options.map((o) => `"${o.shape.type.value}"`);
const kinds = { kinds: KINDS.slice(0, -1), last: KINDS.at(-1) ?? '' };

/** A zod issue as a message a person can act on. */
export function describeZodIssue(issue: z.core.$ZodIssue, data: unknown): Message {
  const key = issue.path[issue.path.length - 1];
  const value = valueAt(data, issue.path);
  const got = describeValue(value);
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) {
        if (typeof key === 'string' && LANGUAGE_KEYS.has(key)) return msg('missingText', { lang: `@lang.${key}` });
        return msg('missingField', { field: String(key) });
      }
      return msg('expectedType', { expected: `@type.${issue.expected}`, got });
    case 'unrecognized_keys':
      return msg('unknownKeys', { keys: issue.keys.map((k) => `"${k}"`) });
    case 'invalid_union': {
      if (key === 'type') return value === undefined ? msg('missingNodeType', kinds) : msg('unknownNodeType', { got, ...kinds });
      if (key === 'kind') return msg('unknownItemKind', { got });
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
        // A condition: { "flag": …, "is": … } or { "flag": …, "atLeast": … }.
        const condition = value as Record<string, unknown>;
        if ('is' in condition && 'atLeast' in condition) return msg('conditionBoth');
        if ('is' in condition && typeof condition.is !== 'boolean' && typeof condition.is !== 'number') return msg('conditionIsType', { got: describeValue(condition.is) });
        if ('atLeast' in condition && typeof condition.atLeast !== 'number') return msg('conditionAtLeastType', { got: describeValue(condition.atLeast) });
        return msg('conditionShape');
      }
      return value === undefined ? msg('missingField', { field: String(key) }) : msg('expectedFlagValue', { got });
    }
    case 'invalid_format': {
      const pattern = 'pattern' in issue ? String(issue.pattern) : '';
      if (pattern.includes(ID_PATTERN.slice(1, -1))) return msg('badId', { got });
      if (pattern.includes(FLAG_PATTERN.slice(1, -1))) return msg('badFlagName', { got });
      if (pattern.includes('\\d{4}')) return msg('badDate', { got });
      return msg('schemaMessage', { detail: `${got}: ${issue.message}` });
    }
    case 'invalid_key':
      return msg('badFlagName', { got: JSON.stringify(String(key)) });
    case 'invalid_value': {
      const allowed = issue.values.map((v) => JSON.stringify(v));
      return value === undefined ? msg('missingEnum', { field: String(key), allowed }) : msg('notAllowed', { got, allowed });
    }
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const limit = Number(small ? issue.minimum : issue.maximum);
      if (issue.origin === 'array') {
        if (key === 'choices') return msg(small ? 'tooFewChoices' : 'tooManyChoices');
        if (key === 'laws' && small) return msg('noLaw');
        return small ? msg('tooFewItems', { min: limit }) : msg('tooManyItems', { count: Array.isArray(value) ? value.length : limit + 1, max: limit });
      }
      if (issue.origin === 'string') {
        if (small && typeof key === 'string' && LANGUAGE_KEYS.has(key)) return msg('emptyText', { lang: `@lang.${key}` });
        return small ? msg('tooFewItems', { min: limit }) : msg('tooLongString', { max: limit });
      }
      return small ? msg('numberTooSmall', { min: limit, got }) : msg('numberTooBig', { max: limit, got });
    }
    case 'custom': {
      const params = (issue.params ?? {}) as Record<string, unknown>;
      if (typeof params.code === 'string') {
        const { code, ...rest } = params;
        return msg(code as MessageCode, rest as Params);
      }
      return msg('schemaMessage', { detail: issue.message });
    }
    default:
      return msg('schemaMessage', { detail: issue.message });
  }
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

