// The whole loop in a real browser: bundled data → both views → CSV import → reload → export,
// once with the app at the server's root and once under a deep sub-path (an intranet portal).
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { useAppSession, RESULTS_DIR, waitForChart, type Session } from './browser';
import { pngSize } from './png';

const BASES = [
  { where: 'root', baseUrl: inject('baseUrl') },
  { where: 'sub-path', baseUrl: inject('subPathUrl') },
];

describe.each(BASES)('core loop at the $where', ({ where, baseUrl }) => {
  const session = useAppSession({ baseUrl });
  let s: Session;
  const RESULTS = `${RESULTS_DIR}/${where === 'root' ? '' : 'sub-path-'}`;
  beforeAll(() => {
    s = session();
  });

  it('shows the bundled sample reports in the trend and ranking views', async () => {
    const { page } = s;
    // Only the real reports in view: the demonstration dataset is switched off.
    await page.getByRole('checkbox', { name: /^演示数据（模拟）/ }).uncheck();
    await page.getByRole('tab', { name: '趋势' }).click();
    await waitForChart(page);
    const summary = await page.getByTestId('main-chart').getAttribute('aria-label');
    expect(summary).toContain('武汉经济技术开发区财政局');
    await page.screenshot({ path: `${RESULTS}view-trend.png`, fullPage: true });
    await page.getByRole('tab', { name: '排名' }).click();
    await waitForChart(page);
    const ranking = await page.getByTestId('main-chart').getAttribute('aria-label');
    expect(ranking).toContain('武汉经济技术开发区财政局');
    expect(ranking).toContain('22');
    await page.screenshot({ path: `${RESULTS}view-ranking.png`, fullPage: true });
    await page.getByRole('checkbox', { name: /^演示数据（模拟）/ }).check();
  });

  it('imports a CSV through the file input; the new department survives a reload', async () => {
    const { page } = s;
    await page.getByRole('button', { name: '导入数据' }).click();
    await page.getByLabel('选择 CSV 文件').setInputFiles('test/fixtures/e2e/new-department.csv');
    await page.getByTestId('count-new').waitFor();
    expect(await page.getByTestId('count-new').textContent()).toBe('2');
    await page.getByRole('button', { name: '确认导入' }).click();
    await page.getByRole('status').filter({ hasText: '导入完成' }).waitFor();
    await page.getByRole('button', { name: '关闭' }).click();
    await page.getByRole('tab', { name: '趋势' }).click();
    await page.getByLabel('搜索部门').fill('测试区');
    await page.getByRole('checkbox', { name: '测试区司法局' }).check();
    await waitForChart(page);
    await expect.poll(() => page.getByTestId('main-chart').getAttribute('aria-label')).toContain('测试区司法局 2023年 7件 → 2024年 12件');
    // The URL is written a frame after the chart: a loaded machine can reload before it otherwise.
    await page.waitForFunction(() => decodeURIComponent(location.hash).includes('测试区司法局'));
    await page.reload();
    await waitForChart(page);
    await expect.poll(() => page.getByTestId('main-chart').getAttribute('aria-label')).toContain('测试区司法局');
  });

  it('exports a 2× PNG and an SVG with the Chinese title', async () => {
    const { page } = s;
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 PNG' }).click()]);
    const pngPath = `${RESULTS}export-trend@2x.png`;
    await png.saveAs(pngPath);
    const size = pngSize(new Uint8Array(readFileSync(pngPath)));
    expect(size).toEqual({ width: 2560, height: 1440 });
    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 SVG' }).click()]);
    const svgPath = `${RESULTS}export-trend.svg`;
    await svg.saveAs(svgPath);
    const text = readFileSync(svgPath, 'utf8');
    expect(text).toContain('<svg');
    expect(text).toContain('规范性文件');
    expect(text).toContain('数据来源');
    expect(text).toMatch(/导出时间\s*\d{4}-\d{2}-\d{2}/);
    expect(s.problems).toEqual([]);
  });
});
