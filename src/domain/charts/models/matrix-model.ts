// 矩阵: departments × indicators for one year, each cell coloured by its rank
// within the indicator or by its change since the previous year.
import type { ChartRow, DepartmentInfo } from '../../observations/chart-row';
import type { Indicator } from '../../types';
import { change, type Change } from '../../metrics/change';
import { changeScore } from '../../metrics/colour-scale';
import { compareNames, rankMap } from '../../metrics/ranking';

export type MatrixColourBy = 'rank' | 'change';
export type MatrixRowSort = 'score' | 'name' | 'coverage';
export type MatrixColumnSort = 'catalog' | 'name' | 'coverage';

/** Cap of the change colour scale: ±50 % or more is the extreme colour. */
export const CHANGE_CAP_PCT = 50;

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

export type MatrixAxisEntry = { kind: 'group'; label: string; count: number } | { kind: 'item'; index: number };

export interface MatrixModel {
  year: number;
  colourBy: MatrixColourBy;
  rows: MatrixRowInfo[];
  columns: MatrixColumnInfo[];
  /** Row axis top to bottom, with group headers when grouped. */
  rowAxis: MatrixAxisEntry[];
  /** Column axis left to right, with group headers when grouped. */
  columnAxis: MatrixAxisEntry[];
  /** Every department × indicator pair (reported or not). */
  cells: MatrixCell[];
  reportedCount: number;
  missingCount: number;
  /** Catalog indicators left out because nobody reported them this year. */
  emptyColumns: number;
}

export interface MatrixModelInput {
  rows: readonly ChartRow[];
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

export function buildMatrixModel(input: MatrixModelInput): MatrixModel {
  const { year, colourBy } = input;
  const indicatorIndex = new Map<string, number>();
  input.indicators.forEach((ind, i) => indicatorIndex.set(ind.id, i));

  const deptList: DepartmentInfo[] = input.departments.length
    ? dedupe(input.departments)
    : [...new Set(input.rows.map((r) => r.department))].map((name) => ({ name, region: '', type: '' }));
  const deptIndex = new Map<string, number>();
  deptList.forEach((d, i) => deptIndex.set(d.name, i));

  // Current and previous values per indicator column: department → row.
  const current: Map<string, ChartRow>[] = input.indicators.map(() => new Map());
  const previous: Map<string, ChartRow>[] = input.indicators.map(() => new Map());
  for (const r of input.rows) {
    const c = indicatorIndex.get(r.indicatorId);
    if (c === undefined || !deptIndex.has(r.department)) continue;
    if (r.year === year) current[c]!.set(r.department, r);
    else if (r.year === year - 1) previous[c]!.set(r.department, r);
  }
  const keptCols = input.indicators.map((_, i) => i).filter((i) => current[i]!.size > 0);

  const columns: MatrixColumnInfo[] = keptCols.map((i) => ({ indicator: input.indicators[i]!, coverage: current[i]!.size }));
  const R = deptList.length;
  const C = columns.length;
  const cells: MatrixCell[] = new Array(R * C);
  const scoreSum = new Float64Array(R);
  const scoreN = new Uint32Array(R);
  const coverage = new Uint32Array(R);
  let reported = 0;

  keptCols.forEach((src, c) => {
    const ind = input.indicators[src]!;
    const cur = current[src]!;
    const prev = previous[src]!;
    const values = new Map<string, number>();
    for (const [d, r] of cur) values.set(d, r.value);
    const ranks = rankMap(values, ind.direction);
    for (let ri = 0; ri < R; ri++) {
      const name = deptList[ri]!.name;
      const row = cur.get(name) ?? null;
      const before = prev.get(name) ?? null;
      const rank = row ? (ranks.get(name) ?? null) : null;
      const ch = row ? change(before?.value, row.value, year - 1, year) : null;
      let score: number | null = null;
      let missing: MissingReason | null = row ? null : 'not-reported';
      if (row) {
        reported++;
        coverage[ri]!++;
        if (rank && ind.direction !== 'neutral') {
          scoreSum[ri]! += rank.percentile;
          scoreN[ri]!++;
        }
        if (colourBy === 'rank') score = rank ? rank.percentile : null;
        else {
          const pct = changePctForColour(ch!);
          if (pct === null) missing = 'no-previous';
          else score = (changeScore(ind.direction === 'neutral' ? 'up' : ind.direction, pct, CHANGE_CAP_PCT) + 1) / 2;
        }
      }
      cells[ri * C + c] = { rowIndex: ri, colIndex: c, row, previous: before, rank, change: ch, score, missing };
    }
  });

  const rows: MatrixRowInfo[] = deptList.map((d, i) => ({
    department: d.name,
    type: d.type,
    score: scoreN[i]! > 0 ? scoreSum[i]! / scoreN[i]! : null,
    coverage: coverage[i]!,
  }));

  const rowOrder = sortRows(rows, input.rowSort ?? 'score');
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
    cells,
    reportedCount: reported,
    missingCount: R * C - reported,
    emptyColumns: input.indicators.length - C,
  };
}

/** Percentage change used for colour: a change from 0 counts as the full cap. */
function changePctForColour(c: Change): number | null {
  if (c.pct.kind === 'value') return c.pct.value;
  if (c.pct.kind === 'zero-base' && c.abs.kind === 'value') return Math.sign(c.abs.value) * CHANGE_CAP_PCT;
  return null;
}

function dedupe(list: readonly DepartmentInfo[]): DepartmentInfo[] {
  const seen = new Set<string>();
  return list.filter((d) => (seen.has(d.name) ? false : (seen.add(d.name), true)));
}

function sortRows(rows: MatrixRowInfo[], by: MatrixRowSort): number[] {
  const idx = rows.map((_, i) => i);
  const name = (a: number, b: number) => compareNames(rows[a]!.department, rows[b]!.department);
  if (by === 'name') return idx.sort(name);
  if (by === 'coverage') return idx.sort((a, b) => rows[b]!.coverage - rows[a]!.coverage || name(a, b));
  return idx.sort((a, b) => (rows[b]!.score ?? -1) - (rows[a]!.score ?? -1) || name(a, b));
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
  if (byName) entries.sort(([a], [b]) => (a === '') !== (b === '') ? (a === '' ? 1 : -1) : compareNames(a, b));
  const out: MatrixAxisEntry[] = [];
  for (const [label, members] of entries) {
    out.push({ kind: 'group', label, count: members.length });
    for (const index of members) out.push({ kind: 'item', index });
  }
  return out;
}
