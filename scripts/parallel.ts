// Runs npm scripts side by side (`tsx scripts/parallel.ts typecheck lint build`): `npm test`'s
// checks that need no browser are each one process on one core (tsc, ESLint, the level checker,
// Vite's build), so two cores run two at a time instead of one after another. Each script's output
// is held and printed whole when it ends, with its time; the run fails if any script fails.
import { spawn } from 'node:child_process';

const scripts = process.argv.slice(2);
if (scripts.length === 0) {
  console.error('usage: tsx scripts/parallel.ts <npm script> [<npm script> …]');
  process.exit(2);
}

const run = (script: string): Promise<boolean> =>
  new Promise((done) => {
    const began = Date.now();
    const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1' } });
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('error', (error) => output.push(Buffer.from(`${error.message}\n`)));
    child.on('close', (code) => {
      const seconds = ((Date.now() - began) / 1000).toFixed(1);
      process.stdout.write(`\n── npm run ${script}: ${code === 0 ? 'passed' : `FAILED (exit ${code})`} in ${seconds} s ──\n`);
      process.stdout.write(Buffer.concat(output));
      done(code === 0);
    });
  });

const results = await Promise.all(scripts.map(run));
const failed = scripts.filter((_, i) => !results[i]);
if (failed.length > 0) {
  console.error(`\nFailed: ${failed.map((s) => `npm run ${s}`).join(', ')}`);
  process.exit(1);
}
