// What a supervisor trips over on first use, found by walking through the app: dialogs that
// lose the keyboard's place, a report with no figures that shows an empty table and a
// disabled button with no word why, a report line that runs past its panel, and English
// table cells broken inside a word (「peopl-e」, 「report-ed」).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { RESULTS_DIR, useAppSession } from './browser';
import { importCsv } from './helpers';

const session = useAppSession();

/** How many rows the header's buttons take. */
async function headerButtonRows(page: Page): Promise<number> {
  return page.locator('.header-actions button').evaluateAll((bs) => new Set(bs.map((b) => Math.round(b.getBoundingClientRect().top))).size);
}

describe('first use', () => {
  it('lays the header buttons in one row at 1366 px', async () => {
    const { page } = session();
    await page.setViewportSize({ width: 1366, height: 900 });
    expect(await headerButtonRows(page)).toBe(1);
  });

  it('shows which catalog indicator each column of a GBK statistics table is read as', async () => {
    const { page } = session();
    await page.getByRole('button', { name: '导入数据' }).click();
    await page.getByLabel('选择 CSV 文件').setInputFiles('test/fixtures/e2e/wide-gbk-statistics.csv');
    const preview = page.getByRole('table', { name: '前几行预览' });
    await preview.getByRole('cell', { name: '规范性文件制定数 → 新制定行政规范性文件数' }).first().waitFor();
    // Named as in the catalog already: no arrow.
    await preview.getByRole('cell', { name: '行政执法人员持证数', exact: true }).first().waitFor();
    await page.screenshot({ path: `${RESULTS_DIR}/walkthrough-import-preview.png` });
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
  });

  it('names the group of departments whose type the name does not tell (not 「全部—」)', async () => {
    const { page } = session();
    await importCsv(page, 'test/fixtures/e2e/town-department.csv');
    const head = page.getByRole('checkbox', { name: '未分类部门' });
    await head.waitFor();
    expect(await page.getByRole('checkbox', { name: '全部—' }).count()).toBe(0);
  });

  it('keeps Tab inside a dialog and gives focus back to the button that opened it', async () => {
    const { page } = session();
    const opener = page.getByRole('button', { name: '数据集管理' });
    await opener.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    for (const key of ['Tab', 'Shift+Tab']) {
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press(key);
        expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
      }
    }
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await opener.evaluate((b) => b === document.activeElement)).toBe(true);
  });

  it('says what to do when a report has no figures, and wraps its long lines', async () => {
    const { page } = session();
    await page.getByRole('button', { name: '从报告提取' }).click();
    await page.getByLabel('选择报告文件').setInputFiles('test/fixtures/e2e/report-no-figures.txt');
    await page.getByRole('status').filter({ hasText: '这份报告中没有找到可提取的数值' }).waitFor();
    expect(await page.getByRole('button', { name: '确认导入' }).isDisabled()).toBe(true);
    // The source URL wraps inside the report's panel instead of running past its edge.
    const text = page.locator('.report-text');
    expect(await text.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${RESULTS_DIR}/walkthrough-extract-no-figures.png` });
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
  });

  it('never breaks a unit, 「Not reported」 or a number inside a word in the English data table', async () => {
    const { page } = session();
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('tab', { name: 'Data table' }).click();
    const table = page.getByTestId('data-table');
    await table.getByRole('cell', { name: 'Not reported' }).first().waitFor();
    await page.screenshot({ path: `${RESULTS_DIR}/walkthrough-table-en-1024.png` });
    // An old office PC's 1024 px: the longer English labels still fit in two rows.
    expect(await headerButtonRows(page)).toBeLessThanOrEqual(2);
    // A cell's text takes at most one line per word: no word is split over two lines.
    const broken = await table.evaluate((t) => {
      const out: string[] = [];
      const heads = [...t.querySelectorAll('[role=columnheader]')].map((h) => h.textContent ?? '');
      for (const row of t.querySelectorAll('[role=row]')) {
        row.querySelectorAll('[role=cell]').forEach((cell, i) => {
          if (/Department|Indicator|Dataset|Source/.test(heads[i] ?? '')) return;
          const node = cell.firstChild;
          if (!node || node.nodeType !== Node.TEXT_NODE) return;
          const range = document.createRange();
          range.selectNodeContents(node);
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
          const words = (node.textContent ?? '').trim().split(/\s+/).length;
          if (lines > words) out.push(`${heads[i]}: ${node.textContent}`);
        });
      }
      return out;
    });
    expect(broken).toEqual([]);
  });

  it("names the datasets table's row count column in English", async () => {
    const { page } = session();
    await page.getByRole('button', { name: 'Datasets', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('columnheader', { name: 'Rows', exact: true }).waitFor();
    await page.keyboard.press('Escape');
  });

  it('tells what to do when there is nothing to export or brief', async () => {
    const { page } = session();
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('button', { name: '数据集管理' }).click();
    const dialog = page.getByRole('dialog');
    // Delete every dataset (each asks to confirm in its row).
    for (let del = dialog.getByRole('button', { name: /^删除 / }); await del.count();) {
      await del.first().click();
      await dialog.getByRole('button', { name: '删除', exact: true }).click();
      await page.waitForTimeout(300);
    }
    await page.keyboard.press('Escape');
    await page.getByText('还没有数据').waitFor();
    for (const name of ['生成简报', '批量导出']) {
      await page.getByRole('button', { name, exact: true }).click();
      await page.getByRole('dialog').getByText('所选部门还没有任何指标的数据').waitFor();
      await page.keyboard.press('Escape');
    }
  });
});
