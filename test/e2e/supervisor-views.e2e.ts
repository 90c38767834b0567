// What a supervisor sees (issue 16): every figure of a range in the data table, every trend
// line named, dataset choice that holds, uncatalogued indicators apart, long names readable,
// and sensible screens with little or no data.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useAppSession, RESULTS_DIR, waitForChart, type Session } from './browser';
import { chartSeries } from './helpers';

const session = useAppSession();
let s: Session;
beforeAll(async () => {
  s = session();
  await s.page.setViewportSize({ width: 1366, height: 900 });
});

const LONG_NAME = '全区执法部门2019至2024年度法治政府建设情况报告主要指标汇总表_final_revision_checked_by_the_office_v2';

interface LegendBox {
  x: number;
  y: number;
  width: number;
  height: number;
  chartWidth: number;
  chartHeight: number;
  type: string;
}

function legendBox(page: Page): Promise<LegendBox | null> {
  return page.evaluate(() =>
    (window as unknown as { fazhiCharts: { legendBox: (id: string) => LegendBox | null } }).fazhiCharts.legendBox('main-chart'),
  );
}

/** Every row of the (virtualised) data table, read by scrolling it from top to bottom. */
async function allTableRows(page: Page): Promise<{ header: string[]; rows: Map<string, string[]> }> {
  const table = page.getByTestId('data-table');
  const header = await table.locator('[role="columnheader"]').allInnerTexts();
  const rows = new Map<string, string[]>();
  const body = table.locator('.vbody');
  await body.evaluate((el) => (el.scrollTop = 0));
  for (;;) {
    const seen = await table.locator('.vbody [role="row"]').evaluateAll((els) =>
      els.map((el) => ({
        index: el.getAttribute('aria-rowindex') ?? '',
        cells: [...el.querySelectorAll('[role="cell"]')].map((c) => (c as HTMLElement).innerText.trim()),
      })),
    );
    for (const r of seen) rows.set(r.index, r.cells);
    const done = await body.evaluate((el) => {
      if (el.scrollTop + el.clientHeight >= el.scrollHeight - 1) return true;
      el.scrollTop += el.clientHeight - 40;
      return false;
    });
    if (done) {
      await page.waitForTimeout(100);
      break;
    }
    await page.waitForTimeout(30);
  }
  return { header, rows };
}

describe('the data table holds every figure of the range (issue 16.1, 16.13)', () => {
  it('lists a department that reported only inside the range, with every year and the true count', async () => {
    const { page } = s;
    await page.getByRole('button', { name: '导入数据' }).click();
    await page.getByLabel('选择 CSV 文件').setInputFiles('test/fixtures/e2e/range-table.csv');
    await page.getByLabel('名称', { exact: true }).fill(LONG_NAME);
    await page.getByRole('button', { name: '确认导入' }).click();
    await page.getByRole('status').filter({ hasText: '导入完成' }).waitFor();
    await page.getByRole('button', { name: '关闭' }).click();
    await page.getByRole('tab', { name: '数据表' }).click();
    await page.getByLabel('起始年度').selectOption('2019');
    await page.getByLabel('截止年度').selectOption('2024');
    await page.getByRole('button', { name: '清空' }).click();
    await page.getByLabel('搜索部门').fill('表测');
    await page.getByRole('button', { name: '全选' }).click();
    await page.getByLabel('搜索部门').fill('');
    const table = page.getByTestId('data-table');
    await expect.poll(() => table.locator('.vbody [role="row"]').count()).toBe(3);
    expect(await page.locator('.view-title .hint').innerText()).toContain('共 3 行 · 6 个数值');
    const { header, rows } = await allTableRows(page);
    const col = (label: string) => header.findIndex((h) => h.replace(/\s/g, '') === label);
    for (const y of [2019, 2020, 2021, 2023, 2024]) expect(col(`${y}年`), `${y}年`).toBeGreaterThan(0);
    // 2022 has no figure in this selection: no empty column.
    expect(col('2022年')).toBe(-1);
    const byDept = new Map([...rows.values()].map((r) => [r[0]!, r]));
    const expected: [string, number, string][] = [
      ['表测甲局', 2019, '4'],
      ['表测甲局', 2021, '6'],
      ['表测甲局', 2024, '9'],
      ['表测乙局', 2023, '7'],
      ['表测丙局', 2020, '3'],
      ['表测丙局', 2024, '5'],
    ];
    for (const [dept, year, value] of expected) expect(byDept.get(dept)?.[col(`${year}年`)], `${dept} ${year}`).toBe(value);
    // Δ runs from the first to the last reported year, and says so.
    expect(byDept.get('表测甲局')![col('首报→末报年度')]).toBe('2019→2024');
    expect(byDept.get('表测甲局')![col('变化量（首报→末报）')]).toBe('+5');
    expect(byDept.get('表测乙局')![col('首报→末报年度')]).toBe('2023');
    expect(byDept.get('表测乙局')![col('变化量（首报→末报）')]).toBe('—');
    await page.screenshot({ path: `${RESULTS_DIR}/issue16-table-range.png` });
  });

  it('shows the full long dataset name in the table and inside the sidebar', async () => {
    const { page } = s;
    const cell = page.getByTestId('data-table').locator('[role="cell"]').filter({ hasText: 'final_revision' }).first();
    expect((await cell.innerText()).replace(/\s/g, '')).toBe(LONG_NAME);
    // Not cut: the cell shows all of its text.
    expect(await cell.evaluate((el) => el.scrollWidth <= el.clientWidth + 1 && el.scrollHeight <= el.clientHeight + 1)).toBe(true);
    const label = page.locator('.filters label').filter({ hasText: 'final_revision' });
    const sidebar = (await page.locator('.filters').boundingBox())!;
    const box = (await label.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(sidebar.x + sidebar.width);
    expect(await label.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    await label.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${RESULTS_DIR}/issue16-long-names.png` });
  });

  it('holds every observation of the bundled data for 2019–2024 in a cell', async () => {
    const { page } = s;
    await page.getByRole('button', { name: '清空' }).click();
    await page.getByRole('checkbox', { name: '全部指标' }).check();
    const hint = page.locator('.view-title .hint');
    await expect.poll(() => hint.innerText()).toMatch(/共 \d+ 行 · \d+ 个数值/);
    const [, n, values] = /共 (\d+) 行 · (\d+) 个数值/.exec(await hint.innerText())!;
    const { header, rows } = await allTableRows(page);
    expect(rows.size).toBe(Number(n));
    const yearCols = header.map((h, i) => (/^\d{4}年$/.test(h.trim()) ? i : -1)).filter((i) => i >= 0);
    let filled = 0;
    for (const r of rows.values()) for (const i of yearCols) if (r[i] && r[i] !== '未报告') filled++;
    expect(filled).toBe(Number(values));
    await page.getByRole('checkbox', { name: '全部指标' }).uncheck();
  });
});

describe('trend legend (issue 16.5)', () => {
  it('names every line on screen: no paged legend, all of it inside the chart', async () => {
    const { page } = s;
    await page.getByRole('tab', { name: '趋势' }).click();
    await waitForChart(page);
    const series = await chartSeries(page);
    expect(series.length).toBeGreaterThanOrEqual(15);
    const box = (await legendBox(page))!;
    expect(box.type).toBe('plain');
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(box.chartWidth);
    expect(box.y + box.height).toBeLessThanOrEqual(box.chartHeight);
    await page.screenshot({ path: `${RESULTS_DIR}/issue16-trend-legend.png` });
  });
});

describe('dataset filter and persistence (issue 16.7)', () => {
  it('unticking the demo data takes its departments out of the list, and stays unticked in a new session', async () => {
    const { page, context, baseUrl } = s;
    const demo = page.getByRole('checkbox', { name: /^演示数据（模拟）/ });
    // 普法宣传活动场次 is held by the demo data alone.
    const demoOnly = (p: Page) => p.getByRole('listbox', { name: '指标' }).locator('option', { hasText: '普法宣传活动场次' });
    expect(await demoOnly(page).count()).toBe(1);
    await demo.uncheck();
    await expect.poll(() => demoOnly(page).count()).toBe(0);
    await page.getByLabel('搜索部门').fill('演示');
    await expect.poll(() => page.locator('.filters').innerText()).toContain('共 0 个部门');
    await page.getByLabel('搜索部门').fill('');
    await page.screenshot({ path: `${RESULTS_DIR}/issue16-datasets-unticked.png` });
    const next = await context.newPage();
    await next.setViewportSize({ width: 1366, height: 900 });
    await next.goto(baseUrl);
    await waitForChart(next);
    await expect.poll(() => next.getByRole('checkbox', { name: /^演示数据（模拟）/ }).isChecked()).toBe(false);
    const names = (await chartSeries(next)).map((x) => x.name);
    expect(names.length).toBeGreaterThan(0);
    expect(names.some((n) => n.includes('演示'))).toBe(false);
    expect(await demoOnly(next).count()).toBe(0);
    await next.close();
    await demo.check();
    await waitForChart(page);
  });
});

describe('uncatalogued indicators (issue 16.8)', () => {
  it('sit in their own collapsed group 「目录外指标」 with the unit their figures state', async () => {
    const { page } = s;
    const picker = page.getByRole('listbox', { name: '指标' });
    expect(await picker.locator('optgroup[label="目录外指标"]').count()).toBe(0);
    const catalogued = await picker.locator('option').count();
    const toggle = page.getByRole('button', { name: /^显示目录外指标（\d+）$/ });
    const n = Number(/（(\d+)）/.exec(await toggle.innerText())![1]);
    expect(n).toBeGreaterThan(0);
    await toggle.click();
    const group = picker.locator('optgroup[label="目录外指标"]');
    expect(await group.locator('option').count()).toBe(n);
    expect(await picker.locator('option').count()).toBe(catalogued + n);
    const texts = await group.locator('option').allInnerTexts();
    expect(texts.some((x) => /（(份|项|次|个|件|人次|批次)）$/.test(x))).toBe(true);
    expect(texts.some((x) => x.includes('（—）'))).toBe(false);
    await page.screenshot({ path: `${RESULTS_DIR}/issue16-other-indicators.png` });
    await page.getByRole('button', { name: '收起目录外指标' }).click();
    expect(await group.count()).toBe(0);
  });
});

async function openDatasets(page: Page): Promise<void> {
  await page.getByRole('button', { name: '数据集管理' }).click();
}

describe('sparse and empty data (issue 16.6)', () => {
  it('with only the one-year sample reports: years with data, no one-department ranks, no empty matrix rows', async () => {
    const { page } = s;
    await openDatasets(page);
    for (const name of ['演示数据（模拟）', LONG_NAME]) {
      await page
        .getByRole('button', { name: `删除 ${name}`, exact: false })
        .first()
        .click();
      await page.locator('button.danger').click();
      await page.getByRole('button', { name: `删除 ${name}` }).waitFor({ state: 'detached' });
    }
    await page.getByRole('button', { name: '关闭' }).click();
    await page.getByRole('tab', { name: '趋势' }).click();
    await expect.poll(() => page.locator('.filters .dataset-item').count()).toBe(1);
    await waitForChart(page);
    // The range fits the data (the URL still asks for 2019–2024): 2023 and 2024 only.
    const range = async () => [await page.getByLabel('起始年度').inputValue(), await page.getByLabel('截止年度').inputValue()].join('—');
    await expect.poll(range).toBe('2023—2024');
    const [from, to] = (await range()).split('—').map(Number) as [number, number];
    const series = await chartSeries(page);
    for (const x of series) expect(x.data.length).toBeLessThanOrEqual(to - from + 1);
    await page.screenshot({ path: `${RESULTS_DIR}/issue16-sparse-trend.png` });
    await page.getByRole('tab', { name: '部门画像' }).click();
    await waitForChart(page);
    const profile = (await page.getByTestId('main-chart').getAttribute('aria-label')) ?? '';
    expect(profile).toContain('仅1个部门有数据');
    expect(profile).not.toContain('第1/1名');
    await page.screenshot({ path: `${RESULTS_DIR}/issue16-sparse-profile.png` });
    await page.getByRole('tab', { name: '矩阵' }).click();
    await waitForChart(page);
    await page.getByLabel('年度', { exact: true }).selectOption('2024');
    await waitForChart(page);
    // Departments that reported only in 2023 are not drawn as rows of empty 2024 cells.
    const hint = await page.locator('.view-title .hint').innerText();
    expect(hint).toMatch(/部门：2 ·/);
    expect(hint).toContain('另有2个部门2024年无数据，未列出');
    await page.screenshot({ path: `${RESULTS_DIR}/issue16-sparse-matrix.png` });
  });

  it('after deleting every dataset shows a start screen that loads the sample data again', async () => {
    const { page } = s;
    await openDatasets(page);
    const del = page.getByRole('button', { name: /^删除 / });
    while ((await del.count()) > 0) {
      await del.first().click();
      await page.locator('button.danger').click();
      await page.waitForTimeout(300);
    }
    await page.getByRole('button', { name: '关闭' }).click();
    const start = page.getByRole('main', { name: '还没有数据' });
    await start.waitFor();
    expect(await page.locator('body').innerText()).not.toContain('（）');
    for (const name of ['导入数据', '从报告提取', '载入示例数据']) expect(await start.getByRole('button', { name }).count()).toBe(1);
    await page.screenshot({ path: `${RESULTS_DIR}/issue16-start-screen.png` });
    await start.getByRole('button', { name: '载入示例数据' }).click();
    await waitForChart(page);
    expect(await page.getByRole('checkbox', { name: /^演示数据（模拟）/ }).count()).toBe(1);
    expect(await page.getByRole('checkbox', { name: /^示例报告/ }).count()).toBe(1);
    expect(s.problems).toEqual([]);
  });
});
