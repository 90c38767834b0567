// The data table shows the sentence behind each row in view, read for its scroll window:
// also far down a table of more than the 5000 figures whose evidence used to be read at
// once (past that, nothing was read and every row said it was loading, for good).
import { describe, expect, it } from 'vitest';
import { RESULTS_DIR, useAppSession } from './browser';
import { importCsv, useTempFile } from './helpers';

const INDICATORS: [string, string][] = [
  ['依申请公开件数', '件'],
  ['信访案件数', '件'],
  ['法治培训参训人次', '人次'],
  ['执法检查次数', '次'],
  ['合同合法性审查份数', '份'],
  ['普法宣传活动场次', '场'],
  ['法律咨询人次', '人次'],
  ['公平竞争审查数', '件'],
  ['领导干部学法次数', '次'],
  ['会前学法次数', '次'],
];

/** 300 departments × 10 indicators × 2 years, each figure with its own sentence. */
function bigCsv(): string {
  const lines = ['部门,年度,指标,数值,单位,原文'];
  for (let d = 1; d <= 300; d++)
    for (const year of [2023, 2024])
      for (const [name, unit] of INDICATORS) {
        const value = (d * 7 + year) % 500;
        lines.push(`长表测试第${d}局,${year},${name},${value},${unit},${year}年长表测试第${d}局${name}为${value}${unit}。`);
      }
  return lines.join('\n') + '\n';
}

describe('the data table of a long import', () => {
  const session = useAppSession();
  const file = useTempFile('long-table.csv', bigCsv);

  it('shows the evidence of the rows in view, far down a table of over 6000 figures', async () => {
    const { page } = session();
    await importCsv(page, file());
    await page.getByRole('tab', { name: '数据表' }).click();
    const table = page.getByTestId('data-table');
    await table.waitFor();
    await page.getByRole('checkbox', { name: '全部指标' }).check();
    // 2023–2024: over 6000 figures, one row per department and indicator.
    await page.getByLabel('起始年度').selectOption('2023');
    await page.getByLabel('截止年度').selectOption('2024');
    await expect.poll(async () => Number(await table.getAttribute('aria-rowcount'))).toBeGreaterThan(3000);
    // The table's hint counts the figures behind its rows.
    await expect
      .poll(async () => Number((await page.locator('.view-title .hint').innerText()).match(/(\d+) 个数值/)?.[1] ?? 0))
      .toBeGreaterThan(6000);
    const column = (await table.getByRole('columnheader').allInnerTexts()).findIndex((h) => h.startsWith('原文'));
    expect(column).toBeGreaterThan(0);
    // The position, department and sentence of each row in view.
    const inView = () =>
      table.evaluate((t, i) => {
        const body = t.querySelector('.vbody')!.getBoundingClientRect();
        return [...t.querySelectorAll('.vbody [role=row]')]
          .filter((r) => {
            const b = r.getBoundingClientRect();
            return b.bottom > body.top && b.top < body.bottom;
          })
          .map((r): [number, string, string] => [
            Number(r.getAttribute('aria-rowindex')),
            r.querySelectorAll('[role=cell]')[0]!.textContent ?? '',
            r.querySelectorAll('[role=cell]')[i]!.textContent ?? '',
          ]);
      }, column);
    const count = Number(await table.getAttribute('aria-rowcount'));
    // What is wrong with the rows in view once scrolled to `at` of the table ('' when nothing).
    const wrongAt = async (at: number) => {
      const rows = await inView();
      if (rows.length <= 5) return `${rows.length} rows in view`;
      // The virtual list draws the new rows a frame after the scroll (rows differ in height: roughly there).
      if (Math.abs(rows[0]![0] - at * count) > 0.1 * count + rows.length)
        return `rows from ${rows[0]![0]} in view, not near ${Math.round(at * count)}`;
      const loading = rows.filter(([, , e]) => e.includes('原文加载中')).length;
      if (loading) return `${loading} sentences loading`;
      // Each row shows its own figure's sentence (its last year's, 2024).
      const other = rows.find(([, d, e]) => d.startsWith('长表测试') && !e.startsWith(`2024年${d}`));
      return other ? `row ${other[0]} (${other[1]}) shows 「${other[2].slice(0, 30)}」` : '';
    };
    for (const at of [0, 0.5, 0.97]) {
      await table.locator('.vbody').evaluate((b, f) => (b.scrollTop = b.scrollHeight * f), at);
      await expect.poll(() => wrongAt(at), { timeout: 15_000 }).toBe('');
    }
    // Scrolled sideways to the sentences.
    await table.evaluate((t) => (t.scrollLeft = t.scrollWidth));
    await page.screenshot({ path: `${RESULTS_DIR}/table-evidence-far-down.png` });
  });
});
