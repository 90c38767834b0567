// The chart's hook for painted parts of its option: the painting itself (heatmap cells, line
// points) is handed in by the views, so that only its type is in the first page.
import type { EChartsOption } from 'echarts';
import { useLayoutEffect, useMemo, type ReactNode } from 'react';
import type { ChartLabels, ChartPainting } from './chart-painting';

type Handlers = Record<string, (params: unknown) => void>;

export interface PaintedChart {
  /** The option to set: the given one, or as the painter draws it. */
  drawn: EChartsOption;
  events: Handlers | undefined;
  frame: ChartPainting['frame'] | undefined;
  attach: ChartPainting['attach'] | undefined;
  /** Shown over the chart (see ChartPainting.paint). */
  overlay: ReactNode;
}

/** `painter`: how parts of the chart's option are painted (none: ECharts draws all of it). */
export function useChartPainting(
  option: EChartsOption,
  onEvents: Handlers | undefined,
  painter: (() => ChartPainting) | undefined,
  labels: ChartLabels,
): PaintedChart {
  const painting = useMemo(() => painter?.(), [painter]);
  const result = useMemo(() => painting?.paint(option, labels), [painting, option, labels]);
  useLayoutEffect(() => {
    result?.drew();
  }, [result]);
  const events = useMemo(() => (painting && onEvents ? painting.events(onEvents) : onEvents), [painting, onEvents]);
  return { drawn: result?.drawn ?? option, events, frame: painting?.frame, attach: painting?.attach, overlay: result?.overlay };
}
