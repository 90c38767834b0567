// Thin adapter: reads the numeric chunks and merges them into the stored table here,
// then transfers its arrays. On the page, structured-cloning 30+ MB of chunks out of
// IndexedDB and merging them was one long task at start-up and after every import.
/// <reference lib="webworker" />
import { AppDB } from '../db/app-db';
import { readStoredTable } from '../db/repositories/observations-repo';
import { tableBuffers, type StoreRequest, type StoreResponse } from './store-messages';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (e: MessageEvent<StoreRequest>) => {
  const { id } = e.data;
  try {
    // A connection per read: one kept open would block (or be closed by) another tab's upgrade.
    const db = new AppDB();
    const { table, readMs, buildMs } = await readStoredTable(db).finally(() => db.close());
    scope.postMessage({ type: 'table', id, table, readMs, buildMs } satisfies StoreResponse, tableBuffers(table));
  } catch (err) {
    scope.postMessage({ type: 'error', id, message: err instanceof Error ? err.message : String(err) } satisfies StoreResponse);
  }
};
