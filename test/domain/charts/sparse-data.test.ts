// Charts with little data (issue 16.5, 16.6): every legend name shown, the axis fitted to the
// years with data, whole-number ticks for counts, no rank among one department.
import { describe, expect, it } from 'vitest';
import type { LegendComponentOption, XAXisComponentOption } from 'echarts';
import { buildProfileOption } from '../../../src/domain/charts/options/profile-option';
import { buildTrendOption } from '../../../src/domain/charts/options/trend-option';
import { countAxis, isCountUnit } from '../../../src/domain/charts/count-axis';
import { labelsFor } from '../../../src/domain/charts/labels';
import { catalog, common, departments, row } from './fixtures';

const indicator = catalog.get('normative_docs_cleaned')!;
const trend = { ...common, indicator, layout: 'single' as const, sharedY: true, mode: 'absolute' as const, departments: [] };

describe('trend with sparse data', () => {
  it('fits the axis to the first and last years with data, keeping gaps inside', () => {
    const rows = [row('甲局', indicator.id, 2021, 3), row('乙局', indicator.id, 2023, 1)];
    const { option, model } = buildTrendOption({ ...trend, rows, years: [2019, 2024] });
    expect(model.years).toEqual([2021, 2022, 2023]);
    expect((option.xAxis as XAXisComponentOption & { data: string[] }).data).toEqual(['2021', '2022', '2023']);
  });

  it('ticks count axes at whole numbers, not rates', () => {
    const rows = [row('甲局', indicator.id, 2023, 1)];
    const { option } = buildTrendOption({ ...trend, rows, years: [2023, 2023] });
    expect((option.yAxis as { minInterval?: number }).minInterval).toBe(1);
    const pct = buildTrendOption({ ...trend, rows, years: [2023, 2023], mode: 'yoy-pct' }).option;
    expect((pct.yAxis as { minInterval?: number }).minInterval).toBeUndefined();
    expect(isCountUnit('件')).toBe(true);
    expect(isCountUnit('人次')).toBe(true);
    expect(isCountUnit('%')).toBe(false);
    expect(isCountUnit('万元')).toBe(false);
    expect(countAxis('%')).toEqual({});
  });

  it('lists every one of twenty names in a plain legend that the plot makes room for', () => {
    const names = Array.from({ length: 20 }, (_, i) => `演示市第${i + 1}区市场监督管理局`);
    const rows = names.map((n, i) => row(n, indicator.id, 2024, i + 1));
    const { option, height } = buildTrendOption({ ...trend, rows, years: [2024, 2024] });
    const legend = option.legend as LegendComponentOption;
    expect(legend.type).toBe('plain');
    expect(legend.orient).toBe('vertical');
    expect([...(legend.data as string[])].sort()).toEqual([...names].sort());
    // Twenty rows of 20 px fit beside the plot.
    expect(height).toBeGreaterThanOrEqual(20 * 20);
    const grid = option.grid as { right: number };
    expect(grid.right).toBeGreaterThan(12 * 12);
  });
});

describe('one department is not a ranking', () => {
  it('says 仅1个部门有数据 instead of 第1/1名', () => {
    const zh = labelsFor('zh');
    expect(zh.rankOf(1, 1)).toBe('仅1个部门有数据');
    expect(zh.rankOf(2, 5)).toBe('第2/5名');
    expect(zh.peerRankOf('执法部门', 1, 1)).toBe('同类（执法部门）仅1个部门有数据');
    expect(labelsFor('en').rankOf(1, 1)).toBe('only 1 department has data');
    const rows = [row('司法局', indicator.id, 2023, 4)];
    const { summary } = buildProfileOption({ ...common, rows, department: '司法局', departments, indicators: catalog.indicators });
    expect(summary).toContain('仅1个部门有数据');
    expect(summary).not.toContain('第1/1名');
  });
});
