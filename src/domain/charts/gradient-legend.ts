// Legends of continuous colour scales, drawn as graphic elements: a gradient bar between
// its two end labels. The option draws them itself instead of showing ECharts' visualMap
// components, which are costly to lay out on every filter change; exports carry them like
// any other text of the chart.
import { FONT_FAMILY } from './chart-theme';
import type { GraphicElement } from './frame';

export interface GradientLegend {
  /** Labels at the low (left) and high (right) end. */
  low: string;
  high: string;
  /** Colours from low to high, evenly spaced (as a continuous visualMap spreads them). */
  colours: readonly string[];
}

const BAR_WIDTH = 90;
const BAR_HEIGHT = 10;
const GAP = 5;
const LEGEND_GAP = 24;
const FONT_PX = 12;

/** Width of a text in px, estimated: full-width characters are square, others about half. */
export function approxTextWidth(text: string, px = FONT_PX): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/u.test(ch) ? px : px * 0.6;
  return w;
}

/** The legends side by side, left to right, the last one `right` px from the chart's edge. */
export function gradientLegends(
  legends: readonly GradientLegend[],
  at: { right: number; bottom: number },
  textColour: string,
): GraphicElement[] {
  const out: GraphicElement[] = [];
  let right = at.right;
  for (const legend of [...legends].reverse()) {
    out.push({ type: 'group', right, bottom: at.bottom, silent: true, children: legendChildren(legend, textColour) });
    right += legendWidth(legend) + LEGEND_GAP;
  }
  return out;
}

function legendWidth(l: GradientLegend): number {
  return approxTextWidth(l.low) + GAP + BAR_WIDTH + GAP + approxTextWidth(l.high);
}

function legendChildren(l: GradientLegend, fill: string): GraphicElement[] {
  const barX = approxTextWidth(l.low) + GAP;
  const text = (s: string, x: number): GraphicElement => ({
    type: 'text',
    x,
    y: BAR_HEIGHT / 2,
    style: { text: s, fill, font: `${FONT_PX}px ${FONT_FAMILY}`, verticalAlign: 'middle' },
  });
  const last = Math.max(1, l.colours.length - 1);
  return [
    text(l.low, 0),
    {
      type: 'rect',
      shape: { x: barX, y: 0, width: BAR_WIDTH, height: BAR_HEIGHT, r: 2 },
      style: { fill: { type: 'linear', x: 0, y: 0, x2: 1, y2: 0, colorStops: l.colours.map((color, i) => ({ offset: i / last, color })) } },
    },
    text(l.high, barX + BAR_WIDTH + GAP),
  ];
}
