// Excel in and out in a real browser: a government statistics table (title, merged two-row
// header, 合计 row, a text-only sheet) through the file picker, its preview and the values in
// 排名; then the dataset exported as .xlsx re-imports unchanged.
import { beforeAll, describe, expect, it } from 'vitest';
import { RESULTS_DIR, useAppSession, waitForChart, type Session } from './browser';
import { download } from './downloads';

const session = useAppSession({ acceptDownloads: true });
let s: Session;
beforeAll(() => {
  s = session();
});

describe('Excel import and export', () => {
  it('imports a statistics workbook: sheets offered, non-data rows listed as skipped, values in 排名', async () => {
    const { page } = s;
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.getByRole('button', { name: '导入数据' }).click();
    await page.getByLabel('选择 CSV 文件或 Excel 工作簿').setInputFiles('test/fixtures/xlsx/gov-stats.xlsx');
    await page.getByTestId('count-new').waitFor();
    expect(await page.getByTestId('count-new').textContent()).toBe('10');
    expect(await page.getByTestId('count-rejected').textContent()).toBe('0');
    expect(await page.getByTestId('detected-encoding').textContent()).toBe('xlsx');
    const sheets = page.getByTestId('sheet-list');
    expect(await sheets.getByRole('checkbox', { name: '工作表 2024年' }).isChecked()).toBe(true);
    expect(await sheets.textContent()).toContain('填表说明 只有文字，已跳过');
    expect(await sheets.textContent()).toContain('年度 2024（取自标题）');
    expect(await page.getByTestId('skipped-rows').textContent()).toBe('跳过的行：A1 标题，A2 表尾，A8 合计，A9 表尾，A10 表尾');
    expect(await page.getByTestId('issue-list').textContent()).toContain('合计 2024年!A8「合计」');
    await page.screenshot({ path: `${RESULTS_DIR}/excel-import-preview.png`, fullPage: true });
    await page.getByRole('button', { name: '确认导入' }).click();
    await page.getByRole('status').filter({ hasText: '导入完成' }).waitFor();
    await page.getByRole('button', { name: '关闭' }).click();

    await page.getByLabel('搜索指标').fill('纠错率');
    await page.getByRole('listbox', { name: '指标' }).selectOption('reconsideration_correction_rate');
    await page.getByRole('tab', { name: '排名' }).click();
    await page.getByLabel('年度', { exact: true }).selectOption('2024');
    await waitForChart(page);
    await expect.poll(() => page.getByTestId('main-chart').getAttribute('aria-label')).toContain('区市场监管局');
    const summary = (await page.getByTestId('main-chart').getAttribute('aria-label'))!;
    expect(summary).toContain('98.5%');
    expect(summary).toContain('12.5%');
    await page.screenshot({ path: `${RESULTS_DIR}/excel-ranking.png`, fullPage: true });
  });

  it('exports the dataset as .xlsx and re-imports it unchanged', async () => {
    const { page } = s;
    await page.getByRole('button', { name: '数据集管理' }).click();
    const row = page.getByTestId('datasets-table').getByRole('row').filter({ hasText: 'gov-stats' });
    await row.waitFor();
    await page.screenshot({ path: `${RESULTS_DIR}/excel-datasets-panel.png` });
    const xlsx = await download(page, row.getByRole('button', { name: /导出 Excel/ }), 'dataset-gov-stats.xlsx');
    expect([...xlsx.bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect(xlsx.name).toBe('gov-stats.xlsx');
    await page.getByRole('button', { name: '关闭' }).click();
    await page.getByRole('button', { name: '导入数据' }).click();
    await page.getByLabel('选择 CSV 文件或 Excel 工作簿').setInputFiles(xlsx.path);
    await page.getByTestId('count-new').waitFor();
    expect(await page.getByTestId('count-new').textContent()).toBe('0');
    expect(await page.getByTestId('count-changed').textContent()).toBe('0');
    expect(await page.getByTestId('count-rejected').textContent()).toBe('0');
    expect(await page.getByTestId('count-unchanged').textContent()).toBe('10');
    await page.getByRole('button', { name: '关闭' }).click();
    expect(s.problems).toEqual([]);
  });
});
