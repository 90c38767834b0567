// A chart's side of painted heatmap cells (see painted-cells): where the pointer is, the cell
// its tooltip and clicks are about, and the outline a hovered cell gets (ECharts' emphasis).
// Loaded with the views that draw heatmaps, which hand it to their chart; not with the first page.
import type { PointerEvent } from 'react';
import { echarts } from '../../lib/echarts';
import { reusedCanvas } from './reused-canvas';
import type { ChartPainting } from './chart-painting';
import { withPaintedCells, type PaintedCells } from './painted-cells';
import { withStripeTiles } from './stripe-tiles';

type Chart = ReturnType<typeof echarts.init>;
type Outline = InstanceType<typeof echarts.graphic.Rect>;
type RowEvent = { seriesName?: unknown; event?: { offsetX?: number; offsetY?: number } };

/** The pointer over one chart and the cells drawn there last, kept across renders. */
class CellPointer {
  at: readonly [number, number] | null = null;
  private painted: PaintedCells | null = null;
  private chart: Chart | null = null;
  private outline: Outline | null = null;

  attach(chart: Chart): void {
    this.chart = chart;
    this.outline = new echarts.graphic.Rect({ silent: true, ignore: true, z: 1000, shape: { x: 0, y: 0, width: 0, height: 0 } });
    chart.getZr().add(this.outline);
  }

  /** A new drawing moves the cells: the old outline goes until the pointer moves again. */
  drew(painted: PaintedCells | null): void {
    this.painted = painted;
    this.hideOutline();
  }

  move(clientX: number, clientY: number): void {
    const dom = this.chart?.getDom();
    if (!dom || !this.painted) return;
    const box = dom.getBoundingClientRect();
    this.at = [clientX - box.left, clientY - box.top];
    this.showOutline();
  }

  leave(): void {
    this.at = null;
    this.hideOutline();
  }

  /** The cell a painted row's event is about, from where the event happened. */
  cellOf(params: unknown): unknown {
    const row = typeof params === 'object' && params !== null ? (params as RowEvent) : null;
    const e = row && row.seriesName === this.painted?.series ? row.event : undefined;
    const cell = e && typeof e.offsetX === 'number' && typeof e.offsetY === 'number' ? this.painted?.cellAt(e.offsetX, e.offsetY) : null;
    return cell ?? params;
  }

  private showOutline(): void {
    const box = this.at && this.painted?.boxAt(this.at[0], this.at[1]);
    if (!this.outline || !box?.hover) return this.hideOutline();
    const { colour, width, type } = box.hover;
    this.outline.attr({
      ignore: false,
      shape: { x: box.x, y: box.y, width: box.width, height: box.height },
      style: { fill: 'none', stroke: colour, lineWidth: width, lineDash: type === 'solid' ? false : type },
    });
  }

  private hideOutline(): void {
    if (this.outline && !this.outline.ignore) this.outline.attr({ ignore: true });
  }
}

/** Painting for one chart whose heatmaps may be painted. */
export function paintHeatmapCells(): ChartPainting {
  const pointer = new CellPointer();
  const canvas = reusedCanvas();
  const move = (e: PointerEvent) => pointer.move(e.clientX, e.clientY);
  return {
    paint: (option) => {
      // Stripe decals (the hatched cells) are drawn from one tile; see stripe-tiles.
      const tiled = withStripeTiles(option);
      const painted = withPaintedCells(tiled, () => pointer.at, canvas);
      return { drawn: painted?.option ?? tiled, drew: () => pointer.drew(painted) };
    },
    events: (handlers) =>
      Object.fromEntries(Object.entries(handlers).map(([name, handler]) => [name, (params) => handler(pointer.cellOf(params))])),
    frame: { onPointerMoveCapture: move, onPointerDownCapture: move, onPointerLeave: () => pointer.leave() },
    attach: (chart) => pointer.attach(chart),
  };
}
