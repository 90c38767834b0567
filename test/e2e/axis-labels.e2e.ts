// The ranking's and the matrix's axis labels get the room the options work out for them
// (domain/charts/axis-room.ts, the grid given outright): in the real browser, with its fonts,
// every department label ends at its margin beside the grid and stays inside the chart, the
// widest starts at the chart's edge margin (not far inside it, not cut off), and the matrix's
// rotated indicator labels stay above the grid and inside the chart. Long names are cut,
// mixed Latin and digits included, in Chinese and in English.
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { useAppSession, waitForChart } from './browser';
import { importCsv, renderCount, waitForRedraw } from './helpers';

const session = useAppSession();

interface Box {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

interface LabelLayout {
  grid: { x: number; y: number; width: number; height: number };
  chartWidth: number;
  chartHeight: number;
  texts: Box[];
}

/** The options' left margin before the labels (GRID_LEFT) and ECharts' gap between an axis and its labels. */
const EDGE = 12;
const MARGIN = 8;

function labelLayout(page: Page): Promise<LabelLayout | null> {
  return page.evaluate(() =>
    (window as unknown as { fazhiCharts: { labelLayout: (id: string) => LabelLayout | null } }).fazhiCharts.labelLayout('main-chart'),
  );
}

async function redrawn(page: Page, change: () => Promise<unknown>): Promise<void> {
  const before = await renderCount(page);
  await change();
  await waitForRedraw(page, before);
  await page.waitForTimeout(200);
}

/** Chooses a value in a select, waiting for the chart to redraw when it changes. */
async function choose(page: Page, selector: string, value: string): Promise<void> {
  const select = page.locator(selector);
  if ((await select.inputValue()) !== value) await redrawn(page, () => select.selectOption(value));
}

function expectInside(b: Box, l: LabelLayout, label: string): void {
  expect(b.x, `${label}: 「${b.text}」 left`).toBeGreaterThanOrEqual(-0.5);
  expect(b.y, `${label}: 「${b.text}」 top`).toBeGreaterThanOrEqual(-0.5);
  expect(b.x + b.width, `${label}: 「${b.text}」 right`).toBeLessThanOrEqual(l.chartWidth + 0.5);
  expect(b.y + b.height, `${label}: 「${b.text}」 bottom`).toBeLessThanOrEqual(l.chartHeight + 0.5);
}

/** The labels left of the grid, level with its rows: each ends MARGIN before the grid; the widest starts near EDGE. */
function expectRowLabels(l: LabelLayout, label: string): Box[] {
  const { grid } = l;
  const rows = l.texts.filter(
    (b) => b.x + b.width <= grid.x + 0.5 && b.y + b.height / 2 >= grid.y && b.y + b.height / 2 <= grid.y + grid.height,
  );
  expect(rows.length, label).toBeGreaterThan(5);
  for (const b of rows) {
    expectInside(b, l, label);
    expect(grid.x - (b.x + b.width), `${label}: 「${b.text}」 to the grid`).toBeCloseTo(MARGIN, 0);
  }
  const left = Math.min(...rows.map((b) => b.x));
  expect(left, `${label}: the widest label's left`).toBeGreaterThanOrEqual(EDGE - 0.5);
  expect(left, `${label}: the widest label's left`).toBeLessThanOrEqual(EDGE + 8);
  return rows;
}

describe('axis labels get their room', () => {
  it('in the ranking and the matrix, in Chinese and in English', async () => {
    const { page, problems } = session();
    await importCsv(page, resolve('test/fixtures/e2e/axis-label-names.csv'));
    await waitForChart(page);
    await choose(page, 'aside.filters select[aria-label="指标"]', 'normative_docs_cleaned');
    for (const lang of ['zh', 'en'] as const) {
      if (lang === 'en') await redrawn(page, () => page.getByRole('button', { name: 'English' }).click());
      for (const view of ['ranking', 'matrix'] as const) {
        const tab = { zh: { ranking: '排名', matrix: '矩阵' }, en: { ranking: 'Ranking', matrix: 'Matrix' } }[lang][view];
        await page.getByRole('tab', { name: tab }).click();
        await waitForChart(page);
        await choose(page, '.view-controls label:first-child select', '2024');
        const l = await labelLayout(page);
        expect(l, `${lang} ${view}`).not.toBeNull();
        const label = `${lang} ${view}`;
        const rows = expectRowLabels(l!, label);
        if (view === 'ranking') {
          // The long name is cut; the mixed ones are whole (the matrix shows the rows its scroll window holds).
          const texts = rows.map((b) => b.text);
          expect(
            texts.some((t) => t.startsWith('武汉经济技术开发区') && t.endsWith('...')),
            label,
          ).toBe(true);
          expect(texts, label).toContain('ABC数据资源管理中心');
          // The value axis's name, below its labels, stays inside the chart.
          const name = l!.texts.find(
            (b) => /清理规范性文件数|Normative documents cleaned up/.test(b.text) && b.y > l!.grid.y + l!.grid.height,
          );
          expect(name, label).toBeDefined();
          expectInside(name!, l!, label);
        } else {
          // The indicators' names at 45°: above the grid, inside the chart.
          const columns = l!.texts.filter((b) => b.y + b.height <= l!.grid.y + 0.5 && b.x + b.width > l!.grid.x);
          expect(columns.length, label).toBeGreaterThan(5);
          for (const b of columns) expectInside(b, l!, label);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
