// 指标目录 shows what a supervisor reads: each indicator's name in the interface language, its
// unit and which direction is better, under its category; internal ids (normative_docs_cleaned)
// are not mixed into the list.
import { describe, expect, it } from 'vitest';
import { RESULTS_DIR, useAppSession } from './browser';

const session = useAppSession();
const ID = /\b[a-z]+(?:_[a-z0-9]+)+\b/;

describe('指标目录', () => {
  it('lists names, units, direction and category, not ids, in Chinese and English', async () => {
    const { page } = session();
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.getByRole('button', { name: '指标目录' }).click();
    const list = page.getByTestId('catalog-list');
    await list.waitFor();
    const zh = await list.innerText();
    expect(zh).not.toMatch(ID);
    const item = list.locator('li').filter({ hasText: '清理规范性文件数' }).first();
    expect(await item.innerText()).toMatch(/^清理规范性文件数\s+单位：件 · 中性/);
    expect(await list.getByRole('region', { name: '规范性文件' }).count()).toBe(1);
    // The id stays at hand for the catalog CSV (its id column), in the item's tooltip.
    expect(await item.getAttribute('title')).toBe('编码：normative_docs_cleaned（指标目录 CSV 的 id 列）');
    await page.screenshot({ path: `${RESULTS_DIR}/catalog-panel-zh.png` });
    await page.getByRole('button', { name: '关闭' }).click();

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Indicator catalog' }).click();
    await list.waitFor();
    const en = await list.innerText();
    expect(en).not.toMatch(ID);
    const cleaned = list.locator('li').filter({ hasText: 'Normative documents cleaned up' }).first();
    expect(await cleaned.innerText()).toMatch(/^Normative documents cleaned up\s+Unit: items · neutral/);
    expect(await list.getByRole('region', { name: 'Normative documents' }).count()).toBe(1);
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.screenshot({ path: `${RESULTS_DIR}/catalog-panel-en-1024.png` });
    await page.getByRole('button', { name: 'Close' }).click();
  });
});
