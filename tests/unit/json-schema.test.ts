import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { schemaFiles } from '../../scripts/json-schemas';

describe('the editor JSON Schemas', () => {
  it.each(Object.entries(schemaFiles))('%s is up to date with the zod schema (run `npm run schema`)', (file, expected) => {
    expect(readFileSync(file, 'utf8')).toBe(expected);
  });

  it('carries the descriptions editors show on hover', () => {
    const schema = JSON.parse(schemaFiles['levels/schema/level.schema.json']);
    expect(schema.properties.ageBand.description).toMatch(/age band/);
    expect(schema.additionalProperties).toBe(false);
  });
});
