// Merging two department names into one (武汉经开区财政局 → 武汉经济技术开发区财政局):
// every value of the old name moves to the new one. A year and indicator that both
// names report with the same value is kept once; with different values the merge is
// refused, because neither may silently win.
import type { StoredTable } from '../observations/stored-table';

export interface MergeConflict {
  year: number;
  indicatorId: string;
  fromValue: number;
  toValue: number;
}

export interface MergePlan {
  /** Stored rows of the old name that duplicate a value of the new name (dropped). */
  duplicateRows: number[];
  conflicts: MergeConflict[];
  movedRows: number;
}

export function planMerge(t: StoredTable, from: string, to: string): MergePlan {
  const fromCode = t.departments.indexOf(from);
  const toCode = t.departments.indexOf(to);
  const plan: MergePlan = { duplicateRows: [], conflicts: [], movedRows: 0 };
  if (fromCode < 0) return plan;
  const target = new Map<string, number>();
  if (toCode >= 0) {
    for (let i = 0; i < t.length; i++) if (t.dept[i] === toCode) target.set(`${t.year[i]}|${t.ind[i]}`, t.value[i]!);
  }
  for (let i = 0; i < t.length; i++) {
    if (t.dept[i] !== fromCode) continue;
    const existing = target.get(`${t.year[i]}|${t.ind[i]}`);
    if (existing === undefined) plan.movedRows++;
    else if (existing === t.value[i]) plan.duplicateRows.push(i);
    else plan.conflicts.push({ year: t.year[i]!, indicatorId: t.indicators[t.ind[i]!]!, fromValue: t.value[i]!, toValue: existing });
  }
  return plan;
}
