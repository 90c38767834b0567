// Offline: the service worker precaches everything the app needs; after one visit the
// dashboard opens, imports and exports with the server gone; a new version is announced
// and activated only when the user clicks. All of it at the server's root and under a sub-path.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, RESULTS_DIR, waitForChart, type Session } from './browser';
import { download } from './downloads';
import { importCsv } from './helpers';
import { pngSize } from './png';
import { copyOfBuild, serveDir, type StaticServer } from './static-server';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'));
}

function precached(root: string): Set<string> {
  const sw = readFileSync(join(root, 'sw.js'), 'utf8');
  return new Set([...sw.matchAll(/url:\s*"([^"]+)"/g)].map((m) => m[1]!));
}

describe.each(['/', '/fazhi/deep/'])('offline, app served at %s', (prefix) => {
  let root: string;
  let server: StaticServer;
  let s: Session;
  const tag = prefix === '/' ? '' : 'sub-path-';

  beforeAll(async () => {
    root = copyOfBuild('dist');
    server = await serveDir(root, 0, prefix);
    s = await openSession({ baseUrl: server.url });
  });
  afterAll(async () => {
    await s?.close();
    await server?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('precaches the app, the worker chunks, the lazy views, the pdf worker and the fonts', () => {
    const list = precached(root);
    const files = filesUnder(root).filter((f) => f !== 'sw.js' && !/^workbox-[\w-]+\.js$/.test(f));
    expect(files.filter((f) => !list.has(f))).toEqual([]);
    const names = [...list].join('\n');
    for (const re of [
      /import\.worker-/,
      /report\.worker-/,
      /pdf\.worker-[\w-]+\.js/,
      /ranking-view-/,
      /matrix-view-/,
      /profile-view-/,
      /table-view-/,
      /render-chart-image-/,
    ]) {
      expect(names).toMatch(re);
    }
    expect([...list].filter((f) => f.startsWith('fonts/') && f.endsWith('.woff2')).length).toBeGreaterThan(50);
    expect(list.has('fonts/noto-sans-sc/slices.json')).toBe(true);
    expect(list.has('index.html')).toBe(true);
  });

  it('opens with the stored data, imports a CSV and exports a PNG with no network', async () => {
    const { page, context } = s;
    await page.goto(server.url);
    await waitForChart(page);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.getByTestId('offline-ready').waitFor();
    // The notice lies over the page: nothing under the pointer moves when it comes or goes.
    const chartTop = async () => (await page.getByTestId('main-chart').boundingBox())!.y;
    const withNotice = await chartTop();
    await page.screenshot({ path: `${RESULTS_DIR}/offline-ready-notice.png` });
    await page.getByTestId('offline-ready').getByRole('button', { name: '知道了' }).click();
    await page.getByTestId('offline-ready').waitFor({ state: 'detached' });
    expect(await chartTop()).toBe(withNotice);
    await page.reload();
    await waitForChart(page);
    expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    // No server and no network.
    await server.close();
    await context.setOffline(true);
    await page.reload();
    await waitForChart(page);
    expect(await page.getByTestId('network-status').textContent()).toBe('离线');
    // The storage estimate comes after the first chart (drawn from the view kept at the last visit).
    await expect.poll(() => page.locator('.status-bar').textContent()).toMatch(/已用空间 .+，可用 .+/);
    await page.getByRole('tab', { name: '排名' }).click();
    await waitForChart(page);
    await importCsv(page, 'test/fixtures/e2e/new-department.csv');
    await page.getByLabel('搜索部门').fill('测试区');
    await page.getByRole('checkbox', { name: '测试区司法局' }).check();
    await page.getByRole('tab', { name: '趋势' }).click();
    await waitForChart(page);
    await expect.poll(() => page.getByTestId('main-chart').getAttribute('aria-label')).toContain('测试区司法局');
    const png = await download(
      page,
      page.locator('.view-head .export-bar').getByRole('button', { name: '导出 PNG' }),
      `${tag}offline-export@2x.png`,
    );
    expect(pngSize(png.bytes)).toEqual({ width: 2560, height: 1440 });
    await page.screenshot({ path: `${RESULTS_DIR}/${tag}offline-app.png` });
    expect(s.problems).toEqual([]);
  });

  it('announces a new version and switches to it only when the user clicks', async () => {
    const { page, context } = s;
    // Version 2 on the same origin: a changed service worker.
    writeFileSync(join(root, 'sw.js'), readFileSync(join(root, 'sw.js'), 'utf8') + '\n// next release\n');
    // The test before stops the server; stopped here again (a no-op then) so that, had it
    // failed first, this test reports its own result rather than a port in use.
    await server.close();
    server = await serveDir(root, server.port, prefix);
    await context.setOffline(false);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    const banner = page.getByRole('alert').filter({ hasText: '发现新版本' });
    await banner.waitFor({ timeout: 30_000 });
    // Waiting, not active: the page keeps running the version it started with.
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => !!r?.waiting))).toBe(true);
    await page.screenshot({ path: `${RESULTS_DIR}/${tag}offline-update-banner.png` });
    await Promise.all([page.waitForEvent('load', { timeout: 30_000 }), banner.getByRole('button', { name: '点击刷新' }).click()]);
    await waitForChart(page);
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => !r?.waiting && !!r?.active))).toBe(true);
    expect(await page.getByRole('alert').filter({ hasText: '发现新版本' }).count()).toBe(0);
    // The data imported offline is still there.
    await expect.poll(() => page.getByTestId('main-chart').getAttribute('aria-label')).toContain('测试区司法局');
  });
});
