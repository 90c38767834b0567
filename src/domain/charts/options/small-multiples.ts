// Grid layout of small multiples: one cell per department (trend) or per
// indicator (profile), laid out in percentages of a suggested height.
import { pct } from '../frame';

export interface MultipleCell {
  grid: { left: string; top: string; width: string; height: string };
  title: { left: string; top: string };
}

export interface MultiplesLayout {
  cells: MultipleCell[];
  cols: number;
  rows: number;
  /** Suggested chart height in px for which the percentages were computed. */
  height: number;
}

const TITLE_SPACE = 22;
const GAP = 10;

export function columnsFor(n: number, maxCols = 4): number {
  if (n <= 1) return 1;
  if (n <= 4) return Math.min(2, maxCols);
  if (n <= 9) return Math.min(3, maxCols);
  return maxCols;
}

/** Width in px that a cell's title text may take in a chart `chartWidth` px wide (the title box's padding of 5 px each side left out). */
export function cellTextWidth(cols: number, chartWidth: number): number {
  return Math.max(0, (chartWidth * (100 / cols - 2)) / 100 - 10);
}

export function smallMultiplesLayout(
  n: number,
  frame: { top: number; bottom: number },
  cellHeight = 190,
  maxCols = 4,
  titleSpace = TITLE_SPACE,
): MultiplesLayout {
  const cols = columnsFor(n, maxCols);
  const rows = Math.max(1, Math.ceil(n / cols));
  const height = Math.round(frame.top + frame.bottom + rows * cellHeight);
  const toPct = (px: number) => pct((px / height) * 100);
  const w = 100 / cols;
  const cells: MultipleCell[] = [];
  for (let i = 0; i < n; i++) {
    const r = Math.floor(i / cols);
    const c = i % cols;
    const cellTop = frame.top + r * cellHeight;
    const left = pct(c * w + 1);
    cells.push({
      title: { left, top: toPct(cellTop + 2) },
      grid: {
        left,
        top: toPct(cellTop + titleSpace),
        width: pct(w - 2),
        height: toPct(cellHeight - titleSpace - GAP),
      },
    });
  }
  return { cells, cols, rows, height };
}
