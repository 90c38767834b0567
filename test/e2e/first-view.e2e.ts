// After a reload the trend chart is drawn from the view kept at the last visit while the
// store worker reads the table (held back here, so that the kept view is seen), and it is
// the chart the dashboard then draws from the whole table.
import { describe, expect, it } from 'vitest';
import { RESULTS_DIR, useAppSession, waitForChart } from './browser';
import { chartSeries } from './helpers';

const PREVIEW = 'main.layout[aria-busy="true"] [data-testid="main-chart"]';

describe('the first chart after a reload', () => {
  const session = useAppSession();

  it('is drawn from the kept view before the table is read, and matches the chart drawn from the table', async () => {
    const { page, problems } = session();
    await page.setViewportSize({ width: 1366, height: 900 });
    const summary = await page.getByTestId('main-chart').getAttribute('aria-label');
    const series = await chartSeries(page);
    expect(series.length).toBeGreaterThan(0);
    // The view is kept once it has stayed on screen for a moment.
    await page.waitForTimeout(1000);

    // The store worker's script arrives late: the table cannot be read before the kept view is drawn.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/store\.worker-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.reload();
    await page.waitForSelector(`${PREVIEW} [data-rendered]`, { timeout: 60_000 });
    expect(await page.locator(PREVIEW).getAttribute('aria-label')).toBe(summary);
    expect(await chartSeries(page)).toEqual(series);
    await expect.poll(() => page.locator('aside.filters select').count()).toBe(0);
    await page.screenshot({ path: `${RESULTS_DIR}/first-view-kept.png` });

    release();
    await page.locator('aside.filters select').first().waitFor();
    await waitForChart(page);
    expect(await page.locator(PREVIEW).count()).toBe(0);
    await page.screenshot({ path: `${RESULTS_DIR}/first-view-table.png` });
    expect(await page.getByTestId('main-chart').getAttribute('aria-label')).toBe(summary);
    expect(await chartSeries(page)).toEqual(series);
    await page.unroute(/store\.worker-[^/]*\.js$/);
    expect(problems).toEqual([]);
  });
});
