// The chart's side of painted heatmap cells (see painted-cells): where the pointer is, the cell
// its tooltip and clicks are about, and the outline a hovered cell gets (ECharts' emphasis).
import type { EChartsOption } from 'echarts';
import { useLayoutEffect, useMemo, type PointerEvent } from 'react';
import { echarts } from '../../lib/echarts';
import { reusedCanvas } from './cell-painter';
import { PAINTED_SERIES, withPaintedCells, type PaintedCells } from './painted-cells';

type Chart = ReturnType<typeof echarts.init>;
type Handlers = Record<string, (params: unknown) => void>;
type Outline = InstanceType<typeof echarts.graphic.Rect>;

const isPainted = (p: unknown): p is { seriesName: string; event?: { offsetX?: number; offsetY?: number } } =>
  typeof p === 'object' && p !== null && (p as { seriesName?: unknown }).seriesName === PAINTED_SERIES;

/** The pointer over one chart and the cells drawn there last, kept across renders. */
class CellPointer {
  at: readonly [number, number] | null = null;
  painted: PaintedCells | null = null;
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
    const e = isPainted(params) ? params.event : undefined;
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

export interface PaintedChart {
  /** The option to set: the given one, or with its plain heatmaps painted. */
  drawn: EChartsOption;
  /** The view's handlers, given the cell under the pointer where ECharts gives a painted row. */
  events: Handlers | undefined;
  /** Pointer handlers for the chart's frame (mouse, pen and touch): they run before ECharts' own. */
  frame: { onPointerMoveCapture: (e: PointerEvent) => void; onPointerDownCapture: (e: PointerEvent) => void; onPointerLeave: () => void };
  attach: (chart: Chart) => void;
}

export function usePaintedCells(option: EChartsOption, onEvents: Handlers | undefined): PaintedChart {
  const pointer = useMemo(() => new CellPointer(), []);
  const canvas = useMemo(() => reusedCanvas(), []);
  const painted = useMemo(() => withPaintedCells(option, () => pointer.at, canvas), [option, pointer, canvas]);
  useLayoutEffect(() => pointer.drew(painted), [pointer, painted]);
  const frame = useMemo(() => {
    const move = (e: PointerEvent) => pointer.move(e.clientX, e.clientY);
    return { onPointerMoveCapture: move, onPointerDownCapture: move, onPointerLeave: () => pointer.leave() };
  }, [pointer]);
  const events = useMemo(() => {
    if (!onEvents) return undefined;
    const out: Handlers = {};
    for (const [name, handler] of Object.entries(onEvents)) out[name] = (params) => handler(pointer.cellOf(params));
    return out;
  }, [onEvents, pointer]);
  const attach = useMemo(() => (chart: Chart) => pointer.attach(chart), [pointer]);
  return { drawn: painted?.option ?? option, events, frame, attach };
}
