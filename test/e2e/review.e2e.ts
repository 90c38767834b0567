// The extraction review at 1366 px: the table fits its dialog with readable evidence, rows
// 「待确认」 offer candidates and 「目录外指标」 by keyboard, the grouped picker finds an
// indicator by any part of its name, and a correction is remembered for the next report
// and listed, exported, removed and imported again in 指标目录.
import { readFileSync } from 'node:fs';
import type { Locator } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useAppSession, RESULTS_DIR, type Session } from './browser';
import { download } from './downloads';

const REPORT = 'test/fixtures/heldout/2023_jiangan_justice.txt';
// A wording no matcher ties to 普法宣传活动场次 by itself: only the learned alias can.
const REPORT_A = '2024年，我局组织“法润江城”志愿服务9次。';
const REPORT_B = '2025年，我局继续组织“法润江城”志愿服务12次。';
const TARGET = '普法宣传活动场次';

const session = useAppSession();
let s: Session;
beforeAll(async () => {
  s = session();
  await s.page.setViewportSize({ width: 1366, height: 768 });
});

const rows = () => s.page.getByTestId('review-table').getByTestId('review-row');

async function openExtractWithFile(path: string): Promise<void> {
  await s.page.getByRole('button', { name: '从报告提取' }).click();
  await s.page.getByLabel('选择报告文件').setInputFiles(path);
  await s.page.getByTestId('review-table').waitFor();
}

async function extractPasted(text: string): Promise<void> {
  const { page } = s;
  await page.getByRole('button', { name: '从报告提取' }).click();
  await page.getByText('粘贴报告全文').click();
  await page.getByLabel('粘贴报告全文').fill(text);
  await page.getByRole('button', { name: '提取', exact: true }).click();
  await page.getByTestId('review-table').waitFor();
}

async function box(l: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  return (await l.boundingBox())!;
}

describe('extraction review', () => {
  it('fits its dialog at 1366×768 with every column inside and the sentence readable', async () => {
    const { page } = s;
    await openExtractWithFile(REPORT);
    const dialog = await box(page.getByRole('dialog'));
    expect(dialog.x).toBeGreaterThanOrEqual(0);
    expect(dialog.x + dialog.width).toBeLessThanOrEqual(1366);
    const overflow = await page.getByTestId('review-table').evaluate((t) => {
      const wrap = t.parentElement!;
      return {
        table: t.scrollWidth,
        wrap: wrap.clientWidth,
        page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      };
    });
    expect(overflow.table).toBeLessThanOrEqual(overflow.wrap);
    expect(overflow.page).toBe(0);
    const n = await rows().count();
    expect(n).toBeGreaterThan(10);
    for (const label of ['指标 1', '数值 1', '单位 1', '限定 1', '删除 1']) {
      const b = await box(page.getByLabel(label, { exact: true }));
      expect(b.x).toBeGreaterThanOrEqual(dialog.x);
      expect(b.x + b.width).toBeLessThanOrEqual(dialog.x + dialog.width);
    }
    // The sentence spans the row's width (not four characters) and a row stays compact.
    const evidence = rows().first().locator('button.evidence');
    expect((await box(evidence)).width).toBeGreaterThan(400);
    expect((await evidence.textContent())!.length).toBeGreaterThan(10);
    expect((await box(rows().first())).height).toBeLessThan(160);
    await page.screenshot({ path: `${RESULTS_DIR}/review-1366x768.png` });
  });

  it('finds an indicator by part of its name in a grouped list, by keyboard', async () => {
    const { page } = s;
    const picker = page.getByRole('combobox', { name: '指标 1', exact: true });
    await picker.click();
    await picker.fill('出庭');
    const list = page.getByRole('listbox', { name: '指标 1：可选指标' });
    const option = list.getByRole('option', { name: '负责人出庭应诉率', exact: true });
    await option.waitFor();
    await expect
      .poll(() => list.getByRole('group', { name: '行政复议与诉讼' }).getByRole('option').allTextContents())
      .toContain('负责人出庭应诉率');
    expect(await option.getAttribute('aria-selected')).toBe('true');
    await page.screenshot({ path: `${RESULTS_DIR}/review-picker.png` });
    // Esc closes the list, not the dialog.
    await page.keyboard.press('Escape');
    await list.waitFor({ state: 'detached' });
    await page.getByTestId('review-table').waitFor();
    await picker.fill('出庭');
    await page.keyboard.press('ArrowUp');
    expect(await list.getByRole('option', { name: '目录外指标' }).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await list.waitFor({ state: 'detached' });
    expect(await picker.inputValue()).toBe('负责人出庭应诉率');
  });

  it('offers the best candidates and 目录外指标 for rows to confirm, chosen by keyboard', async () => {
    const { page } = s;
    const pending = rows().filter({ hasText: '待确认' });
    const before = await pending.count();
    expect(before).toBeGreaterThanOrEqual(2);
    const first = pending.first();
    const chips = first.getByRole('group', { name: /候选指标/ }).getByRole('button');
    const chipCount = await chips.count();
    expect(chipCount).toBeGreaterThanOrEqual(2);
    expect(chipCount).toBeLessThanOrEqual(4);
    expect(await chips.last().textContent()).toBe('目录外指标');
    await first.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${RESULTS_DIR}/review-candidates.png` });
    const candidate = (await chips.first().textContent())!;
    const firstKey = await first.getByRole('combobox', { name: /^指标 \d+$/ }).getAttribute('aria-label');
    await chips.first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => pending.count()).toBe(before - 1);
    expect(await page.getByRole('combobox', { name: firstKey!, exact: true }).inputValue()).toBe(candidate);
    // The keyboard stays in the row: on its indicator box.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(firstKey);

    const second = pending.first();
    const secondKey = await second.getByRole('combobox', { name: /^指标 \d+$/ }).getAttribute('aria-label');
    const wording = await second.getByLabel(/^指标原文/).inputValue();
    await second.getByRole('button', { name: '目录外指标' }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => pending.count()).toBe(before - 2);
    expect(await page.getByRole('combobox', { name: secondKey!, exact: true }).inputValue()).toBe('目录外指标');
    const n = Number(secondKey!.split(' ')[1]);
    expect(await page.getByLabel(`指标原文 ${n}`, { exact: true }).inputValue()).toBe(wording);
    await page.getByRole('button', { name: '关闭' }).click();
  });

  it('remembers a correction: the same wording in the next report is mapped, and 指标目录 lists, exports, removes and imports it', async () => {
    const { page } = s;
    await extractPasted(REPORT_A);
    await page.getByLabel('报告部门').fill('学习测试局');
    const picker = page.getByRole('combobox', { name: '指标 1', exact: true });
    expect(await picker.inputValue()).not.toBe(TARGET);
    const wording = await page.getByLabel('指标原文 1', { exact: true }).inputValue();
    expect(wording).toContain('法润江城');
    await picker.click();
    await picker.fill('普法宣传活动');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: '已记住' }).waitFor();
    await page.getByRole('button', { name: '关闭' }).click();

    await extractPasted(REPORT_B);
    await expect.poll(() => page.getByRole('combobox', { name: '指标 1', exact: true }).inputValue()).toBe(TARGET);
    expect(await rows().first().textContent()).not.toContain('待确认');
    expect(await page.getByLabel('数值 1', { exact: true }).inputValue()).toBe('12');
    await page.getByRole('button', { name: '关闭' }).click();

    await page.getByRole('button', { name: '指标目录' }).click();
    const local = page.getByTestId('local-aliases');
    const entry = local.getByRole('row').filter({ hasText: wording });
    await entry.waitFor();
    expect(await entry.textContent()).toContain(TARGET);
    expect(await entry.textContent()).toContain('粘贴的报告.txt');
    await page.getByLabel('搜索指标目录').fill('出庭');
    await page.getByTestId('catalog-list').getByText('负责人出庭应诉率', { exact: true }).waitFor();
    expect(await page.getByTestId('catalog-list').getByText(TARGET, { exact: true }).count()).toBe(0);
    await page.getByLabel('搜索指标目录').fill('');
    await page.screenshot({ path: `${RESULTS_DIR}/catalog-panel.png` });

    const csv = await download(page, page.getByRole('button', { name: '导出本地别名（CSV）' }), 'learned-aliases.csv');
    expect([...csv.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM for Excel
    const text = new TextDecoder().decode(csv.bytes);
    expect(text.split('\r\n')[0]).toBe('id,category,label_zh,label_en,unit,direction,aliases');
    expect(text).toContain(`pufa_events,普法宣传,${TARGET},`);
    expect(text).toContain(wording);

    await page.getByRole('button', { name: `删除别名「${wording}」` }).click();
    await entry.waitFor({ state: 'detached' });
    await page.getByLabel('导入别名 CSV').setInputFiles(csv.path);
    await page.getByRole('status').filter({ hasText: '导入 ' }).waitFor();
    await entry.waitFor();
    expect(readFileSync(csv.path, 'utf8')).toContain(wording);
    await page.getByRole('button', { name: '关闭' }).click();
    expect(s.problems).toEqual([]);
  });

  it('speaks English in English mode: headers, the mark, the candidates and the picker', async () => {
    const { page } = s;
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Extract from reports' }).click();
    await page.getByLabel('Choose report files').setInputFiles(REPORT);
    await page.getByTestId('review-table').waitFor();
    const head = await page.getByTestId('review-table').locator('thead').innerText();
    expect(head).toMatch(/No\.\s+Indicator\s+Value\s+Unit\s+Qualifier/);
    const pending = rows().filter({ hasText: 'To confirm' });
    expect(await pending.count()).toBeGreaterThan(0);
    await pending.first().getByRole('button', { name: 'Not in catalog' }).waitFor();
    const picker = page.getByRole('combobox', { name: 'Indicator 1', exact: true });
    await picker.fill('court appearance');
    await page
      .getByRole('listbox', { name: 'Indicator 1: indicators' })
      .getByRole('option', { name: 'Agency-head court appearance rate' })
      .waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('button', { name: '从报告提取' }).waitFor();
  });
});
