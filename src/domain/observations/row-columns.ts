// Rows a view works on, kept as columns of codes and numbers rather than objects.
// Views over hundreds of thousands of rows (the matrix) read codes and values from
// here and make a ChartRow only for the cells they draw or a tooltip shows.
import type { ChartRow } from './chart-row';
import { chartRowAt } from './select-rows';
import type { StoredTable } from './stored-table';

export interface RowColumns {
  readonly length: number;
  /** Dictionaries the code columns point into. */
  readonly departments: readonly string[];
  readonly indicators: readonly string[];
  readonly datasetIds: readonly string[];
  readonly dept: ArrayLike<number>;
  readonly ind: ArrayLike<number>;
  readonly ds: ArrayLike<number>;
  readonly year: ArrayLike<number>;
  readonly value: ArrayLike<number>;
  /** ChartRow.rowId of each row (where its evidence is read from). */
  readonly rowIds: ArrayLike<number>;
  /** The k-th row as a ChartRow (made on demand). */
  row(k: number): ChartRow;
}

/** Rows of the stored table at the given positions (codes share the table's dictionaries). */
export function rowColumnsOfTable(t: StoredTable, indices: ArrayLike<number>): RowColumns {
  const n = indices.length;
  const at = Uint32Array.from(indices);
  const dept = new Uint32Array(n);
  const ind = new Uint32Array(n);
  const ds = new Uint16Array(n);
  const year = new Uint16Array(n);
  const value = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const i = at[k]!;
    dept[k] = t.dept[i]!;
    ind[k] = t.ind[i]!;
    ds[k] = t.ds[i]!;
    year[k] = t.year[i]!;
    value[k] = t.value[i]!;
  }
  const base = { length: n, departments: t.departments, indicators: t.indicators, datasetIds: t.datasetIds, dept, ind, ds, year, value, rowIds: at };
  return withRowMaker(base, (k) => chartRowAt(t, at[k]!));
}

/** The same columns whose rows carry the evidence read so far (keyed by ChartRow.rowId). */
export function withRowTexts(c: RowColumns, texts: ReadonlyMap<number, { evidence: string; indicatorText: string }> | undefined): RowColumns {
  if (!texts) return c;
  return withRowMaker(c, (k) => c.row(k), texts);
}

function withRowMaker(
  base: Omit<RowColumns, 'row'>,
  make: (k: number) => ChartRow,
  texts?: ReadonlyMap<number, { evidence: string; indicatorText: string }>,
): RowColumns {
  const { length, departments, indicators, datasetIds, dept, ind, ds, year, value, rowIds } = base;
  const row = texts
    ? (k: number) => {
        const r = make(k);
        const tx = texts.get(r.rowId);
        return tx ? { ...r, evidence: tx.evidence, indicatorText: tx.indicatorText } : r;
      }
    : make;
  return { length, departments, indicators, datasetIds, dept, ind, ds, year, value, rowIds, row };
}

/** Columns over ready-made rows (small inputs, tests). */
export function rowColumnsOfRows(rows: readonly ChartRow[]): RowColumns {
  const n = rows.length;
  const dicts = { departments: new Map<string, number>(), indicators: new Map<string, number>(), datasetIds: new Map<string, number>() };
  const code = (m: Map<string, number>, s: string) => {
    let c = m.get(s);
    if (c === undefined) m.set(s, (c = m.size));
    return c;
  };
  const dept = new Uint32Array(n);
  const ind = new Uint32Array(n);
  const ds = new Uint16Array(n);
  const year = new Uint16Array(n);
  const value = new Float64Array(n);
  rows.forEach((r, k) => {
    dept[k] = code(dicts.departments, r.department);
    ind[k] = code(dicts.indicators, r.indicatorId);
    ds[k] = code(dicts.datasetIds, r.datasetId);
    year[k] = r.year;
    value[k] = r.value;
  });
  return {
    length: n,
    departments: [...dicts.departments.keys()],
    indicators: [...dicts.indicators.keys()],
    datasetIds: [...dicts.datasetIds.keys()],
    dept,
    ind,
    ds,
    year,
    value,
    rowIds: rows.map((r) => r.rowId),
    row: (k) => rows[k]!,
  };
}

/** Positions of the rows of one year. */
export function positionsOfYear(c: RowColumns, year: number): number[] {
  const out: number[] = [];
  for (let k = 0; k < c.length; k++) if (c.year[k] === year) out.push(k);
  return out;
}
