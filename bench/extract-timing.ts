// Extraction of the largest sample report (data/reports/*.txt): extractReport in Node,
// and in the browser through 从报告提取's paste box (the dialog shows 「提取用时 N ms」,
// measured in the report worker around extractReport).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { Catalog } from '../src/domain/catalog/catalog';
import { parseCatalogCsv } from '../src/domain/catalog/parse-catalog';
import { extractReport } from '../src/domain/extract';
import { pageEval } from './browser';
import { median } from './stats';

const REPORTS = 'data/reports';

function largestReport(): { name: string; text: string } {
  const [name] = readdirSync(REPORTS)
    .filter((f) => f.endsWith('.txt'))
    .sort((a, b) => statSync(join(REPORTS, b)).size - statSync(join(REPORTS, a)).size);
  return { name: name!, text: readFileSync(join(REPORTS, name!), 'utf8') };
}

export interface NodeExtract {
  report: string;
  chars: number;
  rows: number;
  /** Median of `runs` calls after one warm-up call. */
  ms: number;
  first_ms: number;
}

export function extractInNode(runs = 7): NodeExtract {
  const { name, text } = largestReport();
  const catalog = new Catalog(parseCatalogCsv(readFileSync('data/indicators.csv', 'utf8')));
  const t0 = performance.now();
  const first = extractReport(text, catalog, { sourceName: name });
  const firstMs = performance.now() - t0;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    extractReport(text, catalog, { sourceName: name });
    times.push(performance.now() - t);
  }
  return { report: name, chars: text.length, rows: first.rows.length, ms: median(times)!, first_ms: firstMs };
}

export interface BrowserExtract {
  /** 「提取用时」 of each paste (the first one starts the worker). */
  worker_ms: number[];
  /** Click on 提取 → the new report's tab shown, per paste. */
  wall_ms: number[];
}

export async function extractInBrowser(page: Page, times = 3): Promise<BrowserExtract> {
  const { text } = largestReport();
  await page.getByRole('button', { name: '从报告提取' }).click();
  const out: BrowserExtract = { worker_ms: [], wall_ms: [] };
  const tabs = `document.querySelectorAll('.modal [role="tablist"][aria-label="报告"] [role="tab"]').length`;
  for (let i = 0; i < times; i++) {
    const details = page.locator('.modal details.paste');
    if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
    await page.getByLabel('粘贴报告全文').fill(text);
    await details.getByRole('button', { name: '提取', exact: true }).waitFor();
    const wall = await pageEval<number>(
      page,
      `(() => { const b = [...document.querySelectorAll('.modal details.paste button')].find((x) => x.textContent.trim() === '提取');
        const t0 = performance.now(); b.click();
        return __bench.when(() => ${tabs} >= ${i + 1}, 120000).then((t) => t - t0); })()`,
    );
    const hint = await page
      .locator('.modal')
      .getByText(/提取用时\s*\d+\s*ms/)
      .textContent();
    out.wall_ms.push(wall);
    out.worker_ms.push(Number(/提取用时\s*(\d+)/.exec(hint ?? '')?.[1]));
  }
  await page.getByRole('button', { name: '关闭' }).click();
  return out;
}
