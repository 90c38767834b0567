// The Word briefing's parts, read back from the .docx bytes.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { OFFICIAL_FONTS, PLAIN_FONTS, type BriefingChart, type BriefingMeta } from '../../src/domain/briefing/briefing-types';
import { briefingDocx } from '../../src/features/export/briefing/briefing-docx';

// A 1×1 PNG.
const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=='), (c) =>
  c.charCodeAt(0),
);

const chart = (heading: string): BriefingChart => ({
  heading,
  sentences: ['2024年，3个部门报告了清理规范性文件数，合计70件。', '其中，区财政局最多（45件）。'],
  pictures: [{ png: PNG, pixelWidth: 1200, pixelHeight: 600 }],
  table: {
    header: { rank: '名次', department: '部门', value: '数值', change: '同比' },
    rows: [{ rank: '1', department: '区财政局', value: '45件', change: '+15件' }],
  },
});

const meta = (style: BriefingMeta['style']): BriefingMeta => ({
  title: '2024年度全区法治政府建设主要指标情况',
  issuer: '区委依法治区办',
  date: '2025年3月10日',
  style,
  fonts: style === 'official' ? OFFICIAL_FONTS : PLAIN_FONTS,
  sources: ['数据集：示例报告'],
  demoNotice: '含演示数据（模拟），不得作为正式数据引用。',
  labels: { sources: '数据来源', issuer: '发文单位' },
});

async function parts(m: BriefingMeta, charts: BriefingChart[]) {
  const zip = unzipSync(new Uint8Array(await (await briefingDocx(m, charts)).arrayBuffer()));
  return { files: Object.keys(zip), xml: strFromU8(zip['word/document.xml']!) };
}

describe('Word briefing', () => {
  it('公文格式: A4 with GB/T 9704 margins, the fonts named, numbered headings, images and tables with column widths', async () => {
    const { files, xml } = await parts(meta('official'), [chart('规范性文件清理情况'), chart('行政复议情况'), chart('依申请公开情况')]);
    // One picture per chart; docx stores identical images once.
    expect(files.filter((f) => f.startsWith('word/media/'))).toHaveLength(1);
    expect((xml.match(/<w:drawing>/g) ?? []).length).toBe(3);
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    for (const font of ['方正小标宋简体', '黑体', '楷体_GB2312', '仿宋_GB2312']) expect(xml).toContain(`w:eastAsia="${font}"`);
    expect(xml).toContain('2024年度全区法治政府建设主要指标情况');
    expect(xml).toContain('一、规范性文件清理情况');
    expect(xml).toContain('三、依申请公开情况');
    expect(xml).toContain('2024年，3个部门报告了清理规范性文件数，合计70件。其中，区财政局最多（45件）。');
    expect((xml.match(/<w:gridCol w:w="\d+"\/>/g) ?? []).length).toBe(12);
    expect(xml).toContain('含演示数据（模拟），不得作为正式数据引用。');
  });

  it('普通 style: other fonts and margins', async () => {
    const { xml } = await parts(meta('plain'), [chart('规范性文件清理情况')]);
    expect(xml).toContain('w:eastAsia="宋体"');
    expect(xml).not.toContain('仿宋_GB2312');
    expect(xml).toMatch(/<w:pgMar w:top="1440"/);
  });
});

describe('Word briefing of a long ranking', () => {
  it('writes every page of its chart, each at the text width in its own proportions, before its table', async () => {
    const long = { ...chart('依申请公开情况'), pictures: [1800, 900].map((h) => ({ png: PNG, pixelWidth: 1200, pixelHeight: h })) };
    const { xml } = await parts(meta('plain'), [long]);
    const extents = [...xml.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/g)].map((m) => ({ cx: Number(m[1]), cy: Number(m[2]) }));
    expect(extents).toHaveLength(2);
    const [first, second] = extents as [{ cx: number; cy: number }, { cx: number; cy: number }];
    expect(first.cx).toBe(second.cx);
    expect(first.cy / first.cx).toBeCloseTo(1800 / 1200, 2);
    expect(second.cy / second.cx).toBeCloseTo(900 / 1200, 2);
    expect(xml.lastIndexOf('<w:drawing>')).toBeLessThan(xml.indexOf('<w:tbl>'));
  });
});

describe('Word briefing of the current view', () => {
  it('writes a chart without a table (a trend) and spaces English sentences', async () => {
    const trend = {
      ...chart('Trend'),
      sentences: ['From 2020 to 2024, 2 departments reported X.', '区财政局 rose 2 years in a row since 2022.'],
      table: null,
    };
    const { xml } = await parts(meta('plain'), [trend, chart('规范性文件清理情况')]);
    expect((xml.match(/<w:drawing>/g) ?? []).length).toBe(2);
    expect((xml.match(/<w:tbl>/g) ?? []).length).toBe(1);
    expect(xml).toContain('From 2020 to 2024, 2 departments reported X. 区财政局 rose 2 years in a row since 2022.');
  });
});
