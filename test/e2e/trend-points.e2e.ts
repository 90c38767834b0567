// The trend's plain points are painted by the app, not drawn by ECharts one symbol each
// (components/chart/line-point-painting): they must still be where ECharts lays the lines out,
// in their line's colour, and answer the pointer as ECharts' symbols did.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useAppSession, RESULTS_DIR, type Session } from './browser';
import { chartSeries, renderCount, waitForRedraw } from './helpers';
import { SERIES_PALETTES } from '../../src/domain/charts/chart-theme';

const session = useAppSession();
let s: Session;
beforeAll(() => {
  s = session();
});

type Inspect = {
  pointAt: (id: string, s: number, d: number) => number[] | null;
  legendBox: (id: string) => { x: number; y: number; width: number; height: number } | null;
};

interface Point {
  series: number;
  index: number;
  at: [number, number];
}

/** The chart's plain points (numbers: painted) with no other point within 10 px, where they are drawn now. */
async function lonePoints(page: Page): Promise<Point[]> {
  const series = await chartSeries(page);
  const all: Point[] = [];
  for (const [si, x] of series.entries()) {
    for (const [di, d] of x.data.entries()) {
      if (d === null) continue;
      const at = await page.evaluate(
        ([si, di]) => (window as unknown as { fazhiCharts: Inspect }).fazhiCharts.pointAt('main-chart', si!, di!),
        [si, di],
      );
      if (at && typeof d === 'number') all.push({ series: si, index: di, at: [at[0]!, at[1]!] });
      else if (at) all.push({ series: -1, index: di, at: [at[0]!, at[1]!] });
    }
  }
  const lone = all.filter((p) => p.series >= 0 && all.every((q) => q === p || Math.hypot(q.at[0] - p.at[0], q.at[1] - p.at[1]) > 10));
  return lone;
}

/** The colour of the device pixel at a chart pixel, as [r, g, b]. */
function colourAt(page: Page, at: [number, number]): Promise<number[]> {
  return page.evaluate((at) => {
    const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="main-chart"] canvas')!;
    const ratio = canvas.width / canvas.getBoundingClientRect().width;
    const px = canvas.getContext('2d')!.getImageData(Math.floor(at[0] * ratio), Math.floor(at[1] * ratio), 1, 1).data;
    return [px[0]!, px[1]!, px[2]!];
  }, at);
}

/**
 * How many of 8 pixels 2 px around a point are in a colour: the line runs through the point's
 * centre, so a painted symbol is told by the ring around it (the line covers at most 2 of 8).
 */
async function ringMatches(page: Page, at: [number, number], colour: number[]): Promise<number> {
  let n = 0;
  for (let k = 0; k < 8; k++) {
    const a = (k * Math.PI) / 4;
    if (distance(await colourAt(page, [at[0] + 2 * Math.cos(a), at[1] + 2 * Math.sin(a)]), colour) < 40) n++;
  }
  return n;
}

const hex = (c: string) => [1, 3, 5].map((i) => Number.parseInt(c.slice(i, i + 2), 16));
const distance = (a: number[], b: number[]) => Math.max(...a.map((v, i) => Math.abs(v - b[i]!)));
const colourOf = (series: number) => hex(SERIES_PALETTES.default[series % SERIES_PALETTES.default.length]!);

describe('painted trend points', () => {
  it('paints every plain point in its line’s colour where ECharts lays it out, also after a resize', async () => {
    const { page } = s;
    const points = await lonePoints(page);
    expect(points.length).toBeGreaterThan(8);
    for (const p of points)
      expect(await ringMatches(page, p.at, colourOf(p.series)), `series ${p.series} point ${p.index}`).toBeGreaterThanOrEqual(6);
    // A narrower window lays the lines out anew; the points follow them.
    const before = await renderCount(page);
    await page.setViewportSize({ width: 1100, height: 950 });
    await waitForRedraw(page, before);
    const moved = await lonePoints(page);
    const same = moved.find((m) => m.series === points[0]!.series && m.index === points[0]!.index);
    expect(same && same.at[0]).not.toBe(points[0]!.at[0]);
    for (const p of moved) expect(await ringMatches(page, p.at, colourOf(p.series))).toBeGreaterThanOrEqual(6);
    await page.setViewportSize({ width: 1400, height: 950 });
    await waitForRedraw(page, await renderCount(page));
  });

  it('gives a painted point its tooltip, fades the other lines and opens its source on a click', async () => {
    const { page } = s;
    const chart = page.getByTestId('main-chart');
    const points = await lonePoints(page);
    const series = await chartSeries(page);
    const target = points[0]!;
    const other = points.find((p) => p.series !== target.series)!;
    const onPage = async (p: Point) => {
      const box = (await chart.boundingBox())!;
      return [box.x + p.at[0], box.y + p.at[1]] as const;
    };
    await page.mouse.move(...(await onPage(target)));
    await expect.poll(() => chart.innerText()).toContain(series[target.series]!.name);
    // The sentence is read when the tooltip shows, and the tooltip shown again with it.
    await expect.poll(() => chart.innerText()).toMatch(/原文：「/);
    const tooltip = await chart.innerText();
    // The other lines fade, their painted points with them (towards the white ground).
    await expect.poll(async () => Math.min(...(await colourAt(page, other.at)))).toBeGreaterThan(200);
    expect(distance(await colourAt(page, target.at), colourOf(target.series))).toBeLessThan(40);
    await page.screenshot({ path: `${RESULTS_DIR}/trend-point-hover.png` });
    await page.mouse.move(0, 0);
    await expect.poll(async () => distance(await colourAt(page, other.at), colourOf(other.series))).toBeLessThan(40);
    const evidence = tooltip.match(/原文：「([^」]+)」/)![1]!;
    await page.mouse.click(...(await onPage(target)));
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.innerText(), { timeout: 15_000 }).toContain(evidence);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('hides a line’s painted points with its legend entry and shows them again', async () => {
    const { page } = s;
    const points = await lonePoints(page);
    const target = points[0]!;
    const legend = (await page.evaluate(() => (window as unknown as { fazhiCharts: Inspect }).fazhiCharts.legendBox('main-chart')))!;
    const box = (await page.getByTestId('main-chart').boundingBox())!;
    // One name a row, 20 px apart, from the legend's top (trend-option's LEGEND_ROW_HEIGHT).
    const entry = [box.x + legend.x + 30, box.y + legend.y + target.series * 20 + 7] as const;
    let before = await renderCount(page);
    await page.mouse.click(...entry);
    await waitForRedraw(page, before);
    await page.mouse.move(0, 0);
    expect(await ringMatches(page, target.at, colourOf(target.series))).toBeLessThanOrEqual(2);
    before = await renderCount(page);
    await page.mouse.click(...entry);
    await waitForRedraw(page, before);
    await page.mouse.move(0, 0);
    expect(await ringMatches(page, target.at, colourOf(target.series))).toBeGreaterThanOrEqual(6);

    // The same from the keyboard, with patterns on (a new option, a new legend): the legend is a
    // group of toggle buttons named by the lines.
    before = await renderCount(page);
    await page.getByLabel('图案填充').check();
    await waitForRedraw(page, before);
    const series = await chartSeries(page);
    const button = page.getByRole('group', { name: '图例' }).getByRole('button', { name: series[target.series]!.name, exact: true });
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    await button.focus();
    before = await renderCount(page);
    await page.keyboard.press('Enter');
    await waitForRedraw(page, before);
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    expect(await ringMatches(page, target.at, colourOf(target.series))).toBeLessThanOrEqual(2);
    // The hidden line leaves no highlight behind: the other lines' points keep their colour.
    const other = points.find((p) => p.series !== target.series)!;
    await expect.poll(async () => ringMatches(page, other.at, colourOf(other.series))).toBeGreaterThanOrEqual(6);
    await page.screenshot({ path: `${RESULTS_DIR}/trend-legend-hidden.png` });
    await page.keyboard.press('Enter');
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    await button.blur();
    await page.getByLabel('图案填充').uncheck();
  });
});
