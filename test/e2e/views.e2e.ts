// Every analysis view in a real browser: rendering, language, URL state, keyboard,
// escaping of hostile names, and missing years shown as gaps.
import { beforeAll, describe, expect, it } from 'vitest';
import { useAppSession, RESULTS_DIR, waitForChart, type Session } from './browser';
import { chartSeries, chooseOnlyDepartment, importCsv, renderCount, sweepForTooltip, waitForRedraw } from './helpers';

const session = useAppSession();
let s: Session;
beforeAll(() => {
  s = session();
});

type Inspect = { pixelOf: (id: string, v: number[]) => number[] | null };

describe('analysis views', () => {
  it.each([
    ['趋势', 'trend'],
    ['排名', 'ranking'],
    ['矩阵', 'matrix'],
    ['部门画像', 'profile'],
  ])('renders %s with the bundled data', async (tab, id) => {
    const { page } = s;
    await page.getByRole('tab', { name: tab }).click();
    await waitForChart(page);
    expect(await page.getByRole('tab', { name: tab }).getAttribute('aria-selected')).toBe('true');
    const summary = await page.getByTestId('main-chart').getAttribute('aria-label');
    expect(summary?.length).toBeGreaterThan(10);
    await page.screenshot({ path: `${RESULTS_DIR}/view-${id}-full.png`, fullPage: true });
  });

  it('hatches the matrix cells without a value (grey stripes on white, not a flat fill)', async () => {
    const { page } = s;
    await page.getByRole('tab', { name: '矩阵' }).click();
    const series = await chartSeries(page);
    const missing = series.findIndex((x) => x.name === 'missing');
    const flat = (series[missing]?.data ?? []) as number[];
    // Flat cells of x, y, score, cell: the topmost one is in the scroll window.
    const cells = Array.from({ length: flat.length / 4 }, (_, i) => [flat[4 * i]!, flat[4 * i + 1]!]).sort((a, b) => a[1]! - b[1]!);
    expect(cells.length).toBeGreaterThan(0);
    const tones = await page.evaluate(
      ({ cell }) => {
        const at = (window as unknown as { fazhiCharts: Inspect }).fazhiCharts.pixelOf('main-chart', cell);
        // ECharts draws on layers (canvases) of its own: the cells on one of them.
        let light = 0;
        let grey = 0;
        let all = 0;
        for (const canvas of document.querySelectorAll<HTMLCanvasElement>('[data-testid="main-chart"] canvas')) {
          const ratio = canvas.width / canvas.getBoundingClientRect().width;
          const half = 6 * ratio;
          const px = canvas.getContext('2d')!.getImageData(at![0]! * ratio - half, at![1]! * ratio - half, 2 * half, 2 * half).data;
          let l = 0;
          let g = 0;
          for (let i = 0; i < px.length; i += 4) {
            const [r, gr, b, a] = [px[i]!, px[i + 1]!, px[i + 2]!, px[i + 3]!];
            if (a > 200 && r > 240 && gr > 240 && b > 240) l++;
            else if (a > 200 && Math.abs(r - gr) < 12 && Math.abs(gr - b) < 12 && r < 225) g++;
          }
          if (g > grey) [light, grey, all] = [l, g, px.length / 4];
        }
        return { light, grey, all };
      },
      { cell: cells[0]! },
    );
    // Stripes: both tones inside the cell, neither filling it.
    expect(tones.light).toBeGreaterThan(tones.all / 5);
    expect(tones.grey).toBeGreaterThan(tones.all / 10);
  });

  it('names the matrix cell under the pointer, outlines it and opens its source on a click', async () => {
    const { page } = s;
    await page.getByRole('tab', { name: '矩阵' }).click();
    const series = await chartSeries(page);
    // Cells with a value (x, y, score, cell), the topmost row first: its cells are in the scroll window.
    const cells = series
      .filter((x) => x.name.startsWith('judged') || x.name === 'neutral')
      .flatMap(({ data }) => Array.from({ length: data.length / 4 }, (_, i) => (data as number[]).slice(4 * i, 4 * i + 2)))
      .sort((a, b) => a[1]! - b[1]! || a[0]! - b[0]!);
    const [first, second] = cells.filter((c) => c[1] === cells[0]![1]);
    expect(second, 'two cells with values in the first row').toBeDefined();
    const chart = page.getByTestId('main-chart');
    const pixel = (cell: number[]) =>
      page.evaluate((v) => (window as unknown as { fazhiCharts: Inspect }).fazhiCharts.pixelOf('main-chart', v)!, cell);
    // Where a cell is on the page now: measured before each pointer action, not once.
    const onPage = async (cell: number[]) => {
      const [[x, y], box] = await Promise.all([pixel(cell), chart.boundingBox()]);
      return [box!.x + x!, box!.y + y!] as const;
    };
    const tooltipAt = async (cell: number[], before = '') => {
      await page.mouse.move(...(await onPage(cell)));
      await expect.poll(async () => (await chart.innerText()) !== before && /原文：「/.test(await chart.innerText())).toBe(true);
      return chart.innerText();
    };
    const band = (await pixel([1, 0]))[0]! - (await pixel([0, 0]))[0]!;
    // How dark a strip across the cell's right edge is (255 - brightest channel, by opacity, summed
    // over ECharts' layers): the white line between it and the next cell, outlined while hovered.
    const edgeDarkness = (cell: number[]) =>
      page.evaluate(
        ({ v, band }) => {
          const at = (window as unknown as { fazhiCharts: Inspect }).fazhiCharts.pixelOf('main-chart', v)!;
          let sum = 0;
          for (const canvas of document.querySelectorAll<HTMLCanvasElement>('[data-testid="main-chart"] canvas')) {
            const ratio = canvas.width / canvas.getBoundingClientRect().width;
            const x = Math.round((at[0]! + band / 2) * ratio) - 2;
            const px = canvas.getContext('2d')!.getImageData(x, Math.round(at[1]! * ratio) - 4, 4, 8).data;
            for (let i = 0; i < px.length; i += 4) sum += ((255 - Math.max(px[i]!, px[i + 1]!, px[i + 2]!)) * px[i + 3]!) / 255;
          }
          return sum;
        },
        { v: cell, band },
      );
    await page.mouse.move(0, 0);
    const plain = await edgeDarkness(first!);
    const one = await tooltipAt(first!);
    // The hovered cell is outlined, as ECharts outlines a heatmap's cell.
    await expect.poll(() => edgeDarkness(first!)).toBeGreaterThan(plain + 500);
    // The next cell of the same row, one image on screen: its own tooltip.
    const two = await tooltipAt(second!, one);
    expect(two).toMatch(/原文：「/);
    const evidence = one.match(/原文：「([^」]+)」/)![1]!;
    await page.screenshot({ path: `${RESULTS_DIR}/view-matrix-hover.png` });
    await page.mouse.click(...(await onPage(first!)));
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.innerText(), { timeout: 15_000 }).toContain(evidence);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.mouse.move(0, 0);
  });

  it('keeps each row of the matrix beside its label when the rows are scrolled', async () => {
    const { page } = s;
    await page.getByRole('tab', { name: '矩阵' }).click();
    await waitForChart(page);
    const chart = page.getByTestId('main-chart');
    // Where the chart is now (a notice above it can move it while the test runs).
    const moveTo = async (x: number, y: number) => {
      const box = (await chart.boundingBox())!;
      await page.mouse.move(box.x + x, box.y + y);
    };
    type Box = { text: string; x: number; y: number; height: number };
    type Drawn = Inspect & { labelLayout: (id: string) => { texts: Box[] } | null };
    const pixel = (v: number[]) =>
      page.evaluate((at) => (window as unknown as { fazhiCharts: Inspect }).fazhiCharts.pixelOf('main-chart', at)!, v);
    const [x0, y0] = await pixel([0, 0]);
    const [, y1] = await pixel([0, 1]);
    const band = y1! - y0!;
    // The texts drawn across a horizontal line of the chart, left to right.
    const labelsAt = async (y: number) =>
      ((await page.evaluate(() => (window as unknown as { fazhiCharts: Drawn }).fazhiCharts.labelLayout('main-chart')))?.texts ?? [])
        .filter((b) => b.y <= y && y <= b.y + b.height)
        .sort((a, b) => a.x - b.x)
        .map((b) => b.text);
    const departmentShown = async () => (await chart.innerText()).match(/^(.+)\n.+ · \d{4}年/m)?.[1] ?? '';
    // Rows drawn in view: the department their cells' tooltips name is the label drawn beside them.
    // A cell with a value in each row (x, y), by row, as the chart holds them now.
    const firstInRow = async () => {
      const cells = new Map<number, number>();
      for (const { name, data } of await chartSeries(page)) {
        if (!name.startsWith('judged') && name !== 'neutral') continue;
        for (let i = 0; i < data.length; i += 4) {
          const [x, y] = [data[i] as number, data[i + 1] as number];
          if (x < 20 && !(cells.get(y)! <= x)) cells.set(y, x);
        }
      }
      return cells;
    };
    // The first ten rows of the scroll window: each cell's tooltip names the label drawn beside it.
    const rowsMatch = async () => {
      let checked = 0;
      for (const [y, x] of [...(await firstInRow())].sort((a, b) => a[0] - b[0])) {
        const [px, py] = await pixel([x, y]);
        if (py! < y0! || py! > y0! + band * 10) continue;
        const labels = await labelsAt(py!);
        await moveTo(px!, py!);
        const label = labels[0]!.replace(/(…|\.\.\.)$/, '');
        await expect.poll(async () => `${label} → ${await departmentShown()}`).toMatch(/^(.+) → \1/);
        checked++;
      }
      await page.mouse.move(0, 0);
      return checked;
    };
    expect(await rowsMatch()).toBeGreaterThan(2);
    // Scroll the rows with the wheel, as a user would; the labels move with the cells.
    const firstLabel = async () => (await labelsAt(y0!))[0];
    const top = await firstLabel();
    await moveTo(x0!, y0! + band * 3);
    for (let i = 0; i < 3; i++) await page.mouse.wheel(0, 120);
    await expect.poll(firstLabel).not.toBe(top);
    await page.screenshot({ path: `${RESULTS_DIR}/view-matrix-scrolled.png` });
    expect(await rowsMatch()).toBeGreaterThan(2);
  });

  it('fits the matrix to a laptop window and gives it back its rows in a taller one', async () => {
    const { page } = s;
    await page.getByRole('tab', { name: '矩阵' }).click();
    await waitForChart(page);
    const chart = page.getByTestId('main-chart');
    const tall = (await chart.boundingBox())!.height;
    try {
      await page.setViewportSize({ width: 1366, height: 768 });
      await expect.poll(async () => (await chart.boundingBox())!.height).toBeLessThan(tall);
      const low = (await chart.boundingBox())!.height;
      // The rows, their scroll bars and the legend are seen at once (at least 12 rows of 22 px).
      expect(low).toBeLessThanOrEqual(768);
      expect(low).toBeGreaterThan(12 * 22);
      await chart.screenshot({ path: `${RESULTS_DIR}/view-matrix-1366x768.png` });
    } finally {
      await page.setViewportSize({ width: 1400, height: 950 });
    }
    await expect.poll(async () => (await chart.boundingBox())!.height).toBe(tall);
  });

  it('renders the data table with 未报告 for missing values', async () => {
    const { page } = s;
    await page.getByRole('tab', { name: '数据表' }).click();
    const table = page.getByTestId('data-table');
    await table.waitFor();
    await expect.poll(() => table.getByRole('row').count()).toBeGreaterThan(5);
    expect(await table.textContent()).toContain('未报告');
    await page.screenshot({ path: `${RESULTS_DIR}/view-table-full.png`, fullPage: true });
  });

  it('switches the whole interface to English and back', async () => {
    const { page } = s;
    await page.getByRole('tab', { name: '趋势' }).click();
    await page.getByRole('button', { name: /English/ }).click();
    await page.getByRole('tab', { name: 'Trend' }).waitFor();
    for (const name of ['Ranking', 'Matrix', 'Department profile', 'Data table']) {
      expect(await page.getByRole('tab', { name }).count()).toBe(1);
    }
    await waitForChart(page);
    const header = await page.locator('.app-header').textContent();
    expect(header).not.toMatch(/[导入数据从报告提取]/);
    // Every interface label is English; only data (department names) stays Chinese.
    const ui = (await page.locator('.view-controls, .export-bar, .filters legend, .filters label, .tabs').allInnerTexts()).join(' ');
    for (const word of [
      'Mode',
      'Layout',
      'Palette',
      'Export PNG',
      'Export SVG',
      'Indicator',
      'Departments',
      'Year',
      'Datasets',
      '16:9 slide',
    ]) {
      expect(ui).toContain(word);
    }
    for (const word of ['显示方式', '布局', '配色', '尺寸', '清晰度', '背景', '导出', '数据集', '幻灯片', '起始年度']) {
      expect(ui).not.toContain(word);
    }
    await page.screenshot({ path: `${RESULTS_DIR}/view-trend-en.png`, fullPage: true });
    await page.getByRole('button', { name: /中文/ }).click();
    await page.getByRole('tab', { name: '趋势' }).waitFor();
  });

  it('keeps the view in the URL: reload and back reopen the same chart', async () => {
    const { page } = s;
    await page.getByRole('tab', { name: '排名' }).click();
    await waitForChart(page);
    await page.getByLabel('年度', { exact: true }).selectOption('2023');
    await waitForChart(page);
    // The URL is written just after the chart's frame.
    await page.waitForFunction(() => location.hash.includes('y=2023'));
    const url = page.url();
    expect(url).toContain('v=ranking');
    expect(url).toContain('y=2023');
    await page.reload();
    await waitForChart(page);
    expect(await page.getByRole('tab', { name: '排名' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.getByLabel('年度', { exact: true }).inputValue()).toBe('2023');
    await page.goBack();
    await page.waitForFunction(() => !location.hash.includes('y=2023'));
  });

  it('can be used with the keyboard alone', async () => {
    const { page } = s;
    await page.getByRole('tab', { name: '趋势' }).click();
    await page.getByRole('tab', { name: '趋势' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('tab', { name: '排名' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('排名');
    await page.keyboard.press('ArrowLeft');
    expect(await page.getByRole('tab', { name: '趋势' }).getAttribute('aria-selected')).toBe('true');
    // Indicator list: focus it and move with the arrow keys.
    const select = page.getByRole('listbox', { name: '指标' });
    await select.focus();
    const before = await select.inputValue();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => select.inputValue()).not.toBe(before);
    // Department checkbox: Tab to it and toggle with Space.
    await page.getByLabel('搜索部门').focus();
    await page.keyboard.type('解放区');
    await page.keyboard.press('Tab');
    for (let i = 0; i < 6; i++) {
      const name = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.closest('label')?.textContent ?? '');
      if (name.startsWith('解放区财政局')) break;
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Space');
    expect(await page.getByRole('checkbox', { name: '解放区财政局', exact: true }).isChecked()).toBe(true);
    await page.getByLabel('搜索部门').fill('');
    await page.getByRole('button', { name: '清空' }).click();
  });

  it('shows a missing year as a gap, never as zero', async () => {
    const { page } = s;
    await importCsv(page, 'test/fixtures/e2e/missing-year.csv');
    await page.getByRole('tab', { name: '趋势' }).click();
    await page.getByRole('listbox', { name: '指标' }).selectOption('normative_docs_cleaned');
    await chooseOnlyDepartment(page, '缺年测试局');
    await page.getByLabel('起始年度').selectOption('2021');
    await page.getByLabel('截止年度').selectOption('2023');
    await expect
      .poll(async () =>
        JSON.stringify(
          (await chartSeries(page)).map((x) => x.data.map((d) => (d && typeof d === 'object' ? (d as { value: unknown }).value : d))),
        ),
      )
      .toBe(JSON.stringify([[5, null, 9]]));
    const table = await page.getByTestId('main-chart').getAttribute('aria-label');
    expect(table).toContain('缺年测试局');
    await page.getByRole('button', { name: '清空' }).click();
  });

  it('renders a department named <img src=x onerror=alert(1)> as text', async () => {
    const { page } = s;
    const hostile = '<img src=x onerror=alert(1)>';
    await page.getByRole('button', { name: '从报告提取' }).click();
    await page.getByText('粘贴报告全文').click();
    await page.getByLabel('粘贴报告全文').fill('2024年，我局清理了22份规范性文件，组织法治专题培训8次。');
    await page.getByRole('button', { name: '提取', exact: true }).click();
    await page.getByTestId('review-table').waitFor();
    await page.getByLabel('报告部门').fill(hostile);
    await page.getByLabel('报告年度').fill('2024');
    await page.getByRole('button', { name: '确认导入' }).click();
    await page.getByRole('status').filter({ hasText: '导入完成' }).waitFor();
    await page.getByRole('button', { name: '关闭' }).click();
    await page.getByRole('tab', { name: '排名' }).click();
    await page.getByRole('listbox', { name: '指标' }).selectOption('normative_docs_cleaned');
    await page.getByLabel('年度', { exact: true }).selectOption('2024');
    const before = await renderCount(page);
    await chooseOnlyDepartment(page, hostile);
    await waitForRedraw(page, before);
    const tip = await sweepForTooltip(page, hostile);
    expect(tip).toContain(hostile);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(s.problems).toEqual([]);
    await page.screenshot({ path: `${RESULTS_DIR}/xss-tooltip.png` });
  });
});
