// The annual round in a real browser: 8 files dropped at once (one broken), progress,
// keyboard review, one import, the same files again recognised as imported, then the
// filing board with received / missing / late and parts, a report opened at a part's
// heading from a board cell, and the board exported as CSV and PNG.
import { copyFileSync, mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useAppSession, RESULTS_DIR, waitForChart, type Session } from './browser';
import { download } from './downloads';
import { makeDocx } from './make-docx';
import { ensureRoundReports } from '../../bench/round-batch';

const session = useAppSession({ acceptDownloads: true });
let s: Session;
const DIR = `${RESULTS_DIR}/round-files`;
const files: string[] = [];

/** Copies a report into the batch folder with the date the office received it. */
function put(name: string, from: string | Uint8Array, received: string): void {
  const path = `${DIR}/${name}`;
  if (typeof from === 'string') copyFileSync(from, path);
  else writeFileSync(path, from);
  const t = new Date(`${received}T10:00:00`);
  utimesSync(path, t, t);
  files.push(path);
}

beforeAll(async () => {
  s = session();
  mkdirSync(DIR, { recursive: true });
  put('2024_hanyang_finance.txt', 'data/reports/2024_hanyang_finance.txt', '2025-02-20');
  put('2024_wuhan-etdz_finance.txt', 'data/reports/2024_wuhan-etdz_finance.txt', '2025-03-10'); // late
  put('2024_xinzhou_economy-tech.html', 'test/fixtures/round/files/2024_xinzhou_economy-tech.html', '2025-01-25');
  put('2023_jiefang_finance.txt', 'data/reports/2023_jiefang_finance.txt', '2024-02-01');
  put('2023_wuhan-etdz_development-reform.txt', 'data/reports/2023_wuhan-etdz_development-reform.txt', '2024-02-20');
  put('2024_xiangzhou_justice.docx', makeDocx(readFileSync('test/fixtures/heldout/2024_xiangzhou_justice.txt', 'utf8')), '2025-02-01');
  put('2024_caidian_emergency.txt', 'test/fixtures/heldout/2024_caidian_emergency.txt', '2025-02-02');
  put('broken.doc', 'test/fixtures/round/files/broken.doc', '2025-02-03');
  await s.page.setViewportSize({ width: 1366, height: 900 });
  await s.page.goto(s.baseUrl);
  await waitForChart(s.page);
});

describe('the annual round', () => {
  it('marks the departments that must report in 部门管理 and from a pasted list', async () => {
    const { page } = s;
    await page.getByRole('button', { name: '部门管理' }).click();
    await page.getByRole('checkbox', { name: '武汉经济技术开发区发展和改革局 须报送' }).click();
    await expect.poll(() => page.getByRole('checkbox', { name: '武汉经济技术开发区发展和改革局 须报送' }).isChecked()).toBe(true);
    await page.getByRole('button', { name: '关闭' }).click();
    await page.getByRole('button', { name: '报备审查' }).click();
    await page.getByText('导入须报送名单').click();
    await page.getByLabel('导入须报送名单').fill('武汉市汉阳区财政局\n武汉经开区财政局\n新洲区经科局\n武汉市汉阳区司法局');
    await page.getByRole('button', { name: '标记为须报送' }).click();
    await page.getByRole('status').filter({ hasText: '已将 4 个部门标记为须报送' }).waitFor();
    await page.getByTestId('round-summary').filter({ hasText: '应报 5，已报 0' }).waitFor();
    await page.getByRole('button', { name: '关闭' }).click();
  });

  it('extracts 8 files at once, one broken, and imports the reviewed ones in one commit', async () => {
    const { page } = s;
    await page.getByRole('button', { name: '年报收取' }).click();
    await page.getByLabel('选择报告文件').setInputFiles(files);
    const queue = page.getByTestId('batch-queue');
    await expect.poll(() => queue.locator('tbody tr').count()).toBe(8);
    await page.getByText('已处理 8 / 8 份').waitFor({ timeout: 60_000 });
    await page.screenshot({ path: `${RESULTS_DIR}/round-batch.png` });
    const broken = queue.locator('tr[data-status="failed"]');
    await expect.poll(() => broken.count()).toBe(1);
    expect(await broken.innerText()).toContain('另存为');
    expect(await queue.locator('tr[data-status="review"], tr[data-status="confirm"]').count()).toBe(7);
    // The first report is open; Ctrl+Enter marks it reviewed and opens the next one.
    expect(await page.getByLabel('报告部门').inputValue()).toBe('武汉市汉阳区财政局');
    // Received today (the day the files were added), not on the files' dates; the file's date is
    // offered, and a date past 3月1日 says the report would be late.
    const today = await page.evaluate(() => new Date().toLocaleDateString('sv-SE'));
    expect(await page.getByLabel('收到日期', { exact: true }).inputValue()).toBe(today);
    expect(await queue.innerText()).toContain(today);
    if (today > '2025-03-01') expect(await page.getByText('按此日期为逾期（报送截止 2025-03-01）').count()).toBe(1);
    await page.screenshot({ path: `${RESULTS_DIR}/round-received-date.png` });
    await page.getByRole('button', { name: '改用文件修改日期 2025-02-20' }).click();
    expect(await page.getByLabel('收到日期', { exact: true }).inputValue()).toBe('2025-02-20');
    expect(await page.getByText(/按此日期为逾期/).count()).toBe(0);
    await page.keyboard.press('PageDown');
    expect(await page.getByLabel('报告部门').inputValue()).toBe('武汉经济技术开发区财政局');
    await page.keyboard.press('PageUp');
    // A report with rows still 待确认 passes on a second press only; the first says why.
    const toConfirm = await queue.locator('tr[data-status="confirm"]').count();
    expect(toConfirm).toBeGreaterThan(0);
    const warning = page.getByTestId('batch-unconfirmed-warning');
    let warned = 0;
    const useFileDate = page.getByRole('button', { name: /^改用文件修改日期 / });
    for (let k = 0; k < 7 + toConfirm; k++) {
      // These files keep the day each report came (see put()).
      if (await useFileDate.isVisible()) await useFileDate.click();
      await page.keyboard.press('Control+Enter');
      if (await warning.isVisible()) {
        expect(await warning.innerText()).toMatch(/还有 \d+ 行待确认/);
        warned++;
      }
    }
    expect(warned).toBe(toConfirm);
    await expect.poll(() => queue.locator('tr[data-status="reviewed"]').count()).toBe(7);
    await page.getByRole('button', { name: '导入已审核的报告（7 份）' }).click();
    await page.getByRole('status').filter({ hasText: '已导入 7 份报告' }).waitFor();
    expect(await queue.locator('tr[data-status="imported"]').count()).toBe(7);

    // The same files again: recognised by their text, nothing to import.
    await page.getByRole('button', { name: '清空列表' }).click();
    await page.getByLabel('选择报告文件').setInputFiles(files);
    await page.getByText('已处理 8 / 8 份').waitFor({ timeout: 60_000 });
    await expect.poll(() => queue.locator('tr[data-status="imported"]').count()).toBe(7);
    expect(await queue.innerText()).toContain('与已导入的「2024_hanyang_finance.txt」内容相同');
    expect(await page.getByRole('button', { name: '导入已审核的报告（0 份）' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: '关闭' }).click();
  });

  it('shows the board: received, missing, late and parts; opens a report at a heading; exports', async () => {
    const { page } = s;
    await page.getByRole('button', { name: '报备审查' }).click();
    const board = page.getByTestId('round-board');
    await board.waitFor();
    expect(await page.getByLabel('报告年度').inputValue()).toBe('2024');
    await page.getByTestId('round-summary').filter({ hasText: '应报 5，已报 3，逾期 1，缺少必备内容 3' }).waitFor();
    const row = (name: string) => board.locator(`tr[data-department="${name}"]`);
    expect(await row('武汉市汉阳区司法局').innerText()).toContain('未报送');
    const late = row('武汉经济技术开发区财政局');
    expect(await late.innerText()).toContain('逾期');
    const xinzhou = row('武汉市新洲区经济信息化和科技创新局');
    expect(await xinzhou.getByLabel('缺少③党政主要负责人履行第一责任人职责情况').count()).toBe(1);
    expect(await xinzhou.getByLabel('公开日期与网址 武汉市新洲区经济信息化和科技创新局').inputValue()).toBe('2025-01-23');
    expect(await xinzhou.getByLabel('公开网址 武汉市新洲区经济信息化和科技创新局').inputValue()).toBe(
      'https://www.xinzhou.gov.cn/fzzfjs/2025/0123/report.html',
    );
    expect(await row('武汉市汉阳区财政局').locator('.part-missing').count()).toBe(0);
    await page.screenshot({ path: `${RESULTS_DIR}/round-board.png` });

    // Filter: only the departments that did not report (发改局 sent its 2023 report only).
    await page.getByLabel('状态筛选').selectOption('missing-report');
    await expect.poll(() => board.locator('tbody tr').count()).toBe(2);
    await page.getByLabel('状态筛选').selectOption('all');
    await page.getByLabel('报告年度').selectOption('2023');
    await page.getByTestId('round-summary').filter({ hasText: '应报 5，已报 1，' }).waitFor();
    expect(await row('武汉经济技术开发区发展和改革局').innerText()).toContain('2023_wuhan-etdz_development-reform.txt');
    await page.getByLabel('报告年度').selectOption('2024');

    // ② of the Hanyang report opens the report at its heading.
    await row('武汉市汉阳区财政局')
      .getByRole('button', { name: /^②存在的不足和原因：/ })
      .click();
    const mark = page.getByTestId('source-highlight');
    await mark.waitFor();
    expect(await mark.innerText()).toBe('三、存在的问题及改进措施');
    await page.screenshot({ path: `${RESULTS_DIR}/round-source.png` });
    // Escape closes the report and leaves the board open.
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: /^来源：/ }).waitFor({ state: 'detached' });
    expect(await board.isVisible()).toBe(true);

    const dialog = page.getByRole('dialog', { name: '报备审查' });
    const csv = await download(page, dialog.getByRole('button', { name: '导出 CSV' }));
    const text = new TextDecoder().decode(csv.bytes);
    expect(csv.name).toBe('报备审查-2024.csv');
    expect(text).toContain('武汉市汉阳区司法局,2024,是,未报送');
    expect(text).toMatch(/武汉经济技术开发区财政局,2024,是,2024_wuhan-etdz_finance\.txt,2025-01-06,2025-03-10,逾期/);
    const png = await download(page, dialog.getByRole('button', { name: '导出 PNG' }));
    expect([...png.bytes.slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);

    // The received date is edited on the board: the late report was in fact received on 2月28日.
    const received = late.getByLabel('收到日期 武汉经济技术开发区财政局');
    await received.fill('2025-02-28');
    await received.blur();
    await page.getByTestId('round-summary').filter({ hasText: '应报 5，已报 3，逾期 0' }).waitFor();
    expect(await late.innerText()).toContain('按时');
    await dialog.getByRole('button', { name: '关闭' }).click();
    expect(s.problems).toEqual([]);
  });

  it('goes on after a file that fails in a worker, and cancel stops the rest', async () => {
    const { page } = s;
    const corrupt = `${DIR}/corrupt.docx`;
    writeFileSync(corrupt, new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]));
    await page.getByRole('button', { name: '年报收取' }).click();
    await page.getByLabel('选择报告文件').setInputFiles([corrupt, ...ensureRoundReports().paths]);
    const queue = page.getByTestId('batch-queue');
    await queue.locator('tr[data-status="failed"]').first().waitFor();
    // A report is ready for review (待审核), or for confirming some figures' indicators (待确认).
    const ready = 'tr[data-status="review"], tr[data-status="confirm"]';
    await queue.locator(ready).first().waitFor();
    await page.getByRole('button', { name: '取消' }).click();
    await expect.poll(() => queue.locator('tr[data-status="waiting"], tr[data-status="working"]').count()).toBe(0);
    const failedText = await queue.locator('tr[data-status="failed"]').allInnerTexts();
    expect(failedText[0]).toContain('corrupt.docx」读取失败');
    expect(failedText.slice(1).every((t) => t.includes('已取消'))).toBe(true);
    expect(failedText.length).toBeGreaterThan(1);
    const reviewable = await queue.locator(ready).count();
    expect(reviewable + failedText.length).toBe(41);
    await page.getByRole('button', { name: '关闭' }).click();
    expect(s.problems).toEqual([]);
  });
});
