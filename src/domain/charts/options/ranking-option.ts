// 排名 (and 对比) option: sorted horizontal bars, the change since the previous
// year as label text, median and target lines.
import { countAxis } from '../count-axis';
import type { BarSeriesOption, EChartsOption, TooltipComponentFormatterCallbackParams } from 'echarts';
import type { ChartRow } from '../../observations/chart-row';
import type { Indicator } from '../../types';
import { NEUTRAL_SOLID, TIER_DECALS, rankColour, tierOf } from '../../metrics/colour-scale';
import {
  AXIS_COLOUR,
  FONT_FAMILY,
  MEDIAN_COLOUR,
  MUTED_COLOUR,
  SPLIT_LINE_COLOUR,
  TARGET_COLOUR,
  TEXT_COLOUR,
  formatNumber,
} from '../chart-theme';
import { datasetLookup, hasSimulated, indicatorLabel, type BuiltChart, type CommonChartInput } from '../common';
import { valueAxisBounds } from '../axis-extent';
import { baseOption, buildFrame } from '../frame';
import { AXIS_LABEL_FONT_SIZE, FIXED_GRID, LABEL_MARGIN, widestLabel } from '../axis-room';
import { formatChangeShort, formatValue, unitLabel } from '../format';
import { exportLabelsFor } from '../export-labels';
import { labelsFor } from '../labels';
import { referenceKey, type ReferenceLine } from '../reference-key';
import { buildRankingModel, type RankingEntry, type RankingModel } from '../models/ranking-model';
import { rankingSummary } from '../summary';
import { windowFirst, type ScrollWindow } from '../scroll-window';
import { asArray, pointTooltip, renderTooltips, type TooltipContent, type TooltipLine } from '../tooltip';
import { evidenceFormatter } from '../tooltip-evidence';

export interface RankingInput extends CommonChartInput {
  rows: readonly ChartRow[];
  indicator: Indicator;
  year: number;
  departments?: readonly string[];
  /** Bars visible at once on screen (default 30); more scroll in a window. */
  maxVisibleBars?: number;
  /**
   * On screen: the first bar of the scroll window (default 0). The option holds only the
   * window's bars and no slider (scroll-window.ts).
   * ECharts builds its model for every bar it is given, each change: at 1M, 2486 bars cost
   * 63 ms a change at 4× against 40 for the window's 30.
   */
  windowStart?: number;
  /**
   * An export's page: the bars [from, to) only (ranking-export.ts), however many. Overrides
   * `windowStart` and `maxVisibleBars`.
   */
  page?: readonly [number, number];
}

const BAR_PX = 24;
const GRID_LEFT = 12;
const NAME_LABEL_WIDTH = 160;
/** From the value axis to its name, below its labels. */
const NAME_GAP = 28;

/** Pass `model` when it was built already (a scroll changes the window, not the model). */
export function buildRankingOption(
  input: RankingInput,
  model: RankingModel = buildRankingModel(input),
): BuiltChart<RankingModel> & { window: ScrollWindow | null } {
  const { lang, palette } = input;
  const L = labelsFor(lang);
  const datasets = datasetLookup(input.datasets);
  const summary = rankingSummary(model, lang);
  const direction = model.indicator.direction;
  const unit = model.unit;
  const shownRows = model.entries.map((e) => e.row).filter((r): r is ChartRow => r !== null);
  const notes: string[] = [];
  if (model.hasApproximate || model.hasDerived) notes.push(L.approxBarNote);
  if (model.unreportedCount > 0) notes.push(L.unreportedCount(model.unreportedCount));
  if (model.entries.some((e) => formatChangeShort(e.change) !== '')) notes.push(exportLabelsFor(lang).changeMarks);
  const frame = buildFrame({ titles: input.titles, notes, demo: hasSimulated(shownRows, datasets), lang });
  const indLabel = indicatorLabel(model.indicator, lang);
  const all = model.entries;
  const page = input.page ? clampPage(input.page, all.length) : null;
  const maxVisible = page ? Infinity : Math.max(5, input.maxVisibleBars ?? 30);
  const scroll = all.length > maxVisible;
  const barBox = { top: frame.top + 24, bottom: frame.bottom + 24 };
  const first = scroll ? windowFirst(input.windowStart, maxVisible, all.length) : null;
  const windowed: ScrollWindow | null = first === null ? null : { first, visible: maxVisible, total: all.length, ...barBox };
  // The bars drawn: the page's, the window's, or every one.
  const entries = page ? all.slice(page[0], page[1]) : windowed ? all.slice(windowed.first, windowed.first + maxVisible) : all;
  // Part of the bars drawn: the value axis spans all of them, the same on every window or page.
  const partial = entries.length < all.length;

  const colourOf = (e: RankingEntry): string =>
    e.percentile === null ? MUTED_COLOUR : direction === 'neutral' ? NEUTRAL_SOLID[palette] : rankColour(e.percentile, direction, palette);

  // Bars are plain values coloured by a series callback: ECharts clones, checks and stores
  // every bar's item on each change, thousands of them, though only ~30 are in view. Objects
  // only for what a colour cannot say (approximate values, decals).
  const colours = entries.map(colourOf);
  const data: BarSeriesOption['data'] = entries.map((e, i) => {
    if (e.value === null) return null;
    const approx = !!e.row?.qualifier || !!e.row?.derived;
    const decal = input.decal && direction !== 'neutral' && e.percentile !== null ? TIER_DECALS[tierOf(e.percentile)] : null;
    if (!approx && !decal) return e.value;
    const colour = colours[i]!;
    return {
      value: e.value,
      itemStyle: {
        color: colour,
        ...(approx ? { opacity: 0.55, borderColor: colour, borderType: 'dashed' as const, borderWidth: 1.5 } : {}),
        ...(decal ? { decal } : {}),
      },
    };
  });

  const tooltipFor = (i: number): TooltipContent | null => {
    const e = entries[i];
    if (!e) return null;
    const extra: TooltipLine[] = [];
    if (e.rank !== null) {
      const pctBetter =
        e.percentile !== null && direction !== 'neutral' ? L.listSeparator + L.percentileLabel(Math.round(e.percentile * 100)) : '';
      extra.push({ label: L.rank, text: L.rankOf(e.rank, model.reportedCount) + pctBetter });
    }
    return pointTooltip({
      department: e.department,
      indicatorLabel: indLabel,
      direction,
      year: model.year,
      unit,
      row: e.row,
      change: e.change,
      datasets,
      lang,
      colour: colours[i]!,
      extra,
    });
  };
  const contentsOf = (params: TooltipComponentFormatterCallbackParams): TooltipContent[] => {
    const contents: TooltipContent[] = [];
    for (const p of asArray(params)) {
      if (p.componentType === 'markLine') contents.push({ heading: markLineText(String(p.name ?? ''), Number(p.value)), lines: [] });
      else {
        const c = tooltipFor(p.dataIndex);
        if (c) contents.push(c);
      }
    }
    return contents;
  };
  const formatter = evidenceFormatter(contentsOf, (cs) => renderTooltips(cs, palette, lang), input.readEvidence);
  const markLineText = (name: string, v: number) => `${name} ${formatValue(v, unit, '', lang)}`;

  // Reference lines run behind the bars and their labels (z below the series); they are
  // named in a key above the plot, never by labels at the lines, which collide when close.
  const references: ReferenceLine[] = [];
  const lines: NonNullable<NonNullable<BarSeriesOption['markLine']>['data']> = [];
  if (model.median !== null) {
    lines.push({ xAxis: model.median, name: L.median, lineStyle: { color: MEDIAN_COLOUR, type: 'dashed', width: 1 } });
    references.push({ text: markLineText(L.median, model.median), colour: MEDIAN_COLOUR, dashed: true });
  }
  if (model.target !== null) {
    lines.push({ xAxis: model.target, name: L.target, lineStyle: { color: TARGET_COLOUR, type: 'solid', width: 1.5 } });
    references.push({ text: markLineText(L.target, model.target), colour: TARGET_COLOUR, dashed: false });
  }
  frame.graphic.push(...referenceKey(references, GRID_LEFT, frame.top));

  const allNames = all.map((e) => e.department);
  const names = entries.map((e) => e.department);
  const unreported = new Set(all.filter((e) => e.value === null).map((e) => e.department));
  const isRate = unit === '%' && all.every((e) => e.value === null || (e.value >= 0 && e.value <= 100));
  const bounds = partial ? valueAxisBounds(all.map((e) => e.value)) : null;
  const u = unitLabel(unit, lang);
  const nameLabel = (value: string) => (unreported.has(value) ? value + L.paren(L.notReported) : value);
  // Room for the labels (axis-room.ts): the departments' names left of the grid; below it
  // the values, then the axis name, NAME_GAP from the axis and one line high.
  // Every name's room, not the window's: the grid stays put as the bars scroll.
  const nameRoom = widestLabel(allNames.map(nameLabel), AXIS_LABEL_FONT_SIZE, NAME_LABEL_WIDTH) + LABEL_MARGIN;
  const option: EChartsOption = {
    ...baseOption(frame, summary, palette),
    tooltip: { trigger: 'item', confine: true, formatter, textStyle: { fontFamily: FONT_FAMILY } },
    grid: {
      left: GRID_LEFT + Math.ceil(nameRoom),
      right: scroll ? 110 : 90,
      top: frame.top + (lines.length ? 24 : 8),
      bottom: frame.bottom + NAME_GAP + AXIS_LABEL_FONT_SIZE,
      ...FIXED_GRID,
    },
    // Never a slider: the view scrolls its window itself, and an export draws pages.
    dataZoom: [],
    xAxis: {
      type: 'value',
      name: u ? indLabel + L.paren(u) : indLabel,
      nameLocation: 'middle',
      nameGap: NAME_GAP,
      boundaryGap: [0, '8%'],
      // Rates stop at 100 % when every value fits.
      ...(isRate ? { min: 0, max: 100 } : bounds ? bounds : {}),
      ...countAxis(unit),
      axisLabel: { color: MUTED_COLOUR, formatter: (v: number) => formatNumber(v) },
      splitLine: { lineStyle: { color: SPLIT_LINE_COLOUR } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: names,
      axisLine: { lineStyle: { color: AXIS_COLOUR } },
      axisTick: { show: false },
      axisLabel: {
        color: TEXT_COLOUR,
        width: NAME_LABEL_WIDTH,
        overflow: 'truncate',
        interval: 0,
        // By the category's name: ECharts gives an index counted from the scroll window's first row.
        formatter: nameLabel,
      },
    },
    series: [
      {
        type: 'bar',
        name: indLabel,
        data,
        itemStyle: { color: (p: { dataIndex: number }) => colours[p.dataIndex] ?? MUTED_COLOUR },
        barMaxWidth: 18,
        label: {
          show: true,
          position: 'right',
          color: TEXT_COLOUR,
          // An opaque ground: a reference line never runs through a value.
          backgroundColor: '#ffffff',
          padding: [1, 2],
          formatter: (p) => {
            const e = entries[p.dataIndex];
            if (!e?.row) return '';
            const v = formatValue(e.row.value, e.row.unit || unit, e.row.qualifier, lang);
            const c = formatChangeShort(e.change);
            return c ? `${v}  ${c}` : v;
          },
        },
        markLine: lines.length
          ? {
              symbol: 'none',
              z: 1,
              label: { show: false },
              data: lines,
            }
          : undefined,
      },
    ],
  };
  const visible = Math.min(all.length, maxVisible);
  return { option, summary, model, window: windowed, height: Math.max(260, visible * BAR_PX + frame.top + frame.bottom + 60) };
}

/** [from, to) within [0, total), never empty when there are bars. */
function clampPage([from, to]: readonly [number, number], total: number): [number, number] {
  const a = Math.min(Math.max(0, Math.floor(from)), Math.max(0, total - 1));
  return [a, Math.min(total, Math.max(a + 1, Math.floor(to)))];
}
