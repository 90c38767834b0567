// 解读 under the ranking chart: written from the chart's data, editable, restorable.
import { beforeAll, describe, expect, it } from 'vitest';
import { useAppSession, RESULTS_DIR, waitForChart, type Session } from './browser';

const session = useAppSession();
let s: Session;
beforeAll(() => {
  s = session();
});

describe('解读', () => {
  it('states what the ranking shows and can be edited and restored', async () => {
    const { page } = s;
    await page.getByRole('tab', { name: '排名' }).click();
    await waitForChart(page);
    const box = page.getByTestId('narrative');
    const text = await box.inputValue();
    const subtitle = await page.locator('.view-title .hint').innerText();
    const reported = Number(/(\d+)/.exec(subtitle)![1]);
    const year = await page.locator('.view-controls select').first().inputValue();
    expect(text.startsWith(reported === 1 ? `${year}年，仅` : `${year}年，${reported}个部门报告了`)).toBe(true);
    await page.screenshot({ path: `${RESULTS_DIR}/narrative-ranking.png`, fullPage: true });

    await box.fill('人工修改的解读。');
    await page.getByRole('button', { name: '恢复自动生成的文字' }).click();
    expect(await box.inputValue()).toBe(text);
  });
});
