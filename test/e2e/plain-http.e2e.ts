// An intranet portal served over plain http under a host name (http://portal.example/fazhi/):
// not a secure context, so no service worker, no crypto.subtle and no image clipboard. The
// core loop works all the same, packs included, and copying an image says why it cannot.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, RESULTS_DIR, waitForChart, type Session } from './browser';
import { download } from './downloads';
import { chooseOnlyDepartment, importCsv } from './helpers';
import { copyOfBuild, serveDir, type StaticServer } from './static-server';

let root: string;
let server: StaticServer;
let s: Session;
let url: string;

beforeAll(async () => {
  root = copyOfBuild('http');
  mkdirSync(join(root, 'datasets'));
  writeFileSync(join(root, 'datasets', 'office.csv'), '部门,年度,指标,数值,单位\n门户测试局,2024,规范性文件清理数,9,件\n');
  writeFileSync(join(root, 'datasets', 'index.json'), JSON.stringify({ packs: [{ name: '门户汇总', file: 'office.csv', version: '1' }] }));
  server = await serveDir(root, 0, '/fazhi/');
  url = `http://portal.example:${server.port}/fazhi/`;
  s = await openSession({ baseUrl: url, args: ['--host-resolver-rules=MAP portal.example 127.0.0.1'] });
  await s.page.goto(url);
  await waitForChart(s.page);
});
afterAll(async () => {
  await s?.close();
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('plain http on an intranet host', () => {
  it('is not a secure context, and the app loads with its packs', async () => {
    const { page } = s;
    expect(await page.evaluate(() => [isSecureContext, 'serviceWorker' in navigator, !!crypto.subtle])).toEqual([false, false, false]);
    await expect.poll(() => page.getByTestId('packs-notice').textContent()).toContain('已载入机构数据：门户汇总（版本 1）');
  });

  it('imports a CSV, draws its trend and exports a PNG; copying says it cannot', async () => {
    const { page } = s;
    await importCsv(page, 'test/fixtures/e2e/new-department.csv');
    await chooseOnlyDepartment(page, '测试区司法局');
    await page.getByRole('tab', { name: '趋势' }).click();
    await waitForChart(page);
    await expect.poll(() => page.getByTestId('main-chart').getAttribute('aria-label')).toContain('测试区司法局 2023年 7件 → 2024年 12件');
    const bar = page.locator('.view-head .export-bar');
    const png = await download(page, bar.getByRole('button', { name: '导出 PNG' }), 'http-trend.png');
    expect(png.bytes.length).toBeGreaterThan(10_000);
    await bar.getByRole('button', { name: '复制图片' }).click();
    await expect.poll(() => bar.getByRole('alert').textContent()).toContain('浏览器不允许复制图片');
    await page.screenshot({ path: `${RESULTS_DIR}/plain-http.png` });
    expect(s.problems).toEqual([]);
  });
});
