// Office data packs in a real browser: files in datasets/ next to the app (under a
// sub-path) are loaded once as 「机构数据」, updates and withdrawals are announced, and
// the packs still open offline after the first visit.
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, RESULTS_DIR, waitForChart, type Session } from './browser';
import { copyOfBuild, serveDir, type StaticServer } from './static-server';

const PREFIX = '/fazhi/';
let root: string;
let server: StaticServer;
let s: Session;

const csv = (v2024: number) =>
  `部门,年度,指标,数值,单位\n机构测试局,2023,规范性文件清理数,7,件\n机构测试局,2024,规范性文件清理数,${v2024},件\n`;

/** A workbook pack: one sheet per year, as offices keep their statistics tables; the '#' in its name is cut by a URL unless encoded. */
const WORKBOOK = { name: '复议分年表', file: '表格/复议#2024.xlsx', version: '1' };

function publish(version: string, v2024: number | null, workbook = false): void {
  const packs: object[] = v2024 === null ? [] : [{ name: '全区汇总', file: 'office.csv', description: '依法治区办', version }];
  if (v2024 !== null) writeFileSync(join(root, 'datasets', 'office.csv'), csv(v2024));
  if (workbook) {
    mkdirSync(join(root, 'datasets', '表格'), { recursive: true });
    cpSync('test/fixtures/xlsx/sheet-per-year.xlsx', join(root, 'datasets', WORKBOOK.file));
    packs.push(WORKBOOK);
  }
  writeFileSync(join(root, 'datasets', 'index.json'), JSON.stringify({ packs }));
}

/** Reloads and waits until the pack sync has read the pack file (and a moment to report). */
async function reloadAndSync(): Promise<void> {
  const fetched = s.page.waitForResponse((r) => r.url().endsWith('/datasets/office.csv'));
  await s.page.reload();
  await fetched;
  await s.page.waitForTimeout(500);
}

async function packValues(): Promise<string | null> {
  const { page } = s;
  await page.getByLabel('搜索部门').fill('机构测试局');
  const box = page.getByRole('checkbox', { name: '机构测试局' });
  if (!(await box.isChecked())) await box.check();
  await page.getByRole('tab', { name: '趋势' }).click();
  await waitForChart(page);
  return page.getByTestId('main-chart').getAttribute('aria-label');
}

beforeAll(async () => {
  root = copyOfBuild('packs');
  mkdirSync(join(root, 'datasets'));
  publish('1', 12, true);
  server = await serveDir(root, 0, PREFIX);
  s = await openSession({ baseUrl: server.url });
});
afterAll(async () => {
  await s?.close();
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('office data packs', () => {
  it('loads a pack next to the app as 「机构数据」 and announces it', async () => {
    const { page } = s;
    await page.goto(server.url);
    await waitForChart(page);
    const notice = page.getByTestId('packs-notice');
    await expect.poll(() => notice.textContent()).toContain('已载入机构数据：全区汇总（版本 1）');
    // The workbook is read in the import worker, as an imported one is.
    expect(await notice.textContent()).toContain('复议分年表（版本 1）');
    expect(await page.getByRole('checkbox', { name: /^机构数据：全区汇总/ }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /^机构数据：复议分年表/ }).isChecked()).toBe(true);
    await expect.poll(packValues).toContain('机构测试局 2023年 7件 → 2024年 12件');
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.screenshot({ path: `${RESULTS_DIR}/packs-loaded.png` });
    // It lies over the page: the filters stay where they are when it is dismissed.
    const filtersTop = async () => (await page.locator('aside.filters').boundingBox())!.y;
    const withNotice = await filtersTop();
    await notice.getByRole('button', { name: '知道了' }).click();
    await notice.waitFor({ state: 'detached' });
    expect(await filtersTop()).toBe(withNotice);
  });

  it('does not load it again, replaces it when it changes and reports it when withdrawn', async () => {
    const { page } = s;
    await reloadAndSync();
    expect(await page.getByTestId('packs-notice').count()).toBe(0);

    publish('2', 15);
    await page.reload();
    await expect.poll(() => page.getByTestId('packs-notice').textContent()).toContain('机构数据已更新：全区汇总（版本 2）');
    await expect.poll(packValues).toContain('2024年 15件');

    publish('', null);
    await page.reload();
    await expect.poll(() => page.getByTestId('packs-notice').textContent()).toContain('机构数据已撤下：全区汇总（版本 2）');
    await page.screenshot({ path: `${RESULTS_DIR}/packs-withdrawn.png` });
    await expect.poll(packValues).toContain('2024年 15件');
    expect(s.problems).toEqual([]);
  });

  it('works offline after the first visit: index and pack come from the service worker cache', async () => {
    const { page, context } = s;
    publish('3', 20);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    // Controlled by the service worker: this visit's pack requests go through its cache.
    await page.reload();
    await expect.poll(() => page.getByTestId('packs-notice').textContent()).toContain('全区汇总（版本 3）');
    expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    expect(await page.evaluate(async () => !!(await caches.match(new URL('datasets/index.json', document.baseURI).href)))).toBe(true);
    await server.close();
    await context.setOffline(true);
    await reloadAndSync();
    await expect.poll(packValues).toContain('2024年 20件');
    // Offline, the cached index lists the same pack: nothing to load, nothing withdrawn.
    expect(await page.getByTestId('packs-notice').count()).toBe(0);
    expect(s.problems).toEqual([]);
  });
});
