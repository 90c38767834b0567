// The key of a chart's reference lines (中位数, 目标), drawn as one row of line samples
// and texts above the plot. Labels at the lines themselves print on each other when two
// references are equal or close (中位数97.9% over 目标100%); a key never overlaps.
import { FONT_FAMILY, TEXT_COLOUR } from './chart-theme';
import type { GraphicElement } from './frame';
import { textWidth } from './text-width';

export interface ReferenceLine {
  /** e.g. 「中位数 97.9%」. */
  text: string;
  colour: string;
  dashed: boolean;
}

const SAMPLE_PX = 22;
const GAP_PX = 6;
const ITEM_GAP_PX = 18;
const FONT_PX = 12;

/** Graphic elements of the key, left to right from `left`, centred on `top` + 8. */
export function referenceKey(lines: readonly ReferenceLine[], left: number, top: number): GraphicElement[] {
  const out: GraphicElement[] = [];
  const y = top + 8;
  let x = left;
  for (const line of lines) {
    out.push({
      type: 'line',
      silent: true,
      z: 100,
      shape: { x1: x, y1: y, x2: x + SAMPLE_PX, y2: y },
      style: { stroke: line.colour, lineWidth: line.dashed ? 1 : 1.5, lineDash: line.dashed ? [4, 3] : null },
    });
    x += SAMPLE_PX + GAP_PX;
    out.push({
      type: 'text',
      silent: true,
      z: 100,
      x,
      y,
      style: { text: line.text, fill: TEXT_COLOUR, font: `${FONT_PX}px ${FONT_FAMILY}`, verticalAlign: 'middle' },
    });
    x += textWidth(line.text, FONT_PX) + ITEM_GAP_PX;
  }
  return out;
}
