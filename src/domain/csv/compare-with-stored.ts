// An import against what is stored, keyed by observationKey: how many rows are new,
// unchanged or changed, and the changed ones with old → new (M4, M5).
import { observationKey, type ObservationColumns } from '../observations/columns';

export interface ValueChange {
  key: string;
  /** Row in the import's columns. */
  row: number;
  department: string;
  year: number;
  indicatorId: string;
  oldValue: number;
  newValue: number;
}

export interface StoredDiff {
  new: number;
  unchanged: number;
  changed: number;
  changes: ValueChange[];
}

export function compareWithStored(columns: ObservationColumns, stored: ReadonlyMap<string, number>): StoredDiff {
  const n = columns.numeric;
  const out: StoredDiff = { new: 0, unchanged: 0, changed: 0, changes: [] };
  for (let i = 0; i < n.length; i++) {
    const department = n.departments[n.dept[i]!]!;
    const indicatorId = n.indicators[n.ind[i]!]!;
    const year = n.year[i]!;
    const key = observationKey(department, year, indicatorId);
    const old = stored.get(key);
    const value = n.value[i]!;
    if (old === undefined) out.new++;
    else if (old === value) out.unchanged++;
    else {
      out.changed++;
      out.changes.push({ key, row: i, department, year, indicatorId, oldValue: old, newValue: value });
    }
  }
  return out;
}
