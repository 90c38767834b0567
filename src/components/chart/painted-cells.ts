// Heatmap cells painted row by row on a canvas of our own, not as one ECharts element each.
// ECharts spent ~7 ms of every quiet 1M matrix filter change on its ~900 cells in view (an
// element with hover states per cell, a visual-map pass, the scroll window filtering every cell
// of the page); the painted rows take ~3.5 ms, handing the canvas over included. The option
// still describes heatmaps (exports draw them so). On
// screen a heatmap is painted when it is plain: flat typed cells, a fixed fill or a continuous
// visual map's colours, no decal and no z of its own (the check marks' outlines stay ECharts').
// Tooltips and clicks on a painted row are given the heatmap cell under the pointer.
import type { CustomSeriesOption, CustomSeriesRenderItemAPI, CustomSeriesRenderItemParams, EChartsOption } from 'echarts';
import { echarts } from '../../lib/echarts';
import { openSurface, paintRow, type CellBorder, type CellLabel, type Fill, type PaintedCell } from './cell-painter';
import type { CanvasMaker, CellsImage } from './reused-canvas';
import { asList, isObject } from './option-parts';

export const PAINTED_SERIES = 'painted-cells';

/** What ECharts would pass to a heatmap's tooltip or click handler for a cell. */
export interface CellParams {
  componentType: 'series';
  seriesType: 'heatmap';
  seriesIndex: number;
  seriesName: string;
  dataIndex: number;
  value: number[];
}

/** A drawn cell's band in chart pixels and its hover outline (null: none). */
export interface CellBox {
  x: number;
  y: number;
  width: number;
  height: number;
  hover: CellBorder | null;
}

export interface PaintedCells {
  option: EChartsOption;
  /** The name of the series of painted rows (its events are about a row, not a cell). */
  series: string;
  /** The cell drawn at a chart pixel (null: none). */
  cellAt: (px: number, py: number) => CellParams | null;
  boxAt: (px: number, py: number) => CellBox | null;
}

/** Where the pointer is over the chart, in chart pixels (null: not over it). */
export type PointerAt = () => readonly [number, number] | null;

const COLOUR_STEPS = 4096;
/** The colours of each scale (its stops joined) met so far, by step. */
const mixes = new Map<string, string[]>();

type Series = Record<string, unknown> & { type?: string; name?: string };
type VisualMap = Record<string, unknown> & { seriesIndex?: number | number[] };

/** How one heatmap's cells look; `fill` is read from a cell's values. */
interface Look {
  source: number;
  name: string;
  data: Float64Array;
  dims: number;
  x: number;
  y: number;
  fill: (data: Float64Array, at: number) => Fill;
  border: CellBorder | null;
  label: CellLabel | null;
  hover: CellBorder | null;
}

function borderOf(style: unknown): CellBorder | null {
  if (!isObject(style)) return null;
  const width = typeof style.borderWidth === 'number' ? style.borderWidth : 0;
  const colour = style.borderColor;
  if (!(width > 0) || typeof colour !== 'string') return null;
  const type = style.borderType;
  if (type !== undefined && type !== 'solid' && type !== 'dashed' && type !== 'dotted') return null;
  return { colour, width, type: type ?? 'solid' };
}

/** The series' fill: a fixed colour or tile, or a continuous visual map's colours; null: not one of these. */
function fillOf(s: Series, index: number, visualMaps: VisualMap[], dims: number, valueDim: number): Look['fill'] | null {
  const style = isObject(s.itemStyle) ? s.itemStyle : {};
  const fixed = style.color;
  const maps = visualMaps.filter((v) => v.seriesIndex === undefined || asList(v.seriesIndex).includes(index));
  if (maps.length > 1) return null;
  const map = maps[0];
  const inRange = isObject(map?.inRange) ? map.inRange : {};
  const colours = inRange.color;
  if (map && Array.isArray(colours) && colours.every((c) => typeof c === 'string')) {
    if (map.type !== 'continuous' || typeof map.min !== 'number' || typeof map.max !== 'number') return null;
    const { min, max } = map;
    const dim = typeof map.dimension === 'number' ? map.dimension : valueDim;
    if (dim >= dims) return null;
    const span = max - min || 1;
    // Colours by 1/4096 steps of the scale, each worked out once per scale: under a quarter of
    // a colour unit from the exact mix, and no colour parsing per cell.
    const key = colours.join();
    let mixed = mixes.get(key);
    if (!mixed) mixes.set(key, (mixed = []));
    return (data, at) => {
      const step = Math.round(Math.min(1, Math.max(0, (data[at + dim]! - min) / span)) * COLOUR_STEPS);
      return (mixed[step] ??= echarts.color.lerp(step / COLOUR_STEPS, colours));
    };
  }
  // A visual map without colours (e.g. a fixed opacity) leaves the series' own fill.
  if (map && Object.keys(inRange).some((k) => k !== 'opacity')) return null;
  if (typeof fixed === 'string') return () => fixed;
  if (isObject(fixed) && fixed.image instanceof Object && fixed.repeat === 'repeat') {
    const tile = fixed as unknown as Extract<Fill, { image: unknown }>;
    return () => tile;
  }
  return null;
}

function labelOf(s: Series, fontFamily: string): CellLabel | null | undefined {
  const label = isObject(s.label) ? s.label : {};
  if (!label.show) return null;
  if (typeof label.formatter !== 'function') return undefined;
  return {
    text: label.formatter as CellLabel['text'],
    fontSize: typeof label.fontSize === 'number' ? label.fontSize : 12,
    fontFamily,
    colour: typeof label.color === 'string' ? label.color : '#000',
    outline: typeof label.textBorderColor === 'string' ? label.textBorderColor : null,
    outlineWidth: typeof label.textBorderWidth === 'number' ? label.textBorderWidth : 0,
  };
}

/** The look of a heatmap that can be painted, or null when ECharts is to draw it. */
function lookOf(s: Series, index: number, visualMaps: VisualMap[], fontFamily: string): Look | null {
  if (s.type !== 'heatmap' || s.z !== undefined || s.zlevel !== undefined || !ArrayBuffer.isView(s.data)) return null;
  const style = isObject(s.itemStyle) ? s.itemStyle : {};
  if (style.decal || style.borderRadius || style.opacity !== undefined) return null;
  const dims = Array.isArray(s.dimensions) ? s.dimensions.length : 0;
  const encode = isObject(s.encode) ? s.encode : {};
  const [x, y, value] = [encode.x, encode.y, encode.value];
  if (!dims || typeof x !== 'number' || typeof y !== 'number' || typeof value !== 'number') return null;
  const fill = fillOf(s, index, visualMaps, dims, value);
  const label = labelOf(s, fontFamily);
  if (!fill || label === undefined) return null;
  const emphasis = isObject(s.emphasis) ? s.emphasis : {};
  return {
    source: index,
    name: typeof s.name === 'string' ? s.name : '',
    data: s.data as Float64Array,
    dims,
    x,
    y,
    fill,
    border: borderOf(style),
    label,
    hover: borderOf(emphasis.itemStyle),
  };
}

/** A cell's values (x, y, score, cell …), as a heatmap gives them to its label and its events. */
const valuesOf = (look: Look, index: number) => Array.from(look.data.subarray(index * look.dims, (index + 1) * look.dims));

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A row's cells: pairs of (look, data index). */
type RowCells = number[];

/** A row as last drawn: its band and its cells' centres. */
interface DrawnRow {
  top: number;
  bottom: number;
  halfWidth: number;
  cells: { cx: number; look: number; index: number }[];
}

/**
 * The option with its plain heatmaps painted by one custom series of rows (the same option
 * when there are none). `pointer` tells the tooltip which cell of a row it is over.
 */
export function withPaintedCells(option: EChartsOption, pointer: PointerAt, make: CanvasMaker): PaintedCells | null {
  const series = asList(option.series as Series | Series[] | undefined);
  const visualMaps = asList(option.visualMap as VisualMap | VisualMap[] | undefined);
  const fontFamily =
    isObject(option.textStyle) && typeof option.textStyle.fontFamily === 'string' ? option.textStyle.fontFamily : 'sans-serif';
  const looks: Look[] = [];
  series.forEach((s, i) => {
    const look = lookOf(s, i, visualMaps, fontFamily);
    if (look) looks.push(look);
  });
  if (!looks.length) return null;

  const rows = new Map<number, RowCells>();
  looks.forEach((look, l) => {
    const { data, dims } = look;
    for (let at = 0, i = 0; at + dims <= data.length; at += dims, i++) {
      const y = data[at + look.y]!;
      let row = rows.get(y);
      if (!row) rows.set(y, (row = []));
      row.push(l, i);
    }
  });
  const ys = [...rows.keys()].sort((a, b) => a - b);
  const maxBorder = Math.max(0, ...looks.map((l) => l.border?.width ?? 0));

  // The rows in view are painted at once, on the first call of a drawing, and handed to ECharts
  // as one image by the first of them; the calls for the others return nothing. A drawing is
  // told from the last by where the grid and the first row lie (the scroll windows move them).
  let drawn: DrawnRow[] = [];
  let drawnKey = '';
  let image: CellsImage | null = null;
  let anchor = NaN;
  const paintView = (grid: Box, api: CustomSeriesRenderItemAPI) => {
    const [bandX, bandY] = api.size!([1, 1]) as number[];
    const [halfX, halfY] = [bandX! / 2, bandY! / 2];
    const size = { width: bandX!, height: bandY! };
    const pad = 1 + maxBorder;
    const surface = openSurface({ x: grid.x - pad, y: grid.y - pad, width: grid.width + 2 * pad, height: grid.height + 2 * pad }, make);
    drawn = [];
    anchor = NaN;
    // A column's centre is the same in every row.
    const centres: number[] = [];
    for (const y of ys) {
      const cy = api.coord([0, y])[1]!;
      if (cy < grid.y || cy > grid.y + grid.height) continue;
      if (Number.isNaN(anchor)) anchor = y;
      const row: DrawnRow = { top: cy - halfY, bottom: cy + halfY, halfWidth: halfX, cells: [] };
      const cells: PaintedCell[] = [];
      const pairs = rows.get(y)!;
      for (let p = 0; p < pairs.length; p += 2) {
        const look = looks[pairs[p]!]!;
        const index = pairs[p + 1]!;
        const at = index * look.dims;
        const x = look.data[at + look.x]!;
        const cx = (centres[x] ??= api.coord([x, y])[0]!);
        // Columns outside the horizontal scroll window are not drawn.
        if (cx < grid.x || cx > grid.x + grid.width) continue;
        row.cells.push({ cx, look: pairs[p]!, index });
        const label = look.label ? { ...look.label, value: valuesOf(look, index) } : null;
        cells.push({ cx, fill: look.fill(look.data, at), border: look.border, label });
      }
      drawn.push(row);
      if (surface) paintRow(surface, cells, { cy, ...size });
    }
    image = surface?.image ?? null;
  };
  const renderItem = (params: CustomSeriesRenderItemParams, api: CustomSeriesRenderItemAPI) => {
    const grid = params.coordSys as unknown as Box;
    const first = api.coord([0, ys[0]!]);
    const key = [grid.x, grid.y, grid.width, grid.height, first[0], first[1], ...(api.size!([1, 1]) as number[])].join();
    if (key !== drawnKey || make.owner !== rows) {
      drawnKey = key;
      make.owner = rows;
      paintView(grid, api);
    }
    return Number(api.value(0)) === anchor ? image : null;
  };

  const painted: CustomSeriesOption = {
    type: 'custom',
    name: PAINTED_SERIES,
    data: ys.map((y) => [y]),
    dimensions: ['y'],
    encode: { y: 0 },
    renderItem: renderItem as unknown as CustomSeriesOption['renderItem'],
  };

  const find = (px: number, py: number) => {
    const row = drawn.find((r) => py >= r.top && py < r.bottom);
    const cell = row?.cells.find((c) => Math.abs(px - c.cx) <= row.halfWidth);
    return row && cell ? { row, cell } : null;
  };
  const cellAt = (px: number, py: number): CellParams | null => {
    const hit = find(px, py);
    if (!hit) return null;
    const look = looks[hit.cell.look]!;
    return {
      componentType: 'series',
      seriesType: 'heatmap',
      seriesIndex: look.source,
      seriesName: look.name,
      dataIndex: hit.cell.index,
      value: valuesOf(look, hit.cell.index),
    };
  };
  const boxAt = (px: number, py: number): CellBox | null => {
    const hit = find(px, py);
    if (!hit) return null;
    const { row, cell } = hit;
    return {
      x: cell.cx - row.halfWidth,
      y: row.top,
      width: 2 * row.halfWidth,
      height: row.bottom - row.top,
      hover: looks[cell.look]!.hover,
    };
  };

  return { option: repainted(option, series, visualMaps, looks, painted, pointer, cellAt), series: PAINTED_SERIES, cellAt, boxAt };
}

/** The option with the painted heatmaps replaced by the rows, series indices and the tooltip kept in step. */
function repainted(
  option: EChartsOption,
  series: Series[],
  visualMaps: VisualMap[],
  looks: Look[],
  painted: CustomSeriesOption,
  pointer: PointerAt,
  cellAt: PaintedCells['cellAt'],
): EChartsOption {
  const gone = new Set(looks.map((l) => l.source));
  const kept = series.filter((_, i) => !gone.has(i));
  const newIndex = new Map<number, number>();
  series.forEach((_, i) => !gone.has(i) && newIndex.set(i, newIndex.size));
  const maps: VisualMap[] = [];
  for (const v of visualMaps) {
    if (v.seriesIndex === undefined) {
      maps.push(v);
      continue;
    }
    const targets = asList(v.seriesIndex)
      .map((i) => newIndex.get(i))
      .filter((i): i is number => i !== undefined);
    if (targets.length) maps.push({ ...v, seriesIndex: targets });
  }
  return {
    ...option,
    series: [...kept, painted] as EChartsOption['series'],
    visualMap: maps,
    tooltip: cellTooltip(option.tooltip, pointer, cellAt),
  };
}

type Formatter = (params: unknown, ...rest: unknown[]) => unknown;

/** The tooltip, given the cell under the pointer where ECharts gives a painted row. */
function cellTooltip(tooltip: EChartsOption['tooltip'], pointer: PointerAt, cellAt: PaintedCells['cellAt']): EChartsOption['tooltip'] {
  if (!isObject(tooltip) || typeof tooltip.formatter !== 'function') return tooltip;
  const own = tooltip.formatter as Formatter;
  const formatter: Formatter = (params, ...rest) => {
    const cellOf = (p: unknown) => {
      if (!isObject(p) || p.seriesName !== PAINTED_SERIES) return p;
      const at = pointer();
      return at ? cellAt(at[0], at[1]) : null;
    };
    const given = Array.isArray(params) ? params.map(cellOf).filter((p) => p !== null) : cellOf(params);
    return given === null || (Array.isArray(given) && !given.length) ? '' : own(given, ...rest);
  };
  return { ...tooltip, formatter } as EChartsOption['tooltip'];
}
