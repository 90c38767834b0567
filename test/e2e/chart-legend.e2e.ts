// The trend's legend is a column of buttons beside the chart (components/chart/chart-legend):
// each icon must look like its line (colour and symbol), and a new legend must reuse the buttons
// where they are, as moving them cost every filter change a style and layout of the whole legend.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useAppSession, RESULTS_DIR, type Session } from './browser';
import { chartSeries, renderCount, waitForRedraw } from './helpers';
import { pngSize } from './png';
import { SERIES_PALETTES, seriesSymbol } from '../../src/domain/charts/chart-theme';
import { PAINTED_SHAPES, symbolPath } from '../../src/components/chart/painted-points';

const session = useAppSession();
let s: Session;
beforeAll(() => {
  s = session();
});

/** How much the legend is magnified to compare its icons with drawings of the symbols. */
const ZOOM = 4;
/** The most a matching icon differs from its drawing, per channel on average (edges are anti-aliased apart). */
const MATCH = 6;

const legendButtons = (page: Page) => page.getByRole('group', { name: '图例' }).getByRole('button');

/** Chooses an indicator and waits for its chart. */
async function choose(page: Page, indicator: string): Promise<void> {
  const list = page.getByRole('listbox', { name: '指标' });
  if ((await list.inputValue()) === indicator) return;
  const before = await renderCount(page);
  await page.getByRole('listbox', { name: '指标' }).selectOption(indicator);
  await waitForRedraw(page, before);
}

/**
 * Mean difference per colour channel between a screenshot of an icon and the icon drawn on a
 * canvas as ECharts draws a line's legend icon (a line across, 2 px before magnifying, the
 * symbol at 80% of the height in the middle, on white), for each of the symbols.
 */
async function differences(page: Page, png: Buffer, colour: string): Promise<Record<string, number>> {
  const { width, height } = pngSize(png)!;
  const paths = Object.fromEntries(PAINTED_SHAPES.map((shape) => [shape, symbolPath(shape, width / 2, height / 2, height * 0.8)]));
  return page.evaluate(
    async ({ b64, colour, paths, zoom }) => {
      const bmp = await createImageBitmap(new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'image/png' }));
      const pixels = (draw: (ctx: OffscreenCanvasRenderingContext2D) => void) => {
        const canvas = new OffscreenCanvas(bmp.width, bmp.height);
        const ctx = canvas.getContext('2d')!;
        draw(ctx);
        return ctx.getImageData(0, 0, bmp.width, bmp.height).data;
      };
      const shot = pixels((ctx) => ctx.drawImage(bmp, 0, 0));
      const out: Record<string, number> = {};
      for (const [shape, d] of Object.entries(paths)) {
        const drawn = pixels((ctx) => {
          ctx.fillStyle = '#fff';
          ctx.fillRect(0, 0, bmp.width, bmp.height);
          ctx.fillStyle = colour;
          ctx.fillRect(0, bmp.height / 2 - zoom, bmp.width, 2 * zoom);
          ctx.fill(new Path2D(d));
        });
        let sum = 0;
        for (let i = 0; i < shot.length; i += 4) for (let c = 0; c < 3; c++) sum += Math.abs(shot[i + c]! - drawn[i + c]!);
        out[shape] = sum / ((shot.length / 4) * 3);
      }
      return out;
    },
    { b64: png.toString('base64'), colour, paths, zoom: ZOOM },
  );
}

describe('the trend’s legend', () => {
  it('shows each line’s colour and symbol in its icon', async () => {
    const { page } = s;
    await choose(page, 'law_training_sessions');
    // Patterns on: each line gets its own symbol, so every shape is in the legend.
    let before = await renderCount(page);
    await page.getByLabel('图案填充').check();
    await waitForRedraw(page, before);
    const series = await chartSeries(page);
    expect(series.length).toBeGreaterThanOrEqual(PAINTED_SHAPES.length);
    // Magnified, so that a symbol's shape is told apart from the others' (the icon is 25 × 14 px).
    const zoom = await page.addStyleTag({ content: `.chart-legend { zoom: ${ZOOM}; background: #fff; }` });
    const palette = SERIES_PALETTES.default;
    const seen = new Set<string>();
    for (const [i, line] of series.entries()) {
      const button = page.getByRole('group', { name: '图例' }).getByRole('button', { name: line.name, exact: true });
      const png = await button.locator('.legend-icon').screenshot();
      const colour = palette[i % palette.length]!;
      const shape = seriesSymbol(i, 'default', true);
      const diff = await differences(page, png, colour);
      const nearest = Object.entries(diff).sort((a, b) => a[1] - b[1])[0]![0];
      expect(nearest, `${line.name}: ${JSON.stringify(diff)}`).toBe(shape);
      expect(diff[shape], line.name).toBeLessThan(MATCH);
      seen.add(shape);
    }
    expect([...seen].sort()).toEqual([...PAINTED_SHAPES].sort());
    await zoom.evaluate((el: Element) => {
      el.remove();
    });
    await page.getByRole('group', { name: '图例' }).screenshot({ path: `${RESULTS_DIR}/trend-legend-icons.png` });
    before = await renderCount(page);
    await page.getByLabel('图案填充').uncheck();
    await waitForRedraw(page, before);
    expect(s.problems).toEqual([]);
  });

  it('keeps its buttons in place for a new legend: the names and colours change, no button moves', async () => {
    const { page } = s;
    await choose(page, 'law_training_sessions');
    const names = () => legendButtons(page).allInnerTexts();
    const first = await names();
    // Each button is tagged where it stands; a moved or new button has no tag or another one.
    await legendButtons(page).evaluateAll((els) => els.forEach((el, i) => ((el as HTMLElement & { place?: number }).place = i)));
    await choose(page, 'law_study_sessions');
    const second = await names();
    // Departments of both legends in other places: a legend keyed by name would move their buttons.
    expect(second).toHaveLength(first.length);
    expect(second.some((name, i) => first.includes(name) && first[i] !== name)).toBe(true);
    const places = await legendButtons(page).evaluateAll((els) => els.map((el) => (el as HTMLElement & { place?: number }).place));
    expect(places).toEqual(first.map((_, i) => i));
    // Each button now stands for the line of its new name: its icon has that line's colour.
    const series = await chartSeries(page);
    expect(second).toEqual(series.map((x) => x.name));
    const palette = SERIES_PALETTES.default;
    const colours = await legendButtons(page).evaluateAll((els) =>
      els.map((el) => getComputedStyle(el.querySelector('.legend-icon')!).color),
    );
    const rgb = (hex: string) => `rgb(${[1, 3, 5].map((k) => Number.parseInt(hex.slice(k, k + 2), 16)).join(', ')})`;
    expect(colours).toEqual(series.map((_, i) => rgb(palette[i % palette.length]!)));
    expect(s.problems).toEqual([]);
  });
});
