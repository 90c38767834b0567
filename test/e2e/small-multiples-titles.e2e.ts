// Small multiples keep their titles in their cells at 1024 and 1366 px: 部门画像's titles and rank
// subtitles (「2023年 同类（财政局）仅1个部门有数据」) in Chinese and English, and the trend's
// department names (武汉经济技术开发区发展和改革局).
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { RESULTS_DIR, useAppSession, waitForChart } from './browser';
import { renderCount, waitForRedraw } from './helpers';

const session = useAppSession();

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
  chartWidth: number;
}

function titleBoxes(page: Page): Promise<Box[]> {
  return page.evaluate(() =>
    (window as unknown as { fazhiCharts: { titleBoxes: (id: string) => Box[] } }).fazhiCharts.titleBoxes('main-chart'),
  );
}

/** Each title ends before the next title of its row begins (the cells are 2% apart), the last one inside the chart. */
async function expectTitlesInCells(page: Page, label: string): Promise<void> {
  const boxes = await titleBoxes(page);
  expect(boxes.length, label).toBeGreaterThan(3);
  const rows = new Map<number, Box[]>();
  for (const b of boxes) rows.set(Math.round(b.y), [...(rows.get(Math.round(b.y)) ?? []), b]);
  expect(rows.size, label).toBeGreaterThan(1);
  for (const row of rows.values()) {
    row.sort((a, b) => a.x - b.x);
    row.forEach((b, i) => {
      const limit = row[i + 1]?.x ?? b.chartWidth;
      expect(b.x + b.width, `${label}: title ${i} of row at y=${Math.round(b.y)}`).toBeLessThanOrEqual(limit);
    });
  }
}

/** Resizes the window and waits until the chart is drawn at its frame's new width. */
async function resize(page: Page, width: number, height: number): Promise<void> {
  await page.setViewportSize({ width, height });
  const frameWidth = () => page.getByTestId('main-chart').evaluate((el) => Math.round(el.getBoundingClientRect().width));
  await expect
    .poll(async () => [(await titleBoxes(page))[0]?.chartWidth, await frameWidth()], { timeout: 10_000 })
    .toSatisfy(([a, b]) => a === b);
  await page.waitForTimeout(300);
}

describe('profile panel titles fit their cells', () => {
  it('at 1024×768 and 1366×900, in Chinese and in English', async () => {
    const { page } = session();
    await page.getByRole('tab', { name: '部门画像' }).click();
    await waitForChart(page);
    for (const lang of ['zh', 'en'] as const) {
      if (lang === 'en') {
        const before = await renderCount(page);
        await page.getByRole('button', { name: 'English' }).click();
        await waitForRedraw(page, before);
      }
      await resize(page, 1024, 768);
      await expectTitlesInCells(page, `${lang} 1024`);
      await page.screenshot({ path: `${RESULTS_DIR}/profile-titles-${lang}-1024.png`, fullPage: true });
      await resize(page, 1366, 900);
      await expectTitlesInCells(page, `${lang} 1366`);
      await page.screenshot({ path: `${RESULTS_DIR}/profile-titles-${lang}-1366.png`, fullPage: true });
    }
  });

  it("the trend's small multiples, by department", async () => {
    const { page } = session();
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('tab', { name: '趋势' }).click();
    await page.getByLabel('布局').selectOption('small-multiples');
    await waitForChart(page);
    for (const [width, height] of [
      [1024, 768],
      [1366, 900],
    ] as const) {
      await resize(page, width, height);
      await expectTitlesInCells(page, `trend ${width}`);
      await page.screenshot({ path: `${RESULTS_DIR}/trend-multiples-${width}.png`, fullPage: true });
    }
  });
});
