// 矩阵 option: a heatmap of departments × indicators. Judged indicators use the
// good/bad scale, neutral ones a neutral scale, and missing cells are hatched
// (never a colour that could read as 0).
import type {
  DataZoomComponentOption,
  EChartsOption,
  HeatmapSeriesOption,
  TooltipComponentFormatterCallbackParams,
  VisualMapComponentOption,
} from 'echarts';
import { MISSING_DECAL, MISSING_FILL, NEUTRAL, TIER_DECALS, goodnessStops, tierOf, type Tier } from '../../metrics/colour-scale';
import { grown } from '../../grow-array';
import { FONT_FAMILY, MUTED_COLOUR, TEXT_COLOUR, formatNumber } from '../chart-theme';
import { AXIS_LABEL_FONT_SIZE, FIXED_GRID, LABEL_MARGIN, rotatedReach, widestLabel } from '../axis-room';
import { anySimulated, datasetLookup, indicatorLabel, type BuiltChart, type CommonChartInput } from '../common';
import { baseOption, buildFrame } from '../frame';
import { labelsFor } from '../labels';
import { windowFirst, type ScrollWindow } from '../scroll-window';
import { gradientLegends, type GradientLegend } from '../gradient-legend';
import { buildMatrixModel, type MatrixAxisEntry, type MatrixModel, type MatrixModelInput } from '../models/matrix-model';
import { matrixSummary } from '../summary';
import { asArray, pointTooltip, renderTooltips, type TooltipContent, type TooltipLine } from '../tooltip';
import { evidenceFormatter } from '../tooltip-evidence';

/** The model's input (its rows also give the tooltips their evidence) and how to draw it. */
export interface MatrixInput extends CommonChartInput, MatrixModelInput {
  /** Rows visible at once at most; more scroll in a window (default 30: the chart fits a 1080p screen). */
  maxVisibleRows?: number;
  /**
   * Height in px the chart should fit (the browser window's): the scroll window shows as many
   * rows as fit, at least 12, so that the rows, their scroll bars and the legend are seen at
   * once on a small screen too.
   */
  fitHeight?: number;
  /**
   * On screen: the row axis position the scroll window starts at (default 0). The option holds
   * only the window's rows and no vertical slider (scroll-window.ts): with thousands of
   * departments, only the rows in view become chart items, so a change stays fast at any size.
   */
  windowStart?: number;
  /** Exports: exactly these axis positions [start, end), without scroll windows (see matrix-export). */
  range?: MatrixRange;
}

export interface MatrixRange {
  rows: readonly [number, number];
  columns: readonly [number, number];
}

const NO_PREVIOUS_FILL = '#eeeeee';
const CELL_PX = 22;
/** Fewest rows a fitted scroll window shows, however low the window. */
const MIN_FITTED_ROWS = 12;
const LABEL_CELL_LIMIT = 300;
/** Where the labels begin, and the widths they are cut at. */
const GRID_LEFT = 12;
const ROW_LABEL_WIDTH = 150;
const COLUMN_LABEL_WIDTH = 130;

/**
 * Heatmap cells of one series, flat: x, y, colour position, cell index per cell. A typed
 * array is handed to ECharts as it is (no per-cell arrays to build, clone and collect).
 */
class HeatmapCells {
  private values = new Float64Array(256);
  count = 0;

  push(x: number, y: number, score: number, cell: number): void {
    const at = this.count++ * CELL_DIMENSIONS.length;
    this.values = grown(this.values, at + CELL_DIMENSIONS.length);
    this.values[at] = x;
    this.values[at + 1] = y;
    this.values[at + 2] = score;
    this.values[at + 3] = cell;
  }

  series(): Pick<HeatmapSeriesOption, 'data' | 'dimensions' | 'encode'> {
    return {
      data: this.values.slice(0, this.count * CELL_DIMENSIONS.length) as unknown as HeatmapSeriesOption['data'],
      dimensions: [...CELL_DIMENSIONS],
      encode: { x: 0, y: 1, value: 2 },
    };
  }
}

/** What each heatmap value holds; the cell index (4th) leads tooltips and clicks to the cell. */
const CELL_DIMENSIONS = ['x', 'y', 'score', 'cell'] as const;

/**
 * The heatmap of the rows in view (on screen) or of an export's range.
 * Pass `model` when it was built already (e.g. before the rows' evidence was read).
 */
export function buildMatrixOption(
  input: MatrixInput,
  model: MatrixModel = buildMatrixModel(input),
): BuiltChart<MatrixModel> & { window: ScrollWindow | null } {
  const { lang, palette } = input;
  const L = labelsFor(lang);
  const datasets = datasetLookup(input.datasets);
  const summary = matrixSummary(model, lang);

  const notes = [L.matrixColourNote(model.colourBy, palette === 'cb-safe')];
  const hasNoPrevious = model.noPreviousCount > 0;
  if (model.missingCount > model.noPreviousCount)
    notes.push(hasNoPrevious ? `${L.missingCellNote}${L.clauseSeparator}${L.noPreviousCellNote}` : L.missingCellNote);
  else if (hasNoPrevious) notes.push(L.noPreviousCellNote);
  const frame = buildFrame({ titles: input.titles, notes, demo: anySimulated(model.datasetIds, datasets), lang });

  const range = input.range;
  // Height around the rows: column labels and sliders (150 + 40) and the frame's titles and notes.
  const around = 150 + frame.top + frame.bottom + 40;
  const maxRows = visibleRowCap(input, around);
  const total = model.rowAxis.length;
  const scrollY = !range && total > maxRows;
  const first = scrollY ? windowFirst(input.windowStart, maxRows, total) : 0;
  const rowAxis = range ? rangeRows(model, range) : scrollY ? windowRows(model.rowAxis, first, maxRows) : model.rowAxis;
  const columnAxis = range ? axisSlice(model.columnAxis, range.columns[0], range.columns[1]) : model.columnAxis;
  const C = model.columns.length;
  const R = model.rows.length;
  const colPos = new Int32Array(C).fill(-1);
  columnAxis.forEach((e, i) => e.kind === 'item' && (colPos[e.index] = i));

  const tiers: Tier[] = input.decal ? ['good', 'mid', 'bad'] : ['mid'];
  const judged = new Map<Tier, HeatmapCells>(tiers.map((t) => [t, new HeatmapCells()]));
  const neutral = new HeatmapCells();
  const noPrevious = new HeatmapCells();
  const missing = new HeatmapCells();
  let cellsDrawn = 0;
  rowAxis.forEach((e, y) => {
    if (e.kind !== 'item') return;
    for (let c = 0; c < C; c++) {
      const k = c * R + e.index;
      const x = colPos[c]!;
      if (x < 0) continue;
      const score = model.score[k]!;
      cellsDrawn++;
      if (Number.isNaN(score)) {
        (model.missing[k] === 2 ? noPrevious : missing).push(x, y, 0, k);
        continue;
      }
      const cells = model.columns[c]!.indicator.direction === 'neutral' ? neutral : judged.get(input.decal ? tierOf(score) : 'mid')!;
      cells.push(x, y, score, k);
    }
  });

  // Values in the cells of a small matrix (on screen, all its cells count: scrolling keeps them).
  const showLabels = (range ? cellsDrawn : model.cellCount) <= LABEL_CELL_LIMIT;
  const cellLabel = {
    show: showLabels,
    fontSize: 10,
    color: TEXT_COLOUR,
    textBorderColor: 'rgba(255,255,255,0.85)',
    textBorderWidth: 2,
    formatter: (p: { value?: unknown }) => {
      const k = Array.isArray(p.value) ? Number(p.value[3]) : -1;
      const at = k >= 0 && k < model.cellCount ? model.current[k]! : -1;
      return at >= 0 ? formatNumber(input.rows.value[at]!, 1) : '';
    },
  };
  const border = { borderColor: '#ffffff', borderWidth: 1 };
  const series: HeatmapSeriesOption[] = [];
  const judgedIdx: number[] = [];
  for (const t of tiers) {
    const decal = input.decal ? TIER_DECALS[t] : null;
    judgedIdx.push(series.length);
    series.push({
      type: 'heatmap',
      name: `judged-${t}`,
      ...judged.get(t)!.series(),
      label: cellLabel,
      itemStyle: { ...border, ...(decal ? { decal } : {}) },
      emphasis: { itemStyle: { borderColor: '#333', borderWidth: 1 } },
    });
  }
  const neutralIdx = series.length;
  series.push({
    type: 'heatmap',
    name: 'neutral',
    ...neutral.series(),
    label: cellLabel,
    itemStyle: border,
    emphasis: { itemStyle: { borderColor: '#333', borderWidth: 1 } },
  });
  const plainIdx = [series.length, series.length + 1];
  series.push({
    type: 'heatmap',
    name: 'no-previous',
    ...noPrevious.series(),
    label: cellLabel,
    itemStyle: { ...border, color: NO_PREVIOUS_FILL },
  });
  series.push({
    type: 'heatmap',
    name: 'missing',
    ...missing.series(),
    label: { show: false },
    itemStyle: { color: MISSING_FILL, decal: MISSING_DECAL, borderColor: '#e0e0e0', borderWidth: 1 },
  });

  const ends = L.scaleEnds;
  const [goodText, badText] = model.colourBy === 'rank' ? ends.rank : ends.change;
  const [bigText, smallText] = model.colourBy === 'rank' ? ends.neutralRank : ends.neutralChange;
  // The visual maps colour the cells; their legends are drawn as graphics (see gradient-legend).
  const visualMap: VisualMapComponentOption[] = [
    { type: 'continuous', show: false, min: 0, max: 1, dimension: 2, seriesIndex: judgedIdx, inRange: { color: goodnessStops(palette) } },
    { type: 'continuous', show: false, min: 0, max: 1, dimension: 2, seriesIndex: [neutralIdx], inRange: { color: [...NEUTRAL[palette]] } },
    // Heatmaps require a visual map; this one keeps the fixed fills of cells without a score.
    { type: 'continuous', show: false, min: 0, max: 1, dimension: 2, seriesIndex: plainIdx, inRange: { opacity: [1, 1] } },
  ];
  const legends: GradientLegend[] = [];
  if (neutral.count > 0) legends.push({ low: smallText, high: bigText, colours: NEUTRAL[palette] });
  legends.push({ low: badText, high: goodText, colours: goodnessStops(palette) });
  frame.graphic.push(...gradientLegends(legends, { right: 12, bottom: frame.bottom }, MUTED_COLOUR));

  const tooltipFor = (k: number): TooltipContent | null => {
    if (!(k >= 0 && k < model.cellCount)) return null;
    const cell = model.cellAt(k, input.rows);
    const info = model.rows[cell.rowIndex]!;
    const ind = model.columns[cell.colIndex]!.indicator;
    const extra: TooltipLine[] = [];
    if (cell.rank) extra.push({ label: L.rankWithin, text: L.rankOf(cell.rank.rank, cell.rank.of) });
    return pointTooltip({
      department: info.department,
      indicatorLabel: indicatorLabel(ind, lang),
      direction: ind.direction,
      year: model.year,
      unit: ind.unit,
      row: cell.row,
      change: cell.change,
      datasets,
      lang,
      extra,
    });
  };
  const contentsOf = (params: TooltipComponentFormatterCallbackParams): TooltipContent[] => {
    const contents: TooltipContent[] = [];
    for (const p of asArray(params)) {
      const v = p.value;
      const c = Array.isArray(v) ? tooltipFor(Number(v[3])) : null;
      if (c) contents.push(c);
    }
    return contents;
  };
  const formatter = evidenceFormatter(contentsOf, (cs) => renderTooltips(cs, palette, lang), input.readEvidence);

  const entryText = (e: MatrixAxisEntry, labelOf: (i: number) => string) => {
    if (e.kind !== 'group') return labelOf(e.index);
    const label = e.label || L.otherType;
    return `■ ${label}${L.paren(String(e.count))}${e.continued ? L.continued : ''}`;
  };
  const rowText = (e: MatrixAxisEntry) => entryText(e, (i) => model.rows[i]!.department);
  const rowTexts = rowAxis.map(rowText);
  const columnTexts = columnAxis.map((e) => entryText(e, (i) => indicatorLabel(model.columns[i]!.indicator, lang)));
  // By the category's value (`r12`, `c3`): ECharts gives an index counted from the scroll window's first position.
  const axisText = (texts: string[]) => (value: string) => texts[Number(value.slice(1))] ?? '';
  // Room for the labels (axis-room.ts): the departments' names left of the grid, the
  // indicators' names above it at 45°, which also reach left of the first columns. On screen
  // every row's name counts, not the window's: the grid stays put as the rows scroll.
  const roomTexts = range ? rowTexts : lazyMap(model.rowAxis, rowText);
  const rowRoom = widestLabel(roomTexts, AXIS_LABEL_FONT_SIZE, ROW_LABEL_WIDTH) + LABEL_MARGIN;
  const columnReach = rotatedReach(widestLabel(columnTexts, AXIS_LABEL_FONT_SIZE, COLUMN_LABEL_WIDTH), AXIS_LABEL_FONT_SIZE);
  const scrollX = !range && columnAxis.length > 30;
  const dataZoom: DataZoomComponentOption[] = [];
  // Many indicators scroll in ECharts' slider, which filters the data: only the columns in view are laid out and drawn.
  if (scrollX) {
    dataZoom.push({
      type: 'slider',
      xAxisIndex: 0,
      height: 12,
      bottom: frame.bottom + 34,
      startValue: 0,
      endValue: 29,
      filterMode: 'filter',
      showDetail: false,
      brushSelect: false,
    });
  }

  const gridTop = frame.top + Math.ceil(columnReach + LABEL_MARGIN);
  const gridBottom = frame.bottom + (scrollX ? 56 : 36);
  const inView: ScrollWindow | null = scrollY ? { first, visible: maxRows, total, top: gridTop, bottom: gridBottom } : null;
  const option: EChartsOption = {
    ...baseOption(frame, summary, palette),
    tooltip: { trigger: 'item', confine: true, formatter, textStyle: { fontFamily: FONT_FAMILY } },
    grid: {
      left: GRID_LEFT + Math.ceil(Math.max(rowRoom, columnReach)),
      right: scrollY ? 36 : 16,
      top: gridTop,
      bottom: gridBottom,
      ...FIXED_GRID,
    },
    dataZoom,
    xAxis: {
      type: 'category',
      position: 'top',
      data: columnAxis.map((_, i) => `c${i}`),
      splitArea: { show: false },
      axisTick: { show: false },
      axisLabel: {
        rotate: 45,
        interval: 0,
        width: COLUMN_LABEL_WIDTH,
        overflow: 'truncate',
        color: TEXT_COLOUR,
        formatter: axisText(columnTexts),
      },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rowAxis.map((_, i) => `r${i}`),
      axisTick: { show: false },
      axisLabel: {
        interval: 0,
        width: ROW_LABEL_WIDTH,
        overflow: 'truncate',
        color: TEXT_COLOUR,
        formatter: axisText(rowTexts),
      },
    },
    visualMap,
    series,
  };
  return { option, summary, model, window: inView, height: Math.max(320, rowAxis.length * CELL_PX + around) };
}

/** How many rows the scroll window shows: the cap, or fewer when the chart is to fit a lower window. */
function visibleRowCap(input: MatrixInput, around: number): number {
  const cap = Math.max(5, input.maxVisibleRows ?? 30);
  if (input.fitHeight === undefined) return cap;
  const fitting = Math.floor((input.fitHeight - around) / CELL_PX);
  return Math.min(cap, Math.max(Math.min(MIN_FITTED_ROWS, cap), fitting));
}

/** An export's rows: the axis positions of its range. */
function rangeRows(model: MatrixModel, range: MatrixRange): MatrixAxisEntry[] {
  const total = model.rowAxis.length;
  return axisSlice(model.rowAxis, Math.max(0, range.rows[0]), Math.min(total, range.rows[1]));
}

/** `f` of each item, made as they are read (a widest label stops at its limit). */
function* lazyMap<T, U>(items: readonly T[], f: (item: T) => U): Iterable<U> {
  for (const item of items) yield f(item);
}

/**
 * The rows of the scroll window from `first`. A window that starts inside a group shows the
 * group's header, marked as continued, in its first row (over the row there, as a list's
 * sticky header does), so the rows in view always say which group they are in.
 */
function windowRows(axis: readonly MatrixAxisEntry[], first: number, visible: number): MatrixAxisEntry[] {
  const rows = axis.slice(first, first + visible);
  const header = rows[0]?.kind === 'item' ? groupAround(axis, first) : null;
  if (header) rows[0] = { ...header, continued: true };
  return rows;
}

/** Axis positions [start, end), with the header of a group the slice starts inside repeated as continued. */
function axisSlice(axis: readonly MatrixAxisEntry[], start: number, end: number): MatrixAxisEntry[] {
  const out = axis.slice(start, end);
  const header = out[0]?.kind === 'item' ? groupAround(axis, start) : null;
  if (header) out.unshift({ ...header, continued: true });
  return out;
}

type GroupHeader = Extract<MatrixAxisEntry, { kind: 'group' }>;

/** The header of the group that axis position `at` lies in (null: not in a group). */
function groupAround(axis: readonly MatrixAxisEntry[], at: number): GroupHeader | null {
  for (let i = at - 1; i >= 0; i--) {
    const e = axis[i]!;
    if (e.kind === 'group') return e;
  }
  return null;
}
