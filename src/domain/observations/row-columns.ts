// Rows a view works on, as a selection over columns of codes and numbers rather than
// objects. Views over hundreds of thousands of rows (the matrix) read codes and values
// straight from the stored table's typed arrays and make a ChartRow only for the cells
// they draw or a tooltip shows. Nothing is copied per filter change but the selection.
import type { ChartRow } from './chart-row';
import { chartRowAt } from './select-rows';
import type { StoredTable } from './stored-table';

export interface RowColumns {
  /** Number of selected rows. */
  readonly length: number;
  /** Index (into the columns below) of each selected row. */
  readonly at: ArrayLike<number>;
  /** Dictionaries the code columns point into. */
  readonly departments: readonly string[];
  readonly indicators: readonly string[];
  readonly datasetIds: readonly string[];
  /** Columns indexed by row index. */
  readonly dept: ArrayLike<number>;
  readonly ind: ArrayLike<number>;
  readonly ds: ArrayLike<number>;
  readonly year: ArrayLike<number>;
  readonly value: ArrayLike<number>;
  /** ChartRow.rowId of the row at an index (where its evidence is read from). */
  rowId(i: number): number;
  /** The row at an index as a ChartRow (made on demand). */
  row(i: number): ChartRow;
}

type RowText = { evidence: string; indicatorText: string };

/** The rows of the stored table at the given indices; the columns are the table's own. */
export function rowColumnsOfTable(t: StoredTable, indices: ArrayLike<number>): RowColumns {
  return {
    length: indices.length,
    at: indices,
    departments: t.departments,
    indicators: t.indicators,
    datasetIds: t.datasetIds,
    dept: t.dept,
    ind: t.ind,
    ds: t.ds,
    year: t.year,
    value: t.value,
    rowId: (i) => i,
    row: (i) => chartRowAt(t, i),
  };
}

/** The same selection whose rows carry the evidence in `texts` (keyed by ChartRow.rowId). */
export function withRowTexts(c: RowColumns, texts: ReadonlyMap<number, RowText> | undefined): RowColumns {
  if (!texts) return c;
  return {
    ...c,
    row: (i) => {
      const r = c.row(i);
      const tx = texts.get(r.rowId);
      return tx ? { ...r, evidence: tx.evidence, indicatorText: tx.indicatorText } : r;
    },
  };
}

/** Columns over ready-made rows (small inputs, tests): row index = position. */
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
    at: Uint32Array.from({ length: n }, (_, k) => k),
    departments: [...dicts.departments.keys()],
    indicators: [...dicts.indicators.keys()],
    datasetIds: [...dicts.datasetIds.keys()],
    dept,
    ind,
    ds,
    year,
    value,
    rowId: (i) => rows[i]!.rowId,
    row: (i) => rows[i]!,
  };
}
