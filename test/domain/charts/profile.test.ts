import { describe, expect, it } from 'vitest';
import type { LineSeriesOption, TitleComponentOption } from 'echarts';
import { buildProfileOption } from '../../../src/domain/charts/options/profile-option';
import { cellTextWidth, columnsFor } from '../../../src/domain/charts/options/small-multiples';
import { textWidth } from '../../../src/domain/charts/text-width';
import { catalog, common, departments, row, sampleRows } from './fixtures';

describe('profile', () => {
  it('draws a grid per indicator titled with the rank among peers of the same type', () => {
    const { option, model, summary } = buildProfileOption({
      ...common,
      rows: sampleRows(),
      department: '司法局',
      departments,
      indicators: catalog.indicators,
    });
    expect(model.panels.map((p) => p.indicator.id)).toEqual(['normative_docs_cleaned', 'litigation_lost']);
    const o = option as { grid: unknown[]; title: TitleComponentOption[]; series: LineSeriesOption[] };
    expect(o.grid).toHaveLength(2);
    expect(o.title.map((t) => t.subtext)).toEqual(['2024年 同类（执法部门）第1/3名', '2024年 同类（执法部门）第3/3名']);
    expect(o.title[0]!.text).toBe('清理规范性文件数（件）');
    // The department's line keeps its 2022 gap; the peer median is a second, dashed line.
    const own = o.series.filter((s) => s.name !== '同类中位数');
    expect(own[0]!.data!.map((d) => (d === null ? null : typeof d === 'number' ? d : (d as { value: number }).value))).toEqual([
      10,
      15,
      null,
      12,
      22,
    ]);
    expect(o.series.some((s) => s.name === '同类中位数')).toBe(true);
    expect(summary).toContain('同类（执法部门）第1/3名');
  });

  it('ranks among all departments when the type is unknown and keeps uncatalogued indicators', () => {
    const rows = [row('甲', 'other:网格员培训次数', 2023, 4, { unit: '次' }), row('乙', 'other:网格员培训次数', 2023, 6, { unit: '次' })];
    rows[0]!.indicatorText = '网格员培训次数';
    const { model } = buildProfileOption({ ...common, rows, department: '甲', departments: [], indicators: catalog.indicators });
    expect(model.panels[0]!.indicator.labelZh).toBe('网格员培训次数');
    expect(model.panels[0]!.peerRank).toEqual({ rank: 2, of: 2, type: '', percentile: 0 });
  });

  it('fits every panel title and subtitle to its cell, on screen and in exported images, in zh and en', () => {
    // Nine indicators in three columns; a long department type makes long rank subtitles.
    const ids = catalog.indicators.slice(0, 9).map((i) => i.id);
    const rows = ['甲', '乙'].flatMap((d, k) => ids.map((id) => row(d, id, 2023, 10 + k)));
    const peers = [
      { name: '甲', region: '江岸区', type: '区直综合执法及行政审批服务部门' },
      { name: '乙', region: '江岸区', type: '区直综合执法及行政审批服务部门' },
    ];
    const titles = (width: number) => ({ title: '画像', subtitle: '', sources: ['示例'], date: '2026-11-23', width });
    for (const lang of ['zh', 'en'] as const) {
      for (const [width, exported] of [
        [614, false],
        [940, false],
        [600, true],
        [1280, true],
      ] as const) {
        const input = { ...common, lang, rows, department: '甲', departments: peers, indicators: catalog.indicators };
        const { option, model } = buildProfileOption(exported ? { ...input, titles: titles(width) } : { ...input, width });
        const max = cellTextWidth(columnsFor(model.panels.length, 3), width);
        const panelTitles = (option as { title: TitleComponentOption[] }).title.slice(exported ? 1 : 0);
        expect(panelTitles).toHaveLength(9);
        for (const t of panelTitles) {
          for (const line of String(t.text).split('\n')) expect(textWidth(line, 12), `${lang} ${width}: ${line}`).toBeLessThanOrEqual(max);
          for (const line of String(t.subtext).split('\n'))
            expect(textWidth(line, 11), `${lang} ${width}: ${line}`).toBeLessThanOrEqual(max);
        }
        // What fits stays whole: in a 1280-px image the Chinese rank subtitle is one line.
        if (lang === 'zh' && width === 1280) expect(panelTitles[0]!.subtext).toBe('2023年 同类（区直综合执法及行政审批服务部门）第2/2名');
        // The subtitle wraps rather than losing the rank.
        if (lang === 'zh' && width === 614)
          expect(String(panelTitles[0]!.subtext).replace('\n', '')).toBe('2023年 同类（区直综合执法及行政审批服务部门）第2/2名');
      }
    }
  });
});
