// Reports as a supervisor receives them, for the tests that extract from each format: a
// .txt, a .docx (made from a text) and a .pdf (printed by the browser from a text).
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { RESULTS_DIR } from './browser';
import { makeDocx } from './make-docx';

type ReportFile = string | { name: string; mimeType: string; buffer: Buffer };

export async function threeReports(context: BrowserContext, tag: string): Promise<ReportFile[]> {
  const printer = await context.newPage();
  await printer.setContent(
    `<html><body style="font-family:'Noto Sans CJK SC',sans-serif;font-size:14px;white-space:pre-wrap"></body></html>`,
  );
  await printer.evaluate(
    (t) => {
      document.body.textContent = t;
    },
    readFileSync('test/fixtures/heldout/2024_qingshan_market-regulation.txt', 'utf8'),
  );
  const pdf = `${RESULTS_DIR}/${tag}-report.pdf`;
  await printer.pdf({ path: pdf, format: 'A4' });
  await printer.close();
  const docx = {
    name: 'report.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: Buffer.from(makeDocx(readFileSync('test/fixtures/heldout/2024_xiangzhou_justice.txt', 'utf8'))),
  };
  return ['test/fixtures/heldout/2023_jiangan_justice.txt', docx, pdf];
}

/** 从报告提取 with each file in turn: the review lists its values, then closes. */
export async function extractEach(page: Page, files: ReportFile[], beforeEach: () => void = () => {}): Promise<void> {
  for (const file of files) {
    beforeEach();
    await page.getByRole('button', { name: '从报告提取' }).click();
    await page.getByLabel('选择报告文件').setInputFiles(file);
    await page.getByTestId('review-table').waitFor({ timeout: 60_000 });
    expect(
      await page
        .getByTestId('review-table')
        .getByLabel(/^数值 \d+$/)
        .count(),
    ).toBeGreaterThan(3);
    await page.getByRole('button', { name: '关闭' }).click();
  }
}
