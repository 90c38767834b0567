// Exports that hold what they claim (issue 16): the footer's source and date inside every
// size, ranking reference labels apart and the change marks explained, the whole matrix
// in numbered pages, the people's CSV that re-imports unchanged, the printed ranking in
// chart order with 名次, and the skipped empty cells of a wide CSV listed in the preview.
import { unzipSync } from 'fflate';
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, RESULTS_DIR, waitForChart, type Session } from './browser';
import { download } from './downloads';
import { pngSize } from './png';

const LONG_NAME = '区直部门2023年法治政府建设年度报告汇总表（第一批次，含行政执法、行政复议和行政诉讼数据）';
let s: Session;

beforeAll(async () => {
  s = await openSession();
  await s.page.addInitScript(() => {
    window.print = () => undefined;
  });
  await s.page.goto(s.baseUrl);
  await waitForChart(s.page);
  // A dataset with a long name in the trend of 清理规范性文件数.
  const { page } = s;
  await page.getByRole('button', { name: '导入数据' }).click();
  await page.getByLabel('选择 CSV 文件').setInputFiles('test/fixtures/e2e/long-dataset-name.csv');
  await page.getByTestId('count-new').waitFor();
  await page.getByLabel('名称', { exact: true }).fill(LONG_NAME);
  await page.getByRole('button', { name: '确认导入' }).click();
  await page.getByRole('status').filter({ hasText: '导入完成' }).waitFor();
  await page.getByRole('button', { name: '关闭' }).click();
  await waitForChart(page);
});
afterAll(async () => {
  await s?.close();
});

const bar = () => s.page.locator('.view-head .export-bar');
const text = (b: Uint8Array) => new TextDecoder().decode(b);

interface Box {
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Draws an exported SVG (with its embedded font) in the page and measures every text. */
async function measureSvg(page: Page, svg: string): Promise<{ width: number; height: number; texts: Box[] }> {
  return page.evaluate(async (doc) => {
    const host = document.createElement('div');
    host.style.cssText = 'position:fixed;left:0;top:0;z-index:99999';
    // The app's own export, parsed as markup to measure it.
    host.innerHTML = doc;
    document.body.appendChild(host);
    await new Promise((r) => requestAnimationFrame(r));
    await document.fonts.ready;
    const el = host.querySelector('svg')!;
    const base = el.getBoundingClientRect();
    const texts = [...el.querySelectorAll('text')].map((t) => {
      const r = t.getBoundingClientRect();
      return {
        text: t.textContent ?? '',
        left: r.left - base.left,
        right: r.right - base.left,
        top: r.top - base.top,
        bottom: r.bottom - base.top,
      };
    });
    host.remove();
    return { width: base.width, height: base.height, texts };
  }, svg);
}

const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

async function chooseIndicator(page: Page, name: string): Promise<void> {
  await page.getByLabel('搜索指标').fill(name);
  await page.getByText(name, { exact: false }).first().click();
  await page.getByLabel('搜索指标').fill('');
  await waitForChart(page);
}

describe('exported images keep their text inside', () => {
  it('the footer names datasets and shows source and date fully inside every size', async () => {
    const { page } = s;
    const sizes: [string, number, number][] = [
      ['slide169', 1280, 720],
      ['slide43', 1024, 768],
      ['a4', 1000, 620],
      ['custom', 420, 560],
    ];
    for (const [preset, width, height] of sizes) {
      await bar().getByLabel('尺寸').selectOption(preset);
      if (preset === 'custom') {
        await bar().getByLabel('宽', { exact: true }).fill(String(width));
        await bar().getByLabel('高', { exact: true }).fill(String(height));
      }
      const svg = await download(page, bar().getByRole('button', { name: '导出 SVG' }), `fit-footer-${preset}.svg`);
      const m = await measureSvg(page, text(svg.bytes));
      expect(m.width).toBe(width);
      const source = m.texts.find((t) => t.text.startsWith('数据来源：'));
      const date = m.texts.find((t) => /导出时间 \d{4}-\d{2}-\d{2}$/.test(t.text));
      expect(source, preset).toBeDefined();
      expect(date, preset).toBeDefined();
      const footer = m.texts.filter((t) => t.top >= source!.top - 1 && t.left < 20);
      for (const t of footer) {
        expect(t.left, `${preset}: ${t.text}`).toBeGreaterThanOrEqual(0);
        expect(t.right, `${preset}: ${t.text}`).toBeLessThanOrEqual(width);
      }
      // Datasets by name, every one written or counted; no file names.
      const all = footer.map((t) => t.text).join('');
      expect(all).not.toMatch(/\.csv|\.txt/);
      if (width >= 1000) expect(all).toContain(LONG_NAME);
      else expect(all).toMatch(/等 \d+ 个数据集|示例报告/);
    }
    await bar().getByLabel('尺寸').selectOption('a4');
    const png = await download(page, bar().getByRole('button', { name: '导出 PNG' }), 'fit-footer-a4@2x.png');
    expect(pngSize(png.bytes)).toEqual({ width: 2000, height: 1240 });
    await bar().getByLabel('尺寸').selectOption('slide169');
  });

  it('ranking: median and target named apart, change marks explained', async () => {
    const { page } = s;
    await page.getByRole('tab', { name: '排名' }).click();
    await chooseIndicator(page, '规范性文件合法性审核率');
    await page.screenshot({ path: `${RESULTS_DIR}/fit-ranking-screen.png` });
    const svg = await download(page, bar().getByRole('button', { name: '导出 SVG' }), 'fit-ranking.svg');
    const m = await measureSvg(page, text(svg.bytes));
    const median = m.texts.find((t) => t.text.startsWith('中位数'))!;
    const target = m.texts.find((t) => t.text.startsWith('目标'))!;
    expect(median.text).toMatch(/^中位数 9\d(\.\d+)?%$/);
    expect(target.text).toBe('目标 100%');
    expect(overlap(median, target)).toBe(false);
    // No reference label sits on a value label either.
    const values = m.texts.filter((t) => /^\d+(\.\d+)?%/.test(t.text));
    expect(values.length).toBeGreaterThan(5);
    for (const v of values) for (const ref of [median, target]) expect(overlap(v, ref), `${v.text} / ${ref.text}`).toBe(false);
    const legend = m.texts.find((t) => t.text.includes('▲ 较上年增加'))!;
    expect(legend.text).toBe('▲ 较上年增加　▼ 较上年减少　＝ 与上年持平');
    expect(legend.right).toBeLessThanOrEqual(m.width);
  });

  it('ranking print: the table follows the chart with 名次', async () => {
    const { page } = s;
    await bar().getByRole('button', { name: '打印' }).click();
    const sheet = page.getByTestId('print-sheet');
    await sheet.waitFor();
    const table = sheet.locator('.print-table');
    expect(await table.locator('th').first().textContent()).toBe('名次');
    const cells = await table
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent ?? '')));
    const ranks = cells.map((c) => Number(c[0]));
    expect(ranks[0]).toBe(1);
    for (let i = 1; i < ranks.length; i++) expect(ranks[i]).toBeGreaterThanOrEqual(ranks[i - 1]!);
    const values = cells.map((c) => parseFloat(c[c.length - 1]!));
    for (let i = 1; i < values.length; i++) expect(values[i]).toBeLessThanOrEqual(values[i - 1]!);
    await page.screenshot({ path: `${RESULTS_DIR}/fit-ranking-print.png` });
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'detached' });
  });
});

describe('matrix export holds the whole selection', () => {
  it('pages the matrix into numbered images that together hold every department and indicator', async () => {
    const { page } = s;
    await page.getByRole('tab', { name: '矩阵' }).click();
    await waitForChart(page);
    await page.screenshot({ path: `${RESULTS_DIR}/fit-matrix-screen.png` });
    // What the matrix holds, as its subtitle says: more departments than the rows in view, and
    // more indicators than a page of the export holds.
    const subtitle = await page.locator('.view-title .hint').innerText();
    const [departments, indicators] = /部门：(\d+) · 指标：(\d+)/.exec(subtitle)!.slice(1).map(Number) as [number, number];
    // The chart on screen holds only its window: the distinct rows of its cells (x, y, score, cell).
    const series = await page.evaluate(() =>
      (window as unknown as { fazhiCharts: { seriesData: (id: string) => { data: number[] }[] } }).fazhiCharts.seriesData('main-chart'),
    );
    const ys = new Set<number>();
    for (const { data } of series) for (let i = 1; i < data.length; i += 4) ys.add(data[i]!);
    expect(ys.size).toBeLessThan(departments);
    expect(departments).toBeGreaterThan(25);
    expect(indicators).toBeGreaterThan(30);
    const zip = await download(page, bar().getByRole('button', { name: '导出 SVG' }), 'fit-matrix-svg.zip');
    expect(zip.name).toMatch(/\.zip$/);
    const files = Object.entries(unzipSync(zip.bytes));
    expect(files.length).toBeGreaterThan(1);
    const rows = new Set<number>();
    const cols = new Set<number>();
    for (const [name, bytes] of files) {
      const doc = text(bytes);
      const m = /第 (\d+)\/(\d+) 页：部门 (\d+)–(\d+)（共 (\d+) 个），指标 (\d+)–(\d+)（共 (\d+) 个）/.exec(doc);
      expect(m, name).not.toBeNull();
      expect(Number(m![2])).toBe(files.length);
      expect(Number(m![5])).toBe(departments);
      expect(Number(m![8])).toBe(indicators);
      for (let i = Number(m![3]); i <= Number(m![4]); i++) rows.add(i);
      for (let i = Number(m![6]); i <= Number(m![7]); i++) cols.add(i);
    }
    expect(rows.size).toBe(departments);
    expect(cols.size).toBe(indicators);
    const pngs = await download(page, bar().getByRole('button', { name: '导出 PNG' }), 'fit-matrix-png.zip');
    const images = Object.entries(unzipSync(pngs.bytes));
    expect(images.length).toBe(files.length);
    for (const [name, bytes] of images) {
      expect(pngSize(bytes), name).toEqual({ width: 2560, height: 1440 });
      writeFileSync(`${RESULTS_DIR}/fit-matrix-${name.replace(/[^\w.-]+/g, '_')}`, bytes);
    }
    expect(await bar().getByRole('status').textContent()).toContain(`已分为 ${files.length} 张图片`);
  });
});

describe('data CSV for people', () => {
  it('has Chinese headers and indicator names by default, wide and machine forms as options, and each re-imports unchanged', async () => {
    const { page } = s;
    await page.getByRole('tab', { name: '排名' }).click();
    await chooseIndicator(page, '清理规范性文件数');
    const forms: [string, RegExp][] = [
      ['people', /^部门,年度,指标,数值,单位,限定,原文,来源,推算\r\n/],
      ['wide', /^部门,指标,单位,\d{4}年\r\n/],
      ['machine', /^department,year,indicator,indicator_text,value,unit,qualifier,evidence,source,derived\r\n/],
    ];
    for (const [form, header] of forms) {
      await bar().getByLabel('CSV 格式').selectOption(form);
      const csv = await download(page, bar().getByRole('button', { name: '导出数据 CSV' }), `fit-data-${form}.csv`);
      const body = text(csv.bytes).replace(/^\uFEFF/, '');
      expect(body).toMatch(header);
      if (form !== 'machine') expect(body).not.toMatch(/normative_docs|other:/);
      if (form !== 'machine') expect(body).toContain(',清理规范性文件数,');
      await page.getByRole('button', { name: '导入数据' }).click();
      await page.getByLabel('选择 CSV 文件').setInputFiles(csv.path);
      await page.getByTestId('count-new').waitFor();
      expect(await page.getByTestId('count-new').textContent(), form).toBe('0');
      expect(await page.getByTestId('count-changed').textContent(), form).toBe('0');
      expect(await page.getByTestId('count-rejected').textContent(), form).toBe('0');
      expect(Number(await page.getByTestId('count-unchanged').textContent()), form).toBeGreaterThan(10);
      await page.getByRole('button', { name: '关闭' }).click();
    }
    await bar().getByLabel('CSV 格式').selectOption('people');
  });
});

describe('wide CSV preview', () => {
  it('lists the empty and 「-」 cells as skipped, with the first ones by line and column', async () => {
    const { page } = s;
    await page.getByRole('button', { name: '导入数据' }).click();
    await page.getByLabel('选择 CSV 文件').setInputFiles('test/fixtures/e2e/wide-with-empty-cells.csv');
    await page.getByTestId('count-new').waitFor();
    expect(await page.getByTestId('count-skipped-cells').textContent()).toBe('5');
    const list = await page.getByTestId('skipped-cells').textContent();
    expect(list).toContain('第 2 行「法治培训次数」列');
    expect(list).toContain('第 3 行「规范性文件清理数（件）」列');
    await page.screenshot({ path: `${RESULTS_DIR}/fit-import-skipped.png`, fullPage: true });
    await page.getByRole('button', { name: '关闭' }).click();
    expect(s.problems).toEqual([]);
  });
});
