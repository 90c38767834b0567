import { describe, expect, it } from 'vitest';
import type { EChartsOption, LineSeriesOption } from 'echarts';
import { POINTS_KEY, symbolPath, withPaintedPoints, type PaintedLine } from '../../src/components/chart/painted-points';
import { sampleTrend as trend } from '../domain/charts/fixtures';

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

describe('symbolPath', () => {
  it('outlines ECharts’ symbols centred on the point, a size across', () => {
    expect(symbolPath('circle', 10, 20, 6)).toBe('M13 20A3 3 0 1 1 7 20A3 3 0 1 1 13 20Z');
    expect(symbolPath('rect', 10, 20, 6)).toBe('M7 17H13V23H7Z');
    expect(symbolPath('triangle', 10, 20, 6)).toBe('M10 17L13 23L7 23Z');
    expect(symbolPath('diamond', 10, 20, 6)).toBe('M10 17L13 20L10 23L7 20Z');
    // Corners of a quarter of the side.
    expect(symbolPath('roundRect', 10, 20, 8)).toBe('M8 16H12A2 2 0 0 1 14 18V22A2 2 0 0 1 12 24H8A2 2 0 0 1 6 22V18A2 2 0 0 1 8 16Z');
  });
});
