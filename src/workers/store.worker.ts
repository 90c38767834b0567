// Thin adapter for reads off the main thread:
// - the stored table: the numeric chunks merged here, its arrays transferred. On the page,
//   structured-cloning 30+ MB of chunks out of IndexedDB and merging them was one long
//   task at start-up and after every import;
// - evidence of the rows a view shows: the text parts they live in are deserialised here
//   (hundreds of KB each) and only the rows' strings go to the page.
/// <reference lib="webworker" />
import { loadRowTexts, readStoredTable } from '../db/repositories/observations-repo';
import { workerConnection as connection } from '../db/worker-connection';
import { tableBuffers, type StoreRequest, type StoreResponse } from './store-messages';

const scope = self as unknown as DedicatedWorkerGlobalScope;

async function answer(req: StoreRequest): Promise<void> {
  if (req.type === 'load-table') {
    const { table, readMs, buildMs } = await readStoredTable(connection());
    scope.postMessage({ type: 'table', id: req.id, table, readMs, buildMs } satisfies StoreResponse, tableBuffers(table));
  } else {
    scope.postMessage({ type: 'row-texts', id: req.id, texts: await loadRowTexts(connection(), req.refs) } satisfies StoreResponse);
  }
}

scope.onmessage = async (e: MessageEvent<StoreRequest>) => {
  try {
    await answer(e.data);
  } catch (err) {
    scope.postMessage({ type: 'error', id: e.data.id, message: err instanceof Error ? err.message : String(err) } satisfies StoreResponse);
  }
};
