// Common UI steps of the browser tests.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { waitForChart } from './browser';

/** Imports a CSV file through the import dialog and closes it. */
export async function importCsv(page: Page, path: string): Promise<void> {
  await page.getByRole('button', { name: '导入数据' }).click();
  await page.getByLabel('选择 CSV 文件').setInputFiles(path);
  await page.getByRole('button', { name: '确认导入' }).click();
  await page.getByRole('status').filter({ hasText: '导入完成' }).waitFor();
  await page.getByRole('button', { name: '关闭' }).click();
}

/** Selects exactly one department in the filter. */
export async function chooseOnlyDepartment(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: '清空' }).click();
  await page.getByLabel('搜索部门').fill(name);
  await page.getByRole('checkbox', { name, exact: true }).check();
  await page.getByLabel('搜索部门').fill('');
}

/** The rendered-chart counter, to wait for the next redraw after a change. */
export async function renderCount(page: Page): Promise<number> {
  return Number((await page.locator('[data-testid="main-chart"] [data-rendered]').getAttribute('data-rendered')) ?? 0);
}

export async function waitForRedraw(page: Page, before: number): Promise<void> {
  await page.waitForFunction(
    (n) => Number(document.querySelector('[data-testid="main-chart"] [data-rendered]')?.getAttribute('data-rendered') ?? 0) > n,
    before,
  );
}

export async function chartSeries(page: Page): Promise<{ name: string; data: unknown[] }[]> {
  await waitForChart(page);
  return page.evaluate(() =>
    (window as unknown as { fazhiCharts: { seriesData: (id: string) => { name: string; data: unknown[] }[] } }).fazhiCharts.seriesData(
      'main-chart',
    ),
  );
}

/** Moves the mouse over the chart's middle band until a tooltip containing `text` shows. */
export async function sweepForTooltip(page: Page, text: string): Promise<string> {
  const chart = page.getByTestId('main-chart');
  const box = (await chart.boundingBox())!;
  for (let y = box.y + box.height * 0.3; y < box.y + box.height * 0.75; y += 8) {
    for (let x = box.x + 60; x < box.x + box.width - 20; x += 30) {
      await page.mouse.move(x, y);
      let shown = await chart.innerText();
      // A tooltip shows at once and again with its sentence, read meanwhile.
      for (let tries = 0; /原文加载中|Loading source text/.test(shown) && tries < 40; tries++) {
        await page.waitForTimeout(50);
        shown = await chart.innerText();
      }
      if (shown.includes(text)) return shown;
    }
  }
  return '';
}

/** A file of a test's own, written before its tests and removed after them; returns its path. */
export function useTempFile(name: string, content: () => string): () => string {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'fazhi-e2e-'));
    writeFileSync(join(dir, name), content());
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return () => join(dir, name);
}
