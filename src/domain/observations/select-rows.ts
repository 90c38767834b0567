// Filters the stored table down to the rows a view shows, as ChartRows.
import type { ChartRow } from './chart-row';
import { FLAG_DERIVED, qualifierOf } from './columns';
import type { StoredTable } from './stored-table';

export interface RowFilter {
  /** Indicator ids in view; undefined = all. */
  indicators?: readonly string[];
  /** Department names in view; undefined = all. */
  departments?: readonly string[];
  yearFrom?: number;
  yearTo?: number;
  /** Dataset ids in view; undefined = all. */
  datasets?: readonly string[];
}

function codeSet(values: readonly string[] | undefined, dict: readonly string[]): Uint8Array | null {
  if (!values) return null;
  const wanted = new Set(values);
  const mask = new Uint8Array(dict.length);
  for (let i = 0; i < dict.length; i++) if (wanted.has(dict[i]!)) mask[i] = 1;
  return mask;
}

/** Row indices that pass the filter, in table order. */
export function selectRowIndices(t: StoredTable, f: RowFilter): number[] {
  const deptMask = codeSet(f.departments, t.departments);
  const dsMask = codeSet(f.datasets, t.datasetIds);
  const lo = f.yearFrom ?? 0;
  const hi = f.yearTo ?? 65535;
  const out: number[] = [];
  const test = (i: number): void => {
    const y = t.year[i]!;
    if (y < lo || y > hi) return;
    if (deptMask && !deptMask[t.dept[i]!]) return;
    if (dsMask && !dsMask[t.ds[i]!]) return;
    out.push(i);
  };
  if (f.indicators) {
    for (const id of f.indicators) {
      const code = t.indicators.indexOf(id);
      const group = code >= 0 ? t.byIndicator[code] : undefined;
      if (group) for (let k = 0; k < group.length; k++) test(group[k]!);
    }
    if (f.indicators.length > 1) out.sort((a, b) => a - b);
  } else {
    for (let i = 0; i < t.length; i++) test(i);
  }
  return out;
}

export function chartRowAt(t: StoredTable, i: number): ChartRow {
  return {
    rowId: i,
    department: t.departments[t.dept[i]!]!,
    year: t.year[i]!,
    indicatorId: t.indicators[t.ind[i]!]!,
    value: t.value[i]!,
    unit: t.units[t.unit[i]!]!,
    qualifier: qualifierOf(t.qual[i]!),
    derived: (t.flags[i]! & FLAG_DERIVED) !== 0,
    datasetId: t.datasetIds[t.ds[i]!]!,
  };
}

export function selectRows(t: StoredTable, f: RowFilter): ChartRow[] {
  return selectRowIndices(t, f).map((i) => chartRowAt(t, i));
}

/** Distinct years present for an indicator (or all), ascending. */
export function yearsIn(t: StoredTable, indicatorId?: string): number[] {
  // Years are 16-bit: a presence array beats a Set over a million rows.
  const seen = new Uint8Array(65536);
  if (indicatorId !== undefined) {
    const code = t.indicators.indexOf(indicatorId);
    const g = code >= 0 ? t.byIndicator[code] : undefined;
    if (g) for (let k = 0; k < g.length; k++) seen[t.year[g[k]!]!] = 1;
  } else {
    for (let i = 0; i < t.length; i++) seen[t.year[i]!] = 1;
  }
  const out: number[] = [];
  for (let y = 0; y < seen.length; y++) if (seen[y]) out.push(y);
  return out;
}

/** Number of rows per indicator id (for the indicator picker). */
export function indicatorCounts(t: StoredTable): Map<string, number> {
  const m = new Map<string, number>();
  t.indicators.forEach((id, c) => {
    const n = t.byIndicator[c]?.length ?? 0;
    if (n > 0) m.set(id, n);
  });
  return m;
}

/** Departments present in the table with their row counts. */
export function departmentCounts(t: StoredTable): Map<string, number> {
  const counts = new Uint32Array(t.departments.length);
  for (let i = 0; i < t.length; i++) counts[t.dept[i]!]!++;
  const m = new Map<string, number>();
  t.departments.forEach((d, c) => {
    if (counts[c]! > 0) m.set(d, counts[c]!);
  });
  return m;
}
