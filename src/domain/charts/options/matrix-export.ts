// The matrix as exported: the whole selection, never the on-screen scroll window. When
// every department and indicator fits the image with cells of at least MIN_CELL_PX, it
// is one image; otherwise it is paged into several images of balanced size, each saying
// which departments and indicators it holds (「第 1/4 页：部门 1–21（共 33 个）…」).
import type { EChartsOption } from 'echarts';
import type { MatrixAxisEntry, MatrixModel } from '../models/matrix-model';
import { exportLabelsFor } from '../export-labels';
import type { Lang } from '../labels';
import { pageTitles, splits } from './export-pages';
import { buildMatrixOption, type MatrixInput, type MatrixRange } from './matrix-option';

/** Smallest cell side that keeps 12 px axis labels (rotated 45° on top) apart. */
export const MIN_CELL_PX = 20;
/** Height taken by title, rotated column headers, notes, legends and footer (up to 3 lines). */
const RESERVED_HEIGHT_PX = 300;
/** Width taken by row labels (150) and margins. */
const RESERVED_WIDTH_PX = 240;

export interface MatrixExportPage {
  range: MatrixRange;
  /** What the page holds; '' when one page holds everything. */
  label: string;
}

const itemsIn = (axis: readonly MatrixAxisEntry[], start: number, end: number) =>
  axis.slice(start, end).filter((e) => e.kind === 'item').length;

/** The pages an export of `size` needs for the whole matrix. */
export function matrixExportPages(model: MatrixModel, size: { width: number; height: number }, lang: Lang): MatrixExportPage[] {
  const maxRows = Math.floor((size.height - RESERVED_HEIGHT_PX) / MIN_CELL_PX);
  const maxCols = Math.floor((size.width - RESERVED_WIDTH_PX) / MIN_CELL_PX);
  const rowParts = splits(model.rowAxis.length, maxRows);
  const colParts = splits(model.columnAxis.length, maxCols);
  const n = rowParts.length * colParts.length;
  const X = exportLabelsFor(lang);
  const span = (axis: readonly MatrixAxisEntry[], [s, e]: [number, number]) => {
    const before = itemsIn(axis, 0, s);
    return { from: before + 1, to: before + itemsIn(axis, s, e), total: itemsIn(axis, 0, axis.length) };
  };
  const pages: MatrixExportPage[] = [];
  for (const rows of rowParts) {
    for (const columns of colParts) {
      const label = n > 1 ? X.matrixPage(pages.length + 1, n, span(model.rowAxis, rows), span(model.columnAxis, columns)) : '';
      pages.push({ range: { rows, columns }, label });
    }
  }
  return pages;
}

/** One export option per page; each page's subtitle says what it holds. */
export function buildMatrixExportOptions(input: MatrixInput, model: MatrixModel, size: { width: number; height: number }): EChartsOption[] {
  return matrixExportPages(model, size, input.lang).map(
    (p) => buildMatrixOption({ ...input, range: p.range, titles: pageTitles(input.titles, p.label) }, model).option,
  );
}
