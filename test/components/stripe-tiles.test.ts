import { describe, expect, it } from 'vitest';
import type { EChartsOption } from 'echarts';
import { stripesOf, stripeTile, withStripeTiles, type Stripes, type TilePattern } from '../../src/components/chart/stripe-tiles';
import { MISSING_DECAL, MISSING_FILL, TIER_DECALS } from '../../src/domain/metrics/colour-scale';

const fakeTile = (fill: string, s: Stripes) =>
  ({ image: { fill, s } as unknown as HTMLCanvasElement, repeat: 'repeat', scaleX: 1, scaleY: 1 }) as TilePattern;

describe('stripe decals drawn from a tile', () => {
  it('reads plain stripes at multiples of 45°, and nothing else', () => {
    expect(stripesOf(MISSING_DECAL)).toEqual({ colour: MISSING_DECAL.color, width: 2, gap: 5, eighths: 1 });
    expect(stripesOf({ ...MISSING_DECAL, rotation: -Math.PI / 4 })?.eighths).toBe(-1);
    expect(stripesOf({ ...MISSING_DECAL, rotation: undefined })?.eighths).toBe(0);
    expect(stripesOf({ ...MISSING_DECAL, color: undefined })?.colour).toBe('rgba(0, 0, 0, 0.2)');
    // Symbols, dashed lines, other angles and rotations past a quarter turn stay ECharts' decals.
    expect(stripesOf(TIER_DECALS.good)).toBeNull();
    expect(stripesOf(TIER_DECALS.bad)).toBeNull();
    expect(stripesOf({ ...MISSING_DECAL, dashArrayX: [[5, 5]] })).toBeNull();
    expect(stripesOf({ ...MISSING_DECAL, dashArrayX: [4, 2] })).toBeNull();
    expect(stripesOf({ ...MISSING_DECAL, rotation: 0.3 })).toBeNull();
    expect(stripesOf({ ...MISSING_DECAL, rotation: Math.PI })).toBeNull();
    expect(stripesOf({ ...MISSING_DECAL, symbolSize: 0.5 })).toBeNull();
    expect(stripesOf(null)).toBeNull();
    expect(stripesOf('none')).toBeNull();
  });

  it('fills only series of a fixed colour under stripes with the tile, without changing the option', () => {
    const option: EChartsOption = {
      series: [
        { type: 'heatmap', name: 'judged', itemStyle: { decal: TIER_DECALS.good! } },
        { type: 'heatmap', name: 'coloured-by-map', itemStyle: { decal: MISSING_DECAL } },
        { type: 'heatmap', name: 'missing', itemStyle: { color: MISSING_FILL, decal: MISSING_DECAL, borderWidth: 1 } },
        { type: 'heatmap', name: 'plain', itemStyle: { color: '#eee' } },
      ],
    };
    const before = JSON.stringify(option);
    const drawn = withStripeTiles(option, fakeTile);
    expect(JSON.stringify(option)).toBe(before);
    const series = drawn.series as { name: string; itemStyle: Record<string, unknown> }[];
    expect(series.map((s) => s.itemStyle.decal === undefined)).toEqual([false, false, true, true]);
    const missing = series[2]!.itemStyle;
    expect(missing.borderWidth).toBe(1);
    expect((missing.color as { image: { fill: string; s: Stripes } }).image).toEqual({ fill: MISSING_FILL, s: stripesOf(MISSING_DECAL) });
    expect(series[0]).toBe((option.series as unknown[])[0]);
    expect(series[3]).toBe((option.series as unknown[])[3]);
  });

  it('keeps the option itself when nothing has stripes or no tile can be drawn', () => {
    const option: EChartsOption = { series: [{ type: 'heatmap', itemStyle: { color: MISSING_FILL, decal: MISSING_DECAL } }] };
    expect(withStripeTiles(option, () => null)).toBe(option);
    // Node has no canvas: the default maker draws nothing and ECharts keeps its decal.
    expect(stripeTile(MISSING_FILL, stripesOf(MISSING_DECAL)!)).toBeNull();
    expect(withStripeTiles(option)).toBe(option);
    const plain: EChartsOption = { series: [{ type: 'bar', data: [1] }] };
    expect(withStripeTiles(plain, fakeTile)).toBe(plain);
    expect(withStripeTiles({ title: { text: 'x' } }, fakeTile)).toEqual({ title: { text: 'x' } });
  });
});
