// Marks on the figures the data checks flagged, laid over a chart option that a builder made:
// a coloured outline and a badge (「错误」 red, 「需核实」 amber, 「已说明」 grey; solid, dashed and
// dotted outlines, so the three differ without colour) on line points and bars, an outlined cell
// in a heatmap, and the finding and its explanation at the end of the tooltip. The option is
// not changed; the marked copy draws the same way on screen and in exported images.
import type { BarSeriesOption, EChartsOption, HeatmapSeriesOption, LineSeriesOption, VisualMapComponentOption } from 'echarts';
import type { MarkStatus } from '../checks/finding-index';
import type { ChartRow } from '../observations/chart-row';
import { FONT_FAMILY } from './chart-theme';
import { escapeHtml } from './escape-html';
import { asArray } from './tooltip';

export interface ChartMark {
  status: MarkStatus;
  /** The badge's words (「需核实」). */
  badge: string;
  /** 「数据核查：需核实」 */
  heading: string;
  /** The findings' messages and 「说明：…」 lines. */
  lines: string[];
}

export type ChartMarkOf = (row: ChartRow) => ChartMark | null;

/** What ECharts passes to tooltips and clicks; the view's `rowAt` reads the row from it. */
export interface MarkParams {
  componentType?: string;
  seriesIndex?: number;
  dataIndex: number;
  value?: unknown;
}

export type RowAt = (p: MarkParams) => ChartRow | null;

/**
 * A quick "not flagged" for heatmap cells, asked before their rows are made: the matrix has
 * hundreds of cells in view (an export page thousands) and few are flagged. `rowIdAt` is the view's (the
 * table row of a cell), `mayMark` the marker's (false: that row's figure has no finding).
 */
export interface CellPrefilter {
  rowIdAt: (p: MarkParams) => number | null;
  mayMark: (rowId: number) => boolean;
}

/** `colour`: outline and badge; `text`: the badge's words; `ink`: the tooltip heading on white. */
const MARK_STYLE: Record<MarkStatus, { colour: string; text: string; ink: string; border: 'solid' | 'dashed' | 'dotted' }> = {
  error: { colour: '#c62828', text: '#ffffff', ink: '#c62828', border: 'solid' },
  warning: { colour: '#f2a900', text: '#1a1a1a', ink: '#8a5a00', border: 'dashed' },
  explained: { colour: '#607d8b', text: '#ffffff', ink: '#455a64', border: 'dotted' },
};

const STATUSES: MarkStatus[] = ['error', 'warning', 'explained'];

/** Rich-text styles of the badges (one per status). */
const BADGE_RICH = Object.fromEntries(
  STATUSES.map((s) => [
    `mark_${s}`,
    {
      backgroundColor: MARK_STYLE[s].colour,
      color: MARK_STYLE[s].text,
      borderRadius: 3,
      padding: [2, 4],
      fontSize: 11,
      fontWeight: 'bold' as const,
      fontFamily: FONT_FAMILY,
    },
  ]),
);

/** The badge as rich text; the words come from the UI strings, never from data. */
const badge = (m: ChartMark) => `{mark_${m.status}|${m.badge}}`;

const outline = (m: ChartMark, width: number) => ({
  borderColor: MARK_STYLE[m.status].colour,
  borderWidth: width,
  borderType: MARK_STYLE[m.status].border,
});

type Item = { value?: unknown; symbolSize?: unknown; itemStyle?: object; label?: object } & Record<string, unknown>;

function asItem(item: unknown): Item {
  return typeof item === 'object' && item !== null && !Array.isArray(item) ? (item as Item) : { value: item };
}

/** The marks of one series' points, by data index (undefined: not flagged). */
function marksOf(data: readonly unknown[], seriesIndex: number, rowAt: RowAt, markOf: ChartMarkOf): (ChartMark | null)[] | null {
  let any = false;
  const out = new Array<ChartMark | null>(data.length);
  // One params object for every point (read, not kept): a ranking has thousands of bars.
  const params: MarkParams & { componentType: string } = { componentType: 'series', seriesIndex, dataIndex: 0, value: undefined };
  for (let dataIndex = 0; dataIndex < data.length; dataIndex++) {
    const item = data[dataIndex];
    out[dataIndex] = null;
    if (item === null || item === undefined) continue;
    params.dataIndex = dataIndex;
    params.value = typeof item === 'object' && !Array.isArray(item) ? (item as Item).value : item;
    const row = rowAt(params);
    const m = row ? markOf(row) : null;
    if (m) any = true;
    out[dataIndex] = m;
  }
  return any ? out : null;
}

function markLine(s: LineSeriesOption, marks: (ChartMark | null)[]): LineSeriesOption {
  const size = typeof s.symbolSize === 'number' ? s.symbolSize : 6;
  const data = (s.data ?? []).map((item, i) => {
    const m = marks[i];
    if (!m) return item;
    const it = asItem(item);
    return {
      ...it,
      symbolSize: (typeof it.symbolSize === 'number' ? it.symbolSize : size) + 4,
      itemStyle: { ...it.itemStyle, ...outline(m, 2.5) },
      label: { show: true, position: 'top', distance: 6, formatter: badge(m), rich: BADGE_RICH },
    };
  });
  return { ...s, data: data as LineSeriesOption['data'] };
}

function markBars(s: BarSeriesOption, marks: (ChartMark | null)[]): BarSeriesOption {
  const data = (s.data ?? []).map((item, i) => {
    const m = marks[i];
    if (!m) return item;
    const it = asItem(item);
    return { ...it, itemStyle: { ...it.itemStyle, ...outline(m, 2) } };
  });
  const label = s.label ?? {};
  const own = label.formatter;
  // The badge leads the bar's value label (the ranking's 「105  ▲5」), on its white ground.
  const formatter = (p: { dataIndex: number }) => {
    const text = typeof own === 'function' ? own(p as Parameters<typeof own>[0]) : typeof own === 'string' ? own : '';
    const m = marks[p.dataIndex];
    return m ? `${badge(m)} ${text}` : text;
  };
  return {
    ...s,
    data: data as BarSeriesOption['data'],
    label: { ...label, show: true, position: label.position ?? 'right', rich: { ...label.rich, ...BADGE_RICH }, formatter },
  };
}

/**
 * Calls `each` with the values of every cell of a heatmap, whether held as arrays or as one
 * flat typed array. A flat one lends one array to every call (read it, don't keep it): the
 * matrix passes thousands of cells on every filter change.
 */
function eachHeatmapCell(s: HeatmapSeriesOption, each: (value: number[], dataIndex: number) => void): void {
  const data = s.data as unknown;
  if (ArrayBuffer.isView(data)) {
    const flat = data as Float64Array;
    const dims = Array.isArray(s.dimensions) ? s.dimensions.length : 3;
    const value = new Array<number>(dims);
    for (let at = 0, i = 0; at + dims <= flat.length; at += dims, i++) {
      for (let d = 0; d < dims; d++) value[d] = flat[at + d]!;
      each(value, i);
    }
  } else if (Array.isArray(data)) data.forEach((d, i) => each(asItem(d).value as number[], i));
}

/**
 * Outlined cells over the heatmaps: one series per status, drawn last so that the outlines are
 * never covered, holding its cells' values as the heatmaps do (flat: x, y, score, cell).
 */
function heatmapOverlays(
  series: HeatmapSeriesOption[],
  indices: number[],
  rowAt: RowAt,
  markOf: ChartMarkOf,
  prefilter?: CellPrefilter,
): HeatmapSeriesOption[] {
  const cells: Record<MarkStatus, number[]> = { error: [], warning: [], explained: [] };
  let template: HeatmapSeriesOption | null = null;
  indices.forEach((si, k) => {
    const s = series[k]!;
    // One params object for every cell (read, not kept), as `eachHeatmapCell` lends its values.
    const params: MarkParams & { componentType: string } = { componentType: 'series', seriesIndex: si, dataIndex: 0, value: undefined };
    eachHeatmapCell(s, (value, dataIndex) => {
      params.dataIndex = dataIndex;
      params.value = value;
      if (prefilter) {
        const id = prefilter.rowIdAt(params);
        if (id === null || !prefilter.mayMark(id)) return;
      }
      const row = rowAt(params);
      const m = row ? markOf(row) : null;
      if (!m) return;
      template ??= s;
      cells[m.status].push(...value);
    });
  });
  if (!template) return [];
  const { dimensions, encode, xAxisIndex, yAxisIndex } = template;
  return STATUSES.filter((st) => cells[st].length).map((st) => ({
    type: 'heatmap',
    name: `check-marks-${st}`,
    dimensions,
    encode,
    xAxisIndex,
    yAxisIndex,
    data: Float64Array.from(cells[st]) as unknown as HeatmapSeriesOption['data'],
    itemStyle: { color: 'rgba(0,0,0,0)', borderColor: MARK_STYLE[st].colour, borderWidth: 2.5, borderType: MARK_STYLE[st].border },
    label: { show: false },
    z: 5,
  }));
}

function markBlock(m: ChartMark): string {
  const head = `<div style="color:${MARK_STYLE[m.status].ink};font-weight:bold">${escapeHtml(m.heading)}</div>`;
  const lines = m.lines.map((l) => `<div>${escapeHtml(l)}</div>`).join('');
  return `<div style="font-family:${escapeHtml(FONT_FAMILY)};max-width:360px;white-space:normal;line-height:1.5;margin-top:4px;padding-top:4px;border-top:1px solid #eee">${head}${lines}</div>`;
}

type Formatter = (params: unknown, ticket?: string, callback?: (ticket: string, html: string) => void) => string;

/**
 * The option with the flagged figures marked; the same object when nothing is flagged. With a
 * `prefilter`, heatmap cells it rules out are not looked up (the result is the same).
 */
export function markChartOption(option: EChartsOption, rowAt: RowAt, markOf: ChartMarkOf, prefilter?: CellPrefilter): EChartsOption {
  const series = asArray(option.series ?? []);
  let changed = false;
  const heatmaps: HeatmapSeriesOption[] = [];
  const heatmapIdx: number[] = [];
  const marked = series.map((s, si) => {
    if (s.type === 'heatmap') {
      heatmaps.push(s);
      heatmapIdx.push(si);
      return s;
    }
    if ((s.type !== 'line' && s.type !== 'bar') || !Array.isArray(s.data)) return s;
    const marks = marksOf(s.data, si, rowAt, markOf);
    if (!marks) return s;
    changed = true;
    return s.type === 'line' ? markLine(s, marks) : markBars(s as BarSeriesOption, marks);
  });
  const overlays = heatmaps.length ? heatmapOverlays(heatmaps, heatmapIdx, rowAt, markOf, prefilter) : [];
  const overlayIdx = overlays.map((_, i) => marked.length + i);
  marked.push(...overlays);
  if (!changed && !overlays.length) return option;
  // A heatmap is drawn through a visual map; the overlays keep their own colours.
  const visualMap: VisualMapComponentOption[] = [
    ...asArray(option.visualMap ?? []),
    ...(overlays.length
      ? [{ type: 'continuous' as const, show: false, min: 0, max: 1, dimension: 2, seriesIndex: overlayIdx, inRange: { opacity: [1, 1] } }]
      : []),
  ];
  return {
    ...option,
    series: marked,
    ...(option.visualMap || overlays.length ? { visualMap } : {}),
    tooltip: markedTooltip(option, rowAt, markOf),
  };
}

function markedTooltip(option: EChartsOption, rowAt: RowAt, markOf: ChartMarkOf): EChartsOption['tooltip'] {
  const tooltip = option.tooltip;
  if (!tooltip || Array.isArray(tooltip) || typeof tooltip.formatter !== 'function') return tooltip;
  const own = tooltip.formatter as Formatter;
  const formatter: Formatter = (params, ticket, callback) => {
    const blocks = asArray(params as MarkParams | MarkParams[])
      .filter((p) => p.componentType === 'series')
      .map((p) => rowAt(p))
      .map((row) => (row ? markOf(row) : null))
      .filter((m): m is ChartMark => m !== null)
      .map(markBlock);
    const marks = blocks.join('');
    // A tooltip shown again (with its evidence, tooltip-evidence.ts) keeps its marks.
    return own(params, ticket, callback && ((t: string, html: string) => callback(t, html + marks))) + marks;
  };
  return { ...tooltip, formatter: formatter as NonNullable<typeof tooltip.formatter> };
}
