import { describe, expect, it } from 'vitest';
import type { LineSeriesOption, TitleComponentOption, YAXisComponentOption } from 'echarts';
import { buildTrendOption } from '../../../src/domain/charts/options/trend-option';
import { cellTextWidth } from '../../../src/domain/charts/options/small-multiples';
import { textWidth } from '../../../src/domain/charts/text-width';
import { catalog, common, row, sampleRows, XSS } from './fixtures';

const indicator = catalog.get('normative_docs_cleaned')!;
const base = {
  ...common,
  rows: sampleRows(),
  indicator,
  years: [2020, 2024] as [number, number],
  layout: 'single' as const,
  sharedY: true,
};

function seriesOf(option: unknown): LineSeriesOption[] {
  return (option as { series: LineSeriesOption[] }).series;
}
function plain(d: unknown): number | null {
  return d === null ? null : typeof d === 'number' ? d : ((d as { value: number }).value ?? null);
}

describe('trend', () => {
  it('draws one line per department with gaps (null) for missing years', () => {
    const { option, model } = buildTrendOption({ ...base, departments: ['司法局', '财政局'], mode: 'absolute' });
    const series = seriesOf(option);
    expect(series).toHaveLength(2);
    expect(series[0]!.name).toBe('司法局');
    expect(series[0]!.connectNulls).toBe(false);
    expect(series[0]!.data!.map(plain)).toEqual([10, 15, null, 12, 22]);
    expect(model.hasGaps).toBe(true);
    // Static drawing: a filter change shows its final frame at once.
    expect((option as { animation: boolean }).animation).toBe(false);
  });

  it('marks approximate and derived values with hollow symbols', () => {
    const { option } = buildTrendOption({ ...base, departments: ['司法局', '财政局'], mode: 'absolute' });
    const [sifa, caizheng] = seriesOf(option);
    const derived = sifa!.data![1] as { symbol: string; itemStyle: { borderType: string } };
    expect(derived.symbol).toMatch(/^empty/);
    expect(derived.itemStyle.borderType).toBe('dashed');
    const approx = caizheng!.data![3] as { symbol: string };
    expect(approx.symbol).toMatch(/^empty/);
    expect(typeof caizheng!.data![4]).toBe('number');
  });

  it('computes year-over-year changes without NaN and with gaps at zero bases', () => {
    const abs = buildTrendOption({ ...base, departments: ['司法局', '市场监管局'], mode: 'yoy-abs' });
    // 2020 needs 2019 (not in rows) → gap; 2022 missing → gaps in 2022 and 2023.
    expect(seriesOf(abs.option)[0]!.data!.map(plain)).toEqual([null, 5, null, null, 10]);
    const pct = buildTrendOption({ ...base, departments: ['市场监管局'], mode: 'yoy-pct' });
    // 5 → 0 → 4: -100 %, then a zero base (gap), then +50 %, -50 %.
    expect(seriesOf(pct.option)[0]!.data!.map(plain)).toEqual([null, -100, null, 50, -50]);
    expect(pct.model.series[0]!.points[2]!.metric).toEqual({ kind: 'zero-base', year: 2021 });
  });

  it('indexes to the first reported year = 100 with a reference line', () => {
    const { option, model } = buildTrendOption({ ...base, departments: ['司法局'], mode: 'index' });
    const s = seriesOf(option)[0]!;
    expect(s.data!.map(plain)).toEqual([100, 150, null, 120, 220]);
    expect(model.series[0]!.baseYear).toBe(2020);
    expect((s.markLine as { data: { yAxis: number }[] }).data[0]!.yAxis).toBe(100);
  });

  it('caps the number of series at the top N by latest value and says so', () => {
    const rows = [];
    for (let i = 0; i < 30; i++) rows.push(row(`部门${i}`, 'normative_docs_cleaned', 2024, i));
    const { option, model } = buildTrendOption({ ...base, rows, departments: [], mode: 'absolute' });
    expect(seriesOf(option)).toHaveLength(20);
    expect(model.capped).toBe(true);
    expect(model.totalDepartments).toBe(30);
    expect(model.series.map((s) => s.department)).not.toContain('部门9');
    expect(model.series.map((s) => s.department)).toContain('部门29');
    const texts = JSON.stringify((option as { graphic: unknown }).graphic);
    expect(texts).toContain('仅显示2024年数值最高的20个部门（共30个）');
  });

  it('lays out small multiples with one grid per department and a shared y axis', () => {
    const { option } = buildTrendOption({ ...base, departments: ['司法局', '财政局', XSS], mode: 'absolute', layout: 'small-multiples' });
    const o = option as { grid: unknown[]; yAxis: YAXisComponentOption[]; title: TitleComponentOption[] };
    expect(o.grid).toHaveLength(3);
    expect(seriesOf(option).map((s) => s.xAxisIndex)).toEqual([0, 1, 2]);
    expect(o.yAxis.map((y) => [y.min, y.max])).toEqual([
      [0, 25],
      [0, 25],
      [0, 25],
    ]);
    expect(o.title.map((t) => t.text)).toEqual(['司法局', '财政局', XSS]);
    const independent = buildTrendOption({
      ...base,
      departments: ['司法局', '财政局'],
      mode: 'absolute',
      layout: 'small-multiples',
      sharedY: false,
    });
    expect((independent.option as { yAxis: YAXisComponentOption[] }).yAxis[0]!.max).toBeUndefined();
  });

  it("shortens a small multiple's department name to its cell, on screen and in exports", () => {
    const long = '武汉经济技术开发区发展和改革局';
    const names = [long, '司法局', '财政局', '教育局', '民政局'];
    const rows = names.map((d, k) => row(d, indicator.id, 2023, k + 1));
    const input = { ...base, rows, departments: names, mode: 'absolute' as const, layout: 'small-multiples' as const };
    const titlesOf = (o: unknown) => (o as { title: TitleComponentOption[] }).title.map((t) => String(t.text));
    // Five grids: three columns, at 560 px 560 × 31.33% − 10 = 165 px, 13 characters of 12 px with 「…」.
    const screen = titlesOf(buildTrendOption({ ...input, width: 560 }).option);
    expect(screen).toEqual(['武汉经济技术开发区发展和…', '司法局', '财政局', '教育局', '民政局']);
    for (const t of screen) expect(textWidth(t, 12)).toBeLessThanOrEqual(cellTextWidth(3, 560));
    const exported = { title: 'x', subtitle: '', sources: [], date: '2026-11-23', width: 1280 };
    expect(titlesOf(buildTrendOption({ ...input, width: 560, titles: exported }).option).slice(1)).toEqual(names);
    // Unmeasured (a test, a worker): names stay whole.
    expect(titlesOf(buildTrendOption(input).option)[0]).toBe(long);
  });

  it('adds titles and footer with room for them, and a demo badge for simulated data', () => {
    const titles = { title: '规范性文件清理数趋势', subtitle: '2020—2024年', sources: ['法治年报'], date: '2026-11-23', width: 1280 };
    const { option } = buildTrendOption({ ...base, departments: [XSS], mode: 'absolute', titles });
    const o = option as { title: TitleComponentOption[]; grid: { top: number; bottom: number }; graphic: unknown };
    expect(o.title[0]!.text).toBe(titles.title);
    expect(o.title[0]!.link).toBeUndefined();
    expect(o.grid.top).toBeGreaterThanOrEqual(64);
    const g = JSON.stringify(o.graphic);
    expect(g).toContain('数据来源：法治年报　导出时间 2026-11-23');
    expect(g).toContain('演示数据（模拟）');
  });

  it('summarises the key figures', () => {
    const { summary } = buildTrendOption({ ...base, departments: ['司法局'], mode: 'absolute' });
    expect(summary).toContain('清理规范性文件数');
    expect(summary).toContain('司法局 2020年 10件 → 2024年 22件（+120%）');
    const en = buildTrendOption({ ...base, lang: 'en', departments: ['司法局'], mode: 'absolute' });
    expect(en.summary).toContain('Normative documents cleaned up');
  });
});
