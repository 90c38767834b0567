// Protocol of the store worker: the stored table and rows' evidence, read off the main thread.
import type { RowRef } from '../db/repositories/observations-repo';
import type { RowText, StoredTable } from '../domain/observations/stored-table';
import type { CheckReport } from '../domain/checks/types';

export type StoreRequest =
  | { type: 'load-table'; id: number }
  | { type: 'row-texts'; id: number; refs: RowRef[] }
  /** The data checks over the table last loaded (`seq` says which load). */
  | { type: 'checks'; id: number };

export type StoreResponse =
  /** The table's typed arrays are transferred. `readMs`: IndexedDB, `buildMs`: merging. */
  | { type: 'table'; id: number; table: StoredTable; readMs: number; buildMs: number; seq: number }
  | { type: 'checks'; id: number; report: CheckReport; seq: number }
  | { type: 'row-texts'; id: number; texts: RowText[] }
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
