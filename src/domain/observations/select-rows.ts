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

/** Per code of `dict`, 1 when its string is among `values`; null when every code is wanted (no values given). */
export function codeSet(values: readonly string[] | undefined, dict: readonly string[]): Uint8Array | null {
  if (!values) return null;
  const wanted = new Set(values);
  const mask = new Uint8Array(dict.length);
  for (let i = 0; i < dict.length; i++) if (wanted.has(dict[i]!)) mask[i] = 1;
  return mask;
}

// Code of each string of a dictionary, kept while the dictionary lives (one stored table):
// views and marks look names up in it on every filter change.
const dictionaryCodes = new WeakMap<readonly string[], Map<string, number>>();

/** The code of each string of `dict` (the first, should one repeat). */
export function dictionaryIndex(dict: readonly string[]): ReadonlyMap<string, number> {
  let codes = dictionaryCodes.get(dict);
  if (!codes) {
    codes = new Map();
    for (let c = 0; c < dict.length; c++) if (!codes.has(dict[c]!)) codes.set(dict[c]!, c);
    dictionaryCodes.set(dict, codes);
  }
  return codes;
}

/** Row indices that pass the filter, in table order. */
export function selectRowIndices(t: StoredTable, f: RowFilter): Uint32Array {
  const deptMask = codeSet(f.departments, t.departments);
  const dsMask = codeSet(f.datasets, t.datasetIds);
  const lo = f.yearFrom ?? 0;
  const hi = f.yearTo ?? 65535;
  const candidates = candidateRuns(t, f, lo, hi);
  const out = new Uint32Array(candidates ? candidates.reduce((s, g) => s + g.length, 0) : t.length);
  let n = 0;
  const test = (i: number): void => {
    const y = t.year[i]!;
    if (y < lo || y > hi) return;
    if (deptMask && !deptMask[t.dept[i]!]) return;
    if (dsMask && !dsMask[t.ds[i]!]) return;
    out[n++] = i;
  };
  if (!candidates) {
    for (let i = 0; i < t.length; i++) test(i);
    // A small selection does not keep the whole table's worth of room alive.
    return n < out.length / 2 ? out.slice(0, n) : out.subarray(0, n);
  }
  // Each run is in table order; their merge is too. Runs of years in range need no test
  // without other conditions.
  const whole = !f.indicators && !deptMask && !dsMask;
  const ends: number[] = [];
  for (const run of candidates) {
    if (whole) {
      out.set(run, n);
      n += run.length;
    } else for (let k = 0; k < run.length; k++) test(run[k]!);
    ends.push(n);
  }
  return mergeRuns(out.subarray(0, n), ends);
}

/**
 * Groups of rows that hold every row passing the filter, when they avoid a full scan:
 * the indicators' groups, or the groups of the years in range when they hold at most
 * half of the table. null = scan the whole table.
 */
function candidateRuns(t: StoredTable, f: RowFilter, lo: number, hi: number): Uint32Array[] | null {
  if (f.indicators) {
    const runs: Uint32Array[] = [];
    for (const id of new Set(f.indicators)) {
      const code = t.indicators.indexOf(id);
      const group = code >= 0 ? t.byIndicator[code] : undefined;
      if (group) runs.push(group);
    }
    return runs;
  }
  const { from, groups } = t.byYear;
  const first = Math.max(lo, from);
  const last = Math.min(hi, from + groups.length - 1);
  if (first === from && last === from + groups.length - 1) return null;
  const runs = groups.slice(Math.max(0, first - from), Math.max(0, last - from + 1));
  return runs.reduce((s, g) => s + g.length, 0) <= t.length / 2 ? runs : null;
}

/** Merges sorted runs (`ends`: where each run ends) into one sorted array, pairwise. */
function mergeRuns(a: Uint32Array, ends: number[]): Uint32Array {
  let bounds = [0, ...ends];
  let src: Uint32Array = a;
  let dst: Uint32Array = new Uint32Array(a.length);
  while (bounds.length > 2) {
    const next = [0];
    for (let r = 0; r + 1 < bounds.length; r += 2) {
      const start = bounds[r]!;
      const mid = bounds[r + 1]!;
      const end = bounds[r + 2] ?? mid;
      let i = start;
      let j = mid;
      let o = start;
      while (i < mid && j < end) dst[o++] = src[i]! <= src[j]! ? src[i++]! : src[j++]!;
      while (i < mid) dst[o++] = src[i++]!;
      while (j < end) dst[o++] = src[j++]!;
      next.push(end);
    }
    bounds = next;
    [src, dst] = [dst, src];
  }
  return src;
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
  return Array.from(selectRowIndices(t, f), (i) => chartRowAt(t, i));
}

/** Distinct years present for an indicator (or all), ascending. */
export function yearsIn(t: StoredTable, indicatorId?: string): number[] {
  const { from, groups } = t.byYear;
  if (indicatorId === undefined) return groups.flatMap((g, k) => (g.length ? [from + k] : []));
  // A presence array over the table's year span beats a Set over a million rows.
  const seen = new Uint8Array(groups.length);
  const code = t.indicators.indexOf(indicatorId);
  const g = code >= 0 ? t.byIndicator[code] : undefined;
  if (g) for (let k = 0; k < g.length; k++) seen[t.year[g[k]!]! - from] = 1;
  const out: number[] = [];
  seen.forEach((on, k) => on && out.push(from + k));
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
