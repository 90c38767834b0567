// The data table's column widths: names get room and wrap; UI words and numbers never break inside.
import { tableCell, type TableColumn, type TableRow } from '../../domain/charts/models/table-model';
import { textWidth } from '../../domain/charts/text-width';

/** Grid track of a column: names get room and wrap; numbers stay narrow. */
export function track(c: TableColumn): [min: number, fr: number] {
  if (c.key === 'evidence') return [200, 3];
  if (c.key === 'department' || c.key === 'indicator') return [120, 1.3];
  if (c.key === 'dataset') return [140, 1.2];
  if (c.key === 'span') return [88, 0.8];
  if (c.key === 'unit') return [40, 0.4];
  if (c.key === 'year' || c.key.startsWith('y')) return [56, 0.6];
  return [64, 0.7];
}

/** Width of the longest word of a header (bold 13 px) plus the cell padding. */
function headerMinPx(label: string): number {
  return Math.ceil(Math.max(0, ...label.split(/\s+/).map((w) => textWidth(w, 13))) * 1.1) + 12;
}

/** Columns that show what users' files and reports say (names, evidence), not UI words. */
export const DATA_COLUMNS: ReadonlySet<string> = new Set(['department', 'type', 'dataset', 'evidence']);
/** Columns whose cells may wrap anywhere (long names); the others' words must fit whole. */
const WRAPPING_COLUMNS: ReadonlySet<string> = new Set([...DATA_COLUMNS, 'indicator']);
/** Rows read to size the columns (enough to meet every unit and 「未报告」 of a view). */
const SIZING_ROWS = 2000;

/**
 * Each column's minimum width: its track's, or wider where a header word or a cell's word
 * needs it (「people」, 「Not reported」, 「1,302」 never break inside; names still wrap).
 */
export function columnMinWidths(columns: readonly TableColumn[], rows: readonly TableRow[]): number[] {
  return columns.map((c) => {
    let px = Math.max(track(c)[0], headerMinPx(c.label));
    if (WRAPPING_COLUMNS.has(c.key)) return px;
    const seen = new Set<string>();
    for (const r of rows.slice(0, SIZING_ROWS)) {
      for (const word of tableCell(r, c.key).text.split(/\s+/)) {
        if (seen.has(word)) continue;
        seen.add(word);
        // Cells are 13 px with 6 px padding each side (the estimate is wider than Latin text).
        px = Math.max(px, Math.ceil(textWidth(word, 13)) + 12);
      }
    }
    return px;
  });
}
