import { describe, expect, it } from 'vitest';
import type { EChartsOption } from 'echarts';
import type { CanvasMaker } from '../../src/components/chart/reused-canvas';
import { PAINTED_SERIES, withPaintedCells, type CellParams, type PointerAt } from '../../src/components/chart/painted-cells';
import { withStripeTiles, type Stripes, type TilePattern } from '../../src/components/chart/stripe-tiles';
import { buildMatrixOption } from '../../src/domain/charts/options/matrix-option';
import { GOODNESS, NEUTRAL } from '../../src/domain/metrics/colour-scale';
import { rowColumnsOfRows } from '../../src/domain/observations/row-columns';
import { catalog, common, departments, sampleRows } from '../domain/charts/fixtures';

// 财政局 does not report 败诉件数 in 2024: one hatched cell.
const rows = rowColumnsOfRows(
  sampleRows().filter((r) => !(r.department === '财政局' && r.indicatorId === 'litigation_lost' && r.year === 2024)),
);
const matrix = (extra: object = {}) =>
  buildMatrixOption({ ...common, rows, indicators: catalog.indicators, departments, year: 2024, colourBy: 'rank', ...extra }).option;

const fakeTile = (fill: string, s: Stripes) =>
  ({ image: { fill, s } as unknown as HTMLCanvasElement, repeat: 'repeat', scaleX: 1, scaleY: 1 }) as TilePattern;

interface Call {
  op: 'fillRect' | 'strokeRect' | 'fillText';
  args: unknown[];
  style: unknown;
  dash?: number[];
}

/** Canvases that record what is painted on them, at one device pixel per chart pixel. */
function recordingCanvas(): { make: CanvasMaker; calls: Call[] } {
  const calls: Call[] = [];
  const make = Object.assign(
    (width: number, height: number) => {
      const ctx = {
        fillStyle: '' as unknown,
        strokeStyle: '' as unknown,
        dash: [] as number[],
        setTransform: () => undefined,
        clearRect: () => undefined,
        setLineDash: (d: number[]) => (ctx.dash = d),
        createPattern: (image: unknown) => ({ image, setTransform: () => undefined }),
        fillRect: (...args: unknown[]) => calls.push({ op: 'fillRect', args, style: ctx.fillStyle }),
        strokeRect: (...args: unknown[]) => calls.push({ op: 'strokeRect', args, style: ctx.strokeStyle, dash: ctx.dash }),
        fillText: (...args: unknown[]) => calls.push({ op: 'fillText', args, style: ctx.fillStyle }),
        strokeText: () => undefined,
      };
      return { canvas: { width, height } as unknown as CanvasImageSource, ctx: ctx as unknown as CanvasRenderingContext2D };
    },
    { ratio: 1 },
  );
  return { make, calls };
}

const BAND = 20;
const centre = (i: number) => i * BAND + BAND / 2;
type Image = { style: { x: number; y: number; width: number; height: number } } | null;

/** Draws the painted series as ECharts would, on a grid of 20 px bands `columns` wide from x = 0. */
function draw(option: EChartsOption, columns = 100): Image[] {
  const s = (option.series as { name?: string; data?: number[][]; renderItem?: unknown }[]).find((x) => x.name === PAINTED_SERIES)!;
  const render = s.renderItem as (params: unknown, api: unknown) => Image;
  return s.data!.map((item, i) =>
    render(
      { dataIndexInside: i, coordSys: { x: 0, y: 0, width: columns * BAND, height: 1000 } },
      { value: (d: number) => item[d], coord: ([x, y]: number[]) => [centre(x!), centre(y!)], size: () => [BAND, BAND] },
    ),
  );
}

/** The heatmap cells of the source option: [seriesIndex, dataIndex, x, y, score, cell]. */
function sourceCells(option: EChartsOption): number[][] {
  const out: number[][] = [];
  (option.series as { type: string; data: Float64Array }[]).forEach((s, si) => {
    if (s.type !== 'heatmap') return;
    for (let i = 0; i * 4 < s.data.length; i++) out.push([si, i, ...Array.from(s.data.subarray(i * 4, i * 4 + 4))]);
  });
  return out;
}

/** Linear RGB between colour stops, as a continuous visual map maps 0…1. */
function mix(stops: readonly string[], t: number): number[] {
  const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const at = t * (stops.length - 1);
  const i = Math.min(stops.length - 2, Math.floor(at));
  const [a, b] = [rgb(stops[i]!), rgb(stops[i + 1]!)];
  return a.map((v, k) => v + (b[k]! - v) * (at - i));
}
const channels = (css: unknown) =>
  String(css)
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map(Number);

describe('heatmap cells painted by rows', () => {
  it('paints every cell of a matrix once, in its visual map colour, its tile or its fill', () => {
    const source = withStripeTiles(matrix(), fakeTile);
    const { make, calls } = recordingCanvas();
    const painted = withPaintedCells(source, () => null, make)!;
    const series = painted.option.series as { type: string; name: string }[];
    // The plain heatmaps became one series of rows; nothing is left for ECharts to draw cell by cell.
    expect(series.filter((s) => s.type === 'heatmap')).toEqual([]);
    expect(series.map((s) => s.name)).toEqual([PAINTED_SERIES]);
    expect(painted.option.visualMap).toEqual([]);

    // One image holds every row; the other rows' items draw nothing.
    expect(draw(painted.option).filter(Boolean)).toHaveLength(1);
    const fills = calls.filter((c) => c.op === 'fillRect');
    const cells = sourceCells(source);
    // Each cell: its band in its border's colour, then its fill, one pixel short on the right and bottom.
    expect(fills).toHaveLength(2 * cells.length);
    const names = (source.series as { name: string }[]).map((s) => s.name);
    for (const [si, , x, y, score] of cells) {
      const at = fills.filter((f) => f.args[0] === x! * BAND && f.args[1] === y! * BAND);
      expect(
        at.map((f) => f.args.slice(2)),
        `cell ${x},${y}`,
      ).toEqual([
        [BAND, BAND],
        [BAND - 1, BAND - 1],
      ]);
      const [border, fill] = at;
      const name = names[si!]!;
      expect(border!.style).toBe(name === 'missing' ? '#e0e0e0' : '#ffffff');
      if (name.startsWith('judged') || name === 'neutral') {
        const stops = name === 'neutral' ? NEUTRAL.default : [GOODNESS.default.bad, GOODNESS.default.mid, GOODNESS.default.good];
        channels(fill!.style).forEach((v, k) => expect(Math.abs(v - mix(stops, score!)[k]!)).toBeLessThanOrEqual(1));
      } else expect(fill!.style).toMatchObject({ image: { fill: '#ffffff' } });
    }
    expect(calls.filter((c) => c.op === 'strokeRect')).toEqual([]);
    // Few cells: their values are written on them, as the heatmap's labels were.
    expect(calls.filter((c) => c.op === 'fillText').length).toBeGreaterThan(0);
  });

  it('paints a drawing once, and again when it moved or another option painted the canvas since', () => {
    const { make, calls } = recordingCanvas();
    const a = withPaintedCells(matrix(), () => null, make)!;
    const b = withPaintedCells(matrix({ colourBy: 'change' }), () => null, make)!;
    const painted = () => calls.splice(0).filter((c) => c.op === 'fillRect').length;
    draw(a.option);
    const once = painted();
    expect(once).toBeGreaterThan(0);
    draw(a.option);
    expect(painted()).toBe(0);
    draw(b.option);
    expect(painted()).toBeGreaterThan(0);
    draw(a.option);
    expect(painted()).toBe(once);
    // Scrolled: the grid is narrower, the rows are painted again.
    draw(a.option, 1);
    expect(painted()).toBeGreaterThan(0);
  });

  it('gives tooltips and clicks the cell under the pointer, as the heatmap would', () => {
    const source = withStripeTiles(matrix(), fakeTile);
    let at: readonly [number, number] | null = null;
    const pointer: PointerAt = () => at;
    const painted = withPaintedCells(source, pointer, recordingCanvas().make)!;
    draw(painted.option);
    const own = (source.tooltip as { formatter: (p: unknown) => string }).formatter;
    const formatter = (painted.option.tooltip as { formatter: (p: unknown) => string }).formatter;
    for (const [si, dataIndex, x, y, score, cell] of sourceCells(source)) {
      at = [centre(x!) + 7, centre(y!) - 7];
      const expected: CellParams = {
        componentType: 'series',
        seriesType: 'heatmap',
        seriesIndex: si!,
        seriesName: (source.series as { name: string }[])[si!]!.name,
        dataIndex: dataIndex!,
        value: [x!, y!, score!, cell!],
      };
      expect(painted.cellAt(...at)).toEqual(expected);
      expect(formatter({ seriesName: PAINTED_SERIES, dataIndex: 0, value: [y] })).toBe(own(expected));
      expect(painted.boxAt(...at)).toMatchObject({ x: centre(x!) - BAND / 2, y: centre(y!) - BAND / 2, width: BAND, height: BAND });
    }
    // Between rows, outside the grid: no cell, and no tooltip.
    at = [-50, -50];
    expect(painted.cellAt(...at)).toBeNull();
    expect(formatter({ seriesName: PAINTED_SERIES, dataIndex: 0, value: [0] })).toBe('');
    // Other series' items reach the formatter as they are.
    expect(formatter({ seriesName: 'other', componentType: 'series', dataIndex: 0, value: [0, 1, 0.5, 0] })).toBe(
      own({ seriesName: 'other', componentType: 'series', dataIndex: 0, value: [0, 1, 0.5, 0] }),
    );
  });

  it('paints only the columns of the horizontal scroll window', () => {
    const source = matrix();
    const { make, calls } = recordingCanvas();
    draw(withPaintedCells(source, () => null, make)!.option, 1);
    const drawnXs = new Set(calls.filter((c) => c.op === 'fillRect').map((c) => (c.args[0] as number) / BAND));
    expect([...drawnXs]).toEqual([0]);
    expect(sourceCells(source).some(([, , x]) => x! > 0)).toBe(true);
  });

  it('leaves decals, outlines over the cells and other charts to ECharts, with their visual maps', () => {
    const source = withStripeTiles(matrix({ decal: true }), fakeTile);
    const overlay = { type: 'heatmap', name: 'outline', z: 5, dimensions: ['x', 'y', 'score', 'cell'], encode: { x: 0, y: 1, value: 2 } };
    const withOverlay: EChartsOption = {
      ...source,
      series: [...(source.series as object[]), { ...overlay, data: Float64Array.from([0, 0, 0.5, 0]) }] as EChartsOption['series'],
      visualMap: [
        ...(source.visualMap as object[]),
        { type: 'continuous', min: 0, max: 1, seriesIndex: [(source.series as object[]).length], inRange: { opacity: [1, 1] } },
      ] as EChartsOption['visualMap'],
    };
    const painted = withPaintedCells(withOverlay, () => null, recordingCanvas().make)!;
    const names = (painted.option.series as { name: string }[]).map((s) => s.name);
    // The tiers with symbol decals and the outline stay heatmaps; the rest are painted.
    expect(names).toEqual(['judged-good', 'judged-bad', 'outline', PAINTED_SERIES]);
    // Each kept heatmap is still coloured by the visual map it had.
    const before = withOverlay.visualMap as { seriesIndex: number[]; inRange: unknown }[];
    const after = painted.option.visualMap as { seriesIndex: number[]; inRange: unknown }[];
    const oldNames = (withOverlay.series as { name: string }[]).map((s) => s.name);
    for (const [i, name] of names.slice(0, 3).entries()) {
      const was = before.find((v) => v.seriesIndex.includes(oldNames.indexOf(name)))!;
      const now = after.find((v) => v.seriesIndex.includes(i))!;
      expect(now.inRange).toEqual(was.inRange);
    }
    expect(withPaintedCells({ series: [{ type: 'line', data: [1, 2] }] }, () => null, recordingCanvas().make)).toBeNull();
  });
});
