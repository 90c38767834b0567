// 解读 under every chart: written from the chart's data (a small known CSV gives known text),
// each number showing its rows and report sentence on hover or focus, editable and restorable.
import { beforeAll, describe, expect, it } from 'vitest';
import { useAppSession, RESULTS_DIR, waitForChart, type Session } from './browser';
import { importCsv } from './helpers';

const session = useAppSession();
let s: Session;
beforeAll(() => {
  s = session();
});

const DEPTS = ['测试甲局', '测试乙局', '测试丙局'];
const hashFor = (view: string, extra: string, departments = DEPTS) =>
  `#v=${view}&i=normative_docs_cleaned&${departments.map((d) => `d=${encodeURIComponent(d)}`).join('&')}${extra}`;

async function show(view: string, extra: string, departments?: string[]): Promise<string> {
  const { page } = s;
  await page.evaluate((h) => (location.hash = h), hashFor(view, extra, departments));
  await waitForChart(page);
  const text = page.getByTestId('narrative-text');
  await text.waitFor();
  // The text follows the hash's view: wait until the panel shows this view's model.
  await page.waitForFunction(
    (v) => document.querySelector('[role="tab"][aria-selected="true"]')?.textContent?.includes(v),
    {
      trend: '趋势',
      ranking: '排名',
      matrix: '矩阵',
      profile: '画像',
    }[view]!,
  );
  return text.innerText();
}

describe('解读', () => {
  it('states what each view shows, from a known CSV', async () => {
    const { page } = s;
    await page.setViewportSize({ width: 1366, height: 900 });
    await importCsv(page, 'test/fixtures/e2e/narrative-small.csv');

    await expect
      .poll(() => show('trend', '&from=2022&to=2024', DEPTS.slice(0, 2)))
      .toBe(
        '2022年至2024年，2个部门报告了清理规范性文件数，合计由2022年的18件增至2024年的25件，增长38.9%。' +
          '其中，测试甲局增加最多（2022年至2024年10件），测试乙局减少最多（2022年至2024年3件）。' +
          '测试甲局2022年以来连续2年增长。测试乙局2023年未报告。',
      );
    await page.locator('.narrative').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${RESULTS_DIR}/narrative-trend.png` });

    await expect
      .poll(() => show('ranking', '&y=2024'))
      .toBe(
        '2024年，3个部门报告了清理规范性文件数，合计28件。其中，测试甲局最多（20件），测试丙局最少（3件）。与2023年相比，测试甲局增加最多（6件）。',
      );
    await page.locator('.narrative').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${RESULTS_DIR}/narrative-ranking.png` });

    await expect
      .poll(() => show('matrix', '&y=2024'))
      .toBe(
        '2024年，3个部门、2项指标共6格，其中5格有数值，1格未报告。' +
          '测试甲局、测试乙局报告了全部2项指标；报告清理规范性文件数的部门最多（3个），报告依申请公开答复率的最少（2个）。' +
          '测试甲局在2项指标上排名第一。',
      );
    await page.locator('.narrative').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${RESULTS_DIR}/narrative-matrix.png` });
    // The matrix's cells carry no evidence until shown: the count's rows read theirs on hover.
    await page.locator('.narrative-number', { hasText: /^5$/ }).hover();
    await expect.poll(() => page.getByRole('tooltip').innerText()).toContain('「依申请公开答复率达95.5%。」');
    await page.mouse.move(0, 0);

    // Peers depend on the bundled data's departments of the same type: the first two sentences are this department's alone.
    await expect
      .poll(() => show('profile', '', ['测试甲局']))
      .toMatch(
        /^测试甲局2024年报告了2项指标，与2023年相比，1项上升、0项下降。其中，清理规范性文件数增长最多（由14件增至20件，增长42\.9%）。/,
      );
    await page.locator('.narrative').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${RESULTS_DIR}/narrative-profile.png` });
    expect(s.problems).toEqual([]);
  });

  it('shows where a number came from on hover and on keyboard focus', async () => {
    const { page } = s;
    await show('trend', '&from=2022&to=2024', DEPTS.slice(0, 2));
    // A value read from one row: its department, year, indicator and the report's sentence.
    const value = page.locator('.narrative-number').filter({ hasText: '25件' }).first();
    await page.locator('.narrative-number', { hasText: /^18件$/ }).hover();
    const tip = page.getByRole('tooltip');
    await expect.poll(() => tip.innerText()).toContain('由以下 2 个数值计算得出');
    await expect.poll(() => tip.innerText()).toContain('「全年清理规范性文件8件。」');
    await page.mouse.move(0, 0);
    await expect.poll(() => tip.count()).toBe(0);

    // Keyboard: Tab onto the number; the tooltip describes it.
    await value.focus();
    await expect.poll(() => tip.innerText()).toContain('「2024年共清理规范性文件20件，均已向社会公布。」');
    expect(await value.getAttribute('aria-describedby')).toBe(await tip.getAttribute('id'));
    await page.screenshot({ path: `${RESULTS_DIR}/narrative-evidence.png` });
    await value.blur();
  });

  it('can be edited (links dropped, said so) and restored', async () => {
    const { page } = s;
    const generated = await show('ranking', '&y=2024');
    await page.getByRole('button', { name: '修改', exact: true }).click();
    const box = page.getByTestId('narrative');
    expect(await box.inputValue()).toBe(generated);
    await box.fill('人工修改的解读。');
    await expect.poll(() => page.locator('.narrative .hint').innerText()).toContain('不再链接');
    await page.getByRole('button', { name: '恢复自动生成的文字' }).click();
    expect(await page.getByTestId('narrative-text').innerText()).toBe(generated);
  });
});
