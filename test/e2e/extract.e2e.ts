// 从报告提取 in a real browser: .txt, .docx and .pdf reports, review and correct, import,
// then find the value with its sentence in the charts and open the report at it.
import { readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { Catalog } from '../../src/domain/catalog/catalog';
import { parseCatalogCsv } from '../../src/domain/catalog/parse-catalog';
import { extractReport } from '../../src/domain/extract';
import { useAppSession, RESULTS_DIR, waitForChart, type Session } from './browser';
import { chooseOnlyDepartment, sweepForTooltip } from './helpers';
import { makeDocx } from './make-docx';

const TXT = 'test/fixtures/heldout/2023_jiangan_justice.txt';
const DOCX_SOURCE = 'test/fixtures/heldout/2024_xiangzhou_justice.txt';
const PDF_SOURCE = 'test/fixtures/heldout/2024_qingshan_market-regulation.txt';
const catalog = new Catalog(parseCatalogCsv(readFileSync('data/indicators.csv', 'utf8')));

const session = useAppSession();
let s: Session;
beforeAll(() => {
  s = session();
});

async function openExtract(): Promise<void> {
  await s.page.getByRole('button', { name: '从报告提取' }).click();
}

async function reviewedValues(): Promise<number[]> {
  const inputs = s.page.getByTestId('review-table').getByLabel(/^数值 \d+$/);
  return (await inputs.evaluateAll((els) => els.map((e) => Number((e as HTMLInputElement).value)))).sort((a, b) => a - b);
}

function expectedValues(path: string): number[] {
  return extractReport(readFileSync(path, 'utf8'), catalog)
    .rows.map((r) => r.value)
    .sort((a, b) => a - b);
}

describe('extraction from reports', () => {
  it('extracts a .txt report, takes a correction, imports it and shows it with its sentence', async () => {
    const { page } = s;
    await openExtract();
    await page.getByLabel('选择报告文件').setInputFiles(TXT);
    await page.getByTestId('review-table').waitFor();
    expect(await page.getByLabel('报告部门').inputValue()).toBe('武汉市江岸区司法局');
    expect(await page.getByLabel('报告年度').inputValue()).toBe('2023');
    expect(await reviewedValues()).toEqual(expectedValues(TXT));
    await page.screenshot({ path: `${RESULTS_DIR}/extract-review.png`, fullPage: true });
    // Correct one value: 开展主题宣传活动 45 场 → 46.
    await page.locator('[data-testid="review-table"] input[aria-label^="数值"][value="45"]').fill('46');
    await page.getByRole('button', { name: '确认导入' }).click();
    await page.getByRole('status').filter({ hasText: '导入完成' }).waitFor();
    await page.getByRole('button', { name: '关闭' }).click();

    await page.getByLabel('搜索指标').fill('普法宣传活动');
    await page.getByRole('listbox', { name: '指标' }).selectOption('pufa_events');
    await chooseOnlyDepartment(page, '武汉市江岸区司法局');
    await page.getByRole('tab', { name: '趋势' }).click();
    await waitForChart(page);
    await expect.poll(() => page.getByTestId('main-chart').getAttribute('aria-label')).toContain('武汉市江岸区司法局 2023年 46场');
    await page.getByRole('tab', { name: '排名' }).click();
    await page.getByLabel('年度', { exact: true }).selectOption('2023');
    await waitForChart(page);
    await expect.poll(() => page.getByTestId('main-chart').getAttribute('aria-label')).toContain('46场');
    // Hover the bar: the tooltip carries the sentence.
    expect(await sweepForTooltip(page, '开展主题宣传活动')).toContain('开展主题宣传活动');
    await page.screenshot({ path: `${RESULTS_DIR}/extract-tooltip.png` });
    // Click where the tooltip appeared: the report opens at the highlighted sentence.
    await page.mouse.down();
    await page.mouse.up();
    const mark = page.getByTestId('source-highlight');
    await mark.waitFor();
    expect((await mark.textContent())!.replace(/\s/g, '')).toContain('开展主题宣传活动45场');
    await page.screenshot({ path: `${RESULTS_DIR}/extract-source.png` });
    await page.getByRole('button', { name: '关闭' }).click();
  });

  it('reads a .docx report like its text', async () => {
    const { page } = s;
    const path = `${RESULTS_DIR}/report.docx`;
    writeFileSync(path, makeDocx(readFileSync(DOCX_SOURCE, 'utf8')));
    await openExtract();
    await page.getByLabel('选择报告文件').setInputFiles(path);
    await page.getByTestId('review-table').waitFor();
    expect(await reviewedValues()).toEqual(expectedValues(DOCX_SOURCE));
    await page.getByRole('button', { name: '关闭' }).click();
  });

  it('reads a .pdf printed by Chromium and finds the same figures as in its text', async () => {
    const { page, context } = s;
    const printer = await context.newPage();
    const text = readFileSync(PDF_SOURCE, 'utf8');
    await printer.setContent(
      `<html><body style="font-family:'Noto Sans CJK SC',sans-serif;font-size:14px;white-space:pre-wrap"></body></html>`,
    );
    await printer.evaluate((t) => {
      document.body.textContent = t;
    }, text);
    const path = `${RESULTS_DIR}/report.pdf`;
    await printer.pdf({ path, format: 'A4' });
    await printer.close();
    await openExtract();
    await page.getByLabel('选择报告文件').setInputFiles(path);
    await page.getByTestId('review-table').waitFor({ timeout: 60_000 });
    expect(await reviewedValues()).toEqual(expectedValues(PDF_SOURCE));
    await page.getByRole('button', { name: '关闭' }).click();
    expect(s.problems).toEqual([]);
  });
});
