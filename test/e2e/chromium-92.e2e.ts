// The oldest browser the app supports is Chromium 92 (the kernels of 360 and QQ browsers on
// old office PCs). Every built script must parse as the JavaScript that version reads, and
// the app must work without the built-ins it lacks: the test server removes them before
// every script it sends (chromium-92.ts), page and workers alike, and the main tasks of a
// supervisor are run: views, CSV and Excel import, extraction from .txt/.docx/.pdf,
// exports, a briefing, the annual round and a backup.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parse } from 'acorn';
import { simple } from 'acorn-walk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, RESULTS_DIR, waitForChart, type Session } from './browser';
import { PRELUDE, REMOVED } from './chromium-92';
import { download } from './downloads';
import { importCsv } from './helpers';
import { extractEach, threeReports } from './report-files';
import { copyOfBuild, serveDir, type StaticServer } from './static-server';

const isScript = (file: string) => ['.js', '.mjs'].includes(extname(file));

/** Scripts held as strings inside a script: the one-file edition's workers (classic, started from blob: URLs). */
function innerScripts(code: string): string[] {
  const found: string[] = [];
  simple(parse(code, { ecmaVersion: 'latest', sourceType: 'module' }), {
    Literal: (node) => {
      if (typeof node.value !== 'string' || node.value.length < 20_000) return;
      try {
        parse(node.value, { ecmaVersion: 'latest', sourceType: 'script' });
        found.push(node.value);
      } catch {
        // Not code (data, a font): nothing to check.
      }
    },
  });
  return found;
}

/** Every script of a build, by path: dist's files, the one-file edition's inline module and its workers. */
function builtScripts(): [string, string][] {
  const files = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter(isScript);
  const scripts: [string, string][] = files.map((f) => [`dist/${f}`, readFileSync(join('dist', f), 'utf8')]);
  const portable = readFileSync('dist-portable/fazhi-dashboard.html', 'utf8');
  for (const m of portable.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)) {
    scripts.push(['dist-portable (inline)', m[1]!]);
    for (const [k, inner] of innerScripts(m[1]!).entries()) scripts.push([`dist-portable (inline worker ${k + 1})`, inner]);
  }
  return scripts;
}

/** What Chromium 92 cannot read: ES2023 syntax and later (acorn at 2022), and class static blocks (Chromium 94). */
function syntaxProblem(code: string, sourceType: 'module' | 'script'): string | null {
  let ast;
  try {
    ast = parse(code, { ecmaVersion: 2022, sourceType, allowHashBang: true });
  } catch (e) {
    return (e as Error).message;
  }
  let found: string | null = null;
  simple(ast, { StaticBlock: (node) => (found ??= `class static block at ${node.start}`) });
  return found;
}

describe('Chromium 92', () => {
  it('reads every built script: no syntax newer than it knows', () => {
    const scripts = builtScripts();
    expect(scripts.length).toBeGreaterThan(50);
    // The one-file edition's workers: import, store, report and pdf.js's.
    expect(scripts.filter(([file]) => file.includes('inline worker')).length).toBeGreaterThanOrEqual(4);
    const problems = scripts
      .map(([file, code]) => [file, syntaxProblem(code, file.includes('inline worker') ? 'script' : 'module')])
      .filter(([, p]) => p);
    expect(problems).toEqual([]);
  });

  it('shows the old-browser message from a script that even IE reads (ES3)', () => {
    expect(() => parse(readFileSync('dist/boot-check.js', 'utf8'), { ecmaVersion: 3 })).not.toThrow();
  });

  it('reads every built style sheet: no rule it would drop', () => {
    // Selectors, at-rules and units newer than Chromium 92: a rule using one is dropped whole.
    const NEWER = [
      ':has(',
      '@container',
      '@layer',
      '@scope',
      '@starting-style',
      '@property',
      'color-mix(',
      'light-dark(',
      /\d(?:d|s|l)v[hw]\b/,
    ];
    const sheets = readdirSync('dist/assets').filter((f) => f.endsWith('.css'));
    expect(sheets.length).toBeGreaterThan(3);
    const found = sheets.flatMap((f) => {
      const css = readFileSync(join('dist/assets', f), 'utf8');
      return NEWER.filter((p) => (typeof p === 'string' ? css.includes(p) : p.test(css))).map((p) => `${f}: ${String(p)}`);
    });
    expect(found).toEqual([]);
  });

  describe('without the built-ins it lacks', () => {
    let root: string;
    let server: StaticServer;
    let s: Session;
    const consoleErrors: string[] = [];

    beforeAll(async () => {
      root = copyOfBuild('chromium92');
      server = await serveDir(root, 0, '/', (file, body) => (isScript(file) ? Buffer.concat([Buffer.from(PRELUDE), body]) : body));
      s = await openSession({ baseUrl: server.url });
      s.page.on('console', (m) => {
        if (m.type() === 'error') consoleErrors.push(m.text());
      });
      await s.page.goto(server.url);
      await waitForChart(s.page);
    });
    afterAll(async () => {
      await s?.close();
      await server?.close();
      rmSync(root, { recursive: true, force: true });
    });

    it('runs without them (the page really lacks them)', async () => {
      const left = await s.page.evaluate(() =>
        [
          'findLast' in Array.prototype,
          'hasOwn' in Object,
          'structuredClone' in self,
          'withResolvers' in Promise,
          Symbol.asyncIterator in ReadableStream.prototype,
        ].filter(Boolean),
      );
      expect(left).toEqual([]);
      expect(REMOVED.length).toBeGreaterThan(40);
    });

    it('says nothing about the browser here, and tells an older one why it cannot run', async () => {
      expect(await s.page.locator('#boot-fallback').isVisible()).toBe(false);
      // Chromium 91 and before: `at` came with 92. IE and 360's compatibility mode fail the same check.
      const older = await s.context.newPage();
      await older.addInitScript(() => {
        delete (Array.prototype as { at?: unknown }).at;
      });
      await older.goto(server.url);
      const message = older.locator('#boot-fallback');
      await message.waitFor();
      expect(await message.innerText()).toContain('请使用 Chrome 或 Edge 92 及以上版本打开');
      await older.screenshot({ path: `${RESULTS_DIR}/chromium-old-browser.png` });
      await older.close();
    });

    it('draws every view', async () => {
      const { page } = s;
      for (const tab of ['趋势', '排名', '矩阵', '部门画像', '数据表']) {
        await page.getByRole('tab', { name: tab }).click();
        if (tab === '数据表') await page.getByTestId('data-table').waitFor();
        else await waitForChart(page);
      }
      await page.getByRole('tab', { name: '趋势' }).click();
      await waitForChart(page);
      expect(await page.getByTestId('main-chart').getAttribute('aria-label')).toContain('武汉经济技术开发区财政局');
      await page.screenshot({ path: `${RESULTS_DIR}/chromium-92-trend.png` });
    });

    it('imports a CSV and an Excel workbook', async () => {
      const { page } = s;
      await importCsv(page, 'test/fixtures/e2e/new-department.csv');
      await importCsv(page, 'test/fixtures/xlsx/gov-stats.xlsx');
      for (const name of ['new-department', 'gov-stats'])
        expect(await page.getByRole('checkbox', { name: new RegExp(`^${name}`) }).count()).toBe(1);
    });

    it('extracts a .txt, a .docx and a .pdf report', async () => {
      await extractEach(s.page, await threeReports(s.context, 'chromium-92'));
    });

    it('exports a PNG, an Excel file and a briefing', async () => {
      const { page } = s;
      const png = await download(page, page.locator('.view-head .export-bar').getByRole('button', { name: '导出 PNG' }), 'c92.png');
      expect(png.bytes.length).toBeGreaterThan(10_000);
      const xlsx = await download(page, page.locator('.view-head .export-bar').getByRole('button', { name: '导出 Excel' }), 'c92.xlsx');
      expect(xlsx.bytes[0]).toBe(0x50);
      await page.getByRole('button', { name: '生成简报' }).click();
      const list = page.getByRole('group', { name: '指标' });
      await list.getByRole('checkbox').first().check();
      const docx = await download(page, page.getByRole('button', { name: '生成简报（.docx）' }), 'c92-briefing.docx');
      expect(docx.bytes[0]).toBe(0x50);
      await page.getByRole('button', { name: '关闭' }).click();
    });

    it('takes a round of reports at once and backs up the workspace', async () => {
      const { page } = s;
      await page.getByRole('button', { name: '年报收取' }).click();
      await page
        .getByLabel('选择报告文件')
        .setInputFiles(['data/reports/2024_hanyang_finance.txt', 'data/reports/2023_jiefang_finance.txt']);
      await page.getByText('已处理 2 / 2 份').waitFor({ timeout: 60_000 });
      // Tab stays inside the dialog (its focus trap asks which controls are rendered).
      for (let k = 0; k < 4; k++) await page.keyboard.press('Tab');
      expect(await page.evaluate(() => !!document.activeElement?.closest('[role="dialog"]'))).toBe(true);
      expect(await page.getByTestId('batch-queue').locator('tr[data-status="failed"]').count()).toBe(0);
      await page.getByRole('button', { name: '关闭' }).click();
      await page.getByRole('button', { name: '数据集管理' }).click();
      const backup = await download(page, page.getByRole('button', { name: '备份工作区' }), 'c92-backup.json.gz');
      expect([backup.bytes[0], backup.bytes[1]]).toEqual([0x1f, 0x8b]);
      await page.getByRole('button', { name: '关闭' }).click();
      expect(s.problems).toEqual([]);
      expect(consoleErrors).toEqual([]);
    });
  });
});
