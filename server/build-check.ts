// Is the built game (dist/) there and newer than its sources? `npm run class` builds it when not,
// so a teacher with a fresh copy of the game needs one command.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = ['src', 'levels', 'public', 'index.html', 'vite.config.ts', 'package.json'];

function newest(path: string): number {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const name of readdirSync(path)) latest = Math.max(latest, newest(join(path, name)));
  return latest;
}

/** Why the build must be made again, or null when dist/ is up to date. */
export function staleBuild(root: string, dist: string): string | null {
  let built: number;
  try {
    built = statSync(join(dist, 'index.html')).mtimeMs;
  } catch {
    return `${dist} has no build`;
  }
  for (const source of SOURCES) if (newest(join(root, source)) > built) return `${source} changed after the last build`;
  return null;
}
