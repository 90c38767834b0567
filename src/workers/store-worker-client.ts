// The stored table and rows' evidence, read in the store worker. Where workers are missing
// (Node) or the worker cannot start, the page reads them itself: slower, same result.
import { db } from '../db/db';
import { loadRowTexts, loadStoredTable, type RowRef } from '../db/repositories/observations-repo';
import type { RowText } from '../domain/observations/stored-table';
import type { StoredTable } from '../domain/observations/stored-table';
import type { CheckReport } from '../domain/checks/types';
import type { YearCells } from '../domain/charts/models/matrix-year-cells';
import type { StoreRequest, StoreResponse } from './store-messages';
import { workerCaller } from './worker-calls';

const call = workerCaller<StoreRequest, StoreResponse>(
  () => new Worker(new URL('./store.worker.ts', import.meta.url), { type: 'module' }),
  (detail) => `数据读取组件加载失败：${detail || '未知错误'}。`,
);

let workerFailed = typeof Worker === 'undefined';

/** Asks the worker unless it cannot run; null means "read it on the page". */
async function inWorker(req: Parameters<typeof call>[0]): Promise<StoreResponse | null> {
  if (workerFailed) return null;
  try {
    return await call(req);
  } catch (e) {
    // A worker that cannot load (old browser, blocked script) is not retried; a failed
    // read is tried once more on the page, which reports it if it fails again.
    if (e instanceof Error && e.message.startsWith('数据读取组件加载失败')) workerFailed = true;
    return null;
  }
}

/** Which of the worker's loads the page's latest table is (0: read on the page). */
let tableSeq = 0;
/** Which of the worker's loads each table the page holds is (none: read on the page). */
const seqOf = new WeakMap<StoredTable, number>();

/**
 * Checks asked for a table the page has since replaced (a write reloads the table while the
 * old one's checks are asked for again): the worker holds the new table only, and its
 * findings' rows would be read in the old one. The query keeps what it had for the old table.
 */
export class StaleTableError extends Error {
  constructor() {
    super('the table was replaced while its checks were asked for');
  }
}

export async function loadTable(): Promise<StoredTable> {
  const t0 = performance.now();
  const r = await inWorker({ type: 'load-table' });
  if (r?.type !== 'table') {
    tableSeq = 0;
    return loadStoredTable(db);
  }
  tableSeq = r.seq;
  seqOf.set(r.table, r.seq);
  // For profiles and the benchmark: the whole round trip, and the worker's read and merge.
  performance.measure?.('fazhi:table-in-worker', { start: t0, end: performance.now(), detail: { readMs: r.readMs, buildMs: r.buildMs } });
  return r.table;
}

/** Evidence and provenance of the given rows (see loadRowTexts). */
export async function loadTexts(refs: RowRef[]): Promise<RowText[]> {
  const r = await inWorker({ type: 'row-texts', refs });
  return r?.type === 'row-texts' ? r.texts : loadRowTexts(db, refs);
}

let prefetched: Promise<StoredTable> | null = null;

/** Starts reading the table before React has rendered anything (see main.tsx). */
export function prefetchTable(): void {
  prefetched ??= loadTable();
}

/** The prefetched read for the first caller, a fresh read for everyone after. */
export function takeTable(): Promise<StoredTable> {
  const p = prefetched;
  prefetched = null;
  return p ?? loadTable();
}

/**
 * The data checks over `table`: in the worker, which kept its columns; on the page where the
 * worker cannot run or `table` was read on the page. A table the page has since replaced gets
 * StaleTableError: the worker holds only the newest.
 */
export async function loadChecks(table: StoredTable): Promise<CheckReport> {
  const t0 = performance.now();
  const seq = seqOf.get(table) ?? 0;
  if (seq && seq !== tableSeq) throw new StaleTableError();
  const r = seq ? await inWorker({ type: 'checks' }) : null;
  if (r?.type === 'checks' && r.seq === seq) {
    // For the benchmark: the round trip, and the checks' own time in the worker.
    performance.measure?.('fazhi:checks', {
      start: t0,
      end: performance.now(),
      detail: { workerMs: r.report.ms, findings: r.report.findings.length },
    });
    return r.report;
  }
  // The worker answered for a newer table than this one.
  if (r?.type === 'checks' && seq !== tableSeq) throw new StaleTableError();
  // Loaded only here: the checks and their rules parser stay out of the first chunk.
  const [{ runChecks }, { bundledCheckRules }] = await Promise.all([import('../domain/checks/run-checks'), import('./check-rules')]);
  return runChecks(table, bundledCheckRules());
}

/**
 * The matrix's cells of every year of `table`, over some datasets (undefined: all), built in the
 * worker; null where the worker cannot run or holds another table (the page then builds the
 * years it shows itself).
 */
export async function loadMatrixCells(table: StoredTable, datasets: readonly string[] | undefined): Promise<YearCells[] | null> {
  const seq = seqOf.get(table) ?? 0;
  const r = seq && seq === tableSeq ? await inWorker({ type: 'matrix-cells', datasets: datasets ? [...datasets] : null }) : null;
  return r?.type === 'matrix-cells' && r.seq === seq ? r.cells : null;
}
