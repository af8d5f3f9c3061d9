// The default of every switch over a closed set (node kinds, story events): a value of type `never`.
// Adding a kind to the schema without teaching such a switch is then a compile error where the
// switch is, never a surprise at run time; if bad data gets there anyway, the error names it.

export function unreachable(value: never, what = 'value'): never {
  const kind = typeof value === 'object' && value !== null && 'type' in value ? (value as { type: unknown }).type : value;
  throw new Error(`unexpected ${what}: ${JSON.stringify(kind)}`);
}
