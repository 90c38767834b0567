// 矩阵: departments × indicators for one year, each cell coloured by its rank
// within the indicator or by its change since the previous year.
import type { ChartRow, DepartmentInfo } from '../../observations/chart-row';
import type { Indicator } from '../../types';
import type { RowColumns } from '../../observations/row-columns';
import { change, type Change } from '../../metrics/change';
import { compareNames, namePlaces } from '../../metrics/name-order';
import { RadixOrder } from '../../metrics/radix-order';
import { dictionaryIndex } from '../../observations/select-rows';
import { buildCellGrid, percentileOf, previousCells } from './matrix-cells';
import { cellSourceOfRows, type MatrixCellSource } from './matrix-year-cells';

export type MatrixColourBy = 'rank' | 'change';
export type MatrixRowSort = 'score' | 'name' | 'coverage';
export type MatrixColumnSort = 'catalog' | 'name' | 'coverage';

export type MissingReason = 'not-reported' | 'no-previous';

export interface MatrixCell {
  rowIndex: number;
  colIndex: number;
  row: ChartRow | null;
  previous: ChartRow | null;
  rank: { rank: number; of: number; percentile: number } | null;
  change: Change | null;
  /** Colour position in [0, 1] (1 = best, or largest for neutral indicators); null = no colour. */
  score: number | null;
  /** Why the cell has no colour. */
  missing: MissingReason | null;
}

export interface MatrixRowInfo {
  department: string;
  type: string;
  /** Mean percentile over judged indicators (1 = best); null when none reported. */
  score: number | null;
  coverage: number;
}

export interface MatrixColumnInfo {
  indicator: Indicator;
  coverage: number;
}

export type MatrixAxisEntry =
  /** `continued`: the header repeated at the top of an export page or a scroll window that starts inside the group. */
  { kind: 'group'; label: string; count: number; continued?: boolean } | { kind: 'item'; index: number };

export interface MatrixModel {
  year: number;
  colourBy: MatrixColourBy;
  rows: MatrixRowInfo[];
  columns: MatrixColumnInfo[];
  /** Row axis top to bottom, with group headers when grouped. */
  rowAxis: MatrixAxisEntry[];
  /** Column axis left to right, with group headers when grouped. */
  columnAxis: MatrixAxisEntry[];
  /**
   * Every department × indicator pair (reported or not), column-major:
   * cell k = colIndex × rows.length + rowIndex. Kept in typed arrays because a
   * city-wide store has over 100,000 cells; `cellAt` makes the object for one cell.
   */
  cellCount: number;
  /** Index in the source rows of the cell's value this year, or -1. */
  current: Int32Array;
  /** The cell's value this year; NaN where not reported. */
  value: Float64Array;
  /** Colour position in [0, 1]; NaN = no colour. */
  score: Float64Array;
  /** Why a cell has no colour: 0 = it has one, 1 = not reported, 2 = no previous year. */
  missing: Uint8Array;
  reportedCount: number;
  missingCount: number;
  noPreviousCount: number;
  /** Catalog indicators left out because nobody reported them this year. */
  emptyColumns: number;
  /** Datasets of the reported cells (for the demo badge). */
  datasetIds: string[];
  /** The full description of cell k; rows are read from `rows` (default: the model's source). */
  cellAt(k: number, rows?: RowColumns): MatrixCell;
}

export interface MatrixModelInput {
  /** Columns the cells' row indices point into (and, without `cells`, the selected rows). */
  rows: RowColumns;
  /** The years' cells built ahead (a view over the stored table); default: from `rows`' selection. */
  cells?: MatrixCellSource;
  /** Candidate columns in catalog order; those without any value in the year are left out. */
  indicators: readonly Indicator[];
  /** Rows of the matrix (with types for grouping); empty = every department in the rows. */
  departments: readonly DepartmentInfo[];
  year: number;
  colourBy: MatrixColourBy;
  rowSort?: MatrixRowSort;
  columnSort?: MatrixColumnSort;
  groupRows?: boolean;
  groupColumns?: boolean;
}

const MISSING_CODES: readonly (MissingReason | null)[] = [null, 'not-reported', 'no-previous'];

export function buildMatrixModel(input: MatrixModelInput): MatrixModel {
  const { year, colourBy, rows: src } = input;
  const { list: deptList, rowOf: deptRow } = matrixDepartments(input);
  const R = deptList.length;
  const codeOf = codeMap(
    input.indicators.map((i) => i.id),
    src.indicators,
  );
  const cells = input.cells ?? cellSourceOfRows(src);
  const grid = buildCellGrid({ src, cells, year, colourBy, indicators: input.indicators, codeOf, deptRow, rowCount: R });
  const { keptCols, current, score, missing, rankOf, rankedIn } = grid;
  const C = keptCols.length;
  const n = R * C;
  // Last year's rows are only needed to colour by change and for a cell's details (a
  // tooltip): ranks, the default colouring, are built without them.
  const previousOf = (): Int32Array => (grid.previous ??= previousCells(grid, cells.cells(year - 1), deptRow, R));

  const columns: MatrixColumnInfo[] = keptCols.map((c, k) => ({ indicator: input.indicators[c]!, coverage: grid.columnCoverage[k]! }));
  const rows: MatrixRowInfo[] = deptList.map((d, i) => ({
    department: d.name,
    type: d.type,
    score: grid.scoreN[i]! > 0 ? grid.scoreSum[i]! / grid.scoreN[i]! : null,
    coverage: grid.rowCoverage[i]!,
  }));

  const cellAt = (k: number, from: RowColumns = src): MatrixCell => {
    const colIndex = Math.floor(k / R);
    const rowIndex = k - colIndex * R;
    const at = current[k]!;
    const before = previousOf()[k]!;
    const rk = rankOf[k]!;
    const value = at >= 0 ? src.value[at]! : undefined;
    return {
      rowIndex,
      colIndex,
      row: at >= 0 ? from.row(at) : null,
      previous: before >= 0 ? from.row(before) : null,
      rank: rk ? { rank: rk, of: rankedIn[colIndex]!, percentile: percentileOf(rk, rankedIn[colIndex]!) } : null,
      change: at >= 0 ? change(before >= 0 ? src.value[before] : undefined, value, year - 1, year) : null,
      score: Number.isNaN(score[k]!) ? null : score[k]!,
      missing: MISSING_CODES[missing[k]!]!,
    };
  };

  const nameOrder = matrixNameOrder(src, deptRow, rows);
  const rowOrder = sortRows(rows, nameOrder, input.rowSort ?? 'score');
  const colOrder = sortColumns(columns, input.columnSort ?? 'catalog');
  return {
    year,
    colourBy,
    rows,
    columns,
    rowAxis: input.groupRows ? grouped(rowOrder, (i) => rows[i]!.type, true) : rowOrder.map((index) => ({ kind: 'item', index })),
    columnAxis: input.groupColumns
      ? grouped(colOrder, (i) => columns[i]!.indicator.category)
      : colOrder.map((index) => ({ kind: 'item', index })),
    cellCount: n,
    current,
    value: grid.value,
    score,
    missing,
    reportedCount: grid.reported,
    missingCount: n - grid.reported,
    noPreviousCount: grid.noPrevious,
    emptyColumns: input.indicators.length - C,
    datasetIds: src.datasetIds.filter((_, d) => grid.datasetSeen[d] === 1),
    cellAt,
  };
}

/** The source rows of the matrix's reported cells, in table order (what an export of it lists). */
export function matrixCellRows(m: MatrixModel): number[] {
  const out: number[] = [];
  for (let k = 0; k < m.cellCount; k++) if (m.current[k]! >= 0) out.push(m.current[k]!);
  return out.sort((a, b) => a - b);
}

/**
 * The matrix's rows (the given departments without repeats, or every department in the rows)
 * and the row of each source department code (-1: not a row).
 */
function matrixDepartments(input: MatrixModelInput): { list: DepartmentInfo[]; rowOf: Int32Array } {
  const src = input.rows;
  const rowOf = new Int32Array(src.departments.length).fill(-1);
  const list: DepartmentInfo[] = [];
  if (input.departments.length) {
    // Names looked up in the dictionary's cached index: thousands of rows on every change.
    const codes = dictionaryIndex(src.departments);
    const outside = new Set<string>();
    for (const d of input.departments) {
      const code = codes.get(d.name);
      if (code === undefined) {
        if (outside.has(d.name)) continue;
        outside.add(d.name);
      } else if (rowOf[code]! >= 0) continue;
      else rowOf[code] = list.length;
      list.push(d);
    }
    return { list, rowOf };
  }
  for (let k = 0; k < src.length; k++) {
    const d = src.dept[src.at[k]!]!;
    if (rowOf[d]! >= 0) continue;
    rowOf[d] = list.length;
    list.push({ name: src.departments[d]!, region: '', type: '' });
  }
  return { list, rowOf };
}

/** For each code of `dict`, the index of its string in `wanted`, or -1. */
function codeMap(dict: readonly string[], wanted: readonly string[]): Int32Array {
  const index = new Map<string, number>();
  wanted.forEach((w, i) => index.has(w) || index.set(w, i));
  const out = new Int32Array(dict.length);
  for (let c = 0; c < dict.length; c++) out[c] = index.get(dict[c]!) ?? -1;
  return out;
}

/** Position of each name in Chinese (pinyin) order, through the names' kept places (name-order.ts). */
function nameRanks(names: readonly string[]): Int32Array {
  const at = namePlaces(names);
  const order = names.map((_, i) => i).sort((a, b) => at.get(names[a]!)! - at.get(names[b]!)!);
  const out = new Int32Array(names.length);
  order.forEach((i, pos) => (out[i] = pos));
  return out;
}

/** Name order of the rows; rows missing from the source dictionary fall back to collating all names. */
function matrixNameOrder(src: RowColumns, deptRow: Int32Array, rows: readonly MatrixRowInfo[]): Int32Array {
  const order = rowNameOrder(src, deptRow, rows.length);
  return order.includes(-1) ? nameRanks(rows.map((r) => r.department)) : order;
}

// Collation order of a dictionary, kept while the dictionary lives (one stored table):
// filter changes then sort rows by name without collating the names again.
const dictionaryOrder = new WeakMap<readonly string[], Int32Array>();

/** Name order of the matrix rows, through the source dictionary's cached collation order. */
function rowNameOrder(src: RowColumns, deptRow: Int32Array, R: number): Int32Array {
  let order = dictionaryOrder.get(src.departments);
  if (!order) dictionaryOrder.set(src.departments, (order = nameRanks(src.departments)));
  const out = new Int32Array(R).fill(-1);
  deptRow.forEach((r, code) => r >= 0 && (out[r] = order[code]!));
  return out;
}

// Thousands of rows are sorted on every filter change: by name with integer keys, then by
// score or coverage with a stable radix sort, which keeps the name order among equal keys.
const rowSorter = { sorter: new RadixOrder(0) };

function sortRows(rows: MatrixRowInfo[], nameOrder: Int32Array, by: MatrixRowSort): number[] {
  const byName = orderByRank(nameOrder);
  if (by === 'name') return byName;
  const R = rows.length;
  if (rowSorter.sorter.capacity < R) rowSorter.sorter = new RadixOrder(R);
  // Negated: the radix order is ascending, the rows go largest first.
  const key = new Float64Array(R);
  for (let j = 0; j < R; j++) {
    const r = rows[byName[j]!]!;
    key[j] = -(by === 'coverage' ? r.coverage : (r.score ?? -1));
  }
  const order = rowSorter.sorter.sort(key, R);
  return Array.from(order, (j) => byName[j]!);
}

/** Indices in ascending order of their ranks (distinct non-negative integers: placed, not compared). */
function orderByRank(rank: Int32Array): number[] {
  let max = -1;
  for (const r of rank) if (r > max) max = r;
  const slot = new Int32Array(max + 1).fill(-1);
  for (let i = 0; i < rank.length; i++) {
    const r = rank[i]!;
    // Not distinct after all: compare.
    if (r < 0 || slot[r]! >= 0) return Array.from(rank, (_, k) => k).sort((a, b) => rank[a]! - rank[b]!);
    slot[r] = i;
  }
  const out: number[] = [];
  for (const i of slot) if (i >= 0) out.push(i);
  return out;
}

function sortColumns(cols: MatrixColumnInfo[], by: MatrixColumnSort): number[] {
  const idx = cols.map((_, i) => i);
  if (by === 'name') return idx.sort((a, b) => compareNames(cols[a]!.indicator.labelZh, cols[b]!.indicator.labelZh));
  if (by === 'coverage') return idx.sort((a, b) => cols[b]!.coverage - cols[a]!.coverage || a - b);
  return idx;
}

/**
 * Stable grouping keeping the member order: groups appear in the order of their
 * first member (catalog order for categories) or, with `byName`, sorted by
 * name with the unnamed group last.
 */
function grouped(order: number[], keyOf: (i: number) => string, byName = false): MatrixAxisEntry[] {
  const groups = new Map<string, number[]>();
  for (const i of order) {
    const k = keyOf(i);
    let g = groups.get(k);
    if (!g) groups.set(k, (g = []));
    g.push(i);
  }
  const entries = [...groups];
  if (byName) entries.sort(([a], [b]) => ((a === '') !== (b === '') ? (a === '' ? 1 : -1) : compareNames(a, b)));
  const out: MatrixAxisEntry[] = [];
  for (const [label, members] of entries) {
    out.push({ kind: 'group', label, count: members.length });
    for (const index of members) out.push({ kind: 'item', index });
  }
  return out;
}
