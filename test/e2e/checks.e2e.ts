// 数据核查 in a real browser: a rate over 100% and a part above its total are found after an
// import, a finding shows both sides with their sentences, and an accepted explanation stays;
// flagged figures are marked in the charts and the data table, explained in their tooltips and
// carried into the exported CSV.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useAppSession, RESULTS_DIR, waitForChart, type Session } from './browser';
import { download } from './downloads';
import { chartSeries, chooseOnlyDepartment, importCsv } from './helpers';

const session = useAppSession();
let s: Session;
beforeAll(() => {
  s = session();
});

describe('data checks', () => {
  it('lists impossible figures, shows both sides, and keeps an explanation', async () => {
    const { page } = s;
    // The rate is of an indicator outside the catalog: allowed as a custom indicator.
    await page.getByRole('button', { name: '导入数据' }).click();
    await page.getByLabel('目录中没有的指标作为自定义指标导入', { exact: false }).check();
    await page.getByLabel('选择 CSV 文件').setInputFiles('test/fixtures/e2e/checks-errors.csv');
    const preview = page.getByTestId('import-findings');
    await preview.waitFor();
    const previewText = await preview.innerText();
    expect(previewText).toContain('2 条错误');
    expect(previewText).toContain('checks-errors.csv 第 2 行');
    expect(previewText).toContain('比率为 105%，超出 0—100% 的范围');
    expect(previewText).toContain('12件 大于「行政诉讼案件数」8件');
    await page.screenshot({ path: `${RESULTS_DIR}/checks-import-preview.png`, fullPage: true });
    await page.getByRole('button', { name: '确认导入' }).click();
    await page.getByRole('status').filter({ hasText: '导入完成' }).waitFor();
    await page.getByRole('button', { name: '关闭' }).click();
    await page.getByRole('button', { name: /^数据核查（\d+）$/ }).click();
    await page.getByLabel('按部门筛选').selectOption('核查示例区城管局');
    const list = page.getByRole('table', { name: '核查结果列表' });
    await list.locator('tbody tr').first().waitFor();
    const text = await list.innerText();
    expect(text).toContain('比率为 105%，超出 0—100% 的范围');
    expect(text).toContain('12件 大于「行政诉讼案件数」8件');

    await list.getByRole('button', { name: /大于「行政诉讼案件数」/ }).click();
    const sides = page.getByTestId('check-side');
    await expect.poll(() => sides.count()).toBe(2);
    await expect.poll(() => sides.nth(0).innerText()).toContain('其中败诉12件。');
    await expect.poll(() => sides.nth(1).innerText()).toContain('全年发生行政诉讼案件8件。');
    await page.screenshot({ path: `${RESULTS_DIR}/checks-panel.png`, fullPage: true });

    await page.getByLabel('核查说明（确认数值无误时填写）').fill('含上年结转案件，经核实无误');
    await page.getByRole('button', { name: '确认无误并保存说明' }).click();
    await page.getByText('已说明：含上年结转案件，经核实无误').waitFor();
    await page.getByRole('button', { name: '关闭' }).click();

    // The explanation is stored: after a reload the finding is still explained.
    await page.reload();
    await page.getByRole('button', { name: /^数据核查（\d+）$/ }).click();
    await page.getByLabel('按部门筛选').selectOption('核查示例区城管局');
    await page.getByLabel('状态').selectOption('explained');
    await expect.poll(() => list.locator('tbody tr').count()).toBe(1);
    expect(await list.innerText()).toContain('12件 大于「行政诉讼案件数」8件');
  });

  it('corrects a value through an atomic overwrite, after which the finding is gone', async () => {
    const { page } = s;
    await page.getByLabel('状态').selectOption('');
    const list = page.getByRole('table', { name: '核查结果列表' });
    const inWorker = () => page.evaluate(() => performance.getEntriesByName('fazhi:checks').length);
    const before = await inWorker();
    await list.getByRole('button', { name: /超出 0—100% 的范围/ }).click();
    await page.getByLabel('更正为').fill('100');
    await page.getByRole('button', { name: '更正数值' }).click();
    await page.getByText(/已更正为 100/).waitFor();
    await expect.poll(async () => (await list.innerText()).includes('比率为 105%')).toBe(false);
    expect(await list.innerText()).toContain('行政诉讼案件数');
    // The new table's checks ran in the store worker (the page runs them only without one).
    expect(await inWorker()).toBeGreaterThan(before);
  });
});

describe('marks on flagged figures', () => {
  const explanation = '说明：含上年结转案件，经核实无误';
  const CHECKED = ['核查示例区城管局', '核查示例区司法局', '核查示例区财政局', '演示市北山区司法局', '演示市东城区财政局'];

  async function chooseDepartments(names: string[]): Promise<void> {
    const { page } = s;
    await chooseOnlyDepartment(page, names[0]!);
    for (const name of names.slice(1)) {
      await page.getByLabel('搜索部门').fill(name);
      // A demo department's name is followed by its 演示数据 badge.
      await page.getByRole('checkbox', { name: new RegExp(`^${name}`) }).check();
    }
    await page.getByLabel('搜索部门').fill('');
  }

  it('marks the explained part in the trend chart and explains it in the tooltip', async () => {
    const { page } = s;
    await page.getByRole('button', { name: '关闭' }).click();
    await page.setViewportSize({ width: 1366, height: 900 });
    // Another department's part above its total (an open error) and one far above every
    // other department's (to verify).
    await importCsv(page, 'test/fixtures/e2e/checks-marks.csv');
    await page.getByRole('tab', { name: '趋势' }).click();
    await page.getByRole('listbox', { name: '指标' }).selectOption('litigation_lost');
    await chooseDepartments(CHECKED);
    await waitForChart(page);
    // The checks arrive after the chart: the point then carries the 已说明 badge.
    await expect.poll(async () => JSON.stringify(await chartSeries(page)), { timeout: 20_000 }).toContain('mark_explained|已说明');
    // The benchmark times the marks from this measure (bench/checks-timing.ts).
    expect(await page.evaluate(() => performance.getEntriesByName('fazhi:check-marks').length)).toBeGreaterThan(0);
    const series = await chartSeries(page);
    const si = series.findIndex((x) => x.name === '核查示例区城管局');
    const di = series[si]!.data.findIndex((d) => typeof d === 'object' && d !== null && (d as { value?: number }).value === 12);
    const at = await page.evaluate(
      ([si, di]) =>
        (window as unknown as { fazhiCharts: { pointAt: (id: string, s: number, d: number) => number[] | null } }).fazhiCharts.pointAt(
          'main-chart',
          si!,
          di!,
        ),
      [si, di],
    );
    const box = (await page.getByTestId('main-chart').boundingBox())!;
    await page.mouse.move(box.x + at![0]!, box.y + at![1]!);
    const chart = page.getByTestId('main-chart');
    await expect.poll(() => chart.innerText()).toContain(explanation);
    await page.screenshot({ path: `${RESULTS_DIR}/checks-marks-trend.png` });
    const tooltip = await chart.innerText();
    expect(tooltip).toContain('数据核查：已说明');
    expect(tooltip).toContain('12件 大于「行政诉讼案件数」8件');
  });

  it('marks open and explained figures in the ranking, distinguishably', async () => {
    const { page } = s;
    await page.getByRole('tab', { name: '排名' }).click();
    await page.getByLabel('年度', { exact: true }).selectOption('2024');
    await waitForChart(page);
    const bars = async () => JSON.stringify(await chartSeries(page));
    await expect.poll(bars, { timeout: 20_000 }).toContain('"borderType":"dotted"');
    await page.screenshot({ path: `${RESULTS_DIR}/checks-marks-ranking.png` });
    // 司法局's 7 of 5 is an open error (solid red outline); 城管局's 12 of 8 is explained (dotted).
    const data = (await chartSeries(page))[0]!.data as ({ value: number; itemStyle?: { borderType?: string } } | number | null)[];
    const styleOf = (v: number) =>
      data.map((d) => (typeof d === 'object' && d?.value === v ? d.itemStyle?.borderType : null)).find(Boolean);
    expect(styleOf(7)).toBe('solid');
    expect(styleOf(12)).toBe('dotted');
    expect(styleOf(30)).toBe('dashed');
    // The exported image is drawn from the marked option (looked at: badges and outlines legible).
    const png = await download(
      page,
      page.locator('.view-head .export-bar').getByRole('button', { name: '导出 PNG' }),
      'checks-marks-ranking-export.png',
    );
    expect(png.bytes.length).toBeGreaterThan(10_000);
  });

  it('marks the cells of the data table and exports the explanation in the CSV', async () => {
    const { page } = s;
    await chooseDepartments(['核查示例区城管局', '核查示例区司法局', '核查示例区财政局']);
    await page.getByRole('tab', { name: '数据表' }).click();
    await page.getByLabel('全部指标').check();
    const marks = page.getByTestId('data-table').getByTestId('cell-mark');
    await expect.poll(() => marks.count(), { timeout: 20_000 }).toBeGreaterThanOrEqual(3);
    await page.screenshot({ path: `${RESULTS_DIR}/checks-marks-table.png` });
    const names = await marks.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    expect(names.some((n) => n.startsWith('数据核查：已说明') && n.includes(explanation))).toBe(true);
    expect(names.some((n) => n.startsWith('数据核查：错误') && n.includes('7件 大于「行政诉讼案件数」5件'))).toBe(true);

    const csv = await download(
      page,
      page.locator('.view-head .export-bar').getByRole('button', { name: '导出数据 CSV' }),
      'checks-marks.csv',
    );
    const lines = new TextDecoder()
      .decode(readFileSync(csv.path))
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(lines[0]).toBe('部门,年度,指标,数值,单位,限定,原文,来源,推算,核查,核查说明');
    const row = (department: string, indicator: string) => lines.find((l) => l.startsWith(`${department},2024,${indicator},`))!;
    expect(row('核查示例区城管局', '行政诉讼败诉件数')).toMatch(/,12,.*,已说明,含上年结转案件，经核实无误$/);
    expect(row('核查示例区司法局', '行政诉讼败诉件数')).toMatch(/,7,.*,错误,待核实：7件 大于「行政诉讼案件数」5件$/);
    // A figure nothing was found about has empty check cells.
    expect(row('核查示例区司法局', '行政诉讼案件数')).toMatch(/,5,.*,,$/);

    // Printed, the flagged figures carry a mark and a 核查说明 under their table.
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    await page.locator('.view-head .export-bar').getByRole('button', { name: '打印' }).click();
    const sheet = page.getByTestId('print-sheet');
    await sheet.waitFor();
    const notes = sheet.locator('.print-check-notes');
    await notes.waitFor();
    const printed = await notes.innerText();
    expect(printed).toContain('核查说明');
    expect(printed).toContain('核查示例区城管局 行政诉讼败诉件数 2024年：已说明，含上年结转案件，经核实无误');
    expect(printed).toContain('核查示例区司法局 行政诉讼败诉件数 2024年：错误，待核实');
    expect(await sheet.locator('table.print-table sup').count()).toBeGreaterThanOrEqual(3);
    await page.screenshot({ path: `${RESULTS_DIR}/checks-print-notes.png` });
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'detached' });
  });

  it('marks the flagged cells of the matrix and the points of a department profile', async () => {
    const { page } = s;
    await page.getByRole('tab', { name: '矩阵' }).click();
    await waitForChart(page);
    // The outlined cells are drawn over the heatmap, one series per status.
    const overlays = async () => (await chartSeries(page)).filter((x) => x.name.startsWith('check-marks-'));
    await expect
      .poll(async () => (await overlays()).map((x) => x.name).sort(), { timeout: 20_000 })
      .toEqual(['check-marks-error', 'check-marks-explained', 'check-marks-warning']);
    await page.screenshot({ path: `${RESULTS_DIR}/checks-marks-matrix.png` });

    await page.getByRole('tab', { name: '部门画像' }).click();
    await page.getByLabel('画像部门').selectOption('核查示例区城管局');
    await waitForChart(page);
    await expect.poll(async () => JSON.stringify(await chartSeries(page)), { timeout: 20_000 }).toContain('mark_explained|已说明');
    await page.screenshot({ path: `${RESULTS_DIR}/checks-marks-profile.png` });
  });
});
