import { describe, expect, it } from 'vitest';
import type { EChartsOption, LineSeriesOption } from 'echarts';
import { POINTS_KEY, tracePoint, withPaintedPoints, type PaintedLine } from '../../src/components/chart/painted-points';
import { buildTrendOption } from '../../src/domain/charts/options/trend-option';
import { catalog, common, sampleRows } from '../domain/charts/fixtures';

const indicator = catalog.resolve('normative_docs_cleaned');
const trend = (extra: object = {}) =>
  buildTrendOption({
    ...common,
    rows: sampleRows(),
    indicator,
    departments: ['司法局', '市场监管局', '财政局'],
    years: [2020, 2024],
    mode: 'absolute',
    layout: 'single',
    sharedY: false,
    ...extra,
  }).option;

const seriesOf = (o: EChartsOption) => o.series as (LineSeriesOption & Record<string, unknown>)[];

describe('withPaintedPoints', () => {
  it('leaves a line’s plain points to the painter and keeps every value where ECharts lays it out', () => {
    const given = trend();
    const painted = withPaintedPoints(given)!;
    expect(painted).not.toBeNull();
    const before = seriesOf(given);
    const after = seriesOf(painted.option);
    expect(after).toHaveLength(before.length);
    // 司法局: 10, 15 (derived: hollow), gap, 12, 22.
    const justice = before.findIndex((s) => s.name === '司法局');
    expect(before[justice]!.data).toEqual([10, expect.objectContaining({ value: 15 }), null, 12, 22]);
    expect(after[justice]!.data).toEqual([
      { value: 10, symbol: 'none' },
      before[justice]!.data![1],
      null,
      { value: 12, symbol: 'none' },
      { value: 22, symbol: 'none' },
    ]);
    const line = painted.lines.find((l) => l.seriesName === '司法局')!;
    expect(line).toMatchObject({ seriesIndex: justice, shape: 'circle', size: 6, indices: [0, 3, 4], values: [10, 12, 22] });
    expect(line.colour).toBe(before[justice]!.color);
    // ECharts keeps a function in a series' option as it is: the painter reads its points there.
    expect((after[justice]![POINTS_KEY] as () => PaintedLine)()).toBe(line);
    // Nothing else of the option changes, and the given option is not touched.
    expect({ ...painted.option, series: undefined }).toEqual({ ...given, series: undefined });
    expect(seriesOf(given)[justice]!.data![0]).toBe(10);
  });

  it('paints the shapes the palette gives the lines (rect, triangle, diamond, roundRect with patterns)', () => {
    const painted = withPaintedPoints(
      trend({ decal: true, departments: ['司法局', '市场监管局', '财政局', '<img src=x onerror=alert(1)>局'] }),
    )!;
    expect(painted.lines.map((l) => l.shape).sort()).toEqual(['circle', 'diamond', 'rect', 'triangle']);
  });

  it('leaves to ECharts the lines it cannot paint as ECharts would', () => {
    const base = seriesOf(trend())[0]!;
    const cases: Record<string, object> = {
      hollow: { symbol: 'emptyCircle' },
      labelled: { label: { show: true } },
      hidden: { showSymbol: false },
      'own z': { z: 5 },
      'own item style': { itemStyle: { opacity: 0.5 } },
      stacked: { stack: 'all' },
      'no size': { symbolSize: (v: number) => v },
    };
    for (const [name, change] of Object.entries(cases)) {
      expect(withPaintedPoints({ series: [{ ...base, ...change }] }), name).toBeNull();
    }
    expect(withPaintedPoints({ series: [{ type: 'bar', data: [1, 2] }] })).toBeNull();
    expect(withPaintedPoints({ series: [{ ...base, data: [null, { value: 3, symbol: 'rect' }] }] })).toBeNull();
  });
});

describe('tracePoint', () => {
  /** The path a shape adds, as the calls made on the context. */
  const trace = (shape: PaintedLine['shape']) => {
    const calls: string[] = [];
    const record =
      (name: string) =>
      (...args: number[]) =>
        calls.push(`${name}(${args.map((a) => Math.round(a * 100) / 100).join(',')})`);
    const ctx = Object.fromEntries(['moveTo', 'lineTo', 'arc', 'arcTo', 'rect', 'closePath'].map((n) => [n, record(n)]));
    tracePoint(ctx as unknown as CanvasRenderingContext2D, shape, 10, 20, 6);
    return calls;
  };

  it('draws ECharts’ symbols centred on the point, a size across', () => {
    expect(trace('circle')).toEqual(['moveTo(13,20)', 'arc(10,20,3,0,6.28)']);
    expect(trace('rect')).toEqual(['rect(7,17,6,6)']);
    expect(trace('triangle')).toEqual(['moveTo(10,17)', 'lineTo(13,23)', 'lineTo(7,23)', 'closePath()']);
    expect(trace('diamond')).toEqual(['moveTo(10,17)', 'lineTo(13,20)', 'lineTo(10,23)', 'lineTo(7,20)', 'closePath()']);
    // Corners of a quarter of the side, by arcs (Chromium 92 has no roundRect()).
    expect(trace('roundRect')).toEqual([
      'moveTo(8.5,17)',
      'arcTo(13,17,13,23,1.5)',
      'arcTo(13,23,7,23,1.5)',
      'arcTo(7,23,7,17,1.5)',
      'arcTo(7,17,13,17,1.5)',
      'closePath()',
    ]);
  });
});
