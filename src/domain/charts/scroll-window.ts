// The scroll window of a long chart on screen (ranking bars, matrix rows). Its option holds only
// the rows in view and no ECharts slider: ECharts builds its model for every row it is given,
// each change, however few are in view. The view scrolls the window itself
// (features/views/chart-scroll), and an export draws pages instead.

/** The rows an option holds when it is windowed: [first, first + visible) of `total` positions. */
export interface ScrollWindow {
  first: number;
  visible: number;
  total: number;
  /** Where the view's scroll bar goes, in chart pixels from the top and bottom. */
  top: number;
  bottom: number;
}

/** The window's first row, clamped so that it is always full. */
export function windowFirst(requested: number | undefined, visible: number, total: number): number {
  return Math.min(Math.max(0, Math.floor(requested ?? 0)), Math.max(0, total - visible));
}
