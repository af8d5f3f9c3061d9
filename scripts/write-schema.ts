// Regenerates levels/schema/*.schema.json from the zod schema: `npm run schema`.
import { writeFileSync } from 'node:fs';
import { schemaFiles } from './json-schemas';

for (const [file, text] of Object.entries(schemaFiles)) {
  writeFileSync(file, text);
  console.log(`wrote ${file}`);
}
