// A plain vertical legend of line series shown as buttons beside the chart instead of ECharts
// drawing it. At 4× CPU throttling ECharts spent about a sixth of a trend change's setOption
// on the legend's 20 names (each a text, an icon and hover states, measured anew). The legend
// component stays in the option, hidden: ECharts still keeps which lines are shown, so the
// buttons toggle lines with ECharts' own legend actions. Exports draw ECharts' legend as before.
import type { EChartsOption } from 'echarts';
import { asList, isObject, type Dict } from './option-parts';
import { isPaintedShape, type PaintedShape } from './painted-points';

export interface LegendItem {
  name: string;
  colour: string;
  shape: PaintedShape;
}

/** Where ECharts would draw the legend's items, in chart pixels from the chart's top right. */
export interface HtmlLegend {
  items: LegendItem[];
  top: number;
  right: number;
  /** Row height of an item (icon height + gap). */
  row: number;
  iconWidth: number;
  iconHeight: number;
  fontFamily: string;
  fontSize: number;
}

/** ECharts' legend defaults: padding, icon width, gap between icon and text, text colour. */
export const LEGEND_PADDING = 5;
const ICON_WIDTH = 25;
const FONT_SIZE = 12;

/**
 * The option with its legend hidden and the legend to show instead (null: the legend is not
 * one of a kind shown so: one plain vertical legend at a fixed top and right, of named line series
 * with a colour and a filled symbol each).
 */
export function withHtmlLegend(option: EChartsOption): { option: EChartsOption; legend: HtmlLegend } | null {
  const legend = option.legend;
  if (!isObject(legend) || legend.show === false || legend.type !== 'plain' || legend.orient !== 'vertical') return null;
  const { top, right, itemGap, itemHeight, data } = legend;
  if (typeof top !== 'number' || typeof right !== 'number' || typeof itemGap !== 'number' || typeof itemHeight !== 'number') return null;
  if (legend.itemWidth !== undefined || legend.padding !== undefined || legend.selected !== undefined) return null;
  if (!Array.isArray(data) || !data.every((d) => typeof d === 'string')) return null;
  const series = asList(option.series as Dict | Dict[] | undefined);
  const byName = new Map(series.map((s) => [s.name, s]));
  const items: LegendItem[] = [];
  for (const name of data) {
    const s = byName.get(name);
    if (!s || s.type !== 'line' || typeof s.color !== 'string' || !isPaintedShape(s.symbol)) return null;
    items.push({ name, colour: s.color, shape: s.symbol });
  }
  const text = isObject(legend.textStyle) ? legend.textStyle : {};
  return {
    option: { ...option, legend: { ...legend, show: false } },
    legend: {
      items,
      top: top + LEGEND_PADDING,
      right: right + LEGEND_PADDING,
      row: itemHeight + itemGap,
      iconWidth: ICON_WIDTH,
      iconHeight: itemHeight,
      fontFamily: typeof text.fontFamily === 'string' ? text.fontFamily : 'sans-serif',
      fontSize: typeof text.fontSize === 'number' ? text.fontSize : FONT_SIZE,
    },
  };
}
