// Line points painted on a canvas of our own, not as one ECharts element each. At 4× CPU
// throttling ECharts spent about a third of a trend change's setOption on its ~200 symbols
// (an element with hover states and a label per point). A line's plain points (a number, drawn
// in the series' own symbol, size and colour) are painted; points with a look of their own
// (hollow estimates, flagged figures with their badge) stay ECharts' symbols. The option keeps
// every point and its value: ECharts still lays the lines out, and a painted point's tooltip and
// click are given the same params as its symbol's (see line-point-painting).
import type { EChartsOption } from 'echarts';
import { asList, isObject } from './option-parts';

/** Symbols painted as ECharts draws them (util/symbol.js); the hollow ones stay ECharts'. */
export const PAINTED_SHAPES = ['circle', 'rect', 'roundRect', 'triangle', 'diamond'] as const;
export type PaintedShape = (typeof PAINTED_SHAPES)[number];

/** One line's painted points. */
export interface PaintedLine {
  seriesIndex: number;
  seriesName: string;
  shape: PaintedShape;
  /** Symbol width and height in chart pixels. */
  size: number;
  colour: string;
  /** Data indices of the painted points and their values. */
  indices: number[];
  values: number[];
}

/** The key a painted series carries its points under (ECharts keeps a function in the series' option as it is). */
export const POINTS_KEY = 'paintedPoints';

export interface PaintedPoints {
  option: EChartsOption;
  lines: PaintedLine[];
}

type Series = Record<string, unknown> & { type?: string };

/** A symbol the painter draws. */
export const isPaintedShape = (v: unknown): v is PaintedShape => (PAINTED_SHAPES as readonly unknown[]).includes(v);

/** A line whose plain points can be painted: its own symbol, size and colour, nothing that draws them otherwise. */
function paintable(s: Series): { shape: PaintedShape; size: number; colour: string } | null {
  if (s.type !== 'line' || s.showSymbol === false || s.z !== undefined || s.zlevel !== undefined || s.symbolRotate !== undefined)
    return null;
  if (s.coordinateSystem !== undefined && s.coordinateSystem !== 'cartesian2d') return null;
  if (s.stack !== undefined || s.step || s.sampling || s.large || s.symbolOffset !== undefined) return null;
  if (!isPaintedShape(s.symbol) || typeof s.symbolSize !== 'number' || typeof s.color !== 'string') return null;
  if (isObject(s.label) && s.label.show) return null;
  const style = isObject(s.itemStyle) ? s.itemStyle : {};
  if (Object.keys(style).some((k) => k !== 'color' || style.color !== s.color)) return null;
  if (!Array.isArray(s.data)) return null;
  return { shape: s.symbol, size: s.symbolSize, colour: s.color };
}

/**
 * The option with its lines' plain points left to the painter (null: none to paint). A painted
 * point becomes `{ value, symbol: 'none' }`: ECharts lays it out and draws its line, but no symbol.
 */
export function withPaintedPoints(option: EChartsOption): PaintedPoints | null {
  const series = asList(option.series as Series | Series[] | undefined);
  const lines: PaintedLine[] = [];
  const drawn = series.map((s, seriesIndex) => {
    const look = paintable(s);
    if (!look) return s;
    const line: PaintedLine = { seriesIndex, seriesName: typeof s.name === 'string' ? s.name : '', ...look, indices: [], values: [] };
    const data = (s.data as unknown[]).map((item, i) => {
      if (typeof item !== 'number' || !Number.isFinite(item)) return item;
      line.indices.push(i);
      line.values.push(item);
      return { value: item, symbol: 'none' };
    });
    if (!line.indices.length) return s;
    lines.push(line);
    return { ...s, data, [POINTS_KEY]: () => line };
  });
  if (!lines.length) return null;
  return { option: { ...option, series: drawn as EChartsOption['series'] }, lines };
}

/**
 * A symbol's outline centred on (cx, cy), a size across, as an SVG path (ECharts' shapes), which
 * the canvas fills as a Path2D. The legend's icons draw the same shapes with CSS (chart-legend).
 */
export function symbolPath(shape: PaintedShape, cx: number, cy: number, size: number): string {
  const h = size / 2;
  const [l, t, r, b] = [cx - h, cy - h, cx + h, cy + h];
  switch (shape) {
    case 'circle':
      return `M${r} ${cy}A${h} ${h} 0 1 1 ${l} ${cy}A${h} ${h} 0 1 1 ${r} ${cy}Z`;
    case 'rect':
      return `M${l} ${t}H${r}V${b}H${l}Z`;
    case 'roundRect': {
      // Corners of a quarter of the side.
      const k = size / 4;
      const corner = (x: number, y: number) => `A${k} ${k} 0 0 1 ${x} ${y}`;
      return `M${l + k} ${t}H${r - k}${corner(r, t + k)}V${b - k}${corner(r - k, b)}H${l + k}${corner(l, b - k)}V${t + k}${corner(l + k, t)}Z`;
    }
    case 'triangle':
      return `M${cx} ${t}L${r} ${b}L${l} ${b}Z`;
    case 'diamond':
      return `M${cx} ${t}L${r} ${cy}L${cx} ${b}L${l} ${cy}Z`;
  }
}
