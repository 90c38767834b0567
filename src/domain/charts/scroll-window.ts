// The vertical scroll window of a long chart (ranking bars, matrix rows): a slider at the
// right edge plus wheel scrolling. 'filter' lays out and draws only the rows in view.
import type { DataZoomComponentOption } from 'echarts';

export function verticalScrollWindow(visibleRows: number, slider: { top: number; bottom: number }): DataZoomComponentOption[] {
  const span = { yAxisIndex: 0, startValue: 0, endValue: visibleRows - 1, filterMode: 'filter' } as const;
  return [
    { type: 'slider', ...span, right: 6, width: 14, ...slider, showDetail: false, brushSelect: false },
    { type: 'inside', ...span, zoomOnMouseWheel: false, moveOnMouseWheel: true },
  ];
}
