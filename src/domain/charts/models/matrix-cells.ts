// The matrix's cells as typed arrays: for every department × indicator pair, this year's
// row, its competition rank within the indicator and its colour position. Cells are
// column-major (cell = column × R + row), so that every per-column pass is contiguous.
// A column is picked from its indicator's group of the year's cells (matrix-year-cells.ts),
// which holds one row per department in ascending order of value: ranks are read off that
// order, so a filter change neither scans the year's rows nor sorts.
import type { RowColumns } from '../../observations/row-columns';
import type { Indicator } from '../../types';
import { changePct } from '../../metrics/change';
import { changeScore } from '../../metrics/colour-scale';
import { grown } from '../../grow-array';
import type { MatrixCellSource, YearCells } from './matrix-year-cells';

/** Cap of the change colour scale: ±50 % or more is the extreme colour. */
const CHANGE_CAP_PCT = 50;

export interface MatrixCellGrid {
  /** Candidate index of each kept column (candidates with a value this year). */
  keptCols: number[];
  /** Source indicator code of each kept column. */
  keptCodes: Int32Array;
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
  /** Each cell's value this year (NaN where not reported). */
  value: Float64Array;
}

type SourceColumns = Pick<RowColumns, 'value' | 'datasetIds'>;

export interface MatrixCellInput {
  src: SourceColumns;
  cells: MatrixCellSource;
  year: number;
  colourBy: 'rank' | 'change';
  /** Candidate columns, in order. */
  indicators: readonly Indicator[];
  /** Source indicator code of each candidate, or -1. */
  codeOf: Int32Array;
  /** Matrix row of each source department code, or -1. */
  deptRow: Int32Array;
  rowCount: number;
}

// Working buffers, reused by every build (their contents never outlive it): each filter
// change builds a grid, and megabytes of short-lived arrays per change made the garbage
// collector interrupt the next changes.
const scratch = { ranked: new Float64Array(0), rankedRow: new Uint32Array(0), before: new Float64Array(0) };

export function buildCellGrid(input: MatrixCellInput): MatrixCellGrid {
  const { src, deptRow, rowCount: R } = input;
  const now = input.cells.cells(input.year);
  const keptCols = reportedColumns(now, input.codeOf, deptRow);
  const keptCodes = Int32Array.from(keptCols, (c) => input.codeOf[c]!);
  const C = keptCols.length;
  const n = R * C;
  const grid: MatrixCellGrid = {
    keptCols,
    keptCodes,
    current: new Int32Array(n).fill(-1),
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
    datasetSeen: new Uint8Array(src.datasetIds.length),
    previous: null,
    value: new Float64Array(n).fill(NaN),
  };
  const byRank = input.colourBy === 'rank';
  for (let c = 0; c < C; c++) pickColumn(grid, now, deptRow, c, R, input.indicators[keptCols[c]!]!.direction, byRank);
  if (!byRank) {
    const before = (scratch.before = grown(scratch.before, n));
    grid.previous = previousCells(grid, input.cells.cells(input.year - 1), deptRow, R, before);
    for (let c = 0; c < C; c++) colourColumnByChange(grid, before, c, R, input.indicators[keptCols[c]!]!.direction, input.year);
  }
  return grid;
}

/** Candidates whose group holds a cell of one of the matrix's rows, in candidate order. */
function reportedColumns(now: YearCells, codeOf: Int32Array, deptRow: Int32Array): number[] {
  const kept: number[] = [];
  for (let c = 0; c < codeOf.length; c++) {
    const code = codeOf[c]!;
    if (code < 0) continue;
    for (let k = now.start[code]!; k < now.start[code + 1]!; k++)
      if (deptRow[now.dept[k]!]! >= 0) {
        kept.push(c);
        break;
      }
  }
  return kept;
}

/**
 * Fills one column from its group (rows in ascending order of value), ranks it and adds its
 * percentiles to the rows' averages (and colours, by rank).
 */
function pickColumn(
  grid: MatrixCellGrid,
  now: YearCells,
  deptRow: Int32Array,
  c: number,
  R: number,
  direction: Indicator['direction'],
  colourByRank: boolean,
): void {
  const { current, value, missing, rankOf, score, scoreSum, scoreN, rowCoverage, datasetSeen } = grid;
  const ranked = (scratch.ranked = grown(scratch.ranked, R));
  const rankedRow = (scratch.rankedRow = grown(scratch.rankedRow, R));
  const code = grid.keptCodes[c]!;
  // The group's columns in locals: V8 then keeps them in registers through the typed-array writes.
  const { dept, rows, value: values, ds } = now;
  const from = now.start[code]!;
  const end = now.start[code + 1]!;
  const finiteEnd = from + now.finite[code]!;
  const base = c * R;
  let m = 0;
  let reported = 0;
  for (let k = from; k < end; k++) {
    const r = deptRow[dept[k]!]!;
    if (r < 0) continue;
    const v = values[k]!;
    current[base + r] = rows[k]!;
    value[base + r] = v;
    reported++;
    rowCoverage[r]!++;
    datasetSeen[ds[k]!] = 1;
    if (k < finiteEnd) {
      ranked[m] = v;
      rankedRow[m++] = r;
    }
  }
  for (let r = 0, k = base; r < R; r++, k++) if (current[k]! < 0) missing[k] = 1;
  grid.columnCoverage[c] = reported;
  grid.reported += reported;
  grid.rankedIn[c] = m;
  const judged = direction !== 'neutral';
  const down = direction === 'down';
  // Competition ranks (ties share a rank) = 1 + the number of strictly better values:
  // for each run of equal values in ascending order, the values before it (lower is
  // better) or after it (higher is better).
  for (let start = 0; start < m;) {
    const v = ranked[start]!;
    let stop = start + 1;
    while (stop < m && ranked[stop] === v) stop++;
    const rank = 1 + (down ? start : m - stop);
    const percentile = percentileOf(rank, m);
    for (let j = start; j < stop; j++) {
      const r = rankedRow[j]!;
      const k = base + r;
      rankOf[k] = rank;
      if (judged) {
        scoreSum[r]! += percentile;
        scoreN[r]!++;
      }
      if (colourByRank) score[k] = percentile;
    }
    start = stop;
  }
}

/** Colours one column by the change since last year; cells without a base get no colour. */
function colourColumnByChange(
  grid: MatrixCellGrid,
  before: Float64Array,
  c: number,
  R: number,
  direction: Indicator['direction'],
  year: number,
): void {
  const { current, previous, value, missing, score } = grid;
  for (let r = 0, k = c * R; r < R; r++, k++) {
    if (current[k]! < 0) continue;
    const pct = changePctForColour(previous![k]! >= 0 ? before[k] : undefined, value[k]!, year);
    if (pct === null) {
      missing[k] = 2;
      grid.noPrevious++;
    } else score[k] = (changeScore(direction === 'neutral' ? 'up' : direction, pct, CHANGE_CAP_PCT) + 1) / 2;
  }
}

/** Source row of each cell's value in the year of `cells` (the year before), or -1; its value into `values` when given. */
export function previousCells(grid: MatrixCellGrid, cells: YearCells, deptRow: Int32Array, R: number, values?: Float64Array): Int32Array {
  const C = grid.keptCodes.length;
  const out = new Int32Array(R * C).fill(-1);
  for (let c = 0; c < C; c++) {
    const code = grid.keptCodes[c]!;
    for (let k = cells.start[code]!; k < cells.start[code + 1]!; k++) {
      const r = deptRow[cells.dept[k]!]!;
      if (r < 0) continue;
      out[c * R + r] = cells.rows[k]!;
      if (values) values[c * R + r] = cells.value[k]!;
    }
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
