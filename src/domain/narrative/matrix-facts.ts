// The facts a 通报 states about the matrix (departments × indicators in one year), from the
// matrix model it draws: how many cells hold a value and how many were not reported (never 0),
// who reported every indicator, which indicator most and fewest departments reported, who
// ranks first on the most indicators, and who left the most cells empty. One pass over cells.
import type { MatrixModel } from '../charts/models/matrix-model';
import type { ChartRow } from '../observations/chart-row';
import type { RowColumns } from '../observations/row-columns';
import type { Indicator } from '../types';

export interface CoverageFact {
  indicator: Indicator;
  departments: number;
}

export interface LeaderFact {
  departments: string[];
  /** Indicators on which each of them ranks first (ties share first place). */
  count: number;
  rows: ChartRow[];
}

export interface MatrixFacts {
  year: number;
  departments: number;
  indicators: number;
  cells: number;
  reported: number;
  /** The first reported cells' rows (the count's link lists a few and says how many more). */
  reportedRows: ChartRow[];
  /** Departments that reported every indicator of the matrix. */
  complete: string[];
  mostCovered: CoverageFact | null;
  leastCovered: CoverageFact | null;
  leader: LeaderFact | null;
  /** The one department with the most empty cells, when several have some. */
  mostGaps: { department: string; missing: number } | null;
  /** Counts of cells are stated, not values: no derived values to name, but simulated data are. */
  hasSimulated: boolean;
}

/** The best value of column c (NaN when nobody reported it). */
function columnBest(m: MatrixModel, c: number, direction: Indicator['direction']): number {
  const R = m.rows.length;
  let best = NaN;
  for (let k = c * R; k < c * R + R; k++) {
    const v = m.value[k]!;
    if (m.current[k]! >= 0 && (Number.isNaN(best) || (direction === 'down' ? v < best : v > best))) best = v;
  }
  return best;
}

/** The rows of row r's first places, column by column. */
function firstRowsOf(m: MatrixModel, src: RowColumns, r: number, isFirst: (c: number, k: number) => boolean): ChartRow[] {
  const R = m.rows.length;
  const out: ChartRow[] = [];
  for (let c = 0; c < m.columns.length; c++) if (isFirst(c, c * R + r)) out.push(src.row(m.current[c * R + r]!));
  return out;
}

/** Rows kept for the count's link, which lists only a few. */
const KEEP_ROWS = 12;

/** The single extreme of `items` by `key` (the largest, or with -1 the smallest), or null when tied. */
function single<T>(items: readonly T[], key: (x: T) => number, sign: 1 | -1): T | null {
  let best: T | null = null;
  let bestKey = 0;
  let tied = false;
  for (const x of items) {
    const k = sign * key(x);
    if (best === null || k > bestKey) [best, bestKey, tied] = [x, k, false];
    else if (k === bestKey) tied = true;
  }
  return tied ? null : best;
}

export function matrixFacts(m: MatrixModel, src: RowColumns, simulatedDatasets: ReadonlySet<string> = new Set()): MatrixFacts {
  const R = m.rows.length;
  const C = m.columns.length;
  // First place means something only against another department (NaN: no first place).
  const best = m.columns.map((col, c) => (col.coverage > 1 ? columnBest(m, c, col.indicator.direction) : NaN));
  const isFirst = (c: number, k: number) => m.value[k] === best[c];
  const firsts = new Uint32Array(R);
  const reportedRows: ChartRow[] = [];
  for (let c = 0; c < C; c++) {
    for (let r = 0, k = c * R; r < R; r++, k++) {
      if (m.current[k]! < 0) continue;
      // Rows are made only for what a link lists: typed arrays are read for the rest.
      if (reportedRows.length < KEEP_ROWS) reportedRows.push(src.row(m.current[k]!));
      if (isFirst(c, k)) firsts[r]!++;
    }
  }
  const most = firsts.reduce((a, b) => Math.max(a, b), 0);
  const leaders = m.rows.flatMap((row, r) => (firsts[r] === most ? [r] : []));
  const columns = m.columns.map((c) => ({ indicator: c.indicator, departments: c.coverage }));
  const hi = C > 1 ? single(columns, (c) => c.departments, 1) : null;
  const lo = C > 1 ? single(columns, (c) => c.departments, -1) : null;
  const gaps = m.rows.map((r) => ({ department: r.department, missing: C - r.coverage })).filter((g) => g.missing > 0);
  return {
    year: m.year,
    departments: R,
    indicators: C,
    cells: R * C,
    reported: m.reportedCount,
    reportedRows,
    complete: m.rows.filter((r) => C > 0 && r.coverage === C).map((r) => r.department),
    mostCovered: hi && lo && hi.departments !== lo.departments ? hi : null,
    leastCovered: hi && lo && hi.departments !== lo.departments ? lo : null,
    // Ranking first on one indicator is no pattern; on several, and not shared by all, it is.
    leader:
      most >= 2 && leaders.length < R
        ? {
            departments: leaders.map((r) => m.rows[r]!.department),
            count: most,
            rows: leaders.flatMap((r) => firstRowsOf(m, src, r, isFirst)),
          }
        : null,
    // One department with gaps is said by the count of empty cells already.
    mostGaps: gaps.length > 1 ? single(gaps, (g) => g.missing, 1) : null,
    hasSimulated: m.datasetIds.some((d) => simulatedDatasets.has(d)),
  };
}
