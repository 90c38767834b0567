// The matrix's cells of every year of the stored table (and the datasets in view): those the
// store worker built once the table was loaded, and any year needed before they arrive (or
// without a worker) built on the page. Switching years then only picks cells
// (domain/charts/models/matrix-year-cells.ts).
import { useMemo } from 'react';
import { cellSourceOfTable, type MatrixCellSource } from '../../domain/charts/models/matrix-year-cells';
import { useMatrixCellsQuery } from '../../queries/matrix-cell-queries';
import type { TableSnapshot } from '../../queries/store-queries';

export function useMatrixCells(snapshot: TableSnapshot, datasets: readonly string[] | undefined): MatrixCellSource {
  const key = JSON.stringify(datasets ?? null);
  const ahead = useMatrixCellsQuery(snapshot, datasets, true).data;
  return useMemo(
    () => cellSourceOfTable(snapshot.table, datasets, ahead ?? undefined),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the datasets are compared by value (key)
    [snapshot, key, ahead],
  );
}
