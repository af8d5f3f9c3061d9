// Builds the game for `npm run class` into a folder beside dist/ and swaps it in only when the
// build succeeded: a failed build (a half-edited file) never leaves the class without a game.
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Builds the game into `outDir`; true when it says it succeeded. */
export type Build = (outDir: string) => boolean;

/** Vite's production build, its output shown to the teacher as it runs. */
export const viteBuild =
  (root: string): Build =>
  (outDir) =>
    spawnSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir'], { cwd: root, stdio: 'inherit' }).status === 0;

/**
 * `built`: dist/ now holds the new build. `kept`: the build failed and dist/ still holds the
 * earlier one, untouched. `none`: the build failed and there is no game to serve.
 */
export type BuildOutcome = 'built' | 'kept' | 'none';

export function buildGame(dist: string, build: Build): BuildOutcome {
  const next = `${dist}-building`;
  const old = `${dist}-previous`;
  const hadBuild = existsSync(join(dist, 'index.html'));
  rmSync(next, { recursive: true, force: true });
  if (build(next) && existsSync(join(next, 'index.html'))) {
    rmSync(old, { recursive: true, force: true });
    if (existsSync(dist)) renameSync(dist, old);
    renameSync(next, dist);
    rmSync(old, { recursive: true, force: true });
    return 'built';
  }
  rmSync(next, { recursive: true, force: true });
  return hadBuild ? 'kept' : 'none';
}
