// The matrix's cells as typed arrays: for every department × indicator pair, this year's
// row, its competition rank within the indicator and its colour position. Cells are
// column-major (cell = column × R + row), so that every per-column pass is contiguous.
// Each phase is a function of its own: a filter change runs them all, and small functions
// reach optimised code after a change or two where one long function kept falling back.
import type { RowColumns } from '../../observations/row-columns';
import type { Indicator } from '../../types';
import { changePct } from '../../metrics/change';
import { changeScore } from '../../metrics/colour-scale';
import { RadixOrder } from '../../metrics/radix-order';
import { grown } from '../../grow-array';

/** Cap of the change colour scale: ±50 % or more is the extreme colour. */
const CHANGE_CAP_PCT = 50;

export interface MatrixCellGrid {
  /** Candidate index of each kept column (candidates with a value this year). */
  keptCols: number[];
  /** Column of each source indicator code, or -1. */
  columnOf: Int32Array;
  /** Source row of each cell's value this year, or -1. */
  current: Int32Array;
  /** Colour position in [0, 1]; NaN = no colour. */
  score: Float64Array;
  /** 0 = coloured, 1 = not reported, 2 = no previous year (colour by change). */
  missing: Uint8Array;
  /** Competition rank within the column (1 = best), 0 = unranked. */
  rankOf: Uint32Array;
  /** Ranked values per column. */
  rankedIn: Uint32Array;
  columnCoverage: Uint32Array;
  /** Per row: reported cells, and the sum and count of judged percentiles. */
  rowCoverage: Uint32Array;
  scoreSum: Float64Array;
  scoreN: Uint32Array;
  reported: number;
  noPrevious: number;
  /** Datasets of this year's values (1 = seen), by source dataset code. */
  datasetSeen: Uint8Array;
  /** Last year's source row of each cell, or -1; gathered only to colour by change. */
  previous: Int32Array | null;
}

export interface MatrixCellInput {
  src: RowColumns;
  year: number;
  colourBy: 'rank' | 'change';
  /** Candidate columns, in order. */
  indicators: readonly Indicator[];
  /** Candidate index of each source indicator code, or -1. */
  candidate: Int32Array;
  /** Matrix row of each source department code, or -1. */
  deptRow: Int32Array;
  rowCount: number;
}

// Working buffers, reused by every build (their contents never outlive it): each filter
// change builds a grid, and megabytes of short-lived arrays per change made the garbage
// collector interrupt the next changes.
const scratch = {
  cellValue: new Float64Array(0),
  ranked: new Float64Array(0),
  rankedRow: new Uint32Array(0),
  sorter: new RadixOrder(0),
};

export function buildCellGrid(input: MatrixCellInput): MatrixCellGrid {
  const R = input.rowCount;
  const K = input.indicators.length;
  const gathered = gatherCurrentYear(input, R, K);
  const { keptCols, columnOf } = keepReportedColumns(gathered, input.candidate, R, K);
  const C = keptCols.length;
  const n = R * C;
  const grid: MatrixCellGrid = {
    keptCols,
    columnOf,
    current: gathered.current.subarray(0, n),
    score: new Float64Array(n).fill(NaN),
    missing: new Uint8Array(n),
    rankOf: new Uint32Array(n),
    rankedIn: new Uint32Array(C),
    columnCoverage: new Uint32Array(C),
    rowCoverage: new Uint32Array(R),
    scoreSum: new Float64Array(R),
    scoreN: new Uint32Array(R),
    reported: 0,
    noPrevious: 0,
    datasetSeen: gathered.datasetSeen,
    previous: null,
  };
  const cellValue = gathered.cellValue;
  for (let c = 0; c < C; c++) rankColumn(grid, cellValue, c, R, input.indicators[keptCols[c]!]!.direction, input.colourBy === 'rank');
  if (input.colourBy === 'change') {
    const previous = (grid.previous = gatherYear(input.src, input.year - 1, columnOf, input.deptRow, R, n));
    for (let c = 0; c < C; c++)
      colourColumnByChange(grid, cellValue, previous, input.src.value, c, R, input.indicators[keptCols[c]!]!.direction, input.year);
  }
  return grid;
}

/** This year's row and value of each cell, in one pass over the rows in table order. */
function gatherCurrentYear(input: MatrixCellInput, R: number, K: number) {
  const { src, year, candidate, deptRow } = input;
  const { at, year: yearOf, ind, dept, value, ds } = src;
  const hasValue = new Uint8Array(K);
  const current = new Int32Array(R * K).fill(-1);
  const cellValue = (scratch.cellValue = grown(scratch.cellValue, R * K));
  const datasetSeen = new Uint8Array(src.datasetIds.length);
  for (let k = 0; k < src.length; k++) {
    const i = at[k]!;
    if (yearOf[i] !== year) continue;
    const c = candidate[ind[i]!]!;
    const r = deptRow[dept[i]!]!;
    if (c < 0 || r < 0) continue;
    // The later of duplicate rows wins.
    const cell = c * R + r;
    current[cell] = i;
    cellValue[cell] = value[i]!;
    datasetSeen[ds[i]!] = 1;
    hasValue[c] = 1;
  }
  return { hasValue, current, cellValue, datasetSeen };
}

/** Moves the columns with a value this year together, in candidate order. */
function keepReportedColumns(
  g: { hasValue: Uint8Array; current: Int32Array; cellValue: Float64Array },
  candidate: Int32Array,
  R: number,
  K: number,
) {
  const keptCols: number[] = [];
  for (let c = 0; c < K; c++) {
    if (!g.hasValue[c]) continue;
    const to = keptCols.push(c) - 1;
    if (to === c) continue;
    g.current.copyWithin(to * R, c * R, c * R + R);
    g.cellValue.copyWithin(to * R, c * R, c * R + R);
  }
  const columnOf = new Int32Array(candidate.length).fill(-1);
  candidate.forEach((c, code) => c >= 0 && g.hasValue[c] && (columnOf[code] = keptCols.indexOf(c)));
  return { keptCols, columnOf };
}

/** Ranks one column and adds its percentiles to the rows' averages (and colours, by rank). */
function rankColumn(
  grid: MatrixCellGrid,
  cellValue: Float64Array,
  c: number,
  R: number,
  direction: Indicator['direction'],
  colourByRank: boolean,
): void {
  const { current, missing, rankOf, score, scoreSum, scoreN, rowCoverage } = grid;
  const ranked = (scratch.ranked = grown(scratch.ranked, R));
  const rankedRow = (scratch.rankedRow = grown(scratch.rankedRow, R));
  if (scratch.sorter.capacity < R) scratch.sorter = new RadixOrder(R);
  const base = c * R;
  let m = 0;
  let reported = 0;
  for (let r = 0, k = base; r < R; r++, k++) {
    if (current[k]! < 0) {
      missing[k] = 1;
      continue;
    }
    reported++;
    rowCoverage[r]!++;
    const v = cellValue[k]!;
    if (Number.isFinite(v)) {
      ranked[m] = v;
      rankedRow[m++] = r;
    }
  }
  grid.columnCoverage[c] = reported;
  grid.reported += reported;
  grid.rankedIn[c] = m;
  const judged = direction !== 'neutral';
  // Competition ranks (ties share a rank) = 1 + the number of strictly better values:
  // for each run of equal values in ascending order, the values before it (lower is
  // better) or after it (higher is better).
  const order = scratch.sorter.sort(ranked, m);
  for (let start = 0; start < m;) {
    const v = ranked[order[start]!]!;
    let end = start + 1;
    while (end < m && ranked[order[end]!] === v) end++;
    const rank = 1 + (direction === 'down' ? start : m - end);
    const percentile = percentileOf(rank, m);
    for (let j = start; j < end; j++) {
      const r = rankedRow[order[j]!]!;
      const k = base + r;
      rankOf[k] = rank;
      if (judged) {
        scoreSum[r]! += percentile;
        scoreN[r]!++;
      }
      if (colourByRank) score[k] = percentile;
    }
    start = end;
  }
}

/** Colours one column by the change since last year; cells without a base get no colour. */
function colourColumnByChange(
  grid: MatrixCellGrid,
  cellValue: Float64Array,
  previous: Int32Array,
  values: ArrayLike<number>,
  c: number,
  R: number,
  direction: Indicator['direction'],
  year: number,
): void {
  const { current, missing, score } = grid;
  for (let r = 0, k = c * R; r < R; r++, k++) {
    if (current[k]! < 0) continue;
    const before = previous[k]!;
    const pct = changePctForColour(before >= 0 ? values[before] : undefined, cellValue[k]!, year);
    if (pct === null) {
      missing[k] = 2;
      grid.noPrevious++;
    } else score[k] = (changeScore(direction === 'neutral' ? 'up' : direction, pct, CHANGE_CAP_PCT) + 1) / 2;
  }
}

/** Row index of each cell's value in `year` (later duplicates win), or -1; columns by source code. */
export function gatherYear(src: RowColumns, year: number, columnOf: Int32Array, deptRow: Int32Array, R: number, cells: number): Int32Array {
  const out = new Int32Array(cells).fill(-1);
  const { at, year: yearOf, ind, dept } = src;
  for (let k = 0; k < src.length; k++) {
    const i = at[k]!;
    if (yearOf[i] !== year) continue;
    const c = columnOf[ind[i]!]!;
    const r = deptRow[dept[i]!]!;
    if (c >= 0 && r >= 0) out[c * R + r] = i;
  }
  return out;
}

export function percentileOf(rank: number, of: number): number {
  return of <= 1 ? 1 : (of - rank) / (of - 1);
}

/** Percentage change used for colour: a change from 0 counts as the full cap; null without a base. */
function changePctForColour(base: number | undefined, current: number, year: number): number | null {
  const pct = changePct(base, current, year - 1, year);
  if (pct.kind === 'value') return pct.value;
  if (pct.kind === 'zero-base') return Math.sign(current - base!) * CHANGE_CAP_PCT;
  return null;
}
