import { describe, expect, it } from 'vitest';
import type { LineSeriesOption, TitleComponentOption } from 'echarts';
import { buildProfileOption } from '../../../src/domain/charts/options/profile-option';
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
});
