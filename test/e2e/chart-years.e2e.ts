// A chart's title names the years it shows: the filter says 2019–2024, 解放区财政局 reported only
// 2023, so the trend is 「…2023年趋势」 and the data table's heading says 2023年.
import { describe, expect, it } from 'vitest';
import { RESULTS_DIR, useAppSession } from './browser';
import { chooseOnlyDepartment } from './helpers';

const session = useAppSession();

describe("titles state the data's years, not the filter's", () => {
  it('trend and data table', async () => {
    const { page } = session();
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.getByLabel('起始年度').selectOption('2019');
    await page.getByLabel('截止年度').selectOption('2024');
    await page.getByText('法治专题学习次数（次）', { exact: true }).first().click();
    await chooseOnlyDepartment(page, '解放区财政局');
    const heading = page.locator('.view-title h2');
    await expect.poll(() => heading.innerText()).toBe('法治专题学习次数（次）2023年趋势');
    await page.screenshot({ path: `${RESULTS_DIR}/chart-years-trend.png` });
    await page.getByRole('tab', { name: '数据表' }).click();
    await expect.poll(() => page.locator('.view-title .hint').innerText()).toMatch(/^法治专题学习次数 · 2023年 · /);
  });
});
