// The stored table, read and merged in the store worker. Where workers are missing (Node)
// or the worker cannot start, the page reads it itself: slower, same result.
import { db } from '../db/db';
import { loadStoredTable } from '../db/repositories/observations-repo';
import type { StoredTable } from '../domain/observations/stored-table';
import type { StoreRequest, StoreResponse } from './store-messages';
import { workerCaller } from './worker-calls';

const call = workerCaller<StoreRequest, StoreResponse>(
  () => new Worker(new URL('./store.worker.ts', import.meta.url), { type: 'module' }),
  (detail) => `数据读取组件加载失败：${detail || '未知错误'}。`,
);

let workerFailed = typeof Worker === 'undefined';

export async function loadTable(): Promise<StoredTable> {
  if (!workerFailed) {
    try {
      const t0 = performance.now();
      const r = await call({ type: 'load-table' });
      if (r.type === 'table') {
        // For profiles and the benchmark: the whole round trip, and the worker's read and merge.
        performance.measure?.('fazhi:table-in-worker', { start: t0, end: performance.now(), detail: { readMs: r.readMs, buildMs: r.buildMs } });
        return r.table;
      }
    } catch (e) {
      // A worker that cannot load (old browser, blocked script) is not retried; a failed
      // read is tried once more below, on the page, which reports it if it fails again.
      if (e instanceof Error && e.message.startsWith('数据读取组件加载失败')) workerFailed = true;
    }
  }
  return loadStoredTable(db);
}
