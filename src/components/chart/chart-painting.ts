// What a chart's painter does: it paints part of an option on a canvas of its own instead of
// ECharts drawing it element by element (the matrix's heatmap cells, the trend's line points).
// Handed in by the views, so that only this type is in the first page's chart wrapper.
import type { EChartsOption } from 'echarts';
import type { PointerEvent, ReactNode } from 'react';
import type { echarts } from '../../lib/echarts';

type Chart = ReturnType<typeof echarts.init>;
type Handlers = Record<string, (params: unknown) => void>;

/** Words a painting shows, in the page's language. */
export interface ChartLabels {
  /** The accessible name of a legend shown as buttons. */
  legend: string;
}

export interface ChartPainting {
  /**
   * The option to set, what to do once the chart has it (after the commit that sets it), and
   * what is shown over the chart instead of a part ECharts would draw (a legend of buttons).
   */
  paint: (option: EChartsOption, labels: ChartLabels) => { drawn: EChartsOption; drew: () => void; overlay?: ReactNode };
  /** The view's handlers, given what the painted parts' events are about. */
  events: (handlers: Handlers) => Handlers;
  /** Pointer handlers for the chart's frame (mouse, pen and touch): they run before ECharts' own. */
  frame?: { onPointerMoveCapture: (e: PointerEvent) => void; onPointerDownCapture: (e: PointerEvent) => void; onPointerLeave: () => void };
  attach: (chart: Chart) => void;
}
