// After a reload the trend chart is drawn from the view kept at the last visit while the
// store worker reads the table (held back here, so that the kept view is seen), and it is
// the chart the dashboard then draws from the whole table, at the same place: the preview
// has the dashboard's layout, so the swap neither moves the chart nor shows an empty frame.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { RESULTS_DIR, useAppSession, waitForChart } from './browser';
import { chartSeries, importCsv } from './helpers';

const PREVIEW = 'main.layout[aria-busy="true"] [data-testid="main-chart"]';
const WORKER = /store\.worker-[^/]*\.js$/;

type Box = { x: number; y: number; width: number; height: number };

/** Records, at every animation frame (before it is painted), where the chart is and whether its canvas shows anything. */
function watchFrames(page: Page): Promise<void> {
  return page.evaluate(() => {
    const w = window as unknown as { chartFrames: { box: Box | null; drawn: boolean }[] };
    w.chartFrames = [];
    // A small copy of the chart's canvas: anything painted on it shows there.
    const probe = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
    const painted = (canvas: HTMLCanvasElement | null | undefined) => {
      if (!canvas?.width) return false;
      probe.clearRect(0, 0, 64, 36);
      probe.drawImage(canvas, 0, 0, 64, 36);
      return probe.getImageData(0, 0, 64, 36).data.some((v, i) => i % 4 === 3 && v > 0);
    };
    const tick = () => {
      const el = document.querySelector<HTMLElement>('[data-testid="main-chart"]');
      const r = el?.getBoundingClientRect();
      w.chartFrames.push({
        box: r ? { x: r.x, y: r.y, width: r.width, height: r.height } : null,
        drawn: painted(el?.querySelector('canvas')),
      });
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/** How the kept view was read at this start (queries/first-view.ts' mark). */
const firstViewRead = (page: Page) =>
  page.evaluate(() => (performance.getEntriesByName('fazhi:first-view-read')[0] as PerformanceMark | undefined)?.detail as unknown);

/** The store version of the kept view's copy in localStorage, or null when there is none. */
const copyVersion = (page: Page) =>
  page.evaluate(() => {
    const text = localStorage.getItem('fazhi-dashboard:first-view');
    return text ? (JSON.parse(text) as { storeVersion: number }).storeVersion : null;
  });

const chartBox = async (page: Page) => (await page.getByTestId('main-chart').boundingBox())!;

function expectSameBox(a: Box, b: Box) {
  for (const k of ['x', 'y', 'width', 'height'] as const) expect(Math.abs(a[k] - b[k]), k).toBeLessThanOrEqual(1);
}

describe('the first chart after a reload', () => {
  // Reloaded several times with the store worker's script held back: no service worker may serve it.
  const session = useAppSession({ serviceWorkers: 'block' });

  /** Reloads with the store worker's script held back; returns what releases it. */
  async function reloadHeld(page: Page) {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(WORKER, async (route) => {
      await held;
      await route.continue();
    });
    await page.reload();
    await page.waitForSelector(`${PREVIEW} [data-rendered]`, { timeout: 60_000 });
    return release;
  }

  /** Lets the table in and waits for the dashboard's chart. */
  async function swap(page: Page, release: () => void) {
    release();
    await page.locator('aside.filters select').first().waitFor();
    await waitForChart(page);
    expect(await page.locator(PREVIEW).count()).toBe(0);
    await page.unroute(WORKER);
  }

  it('is drawn from the kept view before the table is read, and matches the chart drawn from the table', async () => {
    const { page, problems } = session();
    await page.setViewportSize({ width: 1366, height: 900 });
    const summary = await page.getByTestId('main-chart').getAttribute('aria-label');
    const series = await chartSeries(page);
    expect(series.length).toBeGreaterThan(0);
    // The view is kept once it has stayed on screen for a moment.
    await page.waitForTimeout(1000);

    const release = await reloadHeld(page);
    expect(await page.locator(PREVIEW).getAttribute('aria-label')).toBe(summary);
    expect(await chartSeries(page)).toEqual(series);
    // Read from its copy in localStorage, without waiting for IndexedDB (db/repositories/first-view-local.ts).
    expect(await firstViewRead(page)).toEqual({ kept: true, source: 'local' });
    await expect.poll(() => page.locator('aside.filters select').count()).toBe(0);
    // The dashboard's controls and export bar are there, disabled until the table is in.
    expect(await page.getByRole('combobox', { name: '显示方式' }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: '导出 PNG' }).isDisabled()).toBe(true);
    await page.screenshot({ path: `${RESULTS_DIR}/first-view-kept.png` });

    await swap(page, release);
    await page.screenshot({ path: `${RESULTS_DIR}/first-view-table.png` });
    expect(await page.getByTestId('main-chart').getAttribute('aria-label')).toBe(summary);
    expect(await chartSeries(page)).toEqual(series);
    expect(await page.getByRole('combobox', { name: '显示方式' }).isDisabled()).toBe(false);
    expect(problems).toEqual([]);
  });

  for (const size of [
    { width: 1366, height: 900 },
    { width: 1024, height: 768 },
  ])
    it(`stays where it is, drawn, when the dashboard replaces it (${size.width}×${size.height})`, async () => {
      const { page, problems } = session();
      await page.setViewportSize(size);
      await waitForChart(page);
      await page.waitForTimeout(1000);
      const release = await reloadHeld(page);
      const before = await chartBox(page);
      await watchFrames(page);
      await swap(page, release);
      // The data checks' count arrives after the chart: it must not move it either.
      await page.getByRole('button', { name: /^数据核查（\d+）$/ }).waitFor();
      await page.screenshot({ path: `${RESULTS_DIR}/first-view-table-${size.width}.png` });
      expectSameBox(await chartBox(page), before);
      const frames = await page.evaluate(() => (window as unknown as { chartFrames: { box: Box | null; drawn: boolean }[] }).chartFrames);
      expect(frames.length).toBeGreaterThan(0);
      // Every frame painted during the swap showed a drawn chart at the same place.
      expect(frames.filter((f) => !f.drawn || !f.box)).toEqual([]);
      for (const f of frames) expectSameBox(f.box!, before);
      expect(problems).toEqual([]);
    });
  it('without its copy in localStorage, is read by the early script from IndexedDB and drawn the same', async () => {
    const { page, problems } = session();
    await waitForChart(page);
    const series = await chartSeries(page);
    // Removed as the next page starts: removed now, the view on screen could be kept again first.
    await page.addInitScript(() => {
      if (sessionStorage.getItem('copy-removed')) return;
      sessionStorage.setItem('copy-removed', '1');
      localStorage.removeItem('fazhi-dashboard:first-view');
    });
    const release = await reloadHeld(page);
    expect(await firstViewRead(page)).toEqual({ kept: true, source: 'early' });
    expect(await chartSeries(page)).toEqual(series);
    await swap(page, release);
    expect(problems).toEqual([]);
  });

  it('never keeps a copy from before an import written by the import worker', async () => {
    const { page, problems } = session();
    await waitForChart(page);
    await expect.poll(() => copyVersion(page)).not.toBeNull();
    const before = (await copyVersion(page))!;
    await importCsv(page, 'test/fixtures/e2e/new-department.csv');
    const after = await copyVersion(page);
    expect(after === null || after > before).toBe(true);
    // Kept again from the new table once it stays on screen.
    await expect.poll(() => copyVersion(page)).toBeGreaterThan(before);
    const release = await reloadHeld(page);
    expect(await firstViewRead(page)).toEqual({ kept: true, source: 'local' });
    const preview = await chartSeries(page);
    await swap(page, release);
    expect(await chartSeries(page)).toEqual(preview);
    expect(problems).toEqual([]);
  });
});
