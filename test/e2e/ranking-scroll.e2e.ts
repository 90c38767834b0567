// The ranking and the matrix scroll their rows themselves: a chart is given only the rows in view (ECharts
// builds a model of every row it is given, thousands at a large import), and a scroll bar of
// the page's own moves the window, by the wheel over the chart or by the keyboard.
import { writeFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { RESULTS_DIR, useAppSession, waitForChart } from './browser';
import { download } from './downloads';
import { pngSize } from './png';
import { chartSeries, importCsv, sweepForTooltip, useTempFile } from './helpers';

const DEPARTMENTS = 80;

/** 80 departments, each with its own count of requests (the first the lowest). */
function csv(): string {
  const lines = ['部门,年度,指标,数值,单位,原文'];
  for (let d = 1; d <= DEPARTMENTS; d++)
    for (const year of [2023, 2024]) lines.push(`滚动测试第${d}局,${year},依申请公开件数,${100000 + d * 10 + year - 2023},件,`);
  return lines.join('\n') + '\n';
}

const barValues = async (page: Parameters<typeof chartSeries>[0]) =>
  (await chartSeries(page))
    .find((s) => s.data.length > 1)!
    .data.map((d) => (typeof d === 'object' && d ? (d as { value: number }).value : d));

describe('the ranking and the matrix of many departments', () => {
  const session = useAppSession();
  const file = useTempFile('many.csv', csv);

  it('draws the bars in view and scrolls them by the wheel and the keyboard', async () => {
    const { page } = session();
    await importCsv(page, file());
    await page.getByRole('tab', { name: '排名' }).click();
    const indicator = page.locator('aside.filters select[aria-label="指标"]');
    const value = await indicator.locator('option', { hasText: '依申请公开' }).first().getAttribute('value');
    await indicator.selectOption(value ?? '');
    await page.locator('.view-controls').getByRole('combobox', { name: '年度' }).selectOption('2024');
    await waitForChart(page);
    const scroll = page.getByRole('group', { name: /^滚动排名/ });
    await expect.poll(() => scroll.getAttribute('aria-label')).toMatch(/^滚动排名：第1–30名，共\d+个部门$/);
    const total = Number((await scroll.getAttribute('aria-label'))!.match(/共(\d+)个/)![1]);
    expect(total).toBeGreaterThanOrEqual(DEPARTMENTS);
    // Only the window's bars are in the chart: the 30 highest counts, highest first.
    const top = await barValues(page);
    expect(top).toHaveLength(30);
    expect(top[0]).toBe(100000 + DEPARTMENTS * 10 + 1);

    // The wheel over the bars scrolls them, not the page.
    const box = (await page.getByTestId('main-chart').boundingBox())!;
    const pageY = await page.evaluate(() => window.scrollY);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < 4; i++) await page.mouse.wheel(0, 120);
    await expect.poll(async () => (await barValues(page))[0]).toBeLessThan(top[0] as number);
    expect(await page.evaluate(() => window.scrollY)).toBe(pageY);
    const first = Number((await scroll.getAttribute('aria-label'))!.match(/第(\d+)–/)![1]);
    expect(first).toBeGreaterThan(1);
    // The window's first bar is the department of that rank.
    expect((await barValues(page))[0]).toBe(100000 + (DEPARTMENTS - first + 1) * 10 + 1);

    // From the keyboard: End shows the last bars, Home the first again.
    await scroll.focus();
    await page.keyboard.press('End');
    await expect.poll(() => scroll.getAttribute('aria-label')).toBe(`滚动排名：第${total - 29}–${total}名，共${total}个部门`);
    await page.locator('.chart-box').screenshot({ path: `${RESULTS_DIR}/ranking-scrolled-to-end.png` });
    // The thumb ends with its bar.
    const [end, bar] = [await page.locator('.chart-scroll-thumb').boundingBox(), await page.locator('.chart-scroll').boundingBox()];
    expect(Math.abs(end!.y + end!.height - (bar!.y + bar!.height))).toBeLessThan(1);
    // A bar's tooltip names its own department and figure. Ten bars up, the lowest count of
    // the import is in the middle of the window.
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowUp');
    await expect.poll(() => scroll.getAttribute('aria-label')).toMatch(new RegExp(`^滚动排名：第${total - 39}–`));
    expect(await sweepForTooltip(page, '滚动测试第1局')).toMatch(/100,?011/);
    await page.mouse.move(0, 0);
    await scroll.focus();
    await page.keyboard.press('Home');
    await expect.poll(async () => (await barValues(page))[0]).toBe(top[0]);
    // A click halfway down the scroll bar shows the middle bars; the bar's thumb is there.
    const track = (await page.locator('.chart-scroll').boundingBox())!;
    await page.mouse.click(track.x + track.width / 2, track.y + track.height / 2);
    const middle = Math.round(total / 2 - 15) + 1;
    await expect
      .poll(async () => Number((await scroll.getAttribute('aria-label'))!.match(/第(\d+)–/)![1]))
      .toBeGreaterThanOrEqual(middle - 1);
    expect(Number((await scroll.getAttribute('aria-label'))!.match(/第(\d+)–/)![1])).toBeLessThanOrEqual(middle + 1);
    const thumb = (await page.locator('.chart-scroll-thumb').boundingBox())!;
    expect(Math.abs(thumb.y + thumb.height / 2 - (track.y + track.height / 2))).toBeLessThan(track.height / total + 1);
    await page.locator('.chart-box').screenshot({ path: `${RESULTS_DIR}/ranking-scrolled-to-middle.png` });
    // A change of year starts the new ranking at its top.
    await page.keyboard.press('End');
    await expect.poll(() => scroll.getAttribute('aria-label')).toMatch(new RegExp(`^滚动排名：第${total - 29}–`));
    await page.locator('.view-controls').getByRole('combobox', { name: '年度' }).selectOption('2023');
    await expect.poll(() => scroll.getAttribute('aria-label')).toMatch(/^滚动排名：第1–30名/);
    expect((await barValues(page))[0]).toBe(100000 + DEPARTMENTS * 10);
  });

  it('exports every department in numbered pages, whatever bars the window shows', async () => {
    const { page } = session();
    await page.getByRole('tab', { name: '排名' }).click();
    await waitForChart(page);
    const scroll = page.getByRole('group', { name: /^滚动排名/ });
    await scroll.focus();
    await page.keyboard.press('End');
    await expect.poll(() => scroll.getAttribute('aria-label')).toMatch(/^滚动排名：第\d+–(\d+)名，共\1个部门$/);
    const total = Number((await scroll.getAttribute('aria-label'))!.match(/共(\d+)个/)![1]);
    const bar = () => page.locator('.view-head .export-bar');
    const svgs = Object.entries(
      unzipSync((await download(page, bar().getByRole('button', { name: '导出 SVG' }), 'ranking-pages-svg.zip')).bytes),
    );
    expect(svgs.length).toBeGreaterThan(1);
    const bars = new Set<number>();
    const named = new Map<string, number>();
    for (const [name, bytes] of svgs) {
      const doc = new TextDecoder().decode(bytes);
      const m = /第 (\d+)\/(\d+) 页：第 (\d+)–(\d+) 位（共 (\d+) 个部门）/.exec(doc);
      expect(m, name).not.toBeNull();
      expect(Number(m![2])).toBe(svgs.length);
      expect(Number(m![5])).toBe(total);
      for (let i = Number(m![3]); i <= Number(m![4]); i++) bars.add(i);
      for (const d of doc.match(/滚动测试第\d+局/g) ?? []) named.set(d, (named.get(d) ?? 0) + 1);
      // The first page leads with the highest count, though the window showed the last bars.
      if (m![1] === '1') expect(doc.indexOf('滚动测试第80局')).toBeGreaterThan(0);
    }
    expect(bars.size).toBe(total);
    // Each imported department is on exactly one page.
    expect(named.size).toBe(DEPARTMENTS);
    expect([...named.values()].every((n) => n === 1)).toBe(true);
    const pngs = Object.entries(
      unzipSync((await download(page, bar().getByRole('button', { name: '导出 PNG' }), 'ranking-pages-png.zip')).bytes),
    );
    expect(pngs.map(([name]) => name).sort()).toEqual(svgs.map(([name]) => name.replace(/\.svg$/, '@2x.png')).sort());
    writeFileSync(`${RESULTS_DIR}/ranking-export-page-1.png`, pngs.find(([name]) => name.includes('第1页'))![1]);
    expect(await bar().getByRole('status').textContent()).toContain(`已分为 ${svgs.length} 张图片`);
  });

  it('batch-exports a long ranking as numbered pages in the ZIP', async () => {
    const { page } = session();
    await page.getByRole('button', { name: '批量导出' }).click();
    const dialog = page.getByRole('dialog', { name: '批量导出' });
    await dialog.getByRole('combobox', { name: '图表' }).selectOption('ranking');
    await dialog.getByRole('button', { name: '清空' }).click();
    await dialog.getByRole('checkbox', { name: /^依申请公开件数/ }).check();
    const zip = await download(page, dialog.getByRole('button', { name: '下载 ZIP（PNG）' }), 'ranking-batch.zip');
    const names = Object.keys(unzipSync(zip.bytes)).sort();
    expect(names.length).toBeGreaterThan(1);
    // Named as the export bar names a chart's pages: 「…-第1页（共4页）.png」.
    names.forEach((name) =>
      expect(name).toMatch(new RegExp(`^依申请公开件数-排名-\\d{4}-全部部门-第\\d+页（共${names.length}页）\\.png$`)),
    );
    await dialog.getByRole('button', { name: '关闭' }).click();
  });

  it('puts every bar of the ranking in view into a briefing, one picture per page', async () => {
    const { page } = session();
    await page.getByRole('tab', { name: '排名' }).click();
    await waitForChart(page);
    const total = Number((await page.getByRole('group', { name: /^滚动排名/ }).getAttribute('aria-label'))!.match(/共(\d+)个/)![1]);
    await page.getByRole('button', { name: '生成简报' }).click();
    await expect.poll(() => page.getByRole('checkbox', { name: /^当前视图：.+排名/ }).isChecked()).toBe(true);
    const file = await download(page, page.getByRole('button', { name: '生成简报（.docx）' }), 'ranking-briefing.docx');
    await page.getByRole('status').filter({ hasText: '已生成简报，共 1 个图表' }).waitFor();
    const zip = unzipSync(file.bytes);
    const xml = strFromU8(zip['word/document.xml']!);
    // Over 90 bars do not fit one 1800 px picture: the ranking's pages, each 1200 × 1800 at 2×.
    const pictures = Object.keys(zip).filter((f) => f.startsWith('word/media/'));
    expect(total).toBeGreaterThan(100);
    expect(pictures.length).toBeGreaterThan(1);
    expect((xml.match(/<w:drawing>/g) ?? []).length).toBe(pictures.length);
    for (const f of pictures) expect(pngSize(zip[f]!)).toEqual({ width: 2400, height: 3600 });
    writeFileSync(`${RESULTS_DIR}/ranking-briefing-page-2.png`, zip[pictures[1]!]!);
    // The ranking's table lists every department.
    expect((xml.match(/滚动测试第\d+局/g) ?? []).length).toBeGreaterThanOrEqual(DEPARTMENTS);
    await page.keyboard.press('Escape');
  });

  it('scrolls the matrix rows by the wheel and the keyboard, from the top again in a new year', async () => {
    const { page } = session();
    await page.getByRole('tab', { name: '矩阵' }).click();
    await page.locator('.view-controls').getByRole('combobox', { name: '年度' }).selectOption('2024');
    await waitForChart(page);
    // The import's 80 departments and the bundled ones, grouped by type: more rows than fit.
    const scroll = page.getByRole('group', { name: /^滚动矩阵/ });
    await expect.poll(() => scroll.getAttribute('aria-label')).toMatch(/^滚动矩阵：第1–\d+行，共\d+行$/);
    const [last, total] = (await scroll.getAttribute('aria-label'))!
      .match(/第1–(\d+)行，共(\d+)行/)!
      .slice(1)
      .map(Number) as [number, number];
    expect(total).toBeGreaterThan(DEPARTMENTS);
    // Only the rows in view have cells in the chart (the header rows of the groups have none).
    const rowsWithCells = async () => {
      const ys = new Set<number>();
      for (const { data } of await chartSeries(page)) for (let i = 1; i < data.length; i += 4) ys.add(data[i] as number);
      return ys;
    };
    const inView = async () => {
      const ys = await rowsWithCells();
      expect(Math.max(...ys)).toBeLessThan(last);
      expect(ys.size).toBeGreaterThan(last / 2);
    };
    await inView();
    const series = async () => (await chartSeries(page)).filter((x) => x.name.startsWith('judged'));
    const before = JSON.stringify(await series());
    // The wheel over the cells scrolls the rows, not the page.
    const box = (await page.getByTestId('main-chart').boundingBox())!;
    const pageY = await page.evaluate(() => window.scrollY);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < 4; i++) await page.mouse.wheel(0, 120);
    await expect.poll(async () => Number((await scroll.getAttribute('aria-label'))!.match(/第(\d+)–/)![1])).toBeGreaterThan(1);
    expect(await page.evaluate(() => window.scrollY)).toBe(pageY);
    await expect.poll(async () => JSON.stringify(await series())).not.toBe(before);
    // From the keyboard: End shows the last rows.
    await scroll.focus();
    await page.keyboard.press('End');
    await expect.poll(() => scroll.getAttribute('aria-label')).toBe(`滚动矩阵：第${total - last + 1}–${total}行，共${total}行`);
    await inView();
    await page.locator('.chart-box').screenshot({ path: `${RESULTS_DIR}/matrix-scrolled-to-end.png` });
    // A new year starts at the top again.
    await page.locator('.view-controls').getByRole('combobox', { name: '年度' }).selectOption('2023');
    await expect.poll(() => scroll.getAttribute('aria-label')).toMatch(/^滚动矩阵：第1–/);
  });
});
