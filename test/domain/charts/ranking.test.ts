import { describe, expect, it } from 'vitest';
import * as echarts from 'echarts';
import type { BarSeriesOption, EChartsOption, YAXisComponentOption } from 'echarts';
import { textWidth } from '../../../src/domain/charts/text-width';
import { buildRankingOption } from '../../../src/domain/charts/options/ranking-option';
import { GOODNESS, NEUTRAL_SOLID } from '../../../src/domain/metrics/colour-scale';
import { drawnFills } from './drawn-fills';
import { catalog, common, row, sampleRows } from './fixtures';

const rows = sampleRows();
type Bar = number | { value: number; itemStyle: { color: string; decal?: unknown; borderType?: string } } | null;
const valueOf = (d: Bar) => (d !== null && typeof d === 'object' ? d.value : d);
const styleOf = (d: Bar) => (d !== null && typeof d === 'object' ? d.itemStyle : undefined);

function bars(option: unknown) {
  const o = option as { series: BarSeriesOption[]; yAxis: YAXisComponentOption & { data: string[] } };
  const s = o.series[0]!;
  const label = s.label as { formatter: (p: { dataIndex: number }) => string };
  return {
    names: o.yAxis.data,
    data: s.data as Bar[],
    labels: o.yAxis.data.map((_, i) => label.formatter({ dataIndex: i })),
    marks: (s.markLine as { data?: { xAxis: number; name: string }[] } | undefined)?.data ?? [],
    yLabel: (o.yAxis.axisLabel as { formatter: (v: string, i: number) => string }).formatter,
  };
}

describe('ranking', () => {
  it('sorts descending for up and neutral indicators', () => {
    const { option, model } = buildRankingOption({ ...common, rows, indicator: catalog.get('normative_docs_cleaned')!, year: 2024 });
    const b = bars(option);
    expect(b.names).toEqual(['司法局', '财政局', '<img src=x onerror=alert(1)>局', '市场监管局']);
    expect(b.data.map(valueOf)).toEqual([22, 11, 5, 3]);
    expect(model.entries[0]!.rank).toBe(1);
    // Neutral indicator: one neutral colour, no judgement.
    expect(new Set(drawnFills(option))).toEqual(new Set([NEUTRAL_SOLID.default]));
  });

  it('sorts ascending for down indicators and colours the best green', () => {
    const { option } = buildRankingOption({ ...common, rows, indicator: catalog.get('litigation_lost')!, year: 2024 });
    const b = bars(option);
    expect(b.data.map(valueOf)).toEqual([0, 1, 1, 2]);
    const fills = drawnFills(option);
    expect(fills[0]).toBe(GOODNESS.default.good);
    expect(fills[3]).toBe(GOODNESS.default.bad);
    // Tied values share a colour.
    expect(fills[1]).toBe(fills[2]);
  });

  it('labels each bar with its value and the change since the previous year', () => {
    const { option } = buildRankingOption({ ...common, rows, indicator: catalog.get('litigation_lost')!, year: 2024 });
    const b = bars(option);
    expect(b.labels[0]).toBe('0件  ▼4');
    expect(b.labels).toContain('1件  ＝');
    expect(b.labels).toContain('1件  ▲1');
  });

  it('draws the median and the catalog target', () => {
    const { option, model } = buildRankingOption({ ...common, rows, indicator: catalog.get('litigation_lost')!, year: 2024 });
    const b = bars(option);
    expect(model.median).toBe(1);
    expect(b.marks).toEqual([expect.objectContaining({ xAxis: 1, name: '中位数' }), expect.objectContaining({ xAxis: 0, name: '目标' })]);
    const noTarget = bars(buildRankingOption({ ...common, rows, indicator: catalog.get('normative_docs_cleaned')!, year: 2024 }).option);
    expect(noTarget.marks.map((m) => m.name)).toEqual(['中位数']);
  });

  it('lists chosen departments without a value as not reported, never as 0', () => {
    const { option, model, summary } = buildRankingOption({
      ...common,
      rows,
      indicator: catalog.get('normative_docs_cleaned')!,
      year: 2022,
      departments: ['司法局', '财政局'],
    });
    const b = bars(option);
    expect(b.names).toEqual(['财政局', '司法局']);
    expect(b.data[1]).toBeNull();
    expect(b.yLabel('司法局', 1)).toBe('司法局（未报告）');
    // Scrolled, ECharts counts the index from the window's first bar: the label goes by the name.
    expect(b.yLabel('司法局', 0)).toBe('司法局（未报告）');
    expect(b.yLabel('财政局', 1)).toBe('财政局');
    expect(model.unreportedCount).toBe(1);
    expect(summary).toContain('1个部门未报告');
  });

  it('marks approximate values and adds decals on request', () => {
    const r = [
      row('甲', 'law_exam_pass_rate', 2024, 90, { qualifier: '约' }),
      row('乙', 'law_exam_pass_rate', 2024, 100),
      row('丙', 'law_exam_pass_rate', 2024, 60),
    ];
    const { option } = buildRankingOption({ ...common, decal: true, rows: r, indicator: catalog.get('law_exam_pass_rate')!, year: 2024 });
    const b = bars(option);
    expect(styleOf(b.data[1]!)!.borderType).toBe('dashed');
    expect(styleOf(b.data[0]!)!.decal).toBeTruthy();
    expect(styleOf(b.data[2]!)!.decal).toBeTruthy();
    expect(b.marks.find((m) => m.name === '目标')!.xAxis).toBe(100);
  });

  it('scrolls many bars and summarises highest and lowest', () => {
    const many = Array.from({ length: 100 }, (_, i) => row(`部门${i}`, 'normative_docs_cleaned', 2024, i));
    const { option, summary, window } = buildRankingOption({
      ...common,
      rows: many,
      indicator: catalog.get('normative_docs_cleaned')!,
      year: 2024,
    });
    // A window of the first 30 bars, without ECharts' slider: the view scrolls it.
    expect(window).toMatchObject({ first: 0, visible: 30, total: 100 });
    expect((option as { dataZoom: unknown[]; yAxis: { data: string[] } }).dataZoom).toEqual([]);
    expect((option as { yAxis: { data: string[] } }).yAxis.data).toHaveLength(30);
    // Only the window's bars are drawn, so the axis holds every value and does not rescale.
    expect((option as { xAxis: { min: number; max: number } }).xAxis).toMatchObject({ min: 0, max: 200 });
    expect(summary).toBe('清理规范性文件数 2024年：部门99 99件（最高），部门0 0件（最低），中位数 49.5件，100个部门。');
  });

  it('on screen holds only the bars of its window, without a slider, on the axis of all values', () => {
    const many = Array.from({ length: 100 }, (_, i) => row(`部门${i}`, 'normative_docs_cleaned', 2024, i));
    const input = { ...common, rows: many, indicator: catalog.get('normative_docs_cleaned')!, year: 2024 };
    const windowed = (windowStart: number) => buildRankingOption({ ...input, windowStart });
    const { option, window, model } = windowed(40);
    expect(window).toMatchObject({ first: 40, visible: 30, total: 100 });
    const o = option as {
      dataZoom: unknown[];
      yAxis: { data: string[] };
      xAxis: object;
      series: { data: unknown[]; label: { formatter: (p: object) => string } }[];
    };
    expect(o.dataZoom).toEqual([]);
    // Highest first: the window's bars are ranks 41 to 70, their names beside them.
    expect(o.yAxis.data).toEqual(model.entries.slice(40, 70).map((e) => e.department));
    expect(o.yAxis.data[0]).toBe('部门59');
    expect(o.series[0]!.data).toEqual(Array.from({ length: 30 }, (_, i) => 59 - i));
    expect(o.series[0]!.label.formatter({ dataIndex: 0 })).toBe('59件');
    expect(o.xAxis).toMatchObject({ min: 0, max: 200 });
    // The window stays within the bars; 30 bars or fewer need none.
    expect(windowed(95).window!.first).toBe(70);
    expect(windowed(-3).window!.first).toBe(0);
    expect(buildRankingOption({ ...input, rows: many.slice(0, 20), windowStart: 0 }).window).toBeNull();
  });
});

describe('ranking reference lines and change marks', () => {
  /** Text elements of an SVG with their left x (all start-anchored here). */
  function svgTexts(option: unknown): { text: string; x: number; y: number }[] {
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 800, height: 500 });
    try {
      chart.setOption(option as EChartsOption);
      const svg = chart.renderToSVGString();
      return [...svg.matchAll(/<text([^>]*)>([^<]*)<\/text>/g)].map((m) => {
        const t = /translate\(([\d.]+) ([\d.]+)\)/.exec(m[1]!)!;
        return { text: m[2]!, x: Number(t[1]) + Number(/ x="([\d.]+)"/.exec(m[1]!)?.[1] ?? 0), y: Number(t[2]) };
      });
    } finally {
      chart.dispose();
    }
  }

  it('names median and target in a key whose texts never overlap, even when the values are equal', () => {
    // litigation_lost has the target 0; make the median 0 too.
    const equal = rows.map((r) => (r.indicatorId === 'litigation_lost' && r.year === 2024 ? { ...r, value: 0 } : r));
    const { option } = buildRankingOption({ ...common, rows: equal, indicator: catalog.get('litigation_lost')!, year: 2024 });
    const marks = bars(option).marks;
    expect(marks.map((m) => m.xAxis)).toEqual([0, 0]);
    const texts = svgTexts(option);
    const median = texts.find((t) => t.text.startsWith('中位数'))!;
    const target = texts.find((t) => t.text.startsWith('目标'))!;
    expect(median.text).toBe('中位数 0件');
    expect(target.text).toBe('目标 0件');
    expect(median.y).toBe(target.y);
    expect(target.x).toBeGreaterThanOrEqual(median.x + textWidth(median.text, 12));
    // Labels at the lines themselves are off, and the lines run below the value labels.
    const markLine = (option as { series: BarSeriesOption[] }).series[0]!.markLine as { label: { show: boolean }; z: number };
    expect(markLine.label.show).toBe(false);
    expect(markLine.z).toBeLessThan(2);
  });

  it('explains ▲/▼/＝ in one line when changes are shown', () => {
    const withChange = svgTexts(buildRankingOption({ ...common, rows, indicator: catalog.get('litigation_lost')!, year: 2024 }).option);
    expect(withChange.map((t) => t.text)).toContain('▲ 较上年增加　▼ 较上年减少　＝ 与上年持平');
    const oneYear = rows.filter((r) => r.year === 2024);
    const without = svgTexts(
      buildRankingOption({ ...common, rows: oneYear, indicator: catalog.get('litigation_lost')!, year: 2024 }).option,
    );
    expect(without.map((t) => t.text).join('')).not.toContain('较上年增加');
  });
});
