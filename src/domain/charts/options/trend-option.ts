// 趋势 option: a line per department (single) or a grid per department (small
// multiples). Gaps stay gaps; approximate and derived points are hollow.
import type {
  EChartsOption,
  LineSeriesOption,
  TitleComponentOption,
  TooltipComponentFormatterCallbackParams,
  XAXisComponentOption,
  YAXisComponentOption,
} from 'echarts';
import { niceExtent } from '../../metrics/stats';
import {
  AXIS_COLOUR,
  FONT_FAMILY,
  MEDIAN_COLOUR,
  MUTED_COLOUR,
  SPLIT_LINE_COLOUR,
  formatNumber,
  hollowSymbol,
  seriesColour,
  seriesSymbol,
} from '../chart-theme';
import { datasetLookup, hasSimulated, indicatorLabel, type BuiltChart, type CommonChartInput } from '../common';
import { baseOption, buildFrame, CONTAIN_LABELS } from '../frame';
import { formatDelta, formatMetric, formatPct, unitLabel } from '../format';
import { labelsFor, type Lang } from '../labels';
import { buildTrendModel, type TrendMode, type TrendModel, type TrendPoint, type TrendSeries } from '../models/trend-model';
import { trendSummary } from '../summary';
import { asArray, pointTooltip, renderTooltips, type TooltipContent, type TooltipLine } from '../tooltip';
import { evidenceFormatter } from '../tooltip-evidence';
import type { ChartRow } from '../../observations/chart-row';
import type { Indicator } from '../../types';
import { cellTextWidth, smallMultiplesLayout } from './small-multiples';
import { truncateToWidth } from '../fit-text';
import { approxTextWidth } from '../gradient-legend';
import { isCountUnit } from '../count-axis';

/** The trend legend: one name a row (item 14 px + gap), icon and gap before the text, widest column. */
const LEGEND_ROW_HEIGHT = 20;
const LEGEND_ICON_WIDTH = 25 + 5 + 8;
const LEGEND_MAX_WIDTH = 300;

export type TrendLayout = 'single' | 'small-multiples';

export interface TrendInput extends CommonChartInput {
  rows: readonly ChartRow[];
  indicator: Indicator;
  departments: readonly string[];
  years: readonly [number, number];
  mode: TrendMode;
  layout: TrendLayout;
  /** Small multiples: one y range for every grid (true) or one per grid. */
  sharedY: boolean;
  maxSeries?: number;
  /** Width of the chart on screen in px (exports use `titles.width`): small multiples' titles are shortened to their cells. */
  width?: number;
}

/** Axis name of the plotted quantity in a mode. */
function modeAxisName(mode: TrendMode, unit: string, lang: Lang): string {
  const L = labelsFor(lang);
  const u = unitLabel(unit, lang);
  switch (mode) {
    case 'absolute':
      return L.axisValue + paren(u, lang);
    case 'yoy-abs':
      return L.modes['yoy-abs'] + paren(unit === '%' ? L.percentagePoints.trim() : u, lang);
    case 'yoy-pct':
      return L.axisChangePct;
    case 'index':
      return L.axisIndex;
  }
}

function paren(text: string, lang: Lang): string {
  if (!text) return '';
  return labelsFor(lang).paren(text);
}

/** The plotted figure of a point as text, or why there is none. */
function modeValueText(p: TrendPoint, model: TrendModel, s: TrendSeries, lang: Lang): string {
  const L = labelsFor(lang);
  const render = (v: number): string => {
    switch (model.mode) {
      case 'absolute':
        return formatNumber(v);
      case 'yoy-abs':
        return formatDelta(v, model.unit, lang);
      case 'yoy-pct':
        return formatPct(v);
      case 'index':
        return formatNumber(v, 1) + L.paren(L.indexBase(s.baseYear ?? p.year));
    }
  };
  return formatMetric(p.metric, lang, render);
}

function pointData(p: TrendPoint, symbol: string, colour: string): NonNullable<LineSeriesOption['data']>[number] {
  if (p.value === null) return null;
  if (!p.approximate && !p.derived) return p.value;
  return {
    value: p.value,
    symbol: hollowSymbol(symbol),
    symbolSize: p.derived ? 10 : 8,
    // Hollow symbols are stroked with the item colour and filled white.
    itemStyle: p.derived ? { color: colour, borderType: 'dashed' } : { color: colour },
  };
}

export function buildTrendOption(input: TrendInput): BuiltChart<TrendModel> {
  return trendOptionFromModel(buildTrendModel(input), input);
}

/** The option of a model built earlier (the first view kept for start-up keeps its model, not its rows). */
export function trendOptionFromModel(model: TrendModel, input: Omit<TrendInput, 'rows'>): BuiltChart<TrendModel> {
  const { lang, palette } = input;
  const L = labelsFor(lang);
  const datasets = datasetLookup(input.datasets);
  const shownRows = model.series.flatMap((s) => s.points.map((p) => p.row).filter((r): r is ChartRow => r !== null));
  const summary = trendSummary(model, lang);
  const notes: string[] = [];
  if (model.capped) notes.push(L.seriesCapped(model.series.length, model.totalDepartments, model.capYear));
  if (model.hasApproximate || model.hasDerived) notes.push(L.markerNote);
  if (model.hasGaps) notes.push(L.gapNote);
  const frame = buildFrame({ titles: input.titles, notes, demo: hasSimulated(shownRows, datasets), lang });
  const indLabel = indicatorLabel(model.indicator, lang);
  const yName = modeAxisName(model.mode, model.unit, lang);
  const yearLabels = model.years.map(String);
  const colours = model.series.map((_, i) => seriesColour(i, palette));
  const symbols = model.series.map((_, i) => seriesSymbol(i, palette, input.decal));

  const tooltipFor = (seriesIndex: number, dataIndex: number): TooltipContent | null => {
    const s = model.series[seriesIndex];
    const p = s?.points[dataIndex];
    if (!s || !p) return null;
    const extra: TooltipLine[] = [];
    if (model.mode !== 'absolute') extra.push({ label: L.modes[model.mode], text: modeValueText(p, model, s, lang) });
    return pointTooltip({
      department: s.department,
      indicatorLabel: indLabel,
      direction: model.indicator.direction,
      year: p.year,
      unit: model.unit,
      row: p.row,
      change: p.change,
      datasets,
      lang,
      colour: colours[seriesIndex],
      extra,
    });
  };
  const contentsOf = (params: TooltipComponentFormatterCallbackParams): TooltipContent[] => {
    const contents: TooltipContent[] = [];
    for (const p of asArray(params)) {
      if (p.componentType === 'markLine') contents.push({ heading: String(p.name ?? ''), lines: [] });
      else {
        const c = tooltipFor(p.seriesIndex ?? -1, p.dataIndex);
        if (c) contents.push(c);
      }
    }
    return contents;
  };
  const formatter = evidenceFormatter(contentsOf, (cs) => renderTooltips(cs, palette, lang), input.readEvidence);

  const refLine = referenceLine(model.mode, lang);
  // Counts and their changes are whole numbers; percentages and indexes are not.
  const integerAxis = (model.mode === 'absolute' || model.mode === 'yoy-abs') && isCountUnit(model.unit);
  const axisLabelFormatter = (v: number) => (model.mode === 'yoy-pct' ? formatNumber(v) + '%' : formatNumber(v));
  const lineSeries = (s: TrendSeries, i: number, axisIndex: number): LineSeriesOption => ({
    type: 'line',
    name: s.department,
    xAxisIndex: axisIndex,
    yAxisIndex: axisIndex,
    data: s.points.map((p) => pointData(p, symbols[i]!, colours[i]!)),
    connectNulls: false,
    showSymbol: true,
    showAllSymbol: true,
    symbol: symbols[i],
    symbolSize: 6,
    color: colours[i],
    lineStyle: { width: 2 },
    emphasis: { focus: 'series' },
    label: { show: false },
    ...(refLine && (i === 0 || input.layout === 'small-multiples') ? { markLine: refLine } : {}),
  });

  const base = baseOption(frame, summary, palette);
  const tooltip = { trigger: 'item' as const, confine: true, formatter, textStyle: { fontFamily: FONT_FAMILY } };

  if (input.layout === 'small-multiples' && model.series.length > 0) {
    const layout = smallMultiplesLayout(model.series.length, frame);
    const shared = input.sharedY ? niceExtent(model.series.flatMap((s) => s.points.map((p) => p.value))) : null;
    // A name longer than its cell ends in 「…」 (the whole name is in the tooltip and the summary).
    const width = input.titles?.width ?? input.width;
    const fit = (name: string) => (width ? truncateToWidth(name, cellTextWidth(layout.cols, width), 12) : name);
    const titles: TitleComponentOption[] = model.series.map((s, i) => ({
      text: fit(s.department),
      ...layout.cells[i]!.title,
      textStyle: { fontFamily: FONT_FAMILY, fontSize: 12, fontWeight: 'bold', color: colours[i] },
    }));
    const option: EChartsOption = {
      ...base,
      title: [...frame.title, ...titles],
      tooltip,
      grid: layout.cells.map((c) => ({ ...c.grid, ...CONTAIN_LABELS })),
      xAxis: layout.cells.map((_, i) => xAxis(yearLabels, i, L.axisYear, false)),
      yAxis: layout.cells.map((_, i) => yAxis(i, i % layout.cols === 0 ? yName : '', axisLabelFormatter, shared, integerAxis)),
      series: model.series.map((s, i) => lineSeries(s, i, i)),
    };
    return { option, summary, model, height: Math.max(layout.height, 320) };
  }

  // Every line's name stays readable: a plain legend down the right of the plot, one name a
  // row, never a paged one (「1/4」). The plot grows when the names need more rows.
  const names = model.series.map((s) => s.department);
  const legendWidth = Math.min(LEGEND_MAX_WIDTH, Math.max(0, ...names.map((n) => approxTextWidth(n, 12))) + LEGEND_ICON_WIDTH);
  const plotHeight = Math.max(420, names.length * LEGEND_ROW_HEIGHT + 40);
  const option: EChartsOption = {
    ...base,
    tooltip,
    legend: {
      type: 'plain',
      orient: 'vertical',
      top: frame.top + 8,
      right: 8,
      itemGap: LEGEND_ROW_HEIGHT - 14,
      itemHeight: 14,
      data: names,
      textStyle: { fontFamily: FONT_FAMILY },
    },
    grid: { left: 12, right: 24 + legendWidth, top: frame.top + 32, bottom: frame.bottom, ...CONTAIN_LABELS },
    xAxis: xAxis(yearLabels, 0, L.axisYear, true),
    yAxis: yAxis(0, yName, axisLabelFormatter, null, integerAxis),
    series: model.series.map((s, i) => lineSeries(s, i, 0)),
  };
  return { option, summary, model, height: plotHeight + frame.top + frame.bottom };
}

function referenceLine(mode: TrendMode, lang: Lang): LineSeriesOption['markLine'] | null {
  if (mode === 'absolute') return null;
  const L = labelsFor(lang);
  const at = mode === 'index' ? 100 : 0;
  const name = mode === 'index' ? L.axisIndex + ' 100' : L.noChange;
  return {
    silent: true,
    symbol: 'none',
    lineStyle: { color: MEDIAN_COLOUR, type: 'dashed', width: 1 },
    label: { show: false },
    data: [{ yAxis: at, name }],
  };
}

function xAxis(years: string[], gridIndex: number, name: string, showName: boolean): XAXisComponentOption {
  return {
    type: 'category',
    gridIndex,
    data: years,
    boundaryGap: false,
    name: showName ? name : '',
    nameLocation: 'middle',
    nameGap: 28,
    axisLine: { lineStyle: { color: AXIS_COLOUR } },
    axisLabel: { color: MUTED_COLOUR, hideOverlap: true },
  };
}

function yAxis(
  gridIndex: number,
  name: string,
  formatter: (v: number) => string,
  shared: [number, number] | null,
  integer: boolean,
): YAXisComponentOption {
  return {
    type: 'value',
    gridIndex,
    name,
    ...(integer ? { minInterval: 1 } : {}),
    nameTextStyle: { color: MUTED_COLOUR, align: 'left' },
    ...(shared ? { min: shared[0], max: shared[1] } : {}),
    axisLabel: { color: MUTED_COLOUR, formatter },
    splitLine: { lineStyle: { color: SPLIT_LINE_COLOUR } },
  };
}
