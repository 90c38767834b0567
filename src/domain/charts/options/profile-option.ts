// 部门画像 option: one grid per indicator, the department's values over the
// years with its peers' median, each grid titled with the peer rank.
import type { EChartsOption, LineSeriesOption, TitleComponentOption, TooltipComponentFormatterCallbackParams } from 'echarts';
import type { ChartRow, DepartmentInfo } from '../../observations/chart-row';
import type { Indicator } from '../../types';
import {
  AXIS_COLOUR,
  FONT_FAMILY,
  MEDIAN_COLOUR,
  MUTED_COLOUR,
  SPLIT_LINE_COLOUR,
  TEXT_COLOUR,
  formatNumber,
  hollowSymbol,
  seriesColour,
} from '../chart-theme';
import { datasetLookup, hasSimulated, indicatorLabel, type BuiltChart, type CommonChartInput } from '../common';
import { baseOption, buildFrame, CONTAIN_LABELS } from '../frame';
import { formatValue, unitLabel } from '../format';
import { labelsFor, type Lang } from '../labels';
import { buildProfileModel, type ProfileModel, type ProfilePanel } from '../models/profile-model';
import { profileSummary } from '../summary';
import { asArray, pointTooltip, renderTooltips, type TooltipContent, type TooltipLine } from '../tooltip';
import { evidenceFormatter } from '../tooltip-evidence';
import { countAxis } from '../count-axis';
import { cellTextWidth, columnsFor, smallMultiplesLayout } from './small-multiples';
import { wrapToWidth } from '../fit-text';

export interface ProfileInput extends CommonChartInput {
  rows: readonly ChartRow[];
  department: string;
  departments: readonly DepartmentInfo[];
  indicators: readonly Indicator[];
  years?: readonly [number, number];
  /** Width of the chart on screen in px (exports use `titles.width`): each panel's title is fitted to its cell. */
  width?: number;
}

/** Width assumed before the chart is measured: the chart area of a 1366-px window. */
const DEFAULT_WIDTH = 940;
const MAX_COLS = 3;
const TITLE_FONT = 12;
const SUBTITLE_FONT = 11;
const TITLE_LINE = 15;
const SUBTITLE_LINE = 14;
/** A panel's title and subtitle wrap onto at most this many lines each, then end in 「…」. */
const MAX_TITLE_LINES = 3;
const MAX_SUBTITLE_LINES = 2;
/** Height of a panel below its title, the gap to the next row included. */
const PLOT_HEIGHT = 142;

/** Each panel's title and subtitle, wrapped to the width of its cell. */
function fittedTitles(texts: readonly { text: string; sub: string }[], cellWidth: number) {
  const fitted = texts.map(({ text, sub }) => ({
    text: wrapToWidth(text, cellWidth, TITLE_FONT, MAX_TITLE_LINES),
    sub: sub ? wrapToWidth(sub, cellWidth, SUBTITLE_FONT, MAX_SUBTITLE_LINES) : [],
  }));
  // Every cell of the grid keeps the same title space: the most lines any panel needs.
  const textLines = Math.max(1, ...fitted.map((f) => f.text.length));
  const subLines = Math.max(1, ...fitted.map((f) => f.sub.length));
  // Top offset and the title box's padding, the lines with their gap, then room for the top axis label's upper half.
  return { fitted, space: 2 + 5 + textLines * TITLE_LINE + 2 + subLines * SUBTITLE_LINE + 8 };
}

/** Subtitle of a panel: 「2024年 同类（执法部门）第2/5名」. */
function panelRankText(p: ProfilePanel, lang: Lang): string {
  const L = labelsFor(lang);
  if (!p.peerRank || p.latestYear === null) return '';
  const rank = L.peerRankOf(p.peerRank.type, p.peerRank.rank, p.peerRank.of);
  return `${L.yearLabel(p.latestYear)} ${rank}`;
}

export function buildProfileOption(input: ProfileInput): BuiltChart<ProfileModel> {
  const { lang, palette } = input;
  const L = labelsFor(lang);
  const model = buildProfileModel(input);
  const datasets = datasetLookup(input.datasets);
  const summary = profileSummary(model, lang);
  const ownRows = model.panels.flatMap((p) => p.points.map((x) => x.row).filter((r): r is ChartRow => r !== null));
  const notes: string[] = [L.peerMedianNote];
  if (model.panels.some((p) => p.hasApproximate || p.hasDerived)) notes.push(L.markerNote);
  const frame = buildFrame({ titles: input.titles, notes, demo: hasSimulated(ownRows, datasets), lang });
  const colour = seriesColour(0, palette);
  const cellWidth = cellTextWidth(columnsFor(model.panels.length, MAX_COLS), input.titles?.width ?? input.width ?? DEFAULT_WIDTH);
  const { fitted, space } = fittedTitles(
    model.panels.map((p) => {
      const u = unitLabel(p.unit, lang);
      return { text: indicatorLabel(p.indicator, lang) + (u ? L.paren(u) : ''), sub: panelRankText(p, lang) };
    }),
    cellWidth,
  );
  const layout = smallMultiplesLayout(model.panels.length, frame, PLOT_HEIGHT + space, MAX_COLS, space);
  const years = model.years.map(String);

  // seriesIndex → (panel, kind)
  const seriesMap: { panel: number; median: boolean }[] = [];
  const series: LineSeriesOption[] = [];
  model.panels.forEach((p, i) => {
    seriesMap.push({ panel: i, median: false });
    series.push({
      type: 'line',
      name: indicatorLabel(p.indicator, lang),
      xAxisIndex: i,
      yAxisIndex: i,
      connectNulls: false,
      showSymbol: true,
      showAllSymbol: true,
      symbol: 'circle',
      symbolSize: 6,
      color: colour,
      lineStyle: { width: 2 },
      data: p.points.map((x) => {
        if (!x.row) return null;
        if (!x.row.qualifier && !x.row.derived) return x.row.value;
        return {
          value: x.row.value,
          symbol: hollowSymbol('circle'),
          symbolSize: x.row.derived ? 10 : 8,
          itemStyle: x.row.derived ? { color: colour, borderType: 'dashed' } : { color: colour },
        };
      }),
    });
    if (p.points.some((x) => x.peerMedian !== null)) {
      seriesMap.push({ panel: i, median: true });
      series.push({
        type: 'line',
        name: L.peerMedian,
        xAxisIndex: i,
        yAxisIndex: i,
        connectNulls: false,
        showSymbol: false,
        symbol: 'circle',
        color: MEDIAN_COLOUR,
        lineStyle: { width: 1, type: 'dashed' },
        data: p.points.map((x) => x.peerMedian),
        z: 1,
      });
    }
  });

  const tooltipFor = (seriesIndex: number, dataIndex: number): TooltipContent | null => {
    const m = seriesMap[seriesIndex];
    const p = m ? model.panels[m.panel] : undefined;
    const x = p?.points[dataIndex];
    if (!m || !p || !x) return null;
    const label = indicatorLabel(p.indicator, lang);
    if (m.median) {
      return {
        heading: L.peerMedian,
        sub: `${label} · ${L.yearLabel(x.year)}`,
        colour: MEDIAN_COLOUR,
        lines: [{ label: L.value, text: x.peerMedian === null ? L.noData : formatValue(x.peerMedian, p.unit, '', lang) }],
      };
    }
    const extra: TooltipLine[] = [];
    if (x.peerMedian !== null) extra.push({ label: L.peerMedian, text: formatValue(x.peerMedian, p.unit, '', lang) });
    if (p.peerRank && x.year === p.latestYear) extra.push({ label: L.rank, text: panelRankText(p, lang) });
    return pointTooltip({
      department: model.department,
      indicatorLabel: label,
      direction: p.indicator.direction,
      year: x.year,
      unit: p.unit,
      row: x.row,
      change: x.change,
      datasets,
      lang,
      colour,
      extra,
    });
  };
  const contentsOf = (params: TooltipComponentFormatterCallbackParams): TooltipContent[] => {
    const contents: TooltipContent[] = [];
    for (const p of asArray(params)) {
      const c = tooltipFor(p.seriesIndex ?? -1, p.dataIndex);
      if (c) contents.push(c);
    }
    return contents;
  };
  const formatter = evidenceFormatter(contentsOf, (cs) => renderTooltips(cs, palette, lang), input.readEvidence);

  const titles: TitleComponentOption[] = fitted.map((f, i) => ({
    text: f.text.join('\n'),
    subtext: f.sub.join('\n'),
    ...layout.cells[i]!.title,
    itemGap: 2,
    textStyle: { fontFamily: FONT_FAMILY, fontSize: TITLE_FONT, lineHeight: TITLE_LINE, fontWeight: 'bold', color: TEXT_COLOUR },
    subtextStyle: { fontFamily: FONT_FAMILY, fontSize: SUBTITLE_FONT, lineHeight: SUBTITLE_LINE, color: MUTED_COLOUR },
  }));

  const option: EChartsOption = {
    ...baseOption(frame, summary, palette),
    title: [...frame.title, ...titles],
    tooltip: { trigger: 'item', confine: true, formatter, textStyle: { fontFamily: FONT_FAMILY } },
    grid: layout.cells.map((c) => ({ ...c.grid, ...CONTAIN_LABELS })),
    xAxis: layout.cells.map((_, i) => ({
      type: 'category' as const,
      gridIndex: i,
      data: years,
      boundaryGap: false,
      axisLine: { lineStyle: { color: AXIS_COLOUR } },
      axisLabel: { color: MUTED_COLOUR, hideOverlap: true },
    })),
    yAxis: layout.cells.map((_, i) => ({
      type: 'value' as const,
      gridIndex: i,
      splitNumber: 3,
      ...countAxis(model.panels[i]?.unit ?? ''),
      axisLabel: { color: MUTED_COLOUR, formatter: (v: number) => formatNumber(v) },
      splitLine: { lineStyle: { color: SPLIT_LINE_COLOUR } },
    })),
    series,
  };
  return { option, summary, model, height: Math.max(layout.height, 300) };
}
