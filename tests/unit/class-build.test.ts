// `npm run class` on a teacher's PC: it builds the game when dist/ is missing or older than the
// sources, and a failed build never takes away the game the class already had.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { staleBuild } from '../../server/build-check';
import { type Build, buildGame } from '../../server/build-game';

/** A folder holding a game's sources (src/, levels/), and where its build goes. */
function project(): { root: string; dist: string } {
  const root = mkdtempSync(join(tmpdir(), 'class-build-'));
  mkdirSync(join(root, 'src'));
  mkdirSync(join(root, 'levels'));
  writeFileSync(join(root, 'src', 'main.ts'), 'export {};');
  writeFileSync(join(root, 'levels', 'bank-card.json'), '{}');
  return { root, dist: join(root, 'dist') };
}

/** A build that writes a game saying `version`, or fails half-way, as a half-edited file makes it. */
const builds =
  (version: string, ok = true): Build =>
  (outDir) => {
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, ok ? 'index.html' : 'half.js'), version);
    return ok;
  };

const served = (dist: string) => readFileSync(join(dist, 'index.html'), 'utf8');
const aged = (path: string, seconds: number) => utimesSync(path, Date.now() / 1000 - seconds, Date.now() / 1000 - seconds);

describe('npm run class: the build it serves', () => {
  it('builds when there is no build, and not again until a source changes', () => {
    const { root, dist } = project();
    expect(staleBuild(root, dist)).toBe(`${dist} has no build`);
    expect(buildGame(dist, builds('v1'))).toBe('built');
    expect(served(dist)).toBe('v1');
    // Sources a minute old, the build half a minute: whatever the file system's clock resolution.
    for (const path of ['src/main.ts', 'src', 'levels/bank-card.json', 'levels']) aged(join(root, path), 60);
    aged(join(dist, 'index.html'), 30);
    expect(staleBuild(root, dist)).toBeNull();
    writeFileSync(join(root, 'levels', 'bank-card.json'), '{"edited": true}'); // a prosecutor edits a level
    expect(staleBuild(root, dist)).toBe('levels changed after the last build');
  });

  it('swaps a new build in whole, leaving nothing beside it', () => {
    const { root, dist } = project();
    buildGame(dist, builds('v1'));
    expect(buildGame(dist, builds('v2'))).toBe('built');
    expect(served(dist)).toBe('v2');
    expect(readdirSync(root).sort()).toEqual(['dist', 'levels', 'src']);
  });

  it('keeps the earlier build, untouched, when the new one fails', () => {
    const { root, dist } = project();
    buildGame(dist, builds('v1'));
    expect(buildGame(dist, builds('v2', false))).toBe('kept');
    expect(served(dist)).toBe('v1');
    expect(readdirSync(dist)).toEqual(['index.html']);
    expect(readdirSync(root).sort()).toEqual(['dist', 'levels', 'src']);
  });

  it('says there is no game when the first build fails', () => {
    const { root, dist } = project();
    expect(buildGame(dist, builds('v1', false))).toBe('none');
    expect(readdirSync(root).sort()).toEqual(['levels', 'src']);
  });

  it('counts a build that reports success but wrote no game as failed', () => {
    const { dist } = project();
    buildGame(dist, builds('v1'));
    const empty: Build = (outDir) => (mkdirSync(outDir, { recursive: true }), true);
    expect(buildGame(dist, empty)).toBe('kept');
    expect(served(dist)).toBe('v1');
  });
});
