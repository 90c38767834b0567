// The import flow in a real browser: encodings and preview, the error report and the
// rejected-rows download, cancel, a failed write that leaves the store as it was, and a
// 1,000,000-row file that imports while the page keeps answering.
import { readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateLongCsv } from '../../src/domain/csv/generate-long-csv';
import { useAppSession, RESULTS_DIR, waitForChart, type Session } from './browser';

const session = useAppSession();
let s: Session;
beforeAll(() => {
  s = session();
});

async function openImport(): Promise<void> {
  await s.page.getByRole('button', { name: '导入数据' }).click();
}

async function closeDialog(): Promise<void> {
  await s.page.getByRole('button', { name: '关闭' }).click();
}

/** Every dataset as the CSV the datasets panel exports, plus the list itself. */
async function fullExport(): Promise<string[]> {
  const { page } = s;
  await page.getByRole('button', { name: '数据集管理' }).click();
  const table = page.getByTestId('datasets-table');
  await table.waitFor();
  const out = [await table.locator('tbody').innerText()];
  const buttons = table.getByRole('button', { name: /^导出数据 CSV/ });
  for (let i = 0; i < (await buttons.count()); i++) {
    const [d] = await Promise.all([page.waitForEvent('download'), buttons.nth(i).click()]);
    out.push(readFileSync(await d.path(), 'utf8'));
  }
  await closeDialog();
  return out;
}

describe('CSV import', () => {
  it('reads a GBK file from Excel and shows the encoding, delimiter and counts before storing', async () => {
    const { page } = s;
    await openImport();
    await page.getByLabel('选择 CSV 文件').setInputFiles('test/fixtures/csv/e03-gbk.csv');
    await page.getByTestId('import-counts').waitFor();
    expect(await page.getByTestId('detected-encoding').textContent()).toBe('GBK');
    expect(await page.locator('.preview').innerText()).toContain('武汉市财政局');
    expect(Number(await page.getByTestId('count-new').textContent())).toBeGreaterThan(0);
    await page.screenshot({ path: `${RESULTS_DIR}/import-preview-gbk.png`, fullPage: true });
    await page.getByRole('button', { name: '取消', exact: true }).click();
    await closeDialog();
  });

  it('lists rejected rows with line and column and offers them as a CSV to fix in Excel', async () => {
    const { page } = s;
    await openImport();
    await page.getByLabel('选择 CSV 文件').setInputFiles('test/fixtures/csv/v02-missing.csv');
    const issues = page.getByTestId('issue-list');
    await issues.waitFor();
    const text = await issues.innerText();
    expect(text).toContain('v02-missing.csv');
    expect(text).toMatch(/第 2 行/);
    expect(await page.getByTestId('count-rejected').textContent()).not.toBe('0');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /下载被拒绝的行/ }).click()]);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('行号');
    expect(csv).toContain('错误原因');
    expect(csv).toContain('甲市财政局');
    await page.getByRole('button', { name: '取消', exact: true }).click();
    await closeDialog();
  });

  it('cancels a running import and stores nothing', async () => {
    const { page } = s;
    const path = `${RESULTS_DIR}/cancel-300k.csv`;
    writeFileSync(path, generateLongCsv(300_000, 7));
    const before = await fullExport();
    await openImport();
    await page.getByLabel('选择 CSV 文件').setInputFiles(path);
    await page.getByRole('progressbar').waitFor();
    await page.getByRole('button', { name: '取消导入' }).click();
    await expect.poll(() => page.getByRole('progressbar').count()).toBe(0);
    expect(await page.getByTestId('import-counts').count()).toBe(0);
    await closeDialog();
    expect(await fullExport()).toEqual(before);
  });

  it('leaves the store exactly as it was when the write fails (database taken over by another tab)', async () => {
    const { page, context } = s;
    const before = await fullExport();
    const path = `${RESULTS_DIR}/failing-20k.csv`;
    writeFileSync(path, generateLongCsv(20_000, 11));
    await openImport();
    await page.getByLabel('选择 CSV 文件').setInputFiles(path);
    await page.getByTestId('import-counts').waitFor();
    // Another tab opens the database with a newer version: this tab must stop writing.
    const other = await context.newPage();
    await other.goto(`${s.baseUrl}favicon.svg`);
    await other.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.open('fazhi-dashboard', 1000);
          req.onsuccess = () => {
            req.result.close();
            resolve();
          };
          req.onerror = () => reject(req.error ?? new Error('indexedDB.open failed'));
        }),
    );
    await other.close();
    await page.getByRole('alert').filter({ hasText: '请刷新页面' }).first().waitFor();
    await page.getByRole('button', { name: '确认导入' }).click();
    await page.getByRole('alert').filter({ hasText: '未写入任何数据' }).waitFor();
    await page.screenshot({ path: `${RESULTS_DIR}/import-write-failed.png`, fullPage: true });
    await page.reload();
    await waitForChart(page);
    expect(await fullExport()).toEqual(before);
  });

  it('imports 1,000,000 rows while the page keeps answering clicks', async () => {
    const { page } = s;
    const path = `${RESULTS_DIR}/big-1m.csv`;
    writeFileSync(path, generateLongCsv(1_000_000, 3));
    await openImport();
    await page.getByLabel('选择 CSV 文件').setInputFiles(path);
    await page.getByRole('progressbar').waitFor({ timeout: 60_000 });
    // While the worker parses, the page still answers: a select changes and the progress moves.
    const encoding = page.getByRole('dialog').getByLabel('编码', { exact: true });
    await encoding.selectOption('GBK');
    expect(await encoding.inputValue()).toBe('GBK');
    expect(await page.getByRole('progressbar').count()).toBe(1);
    const first = Number(await page.getByRole('progressbar').getAttribute('aria-valuenow'));
    await expect
      .poll(
        async () =>
          Number(
            (await page
              .getByRole('progressbar')
              .getAttribute('aria-valuenow')
              .catch(() => '100')) ?? 100,
          ),
        { timeout: 120_000 },
      )
      .toBeGreaterThan(first);
    await encoding.selectOption('auto');
    await page.getByTestId('import-counts').waitFor({ timeout: 240_000 });
    expect(await page.getByTestId('count-new').textContent()).toBe('1000000');
    await page.getByRole('button', { name: '确认导入' }).click();
    await page.getByRole('status').filter({ hasText: '导入完成' }).waitFor({ timeout: 240_000 });
    await closeDialog();
    await page.reload();
    await waitForChart(page);
    await page.getByRole('button', { name: '数据集管理' }).click();
    expect(await page.getByTestId('datasets-table').innerText()).toContain('1,000,000');
    await closeDialog();
    expect(s.problems).toEqual([]);
  }, 600_000);
});
