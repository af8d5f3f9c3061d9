import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, snap, test } from './fixtures';

const shipped = JSON.parse(readFileSync('levels/bank-card.json', 'utf8'));

/** A teacher's own level: the shipped one under another id and title, optionally broken. */
function teacherLevel(change: (level: any) => void = () => {}): Buffer {
  const level = structuredClone(shipped);
  level.id = 'district-case';
  level.title = { 'zh-CN': '本区案例：借卡', en: 'Our district: the borrowed card' };
  change(level);
  return Buffer.from(JSON.stringify(level, null, 2));
}

async function pick(page: Page, name: string, buffer: Buffer): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '导入关卡…' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer });
}

test('a teacher imports a broken level, sees where it is broken, then imports a fixed one and plays it', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: '开始' }).click();

  // The first decision's second choice leads nowhere: the message names the node and the choice by
  // id, in the interface's language.
  const decision = shipped.nodes.find((n: any) => n.type === 'choice');
  const broken = teacherLevel((l) => (l.nodes.find((n: any) => n.id === decision.id).choices[1].next = 'n9'));
  const line = broken.toString('utf8').split('\n').findIndex((l) => l.includes('"n9"')) + 1;
  await pick(page, 'my-level.json', broken);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('my-level.json 无法导入');
  await expect(alert).toContainText(`my-level.json:${line} → 节点 ${decision.id} › 选项 ${decision.choices[1].id} › next：未知的节点 "n9"`);
  await snap(page, 'import-broken-zh');

  await pick(page, 'not-json.json', Buffer.from('{ "id": "x", }'));
  await expect(page.getByRole('alert')).toContainText('not-json.json:1 → （整个文件）：不是有效的 JSON');

  await pick(page, 'my-level.json', teacherLevel());
  await expect(page.getByRole('status')).toContainText('已导入“本区案例：借卡”');
  await expect(page.getByRole('button', { name: /“躺赚”500元/ })).toBeVisible(); // the shipped level stays
  await snap(page, 'import-ok-zh');

  await page.reload(); // kept on this computer
  await page.getByRole('button', { name: '开始' }).click();
  await page.getByRole('button', { name: /本区案例：借卡/ }).click();
  await page.getByRole('button', { name: '开始这一关' }).click();
  await expect(page.getByRole('log')).toContainText('闲置银行卡出租');
  await page.getByRole('button', { name: /不借。/ }).click();
  await expect(page.getByText('✓ 安全的选择')).toBeVisible();

  await page.getByRole('button', { name: '离开关卡' }).click();
  await page.getByRole('button', { name: '从本机删除' }).click();
  await expect(page.getByRole('button', { name: /本区案例：借卡/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /“躺赚”500元/ })).toBeVisible();
});

test('an imported level may not take a shipped level\'s id', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: '开始' }).click();
  await pick(page, 'copy.json', teacherLevel((l) => (l.id = 'bank-card')));
  await expect(page.getByRole('alert')).toContainText('已经有别的关卡用了编号 "bank-card"');
});

test('a level file dropped on the level list is checked and made playable', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: '开始' }).click();
  const text = teacherLevel().toString('utf8');
  const drop = await page.evaluateHandle((content) => {
    const data = new DataTransfer();
    data.items.add(new File([content], 'dropped.json', { type: 'application/json' }));
    return data;
  }, text);
  await page.locator('.list-screen').dispatchEvent('dragover', { dataTransfer: drop });
  await expect(page.locator('.list-screen')).toHaveClass(/dragging/);
  await page.locator('.list-screen').dispatchEvent('drop', { dataTransfer: drop });
  await expect(page.getByRole('status')).toContainText('已导入“本区案例：借卡”');
  await expect(page.getByRole('button', { name: /本区案例：借卡/ })).toBeVisible();
});

test('a level saved as GBK by older Notepad is named as such, with the fix, never read as garbled text', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: '开始' }).click();
  await pick(page, 'gbk-level.json', readFileSync('tests/fixtures/encoding/level-gbk.json'));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('gbk-level.json 无法导入');
  await expect(alert).toContainText('这个文件不是 UTF-8 编码（看起来是 GBK/GB18030');
  await expect(alert).toContainText('请用 UTF-8 另存');
  await expect(alert).not.toContainText('\uFFFD\uFFFD'); // garbled Chinese would show as runs of �
  await snap(page, 'import-gbk-zh');
});
