// Room for category axis labels, worked out from the labels themselves. With the grid's
// outer bounds (CONTAIN_LABELS), ECharts 6 builds every axis twice on every option: once to
// measure the labels and shrink the grid, once to draw them. Alternating year changes in one
// page at 4× CPU throttling took about 6% less time in the ranking and 4% less in the matrix
// with the grid given outright (FIXED_GRID). The labels are cut to a width (overflow
// 'truncate'), so their room never exceeds it.
import { TEXT_STYLE } from './chart-theme';
import { textWidth } from './text-width';

/** Axis labels take the charts' text size (baseOption's textStyle). */
export const AXIS_LABEL_FONT_SIZE = TEXT_STYLE.fontSize;

/** ECharts' default gap between an axis and its labels (axisLabel.margin). */
export const LABEL_MARGIN = 8;

/** The grid where the option puts it: labels are drawn in the room left around it. */
export const FIXED_GRID = { outerBoundsMode: 'none' } as const;

/** Estimates by font size, then text: department and indicator names come back on every change. */
const widths = new Map<number, Map<string, number>>();
const MAX_KEPT = 20_000;

function widthOf(text: string, fontSize: number): number {
  let bySize = widths.get(fontSize);
  if (!bySize) widths.set(fontSize, (bySize = new Map<string, number>()));
  let w = bySize.get(text);
  if (w === undefined) {
    if (bySize.size >= MAX_KEPT) bySize.clear();
    bySize.set(text, (w = textWidth(text, fontSize)));
  }
  return w;
}

/**
 * The widest of the labels as drawn when cut at `limit` px. The estimate counts CJK and
 * full-width characters at their exact em and others wider than most glyphs (text-width.ts).
 */
export function widestLabel(labels: Iterable<string>, fontSize: number, limit: number): number {
  let widest = 0;
  for (const label of labels) {
    widest = Math.max(widest, widthOf(label, fontSize));
    if (widest >= limit) return limit;
  }
  return widest;
}

/**
 * How far a label of `width` px rotated by 45° reaches from its tick, upwards and sideways:
 * ECharts ends it at the tick and centres it on its line (`fontSize` high).
 */
export function rotatedReach(width: number, fontSize: number): number {
  return width > 0 ? (width + fontSize / 2) * Math.SQRT1_2 : 0;
}
