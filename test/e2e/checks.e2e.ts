// 数据核查 in a real browser: a rate over 100% and a part above its total are found after an
// import, a finding shows both sides with their sentences, and an accepted explanation stays.
import { beforeAll, describe, expect, it } from 'vitest';
import { useAppSession, RESULTS_DIR, type Session } from './browser';

const session = useAppSession();
let s: Session;
beforeAll(() => {
  s = session();
});

describe('data checks', () => {
  it('lists impossible figures, shows both sides, and keeps an explanation', async () => {
    const { page } = s;
    // The rate is of an indicator outside the catalog: allowed as a custom indicator.
    await page.getByRole('button', { name: '导入数据' }).click();
    await page.getByLabel('目录中没有的指标作为自定义指标导入', { exact: false }).check();
    await page.getByLabel('选择 CSV 文件').setInputFiles('test/fixtures/e2e/checks-errors.csv');
    const preview = page.getByTestId('import-findings');
    await preview.waitFor();
    const previewText = await preview.innerText();
    expect(previewText).toContain('2 条错误');
    expect(previewText).toContain('checks-errors.csv 第 2 行');
    expect(previewText).toContain('比率为 105%，超出 0—100% 的范围');
    expect(previewText).toContain('12件 大于「行政诉讼案件数」8件');
    await page.screenshot({ path: `${RESULTS_DIR}/checks-import-preview.png`, fullPage: true });
    await page.getByRole('button', { name: '确认导入' }).click();
    await page.getByRole('status').filter({ hasText: '导入完成' }).waitFor();
    await page.getByRole('button', { name: '关闭' }).click();
    await page.getByRole('button', { name: /^数据核查（\d+）$/ }).click();
    await page.getByLabel('按部门筛选').selectOption('核查示例区城管局');
    const list = page.getByRole('table', { name: '核查结果列表' });
    await list.locator('tbody tr').first().waitFor();
    const text = await list.innerText();
    expect(text).toContain('比率为 105%，超出 0—100% 的范围');
    expect(text).toContain('12件 大于「行政诉讼案件数」8件');

    await list.getByRole('button', { name: /大于「行政诉讼案件数」/ }).click();
    const sides = page.getByTestId('check-side');
    await expect.poll(() => sides.count()).toBe(2);
    await expect.poll(() => sides.nth(0).innerText()).toContain('其中败诉12件。');
    await expect.poll(() => sides.nth(1).innerText()).toContain('全年发生行政诉讼案件8件。');
    await page.screenshot({ path: `${RESULTS_DIR}/checks-panel.png`, fullPage: true });

    await page.getByLabel('核查说明（确认数值无误时填写）').fill('含上年结转案件，经核实无误');
    await page.getByRole('button', { name: '确认无误并保存说明' }).click();
    await page.getByText('已说明：含上年结转案件，经核实无误').waitFor();
    await page.getByRole('button', { name: '关闭' }).click();

    // The explanation is stored: after a reload the finding is still explained.
    await page.reload();
    await page.getByRole('button', { name: /^数据核查（\d+）$/ }).click();
    await page.getByLabel('按部门筛选').selectOption('核查示例区城管局');
    await page.getByLabel('状态').selectOption('explained');
    await expect.poll(() => list.locator('tbody tr').count()).toBe(1);
    expect(await list.innerText()).toContain('12件 大于「行政诉讼案件数」8件');
  });

  it('corrects a value through an atomic overwrite, after which the finding is gone', async () => {
    const { page } = s;
    await page.getByLabel('状态').selectOption('');
    const list = page.getByRole('table', { name: '核查结果列表' });
    await list.getByRole('button', { name: /超出 0—100% 的范围/ }).click();
    await page.getByLabel('更正为').fill('100');
    await page.getByRole('button', { name: '更正数值' }).click();
    await page.getByText(/已更正为 100/).waitFor();
    await expect.poll(async () => (await list.innerText()).includes('比率为 105%')).toBe(false);
    expect(await list.innerText()).toContain('行政诉讼案件数');
  });
});
