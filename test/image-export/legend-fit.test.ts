import type { EChartsOption } from 'echarts';
import { describe, expect, it } from 'vitest';
import { fitLegendForExport, LEGEND_ROW_PX, legendRows } from '../../src/image-export/legend-fit';

const names = (n: number) => Array.from({ length: n }, (_, i) => `演示市东城区财政局${i}`);

function option(n: number): EChartsOption {
  return {
    legend: { type: 'scroll', top: 40, left: 12, right: 12, data: names(n) },
    grid: { left: 12, right: 24, top: 72, bottom: 40 },
    series: names(n).map((name) => ({ type: 'line', name, data: [] })),
  };
}

describe('legend in exported images', () => {
  it('counts wrapped rows', () => {
    expect(legendRows(['甲'], 1000)).toBe(1);
    expect(legendRows(names(30), 1256)).toBeGreaterThan(3);
  });

  it('makes a scrolling legend plain so every entry is drawn', () => {
    const out = fitLegendForExport(option(2), { width: 1280, height: 720 });
    expect((out.legend as { type: string }).type).toBe('plain');
    expect((out.grid as { top: number }).top).toBe(72);
  });

  it('moves the plot area down by the rows a long legend wraps into', () => {
    const size = { width: 1280, height: 720 };
    const rows = legendRows(names(30), 1280 - 24);
    const out = fitLegendForExport(option(30), size);
    expect((out.legend as { type: string }).type).toBe('plain');
    expect((out.grid as { top: number }).top).toBe(72 + (rows - 1) * LEGEND_ROW_PX);
  });

  it('leaves vertical legends, several grids and options without a legend alone', () => {
    const vertical = { ...option(30), legend: { type: 'scroll', orient: 'vertical' } } as EChartsOption;
    expect(fitLegendForExport(vertical, { width: 800, height: 600 })).toBe(vertical);
    const grids = { ...option(30), grid: [{ top: 10 }, { top: 300 }] } as EChartsOption;
    expect(fitLegendForExport(grids, { width: 800, height: 600 })).toBe(grids);
    const none: EChartsOption = { series: [] };
    expect(fitLegendForExport(none, { width: 800, height: 600 })).toBe(none);
  });
});
