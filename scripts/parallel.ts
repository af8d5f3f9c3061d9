// Runs npm scripts side by side (`tsx scripts/parallel.ts typecheck lint levels:check`): most of
// the checks are one process on one core each (tsc, ESLint, the level checker), so two cores run
// two at a time instead of one after another. Each script's output is held and printed whole when
// it ends, with its time, except a `live` one's, which is printed as it comes (the browser suite's
// eleven minutes); the run fails if any script fails. `npm test`'s order is in ./test.ts.
import { spawn } from 'node:child_process';
import { setPriority } from 'node:os';
import { fileURLToPath } from 'node:url';

export interface Job {
  /** The npm script. */
  script: string;
  /** Its output printed as it comes, not held until it ends. */
  live?: boolean;
  /**
   * Run at a lower priority: it takes the cores only when the others leave them idle. For checks
   * that keep no time (tsc, ESLint), beside one that does (a browser waiting for a frame).
   */
  yields?: boolean;
}

const run = ({ script, live = false, yields = false }: Job): Promise<boolean> =>
  new Promise((done) => {
    const began = Date.now();
    const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1' } });
    // Set before npm starts the script itself (it takes a tenth of a second to load), which inherits it.
    if (yields && child.pid) setPriority(child.pid, 10);
    const output: Buffer[] = [];
    const keep = (chunk: Buffer) => (live ? process.stdout.write(chunk) : output.push(chunk));
    if (live) process.stdout.write(`\n── npm run ${script} ──\n`);
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (error) => keep(Buffer.from(`${error.message}\n`)));
    child.on('close', (code) => {
      const seconds = ((Date.now() - began) / 1000).toFixed(1);
      process.stdout.write(`\n── npm run ${script}: ${code === 0 ? 'passed' : `FAILED (exit ${code})`} in ${seconds} s ──\n`);
      process.stdout.write(Buffer.concat(output));
      done(code === 0);
    });
  });

/** Runs the jobs side by side; true if every one passed (the failed ones are named). */
export async function sideBySide(jobs: readonly Job[]): Promise<boolean> {
  const results = await Promise.all(jobs.map(run));
  const failed = jobs.filter((_, i) => !results[i]);
  if (failed.length > 0) console.error(`\nFailed: ${failed.map((job) => `npm run ${job.script}`).join(', ')}`);
  return failed.length === 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const scripts = process.argv.slice(2);
  if (scripts.length === 0) {
    console.error('usage: tsx scripts/parallel.ts <npm script> [<npm script> …]');
    process.exit(2);
  }
  if (!(await sideBySide(scripts.map((script) => ({ script }))))) process.exit(1);
}
