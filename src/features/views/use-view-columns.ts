// The stored table's columns for a big view (the matrix reads cells, not row objects), and
// the evidence of the few rows it shows.
import { useEffect, useMemo } from 'react';
import { rowColumnsOfTable, withRowTexts, type RowColumns } from '../../domain/observations/row-columns';
import { useRowTexts, type TableSnapshot } from '../../queries/store-queries';
import type { RowText } from '../../domain/observations/stored-table';

const EMPTY: RowColumns = emptyColumns();

const NO_ROWS = new Uint32Array(0);

/** The stored table's columns with no rows selected: what row indices kept elsewhere point into. */
export function useTableColumns(snapshot: TableSnapshot | undefined): RowColumns {
  return useMemo(() => (snapshot ? rowColumnsOfTable(snapshot.table, NO_ROWS) : EMPTY), [snapshot]);
}

/**
 * The columns whose rows carry the evidence of the rows at `indices` once it has been
 * read. The result keeps its identity when the evidence arrives (tooltips make their rows
 * when shown), so the chart is not drawn a second time.
 */
export function useColumnsWithTexts(snapshot: TableSnapshot | undefined, columns: RowColumns, indices: readonly number[]): RowColumns {
  const ids = useMemo(() => indices.map((i) => columns.rowId(i)), [columns, indices]);
  const texts = useRowTexts(snapshot, ids);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a new map for new columns: evidence read for other rows is dropped with them
  const read = useMemo(() => new Map<number, RowText>(), [columns]);
  const withTexts = useMemo(() => withRowTexts(columns, read), [columns, read]);
  useEffect(() => {
    if (!texts) return;
    for (const [id, tx] of texts) {
      // eslint-disable-next-line react-hooks/immutability -- the map is this columns' evidence cache, filled as it arrives so that the chart is not drawn again
      read.set(id, tx);
    }
  }, [texts, read]);
  return withTexts;
}

function emptyColumns(): RowColumns {
  const none = new Uint32Array(0);
  const nothing = (): never => {
    throw new RangeError('no rows');
  };
  return {
    length: 0,
    at: none,
    departments: [],
    indicators: [],
    datasetIds: [],
    dept: none,
    ind: none,
    ds: none,
    year: none,
    value: none,
    rowId: nothing,
    row: nothing,
  };
}
