import { describe, expect, it } from 'vitest';
import { LEGEND_PADDING, withHtmlLegend } from '../../src/components/chart/html-legend';
import { sampleTrend, XSS } from '../domain/charts/fixtures';

const trend = (extra: Parameters<typeof sampleTrend>[0] = {}) =>
  sampleTrend({ departments: ['司法局', '市场监管局', '财政局', XSS], ...extra });

describe('withHtmlLegend', () => {
  it('hides the trend’s legend in the option and gives its names, colours, symbols and place', () => {
    const given = trend({ decal: true });
    const shown = withHtmlLegend(given)!;
    const legend = given.legend as { top: number; right: number; itemGap: number; itemHeight: number; data: string[] };
    // The legend component stays, hidden: ECharts still keeps which lines are shown.
    expect(shown.option.legend).toEqual({ ...legend, show: false });
    expect({ ...shown.option, legend: undefined }).toEqual({ ...given, legend: undefined });
    const series = given.series as { name: string; color: string; symbol: string }[];
    expect(shown.legend.items).toEqual(
      legend.data.map((name) => {
        const s = series.find((x) => x.name === name)!;
        return { name, colour: s.color, shape: s.symbol };
      }),
    );
    // A hostile name is a name like any other: the legend shows it as text (chart-legend.tsx).
    expect(shown.legend.items.map((i) => i.name)).toContain(XSS);
    expect(new Set(shown.legend.items.map((i) => i.shape)).size).toBe(4);
    expect(shown.legend).toMatchObject({
      top: legend.top + LEGEND_PADDING,
      right: legend.right + LEGEND_PADDING,
      row: legend.itemHeight + legend.itemGap,
      iconHeight: legend.itemHeight,
      fontSize: 12,
    });
  });

  it('leaves alone a legend it would not show as ECharts does', () => {
    const given = trend();
    const legend = given.legend as Record<string, unknown>;
    const variants: Record<string, object> = {
      hidden: { show: false },
      scrolling: { type: 'scroll' },
      horizontal: { orient: 'horizontal' },
      'placed by words': { top: 'middle' },
      'with a selection': { selected: { 司法局: false } },
      'with own padding': { padding: 10 },
      'items as objects': { data: [{ name: '司法局' }] },
      'a name without a line': { data: ['无此部门'] },
    };
    for (const [name, change] of Object.entries(variants)) {
      expect(withHtmlLegend({ ...given, legend: { ...legend, ...change } }), name).toBeNull();
    }
    expect(withHtmlLegend({ ...given, legend: undefined })).toBeNull();
    // Small multiples have no legend (each grid is titled).
    expect(withHtmlLegend(trend({ layout: 'small-multiples' }))).toBeNull();
  });
});
