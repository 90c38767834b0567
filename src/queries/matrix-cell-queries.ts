// The matrix's cells of every year of the current table (and datasets), built in the store
// worker. Asked for ahead (after the checks), so that they are there when the matrix is
// opened; null where the worker cannot build them (the page builds what it shows).
import { useQuery } from '@tanstack/react-query';
import { loadMatrixCells } from '../workers/store-worker-client';
import { storeKeys } from './keys';
import type { TableSnapshot } from './store-queries';

/** `now`: asked for at once (the matrix is open), else only to be ready later. */
export function useMatrixCellsQuery(snapshot: TableSnapshot | undefined, datasets: readonly string[] | undefined, now: boolean) {
  return useQuery({
    queryKey: storeKeys.matrixCells(snapshot?.version ?? 0, datasets ?? null),
    enabled: !!snapshot && now,
    staleTime: Infinity,
    // Tens of MB at a million rows: kept only while the table is current.
    gcTime: 0,
    queryFn: () => loadMatrixCells(snapshot!.table, datasets),
  });
}
