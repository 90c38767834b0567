// On screen a long legend scrolls; an exported image cannot be scrolled, so every
// legend entry must be drawn. A horizontal scrolling legend becomes a plain legend
// that wraps, and the plot area moves down by the rows the wrapping adds.
import type { EChartsOption } from 'echarts';
import type { ImageSize } from './image-size';
import { textWidth } from '../domain/charts/text-width';

type Obj = Record<string, unknown>;

/** Legend metrics of ECharts' defaults (itemWidth 25, itemGap 10, 5 px icon gap, 12 px text). */
const ICON = 25 + 5;
const GAP = 10;
const FONT = 12;
/** Height one wrapped row adds (item height 14 + gap between rows). */
export const LEGEND_ROW_PX = 24;

function px(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** How many rows the names take when laid out left to right within `width`. */
export function legendRows(names: readonly string[], width: number): number {
  let rows = 1;
  let x = 0;
  for (const name of names) {
    const w = ICON + textWidth(name, FONT);
    if (x > 0 && x + w > width) {
      rows++;
      x = 0;
    }
    x += w + GAP;
  }
  return rows;
}

/** A legend entry's or series' name as ECharts shows it (a number as its digits). */
function nameText(name: unknown): string {
  return typeof name === 'string' || typeof name === 'number' ? String(name) : '';
}

function legendNames(legend: Obj, option: EChartsOption): string[] {
  if (Array.isArray(legend.data))
    return (legend.data as unknown[]).map((d) => (typeof d === 'string' ? d : nameText((d as Obj | null)?.name)));
  const series = (Array.isArray(option.series) ? option.series : option.series ? [option.series] : []) as Obj[];
  return series.map((s) => nameText(s.name));
}

/** The option with a single horizontal scroll legend made plain, and the grid below it moved down. */
export function fitLegendForExport(option: EChartsOption, size: ImageSize): EChartsOption {
  const legend = option.legend as Obj | Obj[] | undefined;
  if (!legend || Array.isArray(legend) || legend.type !== 'scroll' || (legend.orient && legend.orient !== 'horizontal')) return option;
  const left = px(legend.left) ?? 0;
  const right = px(legend.right) ?? 0;
  const rows = legendRows(legendNames(legend, option), size.width - left - right);
  const plain: Obj = { ...legend, type: 'plain' };
  const grid = option.grid as Obj | Obj[] | undefined;
  const top = grid && !Array.isArray(grid) ? px(grid.top) : null;
  if (rows === 1) return { ...option, legend: plain };
  // Without a numeric grid top the legend cannot be made room for: keep it scrolling.
  if (top === null) return option;
  return { ...option, legend: plain, grid: { ...(grid as Obj), top: top + (rows - 1) * LEGEND_ROW_PX } };
}
