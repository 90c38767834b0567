// Thin adapter for reads off the main thread:
// - the stored table: the numeric chunks merged here, its arrays transferred. On the page,
//   structured-cloning 30+ MB of chunks out of IndexedDB and merging them was one long
//   task at start-up and after every import;
// - the data checks (数据核查), over a copy of the table's columns kept after sending it, and
//   from the same copy the matrix's cells of every year, built once per table and datasets;
// - evidence of the rows a view shows: the text parts they live in are deserialised here
//   (hundreds of KB each) and only the rows' strings go to the page.
// The checks and the cells run in slices of a few ms (domain/steps.ts): evidence reads are
// answered in between, and the worker stops as soon as its page goes away.
/// <reference lib="webworker" />
import { loadRowTexts, readStoredTable } from '../db/repositories/observations-repo';
import { workerConnection as connection } from '../db/worker-connection';
import { tableBuffers, type StoreRequest, type StoreResponse } from './store-messages';
import { copyForChecks, type CheckTable } from '../domain/checks/check-table';
import { runChecksSliced } from '../domain/checks/run-checks';
import { bundledCheckRules } from './check-rules';
import { allYearCellsSliced, yearCellsBuffers } from '../domain/charts/models/matrix-year-cells';
import { nextTask } from '../domain/steps';

const scope = self as unknown as DedicatedWorkerGlobalScope;

/** The columns of the last table sent to the page (the table itself is transferred). */
let checked: { table: CheckTable; seq: number } | null = null;
let loads = 0;

/** The kept columns; read from IndexedDB when none are kept (a request before any table was sent). */
async function keptColumns(): Promise<{ table: CheckTable; seq: number }> {
  return (checked ??= { table: (await readStoredTable(connection())).table, seq: ++loads });
}

async function answer(req: StoreRequest): Promise<void> {
  if (req.type === 'load-table') {
    const { table, readMs, buildMs } = await readStoredTable(connection());
    checked = { table: copyForChecks(table), seq: ++loads };
    scope.postMessage({ type: 'table', id: req.id, table, readMs, buildMs, seq: loads } satisfies StoreResponse, tableBuffers(table));
  } else if (req.type === 'checks') {
    const { table, seq } = await keptColumns();
    const report = await runChecksSliced(table, bundledCheckRules(), nextTask);
    scope.postMessage({ type: 'checks', id: req.id, report, seq } satisfies StoreResponse);
  } else if (req.type === 'matrix-cells') {
    const { table, seq } = await keptColumns();
    const cells = await allYearCellsSliced(table, req.datasets ?? undefined, nextTask);
    scope.postMessage({ type: 'matrix-cells', id: req.id, cells, seq } satisfies StoreResponse, yearCellsBuffers(cells));
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
