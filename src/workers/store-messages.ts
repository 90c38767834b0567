// Protocol of the store worker: the stored table and rows' evidence, read off the main thread.
import type { RowRef } from '../db/repositories/observations-repo';
import type { RowText, StoredTable } from '../domain/observations/stored-table';
import type { CheckReport } from '../domain/checks/types';
import type { YearCells } from '../domain/charts/models/matrix-year-cells';

export type StoreRequest =
  | { type: 'load-table'; id: number }
  | { type: 'row-texts'; id: number; refs: RowRef[] }
  /** The data checks over the table last loaded (`seq` says which load). */
  | { type: 'checks'; id: number }
  /** The matrix's cells of every year of the table last loaded, over some datasets (null: all). */
  | { type: 'matrix-cells'; id: number; datasets: string[] | null };

export type StoreResponse =
  /** The table's typed arrays are transferred. `readMs`: IndexedDB, `buildMs`: merging. */
  | { type: 'table'; id: number; table: StoredTable; readMs: number; buildMs: number; seq: number }
  | { type: 'checks'; id: number; report: CheckReport; seq: number }
  | { type: 'row-texts'; id: number; texts: RowText[] }
  /** Their arrays are transferred. */
  | { type: 'matrix-cells'; id: number; cells: YearCells[]; seq: number }
  | { type: 'error'; id: number; message: string };

/** Every buffer of the table, once each, for the transfer list. */
export function tableBuffers(t: StoredTable): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>();
  const views: ArrayBufferView[] = [
    t.dept,
    t.ind,
    t.year,
    t.value,
    t.unit,
    t.qual,
    t.flags,
    t.ds,
    t.chunk,
    t.pos,
    ...t.byIndicator,
    ...t.byYear.groups,
  ];
  for (const v of views) if (v.buffer instanceof ArrayBuffer) out.add(v.buffer);
  return [...out];
}
