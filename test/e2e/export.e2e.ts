// Briefing-ready exports in a real browser: PNG sizes, custom size and watermark, SVG
// content, clipboard, batch ZIP, print layout, CSV (BOM, formulas, GBK) and re-import.
import { unzipSync } from 'fflate';
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, RESULTS_DIR, waitForChart, type Session } from './browser';
import { download } from './downloads';
import { chooseOnlyDepartment } from './helpers';
import { pngSize } from './png';

let s: Session;

beforeAll(async () => {
  s = await openSession();
  await s.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(s.baseUrl).origin });
  // The print dialog is the browser's; the test counts the calls and prints by emulating print media.
  await s.page.addInitScript(() => {
    const w = window as unknown as { printCalls: number };
    w.printCalls = 0;
    window.print = () => {
      w.printCalls++;
    };
  });
  await s.page.goto(s.baseUrl);
  await waitForChart(s.page);
});
afterAll(async () => {
  await s?.close();
});

const bar = () => s.page.locator('.view-head .export-bar');
const text = (b: Uint8Array) => new TextDecoder().decode(b);

describe('image exports', () => {
  it('PNG at 2× and 3× has the pixel size of the 16:9 preset', async () => {
    const { page } = s;
    await bar().getByLabel('清晰度').selectOption('2');
    const two = await download(page, bar().getByRole('button', { name: '导出 PNG' }), 'export-trend-16x9@2x.png');
    expect(pngSize(two.bytes)).toEqual({ width: 2560, height: 1440 });
    await bar().getByLabel('清晰度').selectOption('3');
    const three = await download(page, bar().getByRole('button', { name: '导出 PNG' }), 'export-trend-16x9@3x.png');
    expect(pngSize(three.bytes)).toEqual({ width: 3840, height: 2160 });
    expect(three.name).toMatch(/趋势.*@3x\.png$/);
    await bar().getByLabel('清晰度').selectOption('2');
  });

  it('exports a custom size with a diagonal watermark', async () => {
    const { page } = s;
    await bar().getByLabel('尺寸').selectOption('custom');
    await bar().getByLabel('宽', { exact: true }).fill('900');
    await bar().getByLabel('高', { exact: true }).fill('600');
    await bar().getByLabel('水印文字').fill('内部资料');
    await page.locator('.view-head').screenshot({ path: `${RESULTS_DIR}/export-bar-custom.png` });
    const png = await download(page, bar().getByRole('button', { name: '导出 PNG' }), 'export-custom-watermark@2x.png');
    expect(pngSize(png.bytes)).toEqual({ width: 1800, height: 1200 });
    const svg = await download(page, bar().getByRole('button', { name: '导出 SVG' }), 'export-custom-watermark.svg');
    const doc = text(svg.bytes);
    expect(doc).toMatch(/<svg[^>]*width="900"[^>]*height="600"/);
    expect(doc.match(/>内部资料</g)?.length ?? 0).toBeGreaterThanOrEqual(4);
    await bar().getByLabel('水印文字').fill('');
    await bar().getByLabel('尺寸').selectOption('slide169');
  });

  it('SVG has the title, source line, date, demo notice, every legend entry and the embedded font', async () => {
    const { page } = s;
    const series = await page.evaluate(() =>
      (window as unknown as { fazhiCharts: { seriesData: (id: string) => { name: string }[] } }).fazhiCharts
        .seriesData('main-chart')
        .map((x) => x.name),
    );
    expect(series.length).toBeGreaterThan(10);
    const svg = await download(page, bar().getByRole('button', { name: '导出 SVG' }), 'export-trend-all.svg');
    const doc = text(svg.bytes);
    expect(doc).toContain('规范性文件');
    expect(doc).toMatch(/趋势</);
    expect(doc).toMatch(/数据来源：[^<]*演示数据（模拟）/);
    expect(doc).toMatch(/导出时间\s*\d{4}-\d{2}-\d{2}/);
    // The badge drawn by the chart builder, as its own text element.
    expect(doc).toMatch(/>演示数据（模拟）</);
    // The exported legend does not scroll: every series is named.
    for (const name of series) expect(doc).toContain(`>${name}<`);
    expect(doc).not.toMatch(/\d+\/\d+</);
    expect(doc).toContain('@font-face');
    expect(doc).toMatch(/url\(data:font\/woff2;base64,[A-Za-z0-9+/]{1000}/);
    const png = await download(page, bar().getByRole('button', { name: '导出 PNG' }), 'export-trend-all@2x.png');
    expect(pngSize(png.bytes)).toEqual({ width: 2560, height: 1440 });
  });

  it('has no demo notice when the chart shows no demo data', async () => {
    const { page } = s;
    await page.getByRole('checkbox', { name: /^演示数据（模拟）/ }).uncheck();
    await waitForChart(page);
    const svg = await download(page, bar().getByRole('button', { name: '导出 SVG' }), 'export-trend-real.svg');
    expect(text(svg.bytes)).not.toContain('演示数据（模拟）');
    await page.getByRole('checkbox', { name: /^演示数据（模拟）/ }).check();
    await waitForChart(page);
  });

  it('copies the PNG to the clipboard', async () => {
    const { page } = s;
    await bar().getByRole('button', { name: '复制图片' }).click();
    await bar().getByRole('status').filter({ hasText: '已复制到剪贴板' }).waitFor();
    const copied = await page.evaluate(async () => {
      const items = await navigator.clipboard.read();
      const item = items[0]!;
      const blob = await item.getType('image/png');
      const bitmap = await createImageBitmap(blob);
      return { types: item.types, width: bitmap.width, height: bitmap.height };
    });
    expect(copied.types).toContain('image/png');
    expect(copied).toMatchObject({ width: 2560, height: 1440 });
  });

  it('shows the fallback message when the browser refuses the clipboard', async () => {
    const { page } = s;
    await page.evaluate(() => {
      (navigator.clipboard as unknown as { write: () => Promise<void> }).write = () =>
        Promise.reject(new DOMException('denied', 'NotAllowedError'));
    });
    await bar().getByRole('button', { name: '复制图片' }).click();
    await bar().getByRole('alert').filter({ hasText: '浏览器不允许复制图片' }).waitFor();
  });
});

describe('batch export and print', () => {
  const chosen = ['清理规范性文件数', '信访案件数', '行政复议案件数'];

  async function openBatch(): Promise<void> {
    const { page } = s;
    await page.getByRole('button', { name: '批量导出' }).click();
    const dialog = page.getByRole('dialog', { name: '批量导出' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: '清空' }).click();
    for (const name of chosen) await dialog.getByRole('checkbox', { name: new RegExp(`^${name}`) }).check();
  }

  it('downloads one ZIP with one PNG per chosen chart, named by indicator and departments', async () => {
    const { page } = s;
    await openBatch();
    const dialog = page.getByRole('dialog', { name: '批量导出' });
    expect(await dialog.textContent()).toContain('已选 3 个');
    const zip = await download(page, dialog.getByRole('button', { name: '下载 ZIP（PNG）' }), 'batch.zip');
    expect(zip.name).toMatch(/^法治年报图表-全部部门-\d{4}-\d{2}-\d{2}\.zip$/);
    const files = unzipSync(zip.bytes);
    const names = Object.keys(files);
    expect(names).toHaveLength(3);
    for (const name of chosen) expect(names.some((n) => n.startsWith(`${name}-趋势-`) && n.endsWith('-全部部门.png'))).toBe(true);
    for (const [name, bytes] of Object.entries(files)) {
      expect(pngSize(bytes), name).toEqual({ width: 2560, height: 1440 });
      writeFileSync(`${RESULTS_DIR}/batch-${name}`, bytes);
    }
    await dialog.getByRole('button', { name: '关闭' }).click();
  });

  it('prints the chosen charts with their tables on A4 pages', async () => {
    const { page } = s;
    await openBatch();
    const before = await page.evaluate(() => (window as unknown as { printCalls: number }).printCalls);
    await page.getByRole('dialog', { name: '批量导出' }).getByRole('button', { name: '打印所选' }).click();
    const sheet = page.getByTestId('print-sheet');
    await sheet.waitFor();
    await expect.poll(() => page.evaluate(() => (window as unknown as { printCalls: number }).printCalls)).toBe(before + 1);
    expect(await sheet.locator('h1').textContent()).toBe('全部部门：3 个图表');
    const images = sheet.locator('.print-chart img');
    expect(await images.count()).toBe(3);
    const loaded = await images.evaluateAll((els) =>
      els.map((e) => (e as HTMLImageElement).complete && (e as HTMLImageElement).naturalWidth),
    );
    expect(loaded).toEqual([1720, 1720, 1720]);
    expect(await sheet.locator('table.print-table').count()).toBe(3);
    const captions = await sheet.locator('table.print-table caption').allTextContents();
    for (const name of chosen) expect(captions.some((c) => c.startsWith(`${name}（`))).toBe(true);
    await page.emulateMedia({ media: 'print' });
    // On paper only the sheet: the app and the preview's buttons are hidden.
    expect(await page.locator('#root').isVisible()).toBe(false);
    expect(await sheet.locator('.print-toolbar').isVisible()).toBe(false);
    for (let i = 0; i < 3; i++) expect(await images.nth(i).isVisible()).toBe(true);
    await page.screenshot({ path: `${RESULTS_DIR}/print-layout.png`, fullPage: true });
    // About one A4 page (text width 180 mm ≈ 680 px).
    await page.setViewportSize({ width: 680, height: 962 });
    await page.screenshot({ path: `${RESULTS_DIR}/print-layout-a4-page1.png` });
    await page.setViewportSize({ width: 1400, height: 950 });
    await page.pdf({ path: `${RESULTS_DIR}/print-layout.pdf`, format: 'A4', preferCSSPageSize: true });
    await page.emulateMedia({ media: 'screen' });
    await sheet.getByRole('button', { name: '关闭' }).click();
    await sheet.waitFor({ state: 'detached' });
  });

  it('prints the current chart from the export bar', async () => {
    const { page } = s;
    await bar().getByRole('button', { name: '打印' }).click();
    const sheet = page.getByTestId('print-sheet');
    await sheet.waitFor();
    expect(await sheet.locator('.print-chart img').count()).toBe(1);
    expect(await sheet.locator('h1').textContent()).toContain('趋势');
    await page.screenshot({ path: `${RESULTS_DIR}/print-preview-screen.png` });
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'detached' });
  });
});

describe('data exports', () => {
  it('CSV: BOM, CRLF, formula cells neutralised, and it re-imports unchanged', async () => {
    const { page } = s;
    await page.getByRole('button', { name: '导入数据' }).click();
    await page.getByLabel('选择 CSV 文件').setInputFiles('test/fixtures/e2e/formula-cells.csv');
    await page.getByTestId('count-new').waitFor();
    expect(await page.getByTestId('issue-list').textContent()).toContain('=甲区财政局」以 = + - @ 开头');
    await page.getByRole('button', { name: '确认导入' }).click();
    await page.getByRole('status').filter({ hasText: '导入完成' }).waitFor();
    await page.getByRole('button', { name: '关闭' }).click();
    await chooseOnlyDepartment(page, '=甲区财政局');
    await waitForChart(page);
    const csv = await download(page, bar().getByRole('button', { name: '导出数据 CSV' }), 'export-formula.csv');
    expect([...csv.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const body = text(csv.bytes);
    expect(body).toContain("\r\n'=甲区财政局,2023,");
    expect(body).toContain("'=全年清理规范性文件5件。");
    expect(body).toContain("'+2024年清理规范性文件8件。");
    expect(body.split('\r\n').filter(Boolean)).toHaveLength(3);
    expect(body.replace(/\r\n/g, '')).not.toContain('\n');
    // The exported file imports back as the same observations.
    await page.getByRole('button', { name: '导入数据' }).click();
    await page.getByLabel('选择 CSV 文件').setInputFiles(csv.path);
    await page.getByTestId('count-new').waitFor();
    expect(await page.getByTestId('count-new').textContent()).toBe('0');
    expect(await page.getByTestId('count-unchanged').textContent()).toBe('2');
    expect(await page.getByTestId('count-changed').textContent()).toBe('0');
    await page.getByRole('button', { name: '关闭' }).click();
  });

  it('CSV in GBK: no BOM, GBK bytes, same content', async () => {
    const { page } = s;
    await bar().getByLabel('CSV 编码').selectOption('gbk');
    const csv = await download(page, bar().getByRole('button', { name: '导出数据 CSV' }), 'export-formula-gbk.csv');
    await bar().getByLabel('CSV 编码').selectOption('utf-8');
    expect(csv.bytes[0]).not.toBe(0xef);
    const body = new TextDecoder('gbk').decode(csv.bytes);
    expect(body).toContain("'=甲区财政局,2023,");
    expect(body).toContain('\r\n');
    expect(csv.bytes.length).toBeLessThan(new TextEncoder().encode(body).length);
  });

  it('a dataset exported from 数据集管理 re-imports with every row unchanged', async () => {
    const { page } = s;
    await page.getByRole('button', { name: '数据集管理' }).click();
    const row = page.getByTestId('datasets-table').getByRole('row').filter({ hasText: '示例报告（5份法治政府建设情况报告）' });
    const rows = Number((await row.locator('td').nth(4).textContent())!.replace(/,/g, ''));
    expect(rows).toBeGreaterThan(50);
    const csv = await download(page, row.getByRole('button', { name: /导出数据 CSV/ }), 'dataset-sample.csv');
    expect([...csv.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    await page.getByRole('button', { name: '关闭' }).click();
    await page.getByRole('button', { name: '导入数据' }).click();
    await page.getByLabel('选择 CSV 文件').setInputFiles(csv.path);
    await page.getByTestId('count-new').waitFor();
    expect(await page.getByTestId('count-new').textContent()).toBe('0');
    expect(await page.getByTestId('count-changed').textContent()).toBe('0');
    expect(await page.getByTestId('count-rejected').textContent()).toBe('0');
    expect(Number(await page.getByTestId('count-unchanged').textContent())).toBe(rows);
    await page.getByRole('button', { name: '关闭' }).click();
    expect(s.problems).toEqual([]);
  });
});
