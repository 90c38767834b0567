// The one-file edition: dist-portable/fazhi-dashboard.html copied into a folder (as on a USB
// stick) and opened from file:// with no server at all: bundled data, CSV import, a chart,
// PNG export, extraction from .txt, .docx and .pdf reports (the workers run from blob: URLs)
// and office data packs in a datasets/ folder beside the file.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, RESULTS_DIR, waitForChart, type Session } from './browser';
import { PRELUDE } from './chromium-92';
import { download } from './downloads';
import { importCsv } from './helpers';
import { extractEach, threeReports } from './report-files';
import { pngSize } from './png';

const BUILT = 'dist-portable/fazhi-dashboard.html';
let dir: string;
let folder: string;
let s: Session;
/** Workers the page started (their URLs): blob: URLs on file://. */
const workers: string[] = [];

beforeAll(async () => {
  if (!existsSync(BUILT)) throw new Error(`${BUILT} is missing: run npm run build:portable`);
  dir = mkdtempSync(join(tmpdir(), 'fazhi-usb-'));
  folder = join(dir, 'U盘', '法治 看板');
  mkdirSync(folder, { recursive: true });
  copyFileSync(BUILT, join(folder, 'fazhi-dashboard.html'));
  const url = pathToFileURL(join(folder, 'fazhi-dashboard.html')).href;
  s = await openSession({ baseUrl: url });
  // As in Chromium 92 (chromium-92.ts): its page lacks today's newer built-ins. (Its blob:
  // workers cannot be given the prelude; the served build's test runs the same code so.)
  await s.context.addInitScript(PRELUDE);
  s.page.on('worker', (w) => workers.push(w.url()));
  await s.page.goto(url);
  await waitForChart(s.page);
});
afterAll(async () => {
  await s?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('one-file edition from file://', () => {
  it('is one file of at most 20 MB, opened here without the built-ins Chromium 92 lacks', async () => {
    expect(await s.page.evaluate(() => ['findLast' in Array.prototype, 'checkVisibility' in Element.prototype])).toEqual([false, false]);
    expect(statSync(BUILT).size).toBeLessThanOrEqual(20 * 1024 * 1024);
    const html = readFileSync(BUILT, 'utf8');
    expect(html).not.toMatch(/(?:src|href)="\.?\/?assets\//);
  });

  it('shows the bundled data and says what file:// does not allow', async () => {
    const { page } = s;
    await page.getByRole('tab', { name: '趋势' }).click();
    await waitForChart(page);
    expect(await page.getByTestId('main-chart').getAttribute('aria-label')).toContain('武汉经济技术开发区财政局');
    expect(await page.getByTestId('file-edition-notice').textContent()).toContain('单文件版');
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.screenshot({ path: `${RESULTS_DIR}/portable-app.png` });
  });

  it('imports a CSV, shows it in a chart after a reload and exports a PNG', async () => {
    const { page } = s;
    await importCsv(page, 'test/fixtures/e2e/new-department.csv');
    await page.reload();
    await waitForChart(page);
    await page.getByLabel('搜索部门').fill('测试区');
    await page.getByRole('checkbox', { name: '测试区司法局' }).check();
    await page.getByRole('tab', { name: '趋势' }).click();
    await waitForChart(page);
    await expect.poll(() => page.getByTestId('main-chart').getAttribute('aria-label')).toContain('测试区司法局 2023年 7件 → 2024年 12件');
    const png = await download(
      page,
      page.locator('.view-head .export-bar').getByRole('button', { name: '导出 PNG' }),
      'portable-export@2x.png',
    );
    expect(pngSize(png.bytes)).toEqual({ width: 2560, height: 1440 });
  });

  it('extracts a .txt, a .docx and a .pdf report', async () => {
    const { page, context } = s;
    const started: number[] = [];
    await extractEach(page, await threeReports(context, 'portable'), () => started.push(workers.length));
    // The report worker started for the first report, pdf.js's worker for the PDF: not on the page.
    expect(started[1]! - started[0]!).toBe(1);
    expect(workers.length - started[2]!).toBe(1);
    expect(workers.every((u) => u.startsWith('blob:'))).toBe(true);
    expect(s.problems).toEqual([]);
  });

  it('loads office data packs from datasets/ beside the file, and their updates', async () => {
    const { page } = s;
    const datasets = join(folder, 'datasets');
    mkdirSync(datasets);
    const csv = (v: number) =>
      `部门,年度,指标,数值,单位\n机构测试局,2023,规范性文件清理数,7,件\n机构测试局,2024,规范性文件清理数,${v},件\n`;
    writeFileSync(join(datasets, '全区汇总.csv'), csv(12));
    copyFileSync('test/fixtures/xlsx/sheet-per-year.xlsx', join(datasets, '复议分年表.xlsx'));
    // As whoever prepares the USB stick does it: `npm run -s pack -- datasets/`.
    const pack = () => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/pack.ts', datasets], { encoding: 'utf8' });
    expect(pack().status).toBe(0);

    await page.reload();
    const notice = page.getByTestId('packs-notice');
    await expect
      .poll(() => notice.textContent(), { timeout: 30_000 })
      .toMatch(/^已载入机构数据：全区汇总（版本 [\d-]+）、复议分年表（版本 [\d-]+）。/);
    expect(await page.getByRole('checkbox', { name: /^机构数据：复议分年表/ }).isChecked()).toBe(true);
    const trendOf = async (department: string) => {
      await page.getByLabel('搜索部门').fill(department);
      const box = page.getByRole('checkbox', { name: department });
      if (!(await box.isChecked())) await box.check();
      await page.getByRole('tab', { name: '趋势' }).click();
      await waitForChart(page);
      return page.getByTestId('main-chart').getAttribute('aria-label');
    };
    await expect.poll(() => trendOf('机构测试局')).toContain('机构测试局 2023年 7件 → 2024年 12件');
    await page.screenshot({ path: `${RESULTS_DIR}/portable-packs.png` });

    // Loaded once; an updated file (and its script, rewritten by pack) replaces it.
    await page.reload();
    await waitForChart(page);
    await page.waitForTimeout(1000);
    expect(await notice.count()).toBe(0);
    writeFileSync(join(datasets, '全区汇总.csv'), csv(15));
    expect(pack().status).toBe(0);
    await page.reload();
    await expect.poll(() => notice.textContent(), { timeout: 30_000 }).toContain('机构数据已更新：全区汇总');
    await expect.poll(() => trendOf('机构测试局')).toContain('2024年 15件');
    expect(s.problems).toEqual([]);
  });
});
