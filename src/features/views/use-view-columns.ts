// The stored table's columns for a big view (the matrix reads cells, not row objects), and
// the evidence of the cells whose tooltips are shown.
import { useMemo } from 'react';
import { rowColumnsOfTable, withRowTexts, type RowColumns } from '../../domain/observations/row-columns';
import type { TableSnapshot } from '../../queries/store-queries';
import type { ReadEvidence } from '../../domain/charts/common';
import { useEvidenceReader } from './use-view-rows';
import type { RowText } from '../../domain/observations/stored-table';

const EMPTY: RowColumns = emptyColumns();

const NO_ROWS = new Uint32Array(0);

/** The stored table's columns with no rows selected: what row indices kept elsewhere point into. */
export function useTableColumns(snapshot: TableSnapshot | undefined): RowColumns {
  return useMemo(() => (snapshot ? rowColumnsOfTable(snapshot.table, NO_ROWS) : EMPTY), [snapshot]);
}

/**
 * The columns whose rows carry the evidence their tooltips have read, and the reader the
 * tooltips use (a new store for new columns: evidence of another table version is dropped).
 */
export function useColumnsWithEvidence(
  snapshot: TableSnapshot | undefined,
  columns: RowColumns,
): { shown: RowColumns; readEvidence: ReadEvidence | undefined } {
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a new store for new columns
  const keep = useMemo(() => new Map<number, RowText>(), [columns]);
  const shown = useMemo(() => withRowTexts(columns, keep), [columns, keep]);
  return { shown, readEvidence: useEvidenceReader(snapshot, keep) };
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
