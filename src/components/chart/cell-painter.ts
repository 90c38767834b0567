// Heatmap cells painted row by row on one canvas, handed to ECharts as one image: fills,
// borders and labels as ECharts draws a heatmap's rectangles, in the same order.
import { openCanvas, type Box, type CanvasMaker, type PaintCanvas } from './reused-canvas';

/** A tile of stripes (see stripe-tiles), `1 / scale` device pixels per chart pixel. */
export interface FillTile {
  image: CanvasImageSource;
  repeat: 'repeat';
  scaleX: number;
  scaleY: number;
}

export type Fill = string | FillTile;

export interface CellBorder {
  colour: string;
  width: number;
  type: 'solid' | 'dashed' | 'dotted';
}

export interface CellLabel {
  text: (params: { value: number[] }) => string;
  fontSize: number;
  fontFamily: string;
  colour: string;
  outline: string | null;
  outlineWidth: number;
}

export interface PaintedCell {
  /** Centre of the cell's column, in chart pixels. */
  cx: number;
  fill: Fill;
  border: CellBorder | null;
  label: (CellLabel & { value: number[] }) | null;
}

/** The row's centre line and the size of each cell's band, in chart pixels. */
export interface RowGeometry {
  cy: number;
  width: number;
  height: number;
}

/** Where the cells are painted: a canvas over a box of the chart, drawn on in chart pixels. */
export interface Surface extends PaintCanvas {
  patterns: Map<FillTile, CanvasPattern | null>;
}

/** A cleared surface over `box` (chart pixels), in whole device pixels so that it is not resampled. */
export function openSurface(box: Box, make: CanvasMaker): Surface | null {
  const canvas = openCanvas(box, make);
  return canvas && { ...canvas, patterns: new Map() };
}

/** zrender's dashes for a border type. */
function dashOf(b: CellBorder): number[] {
  return b.type === 'dashed' ? [4 * b.width, 2 * b.width] : b.type === 'dotted' ? [b.width] : [];
}

/**
 * One row's cells, then their labels. Cells fill their bands to whole device pixels (edges
 * without anti-aliasing are several times cheaper to fill); a solid border is the band's right
 * and bottom edge in its colour, so that neighbours are parted by one border's width, as
 * ECharts' overlapping centred borders part them.
 */
export function paintRow(s: Surface, cells: readonly PaintedCell[], g: RowGeometry): void {
  const { ctx, ratio } = s;
  const snap = (v: number) => Math.round(v * ratio) / ratio;
  const y0 = snap(g.cy - g.height / 2);
  const y1 = snap(g.cy + g.height / 2);
  for (const c of cells) {
    const x0 = snap(c.cx - g.width / 2);
    const x1 = snap(c.cx + g.width / 2);
    const b = c.border;
    const edge = b && b.type === 'solid' ? Math.max(1, Math.round(b.width * ratio)) / ratio : 0;
    if (edge) {
      ctx.fillStyle = b!.colour;
      ctx.fillRect(x0, y0, x1 - x0, y1 - y0);
    }
    ctx.fillStyle = fillStyle(s, c.fill) ?? 'transparent';
    ctx.fillRect(x0, y0, x1 - x0 - edge, y1 - y0 - edge);
    if (b && !edge) {
      ctx.strokeStyle = b.colour;
      ctx.lineWidth = b.width;
      ctx.setLineDash(dashOf(b));
      ctx.strokeRect(x0, y0, x1 - x0, y1 - y0);
    }
  }
  for (const c of cells) if (c.label) paintLabel(ctx, c.label, c.cx, g.cy);
}

/** A tile's pattern; the surface draws in chart pixels, so stripes run on across rows as ECharts draws them. */
function fillStyle(s: Surface, fill: Fill): string | CanvasPattern | null {
  if (typeof fill === 'string') return fill;
  if (!s.patterns.has(fill)) {
    const pattern = s.ctx.createPattern(fill.image, fill.repeat);
    if (pattern && typeof DOMMatrix !== 'undefined') pattern.setTransform(new DOMMatrix([fill.scaleX, 0, 0, fill.scaleY, 0, 0]));
    s.patterns.set(fill, pattern);
  }
  return s.patterns.get(fill)!;
}
function paintLabel(ctx: CanvasRenderingContext2D, label: CellLabel & { value: number[] }, x: number, y: number): void {
  const text = label.text({ value: label.value });
  if (!text) return;
  ctx.font = `${label.fontSize}px ${label.fontFamily}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.setLineDash([]);
  if (label.outline && label.outlineWidth > 0) {
    ctx.strokeStyle = label.outline;
    ctx.lineWidth = label.outlineWidth;
    ctx.lineJoin = 'round';
    ctx.strokeText(text, x, y);
  }
  ctx.fillStyle = label.colour;
  ctx.fillText(text, x, y);
}
