// What the chosen datasets hold: the filters list only departments, indicators and years
// with data in them, so unticking a dataset takes its departments out of the lists.
import { departmentCounts, indicatorCounts, yearsIn } from './select-rows';
import type { StoredTable } from './stored-table';

export interface DatasetScope {
  /** Rows per indicator id. */
  indicators: Map<string, number>;
  /** Rows per department name. */
  departments: Map<string, number>;
  /** Years with data, ascending. */
  years: number[];
  /** Years with data of each indicator, ascending. */
  yearsOf: (indicatorId: string) => number[];
}

/** Counts over the rows of the datasets `ids` (undefined = every dataset). One pass over the table. */
export function datasetScope(t: StoredTable, ids: readonly string[] | undefined): DatasetScope {
  const wanted = ids ? new Set(ids) : null;
  if (!wanted || t.datasetIds.every((id) => wanted.has(id))) {
    return { indicators: indicatorCounts(t), departments: departmentCounts(t), years: yearsIn(t), yearsOf: (id) => yearsIn(t, id) };
  }
  const inScope = Uint8Array.from(t.datasetIds, (id) => (wanted.has(id) ? 1 : 0));
  const { from, groups } = t.byYear;
  const span = groups.length;
  const ind = new Uint32Array(t.indicators.length);
  const dept = new Uint32Array(t.departments.length);
  const allYears = new Uint8Array(span);
  // Years per indicator as one presence matrix (indicators × year span).
  const indYears = new Uint8Array(t.indicators.length * span);
  for (let i = 0; i < t.length; i++) {
    if (!inScope[t.ds[i]!]) continue;
    const k = t.ind[i]!;
    const y = t.year[i]! - from;
    ind[k]!++;
    dept[t.dept[i]!]!++;
    allYears[y] = 1;
    indYears[k * span + y] = 1;
  }
  const counts = (dict: readonly string[], n: Uint32Array) => {
    const m = new Map<string, number>();
    dict.forEach((name, c) => n[c]! > 0 && m.set(name, n[c]!));
    return m;
  };
  const present = (flags: Uint8Array) => {
    const out: number[] = [];
    flags.forEach((on, k) => on && out.push(from + k));
    return out;
  };
  return {
    indicators: counts(t.indicators, ind),
    departments: counts(t.departments, dept),
    years: present(allYears),
    yearsOf: (id) => {
      const k = t.indicators.indexOf(id);
      return k < 0 ? [] : present(indYears.subarray(k * span, (k + 1) * span));
    },
  };
}

/** The unit stored with each indicator that `keep` selects (its first row's unit), e.g. uncatalogued ones. */
export function statedUnits(t: StoredTable, keep: (id: string) => boolean): Map<string, string> {
  const m = new Map<string, string>();
  t.indicators.forEach((id, c) => {
    const first = t.byIndicator[c]?.[0];
    if (first !== undefined && keep(id)) m.set(id, t.units[t.unit[first]!] ?? '');
  });
  return m;
}
