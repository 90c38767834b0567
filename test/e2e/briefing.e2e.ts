// 生成简报 in a real browser: three charts into one .docx, its parts read back, and the
// document rendered to PDF by LibreOffice (as Word or WPS would show it) and to page images.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { useAppSession, RESULTS_DIR, type Session } from './browser';
import { download } from './downloads';

const session = useAppSession({ acceptDownloads: true });
let s: Session;
beforeAll(() => {
  s = session();
});

describe('生成简报', () => {
  it('writes the trend in view and three rankings with 解读 and tables into a .docx that renders in Chinese', async () => {
    const { page } = s;
    // The trend view (the default) with its 解读: the briefing includes it as the current view.
    const trendText = await page.getByTestId('narrative-text').innerText();
    const trendSentence = trendText.slice(0, trendText.indexOf('。') + 1);
    expect(trendSentence).toMatch(/^\d{4}年/);
    await page.getByRole('button', { name: '生成简报' }).click();
    await expect.poll(() => page.getByRole('checkbox', { name: /^当前视图：.+趋势/ }).isChecked()).toBe(true);
    const list = page.getByRole('group', { name: '指标' });
    const boxes = list.getByRole('checkbox');
    for (let k = 0; (await list.getByRole('checkbox', { checked: true }).count()) < 3; k++) await boxes.nth(k).check();
    await page.getByLabel('发文单位').fill('区委依法治区办');
    const file = await download(page, page.getByRole('button', { name: '生成简报（.docx）' }), 'briefing.docx');
    await page.getByRole('status').filter({ hasText: '已生成简报，共 4 个图表' }).waitFor();
    expect(file.name).toMatch(/年度全区法治政府建设主要指标情况\.docx$/);

    const zip = unzipSync(file.bytes);
    const xml = strFromU8(zip['word/document.xml']!);
    expect(Object.keys(zip).filter((f) => f.startsWith('word/media/')).length).toBeGreaterThanOrEqual(4);
    expect((xml.match(/<w:drawing>/g) ?? []).length).toBe(4);
    // Rankings have a table; the trend has its chart and 解读.
    expect((xml.match(/<w:tbl>/g) ?? []).length).toBe(3);
    expect(xml).toMatch(/一、[^<]+趋势/);
    expect(xml).toContain(trendSentence);
    expect((xml.match(/<w:gridCol w:w="\d+"\/>/g) ?? []).length).toBe(12);
    expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
    expect(xml).toMatch(/年度全区法治政府建设主要指标情况/);
    expect(xml).toContain('区委依法治区办');
    expect(xml).toMatch(/二、[^<]+（\d{4}年）/);
    expect(xml).toMatch(/\d{4}年，(\d+个部门报告了|仅)/);
    expect(xml).toContain('演示数据（模拟）');

    // LibreOffice renders it: pages with the Chinese text, charts and tables on them.
    const out = `${RESULTS_DIR}/briefing-pdf`;
    mkdirSync(out, { recursive: true });
    execFileSync(
      'soffice',
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=file:///tmp/lo-profile-${process.pid}`,
        '--convert-to',
        'pdf',
        '--outdir',
        out,
        file.path,
      ],
      { stdio: 'ignore', timeout: 120_000 },
    );
    const text = execFileSync('pdftotext', ['-layout', `${out}/briefing.pdf`, '-'], { encoding: 'utf8' });
    expect(text).toContain('区委依法治区办');
    expect(text).toMatch(/一、/);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [`${out}/briefing.pdf`], { encoding: 'utf8' }))![1]);
    expect(pages).toBeGreaterThanOrEqual(2);
    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '2', `${out}/briefing.pdf`, `${out}/page`]);
  }, 240_000);
});
