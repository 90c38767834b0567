// Marks on flagged figures laid over the options the chart builders make: outlines and badges
// that differ by status, the finding and explanation at the end of the escaped tooltip, and
// options that still render.
import * as echarts from 'echarts';
import type { BarSeriesOption, EChartsOption, HeatmapSeriesOption, LineSeriesOption } from 'echarts';
import { describe, expect, it } from 'vitest';
import { markChartOption, type ChartMark, type ChartMarkOf, type MarkParams } from '../../../src/domain/charts/check-marks';
import { buildMatrixOption } from '../../../src/domain/charts/options/matrix-option';
import { buildRankingOption } from '../../../src/domain/charts/options/ranking-option';
import { buildTrendOption } from '../../../src/domain/charts/options/trend-option';
import type { ChartRow } from '../../../src/domain/observations/chart-row';
import { rowColumnsOfRows } from '../../../src/domain/observations/row-columns';
import { drawnFills } from './drawn-fills';
import { catalog, common, departments, sampleRows, XSS } from './fixtures';

const rows = sampleRows();
const lost = catalog.get('litigation_lost')!;

const error: ChartMark = { status: 'error', badge: '错误', heading: '数据核查：错误', lines: [`3件 大于「行政诉讼案件数」2件 ${XSS}`] };
const explained: ChartMark = {
  status: 'explained',
  badge: '已说明',
  heading: '数据核查：已说明',
  lines: ['与同年度其他部门相差过大', '说明：含上年结转案件'],
};
/** Marks of 行政诉讼败诉件数: 司法局's in `errorYear` (an error) and 财政局's of 2024 (explained). */
const marksWith =
  (errorYear: number): ChartMarkOf =>
  (r) =>
    r.indicatorId !== 'litigation_lost'
      ? null
      : r.department === '司法局' && r.year === errorYear
        ? error
        : r.department === '财政局' && r.year === 2024
          ? explained
          : null;
const markOf = marksWith(2023);

function render(option: EChartsOption, height = 500): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 900, height });
  try {
    chart.setOption(option, { notMerge: true });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

type Formatter = (p: unknown) => string;
type AsyncFormatter = (p: unknown, ticket: string, callback: (ticket: string, html: string) => void) => string;
const tooltipOf = (o: EChartsOption) => (o.tooltip as { formatter: Formatter }).formatter;

describe('marks on charts', () => {
  it('ranking: outlines the flagged bars by status, leads their labels with the badge and explains them in the tooltip', async () => {
    const built = buildRankingOption({ ...common, rows, indicator: lost, year: 2024 });
    const rowAt = (p: MarkParams) => built.model.entries[p.dataIndex]?.row ?? null;
    const before = built.option.series as BarSeriesOption[];
    const marked = markChartOption(built.option, rowAt, marksWith(2024));
    const s = (marked.series as BarSeriesOption[])[0]!;
    const at = (d: string) => built.model.entries.findIndex((e) => e.department === d);
    const style = (d: string) => (s.data![at(d)] as { itemStyle: { borderType?: string; borderColor?: string } }).itemStyle;
    expect(style('司法局')).toMatchObject({ borderType: 'solid', borderColor: '#c62828' });
    expect(style('财政局')).toMatchObject({ borderType: 'dotted' });
    // An unflagged bar is the builder's own item.
    expect(s.data![at('市场监管局')]).toBe(before[0]!.data![at('市场监管局')]);
    const label = (s.label as { formatter: (p: { dataIndex: number }) => string }).formatter;
    const own = (before[0]!.label as { formatter: (p: { dataIndex: number }) => string }).formatter;
    expect(label({ dataIndex: at('司法局') })).toBe(`{mark_error|错误} ${own({ dataIndex: at('司法局') })}`);
    expect(label({ dataIndex: at('市场监管局') })).toBe(own({ dataIndex: at('市场监管局') }));
    // The builder's option is untouched.
    expect(before[0]!.data![at('司法局')]).toBe(built.model.entries[at('司法局')]!.value);
    // An outlined bar keeps the colour of its rank.
    expect(drawnFills(marked)).toEqual(drawnFills(built.option));
    expect(new Set(drawnFills(marked)).size).toBeGreaterThan(1);

    const tip = tooltipOf(marked)({ componentType: 'series', seriesIndex: 0, dataIndex: at('财政局') });
    expect(tip.startsWith(tooltipOf(built.option)({ componentType: 'series', seriesIndex: 0, dataIndex: at('财政局') }))).toBe(true);
    expect(tip).toContain('数据核查：已说明');
    expect(tip).toContain('说明：含上年结转案件');
    const bad = tooltipOf(marked)({ componentType: 'series', seriesIndex: 0, dataIndex: at('司法局') });
    expect(bad).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(bad).not.toContain('<img');
    // Shown again once its evidence is read: the marks stay.
    const unread = rows.map((r) => ({ ...r, evidence: undefined }));
    const withReader = buildRankingOption({
      ...common,
      rows: unread,
      indicator: lost,
      year: 2024,
      readEvidence: (asked) => (asked.forEach((r) => (r.evidence = '经核实无误的原文')), Promise.resolve()),
    });
    const markedAgain = markChartOption(
      withReader.option,
      (p: MarkParams) => withReader.model.entries[p.dataIndex]?.row ?? null,
      marksWith(2024),
    );
    const again = await new Promise<string>((resolve) => {
      const first = (markedAgain.tooltip as { formatter: AsyncFormatter }).formatter(
        { componentType: 'series', seriesIndex: 0, dataIndex: at('财政局') },
        'tip_1',
        (_, html) => resolve(html),
      );
      expect(first).toContain('原文加载中');
      expect(first).toContain('说明：含上年结转案件');
    });
    expect(again).toContain('经核实无误的原文');
    expect(again).toContain('说明：含上年结转案件');
    // A reference line's tooltip is not a department's.
    expect(tooltipOf(marked)({ componentType: 'markLine', name: '中位数', value: 1, dataIndex: 0 })).not.toContain('数据核查');

    const svg = render(marked);
    expect(svg).toContain('错误');
    expect(svg).toContain('已说明');
  });

  it('trend: a bigger outlined point with its badge above it', () => {
    const built = buildTrendOption({
      ...common,
      rows,
      indicator: lost,
      departments: ['司法局', '财政局'],
      years: [2023, 2024],
      mode: 'absolute',
      layout: 'single',
      sharedY: false,
    });
    const rowAt = (p: MarkParams) => built.model.series[p.seriesIndex ?? -1]?.points[p.dataIndex]?.row ?? null;
    const marked = markChartOption(built.option, rowAt, markOf);
    const series = marked.series as LineSeriesOption[];
    const point = (si: number, di: number) =>
      series[si]!.data![di] as { value: number; symbolSize: number; itemStyle: object; label: { formatter: string } };
    expect(point(0, 0)).toMatchObject({
      value: 3,
      symbolSize: 10,
      itemStyle: { borderType: 'solid' },
      label: { formatter: '{mark_error|错误}' },
    });
    expect(point(1, 1)).toMatchObject({ value: 1, label: { formatter: '{mark_explained|已说明}' } });
    expect(series[0]!.data![1]).toBe(2);
    expect(render(marked)).toContain('已说明');
  });

  it('matrix: outlines the flagged cells over the heatmap, drawn whole', () => {
    const columns = rowColumnsOfRows(rows);
    const built = buildMatrixOption({
      ...common,
      rows: columns,
      indicators: catalog.indicators,
      departments,
      year: 2024,
      colourBy: 'rank',
    });
    const rowAt = (p: MarkParams): ChartRow | null => {
      const k = Array.isArray(p.value) ? Number(p.value[3]) : -1;
      return k >= 0 && k < built.model.cellCount ? built.model.cellAt(k, columns).row : null;
    };
    const marked = markChartOption(built.option, rowAt, markOf);
    const series = marked.series as HeatmapSeriesOption[];
    // One overlay per status, its cells flat like the heatmaps' own (x, y, score, cell).
    expect(series).toHaveLength((built.option.series as unknown[]).length + 1);
    const overlay = series.at(-1)!;
    expect(overlay.name).toBe('check-marks-explained');
    expect(overlay.itemStyle).toMatchObject({ borderType: 'dotted', borderColor: '#607d8b' });
    const cell = { value: Array.from(overlay.data as unknown as Float64Array) };
    expect(cell.value).toHaveLength(4);
    expect(rowAt({ dataIndex: 0, value: cell.value })).toMatchObject({ department: '财政局', year: 2024, indicatorId: 'litigation_lost' });
    const tip = tooltipOf(marked)({ componentType: 'series', seriesIndex: series.length - 1, dataIndex: 0, value: cell.value });
    expect(tip).toContain('财政局');
    expect(tip).toContain('说明：含上年结转案件');
    expect(render(marked, built.height)).toContain('#607d8b');

    // With a prefilter, rows are made only for the cells it lets through, and the marks are the same.
    let made = 0;
    const counted = (p: MarkParams) => (made++, rowAt(p));
    const rowIdAt = (p: MarkParams) => rowAt(p)?.rowId ?? null;
    const flaggedIds = new Set(rows.filter((r) => markOf(r)).map((r) => r.rowId));
    const filtered = markChartOption(built.option, counted, markOf, { rowIdAt, mayMark: (id) => flaggedIds.has(id) });
    const overlayCells = (marked.series as HeatmapSeriesOption[])
      .filter((x) => String(x.name).startsWith('check-marks'))
      .reduce((n, x) => n + (x.data as unknown as Float64Array).length / 4, 0);
    expect(overlayCells).toBeGreaterThan(0);
    expect(made).toBe(overlayCells);
    expect(made).toBeLessThan(built.model.reportedCount);
    // (Typed cells as plain arrays: drawing `marked` above flagged its arrays for ECharts.)
    const plain = (x: unknown) => JSON.stringify(x, (_, v: unknown) => (ArrayBuffer.isView(v) ? Array.from(v as Float64Array) : v));
    expect(plain(filtered.series)).toBe(plain(marked.series));
    // A prefilter that rules out everything leaves the option as the builder made it.
    expect(markChartOption(built.option, rowAt, markOf, { rowIdAt, mayMark: () => false })).toBe(built.option);
  });

  it('returns the option itself when no figure is flagged', () => {
    const built = buildRankingOption({ ...common, rows, indicator: lost, year: 2024 });
    expect(
      markChartOption(
        built.option,
        (p) => built.model.entries[p.dataIndex]?.row ?? null,
        () => null,
      ),
    ).toBe(built.option);
  });
});
