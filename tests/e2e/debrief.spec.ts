// The class debrief and what it prints (issue 25 and 24): paged with the clicker; safe and risky
// marked, the class's own risky choice never bold; the show-of-hands check before and after with
// its uncertainty; a two-level lesson's handout on one A4 page with the discussion prompts;
// certificates for a whole class in one print, one page each, the names never stored.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

type Text = Record<string, string>;
interface RawLevel {
  id: string;
  title: Text;
  nodes: ({ id: string; type: 'choice'; prompt: Text; discussion?: Text; choices: { id: string; text: Text; kind: string }[] } | { id: string; type: 'ending'; title: Text; lessons?: Text[]; help?: string[] } | { id: string; type: string })[];
}

const levelOf = (id: string) => JSON.parse(readFileSync(`levels/${id}.json`, 'utf8')) as RawLevel;

/** A two-level lesson as the game records it: a vote at every decision, the class's majority risky where it can be. */
function lesson(): { votes: unknown[]; endings: unknown[] } {
  const votes = [];
  const endings = [];
  for (const level of [levelOf('pay-or-post'), levelOf('class-video')]) {
    for (const node of level.nodes) {
      if (node.type !== 'choice' || !('choices' in node)) continue;
      const risky = node.choices.find((c) => c.kind === 'risky') ?? node.choices[0]!;
      votes.push({
        levelId: level.id, levelTitle: level.title, nodeId: node.id, prompt: node.prompt,
        options: node.choices.map((c) => ({ id: c.id, text: c.text, kind: c.kind, votes: c === risky ? 21 : 6 })),
        played: risky.id,
      });
    }
    const ending = level.nodes.find((n) => n.type === 'ending') as Extract<RawLevel['nodes'][number], { type: 'ending' }>;
    endings.push({ levelId: level.id, levelTitle: level.title, title: ending.title, lessons: ending.lessons ?? [], help: ending.help ?? [] });
  }
  return { votes, endings };
}

async function openDebrief(page: Page, hands?: unknown): Promise<void> {
  const { votes, endings } = lesson();
  await page.addInitScript(([session, counts]) => {
    if (sessionStorage.getItem('seeded')) return; // once: later loads keep what the test did
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem('see-through:class-session', session!);
    if (counts) localStorage.setItem('see-through:hands-check', counts);
  }, [JSON.stringify({ version: 1, votes, endings }), hands ? JSON.stringify(hands) : '']);
  await page.goto('./?mode=projector');
  await page.getByRole('button', { name: '课堂总结' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '课堂总结' })).toBeVisible();
}

const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;

test('the debrief marks safe and risky, pages with the clicker, and prints a two-level lesson on one A4 page', async ({ page }) => {
  test.setTimeout(180_000);
  const [a, b] = ['form-a', 'form-b'].map((f) => JSON.parse(readFileSync(`levels/quiz/${f}.json`, 'utf8')) as { items: { id: string; kind: string; answer: string }[] });
  const counts = (items: { id: string; kind: string; answer: string }[], right: number, wrong: number) =>
    items.filter((i) => i.kind === 'judge').map((i) => ({ itemId: i.id, scam: i.answer === 'scam' ? right : wrong, real: i.answer === 'scam' ? wrong : right }));
  await openDebrief(page, { before: { form: 'A', at: '2026-12-05T08:00:00Z', counts: counts(a!.items, 20, 20) }, after: { form: 'B', at: '2026-12-05T08:40:00Z', counts: counts(b!.items, 32, 8) } });

  // Every split marks its options; the class's risky choice is named but not bold, the safe one is.
  const split = page.locator('.split').first();
  const played = split.locator('li.played');
  await expect(played).toContainText('（当堂选择）');
  await expect(played).toContainText('⚠ 有风险');
  await expect(split.locator('li.safe').first()).toContainText('✓ 安全');
  const weight = (row: ReturnType<Page['locator']>) => row.locator('.text').evaluate((e) => Number(getComputedStyle(e).fontWeight));
  expect(await weight(played)).toBeLessThan(600);
  expect(await weight(split.locator('li.safe').first())).toBeGreaterThanOrEqual(700);

  // The show of hands: before and after, the change with its interval and the effect size.
  await expect(page.getByText(/课前：\d 条消息，共 \d+ 次举手，50% 答对/)).toBeAttached();
  await expect(page.getByText(/课后比课前答对的比例变化 30 个百分点（95% 区间：/)).toBeAttached();
  await expect(page.getByText(/效应量 h = 0\.\d+/)).toBeAttached();

  // → turns a page (a clicker sends → or PageDown); ← goes back.
  const body = page.locator('.debrief-screen .body');
  await expect(page.locator('.page-line')).toContainText(/第 1 \/ \d+ 页/);
  await page.keyboard.press('PageDown');
  await expect(page.locator('.page-line')).toContainText(/第 2 \/ \d+ 页/);
  expect(await body.evaluate((e) => e.scrollTop)).toBeGreaterThan(100);
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => body.evaluate((e) => e.scrollTop)).toBe(0);

  // The handout preview pages too, and carries the discussion prompts.
  await page.getByRole('button', { name: '预览讲义' }).click();
  await expect(page.locator('.body.preview')).toContainText('课后讨论');
  await page.keyboard.press('ArrowRight');
  expect(await body.evaluate((e) => e.scrollTop)).toBeGreaterThan(100);

  // Print: one A4 page for the two-level lesson, safe and risky marked on paper too.
  await page.evaluate(() => (window.print = () => undefined));
  await page.getByRole('button', { name: '打印讲义' }).click();
  await page.emulateMedia({ media: 'print' });
  const paper = page.locator('#print-root');
  await expect(paper).toContainText('⚠ 有风险');
  await expect(paper).toContainText('课后讨论');
  await expect(paper).toContainText('举手小测');
  expect(pageCount(await page.pdf({ format: 'A4' }))).toBe(1);
  await page.emulateMedia({ media: 'screen' });
});

test('certificates for a whole class print in one go, one page each, and the names are never stored', async ({ page }) => {
  await openDebrief(page);
  await page.getByLabel(/学生名单/).fill('李明\n王芳\n\n张伟');
  await expect(page.getByText('3 个名字，每人一页')).toBeVisible();
  await page.getByLabel('学校').fill('实验中学');
  await page.getByLabel('主讲人').fill('陈检察官');
  await page.evaluate(() => (window.print = () => undefined));
  await page.getByRole('button', { name: '打印全班的证书' }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#print-root .certificate')).toHaveCount(3);
  await expect(page.locator('#print-root .certificate').nth(1)).toContainText('王芳');
  await expect(page.locator('#print-root .certificate').first()).toContainText('实验中学');
  await expect(page.locator('#print-root .certificate').first()).toContainText('陈检察官');
  expect(pageCount(await page.pdf({ format: 'A4' }))).toBe(3);
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByLabel(/学生名单/)).toHaveValue('');
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
  for (const name of ['李明', '王芳', '张伟']) expect(stored).not.toContain(name);
});

test('the show of hands runs from the plan with the clicker: before, counted with + / −, kept for the debrief', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: '课堂计划' }).click();
  await page.getByRole('button', { name: '加入这节课' }).first().click();
  await expect(page.getByText(/课前：举手小测（约 3 分钟）/)).toBeVisible();
  await page.getByRole('button', { name: '投影', exact: true }).first().click();
  await expect(page.getByRole('heading', { name: '举手小测 · 课前' })).toBeVisible();
  await page.keyboard.press('ArrowRight'); // start
  for (let i = 0; i < 4; i++) {
    await expect(page.getByText(`第 ${i + 1} 条，共 4 条`)).toBeVisible();
    for (let n = 0; n < 3; n++) await page.keyboard.press('+'); // 3 hands for "danger signs"
    await page.keyboard.press('2');
    await page.keyboard.press('+'); // 1 for "harmless"
    await expect(page.locator('.hands-row').nth(1).locator('output')).toHaveText('1 人');
    if (i === 1) {
      // ← goes back and the counts are still there.
      await page.keyboard.press('ArrowLeft');
      await expect(page.locator('.hands-row').first().locator('output')).toHaveText('3 人');
      await page.keyboard.press('ArrowRight');
    }
    await page.keyboard.press('ArrowRight');
  }
  await expect(page.getByRole('heading', { name: /举手小测 · 课前做完了：共 16 次举手，50% 答对/ })).toBeVisible();
  await page.getByRole('button', { name: '课堂总结' }).click();
  await expect(page.getByText(/课前：4 条消息，共 16 次举手，50% 答对/)).toBeVisible();
});
