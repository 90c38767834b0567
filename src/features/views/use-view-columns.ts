// The rows a big view works on, as columns over the stored table (no row objects),
// and the evidence of the few rows it shows.
import { useMemo } from 'react';
import { selectRowIndices, type RowFilter } from '../../domain/observations/select-rows';
import { rowColumnsOfTable, withRowTexts, type RowColumns } from '../../domain/observations/row-columns';
import { useRowTexts, type TableSnapshot } from '../../queries/store-queries';

const EMPTY: RowColumns = emptyColumns();

export function useViewColumns(snapshot: TableSnapshot | undefined, filter: RowFilter | null): RowColumns {
  const key = JSON.stringify(filter);
  return useMemo(
    () => (snapshot && filter ? rowColumnsOfTable(snapshot.table, selectRowIndices(snapshot.table, filter)) : EMPTY),
    // The filter is compared by value: a new object with the same content is the same query.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [snapshot, key],
  );
}

/** The columns with the evidence of the rows at `positions` merged into their ChartRows once read. */
export function useColumnsWithTexts(snapshot: TableSnapshot | undefined, columns: RowColumns, positions: readonly number[]): RowColumns {
  const ids = useMemo(() => positions.map((k) => columns.rowIds[k]!), [columns, positions]);
  const texts = useRowTexts(snapshot, ids);
  return useMemo(() => {
    // Row ids are positions in one table version: never merge texts read for another.
    const m = texts.data && texts.data.version === snapshot?.version ? texts.data.texts : undefined;
    return withRowTexts(columns, m);
  }, [columns, texts.data, snapshot]);
}

function emptyColumns(): RowColumns {
  const none = new Uint32Array(0);
  return { length: 0, departments: [], indicators: [], datasetIds: [], dept: none, ind: none, ds: none, year: none, value: none, rowIds: none, row: () => { throw new RangeError('no rows'); } };
}
