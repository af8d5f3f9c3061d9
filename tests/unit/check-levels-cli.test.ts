// The command-line checker as a person runs it: `npm run levels:check -- --lang zh-CN file…`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const check = (...args: string[]) => {
  const run = spawnSync('node_modules/.bin/tsx', ['scripts/check-levels.ts', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, out: run.stdout };
};

describe('npm run levels:check', { timeout: 60_000 }, () => {
  it('names a GBK file in Chinese with the fix, then checks it as decoded, and fails', () => {
    const { code, out } = check('--lang', 'zh-CN', 'tests/fixtures/encoding/level-gbk.json');
    expect(out).toMatch(/^tests\/fixtures\/encoding\/level-gbk\.json → （整个文件）：这个文件不是 UTF-8 编码.*请用 UTF-8 另存/m);
    expect(out).toMatch(/level-gbk\.json ✓ valid-small：分数 -30 到 20/);
    expect(out).toMatch(/1 个文件：1 个错误/);
    expect(code).toBe(1);
  });

  it('prints the score range, the star rule, the stars plays reach and the checklist, in English by default', () => {
    const { code, out } = check('tests/fixtures/levels-v1/bank-card.json');
    expect(out).toContain('tests/fixtures/levels-v1/bank-card.json note: format version 1 → 2: 3 consequence(s) given perspective "actor"');
    expect(out).toMatch(/✓ bank-card: score -80 to 60, 3 ending\(s\) reachable/);
    expect(out).toMatch(/stars: 3 to start; .* Plays here earn 1, 2, 3\./);
    expect(out).toMatch(/✗ perspective, story and takeaway on every consequence \(nodes: lending-law, real-case, deeper\)/);
    expect(code).toBe(0); // not a shipped level: the checklist is advice
  });

  it('reports a broken file in the one style, file:line → path: message', () => {
    // The valid base with one dangling "next" (tests/unit/malformed-levels.test.ts has every other mistake).
    const level = JSON.parse(readFileSync('tests/fixtures/valid-small.json', 'utf8'));
    level.nodes.find((n: { id: string }) => n.id === 'explain').next = 'asks';
    const file = join(mkdtempSync(join(tmpdir(), 'levels-check-')), 'dangling-next.json');
    writeFileSync(file, JSON.stringify(level, null, 2));
    const { code, out } = check('--lang=en', file);
    expect(out).toMatch(/dangling-next\.json:\d+ → node explain › next: unknown node "asks"/m);
    expect(code).toBe(1);
  });
});
