// The chart's hook for painted heatmap cells: the painting itself (heatmap-painting, painted-cells)
// is handed in by the views that draw heatmaps, so that only its types are in the first page.
import type { EChartsOption } from 'echarts';
import { useLayoutEffect, useMemo } from 'react';
import type { CellPainting } from './heatmap-painting';

type Handlers = Record<string, (params: unknown) => void>;

export interface PaintedChart {
  /** The option to set: the given one, or as the painter draws it. */
  drawn: EChartsOption;
  events: Handlers | undefined;
  frame: CellPainting['frame'] | undefined;
  attach: CellPainting['attach'] | undefined;
}

/** `painter`: how the chart's heatmaps are painted (none: ECharts draws them). */
export function usePaintedCells(option: EChartsOption, onEvents: Handlers | undefined, painter?: () => CellPainting): PaintedChart {
  const painting = useMemo(() => painter?.(), [painter]);
  const result = useMemo(() => painting?.paint(option), [painting, option]);
  useLayoutEffect(() => painting?.drew(result?.painted ?? null), [painting, result]);
  const events = useMemo(() => (painting && onEvents ? painting.events(onEvents) : onEvents), [painting, onEvents]);
  return { drawn: result?.drawn ?? option, events, frame: painting?.frame, attach: painting?.attach };
}
