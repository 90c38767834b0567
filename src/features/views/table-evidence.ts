// The data table reads the evidence of the rows in its scroll window, in blocks of rows, so
// that a scroll within a block asks for nothing new and a table of any length shows it (a
// table's every row was read before: at a million stored rows that touched most of the
// stored text, and past 5000 rows nothing was read at all).
import type { TableRow } from '../../domain/charts/models/table-model';

/** Model rows per evidence read. */
const EVIDENCE_BLOCK_ROWS = 50;

/** The block of each end of the window: the window's reads change only when these do. */
export function evidenceBlocks(firstIndex: number, lastIndex: number, block = EVIDENCE_BLOCK_ROWS): [number, number] {
  return [Math.floor(Math.max(0, firstIndex) / block), Math.floor(Math.max(0, lastIndex) / block)];
}

/** The stored row whose evidence a table row shows: its last (a range's last year). */
export const evidenceRowId = (r: TableRow): number | undefined => r.rowIds[r.rowIds.length - 1];

/** The evidence rows of the model rows in blocks `first`..`last`. */
export function evidenceRowIds(rows: readonly TableRow[], [first, last]: [number, number], block = EVIDENCE_BLOCK_ROWS): number[] {
  const out: number[] = [];
  for (let i = first * block; i < Math.min(rows.length, (last + 1) * block); i++) {
    const id = evidenceRowId(rows[i]!);
    if (id !== undefined) out.push(id);
  }
  return out;
}
