// The matrix's pre-aggregation: one year's rows grouped by indicator, one row per department
// (the later of duplicates), each group in ascending order of value. A year's cells are built
// once per table and dataset choice; a filter change (year, departments, colouring, sorting)
// then only picks cells from the groups and reads ranks off their order: no scan of the year's
// rows and no sort per change.
import type { RowColumns } from '../../observations/row-columns';
import { groupByYear, type StoredTable } from '../../observations/stored-table';
import { codeSet } from '../../observations/select-rows';
import { RadixOrder } from '../../metrics/radix-order';
import { runSteps, runStepsSliced, SLICE_MS, type Steps } from '../../steps';

export interface YearCells {
  year: number;
  /** The group of indicator code k is rows[start[k] .. start[k + 1]). */
  start: Uint32Array;
  /** Row indices (into the source's columns): finite values first, ascending, then the others. */
  rows: Uint32Array;
  /** Each row's department code, value and dataset code, beside it: a filter change reads them in order. */
  dept: Uint32Array;
  value: Float64Array;
  ds: Uint16Array;
  /** Rows with a finite value at the head of each group. */
  finite: Uint32Array;
  /**
   * 1 for each department code with a cell in the year: which departments the year lists is
   * then read off per department, not from every cell (built with the cells, in the store
   * worker; a year change on the page ran a scan of the year's cells cold, 40 ms at 1M).
   */
  present: Uint8Array;
}

/** The cells of every year of one source, each built on first use (or given ahead) and kept. */
export interface MatrixCellSource {
  cells(year: number): YearCells;
}

type Columns = Pick<RowColumns, 'dept' | 'ind' | 'value' | 'ds' | 'departments' | 'indicators'>;
type TableColumns = Columns & Pick<StoredTable, 'datasetIds' | 'byYear'>;

/** Cells of the selected rows of a view's columns (small inputs, tests, exports). */
export function cellSourceOfRows(c: RowColumns): MatrixCellSource {
  return cachedByYear(new Map(), (year) => {
    const of: number[] = [];
    for (let k = 0; k < c.length; k++) if (c.year[c.at[k]!] === year) of.push(c.at[k]!);
    return buildYearCells(c, year, of);
  });
}

/**
 * Cells of the whole stored table, or of some of its datasets: a year's rows come from the
 * table's year index, unless its cells were built `ahead` (by the store worker, allYearCells).
 * Departments are not filtered here: the matrix picks its rows' cells.
 */
export function cellSourceOfTable(t: TableColumns, datasets?: readonly string[], ahead?: readonly YearCells[]): MatrixCellSource {
  const keep = codeSet(datasets, t.datasetIds);
  const built = new Map(ahead?.map((c) => [c.year, c]));
  return cachedByYear(built, (year) => {
    const group = t.byYear.groups[year - t.byYear.from];
    if (!group || !keep) return buildYearCells(t, year, group ?? []);
    const of: number[] = [];
    for (let k = 0; k < group.length; k++) if (keep[t.ds[group[k]!]!]) of.push(group[k]!);
    return buildYearCells(t, year, of);
  });
}

function cachedByYear(built: Map<number, YearCells>, build: (year: number) => YearCells): MatrixCellSource {
  return {
    cells(year) {
      let c = built.get(year);
      if (!c) built.set(year, (c = build(year)));
      return c;
    },
  };
}

/**
 * Cells of every year of a table's columns, or of some of its datasets: what the store worker
 * builds for the page once a table is loaded (its copy of the columns has no year index).
 */
export function allYearCells(t: AllYearColumns, datasets?: readonly string[]): YearCells[] {
  return runSteps(yearCellSteps(t, datasets));
}

/** allYearCells a year at a time, awaiting `pause()` between slices (in the store worker). */
export async function allYearCellsSliced(
  t: AllYearColumns,
  datasets: readonly string[] | undefined,
  pause: () => Promise<void>,
  sliceMs = SLICE_MS,
): Promise<YearCells[]> {
  return (await runStepsSliced(yearCellSteps(t, datasets), pause, sliceMs)).value;
}

type AllYearColumns = Columns & Pick<StoredTable, 'year' | 'datasetIds'>;

function* yearCellSteps(t: AllYearColumns, datasets: readonly string[] | undefined): Steps<YearCells[]> {
  const byYear = groupByYear(t.year);
  const source = cellSourceOfTable({ ...t, byYear }, datasets);
  const out: YearCells[] = [];
  for (let k = 0; k < byYear.groups.length; k++) {
    yield;
    const c = source.cells(byYear.from + k);
    // Years with no row in the chosen datasets are left to the page (an empty year, if asked).
    if (c.rows.length > 0) out.push(c);
  }
  return out;
}

/** Every buffer of the cells, for a transfer list. */
export function yearCellsBuffers(cells: readonly YearCells[]): ArrayBuffer[] {
  const out: ArrayBuffer[] = [];
  for (const c of cells)
    for (const a of [c.start, c.rows, c.dept, c.value, c.ds, c.finite, c.present]) if (a.buffer instanceof ArrayBuffer) out.push(a.buffer);
  return out;
}

// The sorter's buffers are reused by every build: a year holds up to a few hundred thousand rows.
const scratch = { sorter: new RadixOrder(0) };

/** Groups `of` (row indices in table order) by indicator, keeping each department's last row. */
function buildYearCells(c: Columns, year: number, of: ArrayLike<number>): YearCells {
  const K = c.indicators.length;
  const n = of.length;
  // One pass in table order reads the table's big columns (rising indices); every later pass
  // reads these small copies, whatever order it goes in.
  const ind = new Uint32Array(n);
  const dept = new Uint32Array(n);
  const value = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const i = of[k]!;
    ind[k] = c.ind[i]!;
    dept[k] = c.dept[i]!;
    value[k] = c.value[i]!;
  }
  const kept = lastPerCell(ind, dept, K, c.departments.length);
  // Ascending finite values, then the others; a stable counting pass by indicator keeps
  // that order within each group.
  const m = kept.length;
  const finiteAt = new Uint32Array(m);
  const finiteValues = new Float64Array(m);
  let f = 0;
  for (let k = 0; k < m; k++) {
    const v = value[kept[k]!]!;
    if (!Number.isFinite(v)) continue;
    finiteAt[f] = kept[k]!;
    finiteValues[f++] = v;
  }
  if (scratch.sorter.capacity < f) scratch.sorter = new RadixOrder(f);
  const order = scratch.sorter.sort(finiteValues, f);
  const byValue = new Uint32Array(m);
  for (let k = 0; k < f; k++) byValue[k] = finiteAt[order[k]!]!;
  for (let k = 0, o = f; k < m; k++) if (!Number.isFinite(value[kept[k]!]!)) byValue[o++] = kept[k]!;

  const start = new Uint32Array(K + 1);
  const finite = new Uint32Array(K);
  for (let k = 0; k < m; k++) start[ind[byValue[k]!]! + 1]!++;
  for (let k = 0; k < K; k++) start[k + 1]! += start[k]!;
  const next = start.slice(0, K);
  const cells: YearCells = {
    year,
    start,
    finite,
    rows: new Uint32Array(m),
    dept: new Uint32Array(m),
    value: new Float64Array(m),
    ds: new Uint16Array(m),
    present: new Uint8Array(c.departments.length),
  };
  for (let k = 0; k < m; k++) {
    const p = byValue[k]!;
    const g = ind[p]!;
    const to = next[g]!++;
    const i = of[p]!;
    cells.rows[to] = i;
    cells.dept[to] = dept[p]!;
    cells.value[to] = value[p]!;
    cells.ds[to] = c.ds[i]!;
    cells.present[dept[p]!] = 1;
    if (k < f) finite[g]!++;
  }
  return cells;
}

/** Positions of the rows that no later row of the same department and indicator replaces. */
function lastPerCell(ind: Uint32Array, dept: Uint32Array, K: number, D: number): Uint32Array {
  const n = ind.length;
  // Positions by indicator (counting sort, table order kept), then per group the last row of
  // each department wins: walking a group backwards, a department's first row is its last.
  const count = new Uint32Array(K + 1);
  for (let k = 0; k < n; k++) count[ind[k]! + 1]!++;
  for (let k = 0; k < K; k++) count[k + 1]! += count[k]!;
  const grouped = new Uint32Array(n);
  const next = count.slice(0, K);
  for (let k = 0; k < n; k++) grouped[next[ind[k]!]!++] = k;
  const seen = new Int32Array(D).fill(-1);
  const out = new Uint32Array(n);
  let m = 0;
  for (let g = 0; g < K; g++) {
    for (let k = count[g + 1]! - 1; k >= count[g]!; k--) {
      const p = grouped[k]!;
      if (seen[dept[p]!] === g) continue;
      seen[dept[p]!] = g;
      out[m++] = p;
    }
  }
  return out.subarray(0, m);
}

export interface YearPresence {
  /** Per indicator code: a row of the year (its unit names an uncatalogued indicator), or -1. */
  ind: Int32Array;
  /** Per department code: 1 = holds a cell in the year. */
  dept: Uint8Array;
  /** Departments with cells the year before and none in the year. */
  withoutYear: number;
}

/** Which indicators and departments hold cells in `year`, among the `wanted` departments (null = all). */
export function yearPresence(source: MatrixCellSource, c: Columns, year: number, wanted: Uint8Array | null): YearPresence {
  const now = source.cells(year);
  const before = source.cells(year - 1).present;
  const D = c.departments.length;
  const dept = new Uint8Array(D);
  let withoutYear = 0;
  for (let d = 0; d < D; d++) {
    if (wanted && !wanted[d]) continue;
    dept[d] = now.present[d]!;
    if (before[d] && !dept[d]) withoutYear++;
  }
  // Each indicator's first cell of a wanted department: its first cell, unless some are chosen.
  const ind = new Int32Array(c.indicators.length).fill(-1);
  for (let g = 0; g < ind.length; g++)
    for (let k = now.start[g]!; k < now.start[g + 1]!; k++)
      if (!wanted || wanted[now.dept[k]!]) {
        ind[g] = now.rows[k]!;
        break;
      }
  return { ind, dept, withoutYear };
}
