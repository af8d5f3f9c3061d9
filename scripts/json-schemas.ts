// The editor JSON Schemas, generated from the zod schema so they can never drift from it.
import { z } from 'zod';
import { Level, QuizForm, Registry, Techniques } from '../src/core';

const asJson = (schema: z.ZodType) => `${JSON.stringify(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), null, 2)}\n`;

export const schemaFiles = {
  'levels/schema/level.schema.json': asJson(Level),
  'levels/schema/registry.schema.json': asJson(Registry),
  'levels/schema/techniques.schema.json': asJson(Techniques),
  'levels/schema/quiz.schema.json': asJson(QuizForm),
};
