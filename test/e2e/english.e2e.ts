// English mode speaks English everywhere: every panel and dialog of the app is opened in
// turn and no CJK character may show outside data. Data (department, dataset and
// indicator names from files, evidence) is marked in the DOM with data-user-text: an
// empty value marks the whole element as data, a non-empty value names the data string
// the element contains. Those strings are removed from every other text and attribute
// before checking; elements in another language (lang="zh", the 「中文」 switch) are skipped.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { RESULTS_DIR, useAppSession, waitForChart } from './browser';

const session = useAppSession();
const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** Visible texts and labelling attributes that are not data, and the data strings seen. */
async function visibleTexts(page: Page): Promise<{ texts: string[]; data: string[] }> {
  return page.evaluate(() => {
    const data = new Set<string>();
    for (const el of document.querySelectorAll<HTMLElement>('[data-user-text]')) {
      const v = el.dataset.userText;
      if (v) data.add(v);
      else if (el.textContent?.trim()) data.add(el.textContent.trim());
    }
    const skip = (el: Element | null) =>
      !el ||
      el.closest('[data-user-text=""]') !== null ||
      el.closest('[lang]:not([lang^="en"])') !== null ||
      el.closest('script,style') !== null;
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (skip(el) || !el!.checkVisibility()) continue;
      const t = n.textContent?.trim();
      if (t) texts.push(t);
    }
    for (const el of document.querySelectorAll('[aria-label],[placeholder],[title],optgroup[label]')) {
      if (skip(el) || (!el.checkVisibility() && el.tagName !== 'OPTGROUP')) continue;
      for (const a of ['aria-label', 'placeholder', 'title', 'label']) {
        const v = el.getAttribute(a);
        if (v && (a !== 'label' || el.tagName === 'OPTGROUP')) texts.push(v);
      }
    }
    return { texts, data: [...data] };
  });
}

const seenData = new Set<string>();

/** Texts of the current screen that still hold CJK after removing every data string. */
async function leftovers(page: Page, where: string): Promise<string[]> {
  const { texts, data } = await visibleTexts(page);
  for (const d of data) seenData.add(d);
  const known = [...seenData].sort((a, b) => b.length - a.length);
  const out: string[] = [];
  for (const t of texts) {
    let rest = t;
    for (const d of known) if (rest.includes(d)) rest = rest.split(d).join('');
    if (CJK.test(rest)) out.push(`${where}: ${t.slice(0, 80)}`);
  }
  return out;
}

describe('English mode', () => {
  it('shows no Chinese outside data in any view, panel or dialog', async () => {
    const { page } = session();
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Import data' }).waitFor();
    await waitForChart(page);
    // The page says it is English (the check below skips only elements marked as another language).
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    const found: string[] = [];
    const shot = async (name: string) => page.screenshot({ path: `${RESULTS_DIR}/english-${name}.png` });

    // Every dialog of the header, opened and closed in turn (部门管理 lists every department name, data).
    for (const dialog of ['Departments', 'Import data', 'Extract from reports', 'Datasets', 'Batch export']) {
      await page.getByRole('button', { name: dialog, exact: true }).click();
      const modal = page.getByRole('dialog');
      await modal.first().waitFor();
      // Folded parts (the paste box) are opened too.
      for (const summary of await modal.locator('summary').all()) await summary.click();
      found.push(...(await leftovers(page, dialog)));
      await shot(`dialog-${dialog.replace(/\W+/g, '-').toLowerCase()}`);
      await page.getByRole('button', { name: 'Close' }).first().click();
      await modal.first().waitFor({ state: 'detached' });
    }
    // Every view, with its controls, legend notes and export bar.
    for (const tab of ['Trend', 'Ranking', 'Matrix', 'Department profile', 'Data table']) {
      await page.getByRole('tab', { name: tab }).click();
      await page.waitForTimeout(300);
      found.push(...(await leftovers(page, tab)));
      if (tab === 'Data table') {
        // Column headers wrap, they are never cut (「2019 valu」).
        const cut = await page
          .getByRole('columnheader')
          .evaluateAll((hs) =>
            hs.filter((h) => h.scrollWidth > h.clientWidth + 1 || h.scrollHeight > h.clientHeight + 1).map((h) => h.textContent),
          );
        expect(cut).toEqual([]);
      }
      await shot(`view-${tab.replace(/\W+/g, '-').toLowerCase()}`);
    }
    // The print preview of the current chart.
    await page.getByRole('tab', { name: 'Ranking' }).click();
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    await page.locator('.view-head .export-bar').getByRole('button', { name: 'Print' }).click();
    await page.getByTestId('print-sheet').waitFor();
    found.push(...(await leftovers(page, 'Print preview')));
    await shot('print-preview');
    await page.keyboard.press('Escape');
    expect(found).toEqual([]);
    expect(seenData.size).toBeGreaterThan(20);
    expect(session().problems).toEqual([]);
  });
});
