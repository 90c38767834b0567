// The vertical scroll window of a long chart (ranking bars, matrix rows): a slider at the
// right edge plus wheel scrolling. 'filter' lays out and draws only the rows in view. The
// slider draws no data shadow: over sorted bars it is a plain curve, and drawing it went over
// every bar (thousands) at each filter change.
import type { DataZoomComponentOption } from 'echarts';

export function verticalScrollWindow(visibleRows: number, slider: { top: number; bottom: number }): DataZoomComponentOption[] {
  const span = { yAxisIndex: 0, startValue: 0, endValue: visibleRows - 1, filterMode: 'filter' } as const;
  return [
    { type: 'slider', ...span, right: 6, width: 14, ...slider, showDetail: false, showDataShadow: false, brushSelect: false },
    { type: 'inside', ...span, zoomOnMouseWheel: false, moveOnMouseWheel: true },
  ];
}
