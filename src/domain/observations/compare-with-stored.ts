// Compares an import with what is stored: new, unchanged and changed rows.
// Keys are numbers built from dictionary codes, so a million stored rows are a Map
// of numbers, not of strings. Only numeric columns are read: the import's evidence
// (packed by the worker) is not decoded here.
import type { ObservationColumns } from './columns';
import { dictionaryIndex } from './select-rows';
import type { StoredTable } from './stored-table';

export interface ChangedRow {
  /** Row in the import. */
  row: number;
  /** Row in the stored table that holds the old value. */
  storedRow: number;
  oldValue: number;
  newValue: number;
}

export interface StoredComparison {
  newRows: number[];
  unchangedRows: number[];
  changed: ChangedRow[];
}

/** `excludeDataset`: a dataset the import replaces, whose rows do not count as stored. */
export function compareWithStored(cols: ObservationColumns, table: StoredTable, excludeDataset?: string): StoredComparison {
  const n = cols.numeric;
  const result: StoredComparison = { newRows: [], unchangedRows: [], changed: [] };
  const deptCode = dictionaryIndex(table.departments);
  const indCode = dictionaryIndex(table.indicators);
  const deptMap = n.departments.map((d) => deptCode.get(d) ?? -1);
  const indMap = n.indicators.map((d) => indCode.get(d) ?? -1);
  const nInd = Math.max(1, table.indicators.length);
  const key = (dept: number, ind: number, year: number) => (dept * nInd + ind) * 4096 + (year & 4095);

  // Only stored rows of departments and indicators that occur in the import matter.
  const wantDept = new Uint8Array(table.departments.length);
  for (const c of deptMap) if (c >= 0) wantDept[c] = 1;
  const excluded = excludeDataset === undefined ? -1 : table.datasetIds.indexOf(excludeDataset);
  const stored = new Map<number, number>();
  for (const code of new Set(indMap)) {
    if (code < 0) continue;
    const group = table.byIndicator[code]!;
    for (let k = 0; k < group.length; k++) {
      const i = group[k]!;
      if (wantDept[table.dept[i]!] && table.ds[i] !== excluded) stored.set(key(table.dept[i]!, code, table.year[i]!), i);
    }
  }
  for (let r = 0; r < n.length; r++) {
    const d = deptMap[n.dept[r]!]!;
    const ind = indMap[n.ind[r]!]!;
    const hit = d >= 0 && ind >= 0 ? stored.get(key(d, ind, n.year[r]!)) : undefined;
    if (hit === undefined) result.newRows.push(r);
    else if (table.value[hit] === n.value[r]) result.unchangedRows.push(r);
    else result.changed.push({ row: r, storedRow: hit, oldValue: table.value[hit]!, newValue: n.value[r]! });
  }
  return result;
}
