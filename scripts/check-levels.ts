// The level checker: `npm run levels:check [files…]`. Validates each level exactly as the game
// does, prints one line per problem, each level's score range, and exits non-zero on any error.
import { readFileSync, readdirSync } from 'node:fs';
import { formatProblem, parseLevel } from '../src/content/parse-level';
import { registry } from '../src/content/registry';

const files = process.argv.slice(2).length > 0
  ? process.argv.slice(2)
  : readdirSync('levels').filter((f) => f.endsWith('.json')).sort().map((f) => `levels/${f}`);

let errors = 0;
let warnings = 0;
const ids = new Map<string, string>();
for (const file of files) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    console.log(`${file} → cannot read the file: ${(error as Error).message}`);
    errors++;
    continue;
  }
  const result = parseLevel(file, text, registry);
  for (const problem of result.problems) {
    console.log(formatProblem(problem));
    if (problem.severity === 'error') errors++;
    else warnings++;
  }
  if (result.ok) {
    const first = ids.get(result.level.id);
    if (first) {
      console.log(`${file} → id: the id "${result.level.id}" is already used by ${first}: change "id" in the file`);
      errors++;
      continue;
    }
    ids.set(result.level.id, file);
    const { bounds, endings, states } = result.exploration;
    console.log(`${file} ✓ ${result.level.id}: score ${bounds.min} to ${bounds.max}, ${endings.size} endings reachable, ${states} states explored`);
  }
}
console.log(`\n${files.length} level file(s): ${errors} error(s), ${warnings} warning(s)`);
process.exit(errors > 0 ? 1 : 0);
