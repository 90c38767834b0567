// Thin adapter: file → parseImportBytesAsync → result with its typed arrays transferred;
// then, when the user confirms, the commit to IndexedDB, also here.
// - Parsing yields between slices of rows so that a cancel message is received in time.
// - Text dictionaries are packed here, off the main thread: a million evidence strings
//   would cost the page ~140 ms to deserialise; two transferred buffers cost nothing.
// - The commit comes back here with the columns (transferred, not copied): on the page,
//   IndexedDB clones every record it writes on the main thread (~0.5 s of long tasks for a
//   million rows); here nobody waits for it.
/// <reference lib="webworker" />
import { writeDataset } from '../db/repositories/observations-repo';
import { workerConnection } from '../db/worker-connection';
import { Catalog } from '../domain/catalog/catalog';
import { parseImportBytesAsync, type ImportOptions, type ParsedImport } from '../domain/csv/parse-import';
import { workbookKind } from '../domain/xlsx/sniff-workbook';
import { pickRows } from '../domain/observations/filter-columns';
import { packTextColumns } from '../domain/observations/pack-text-columns';
import { runChecks } from '../domain/checks/run-checks';
import { buildStoredTable } from '../domain/observations/stored-table';
import { bundledCheckRules } from './check-rules';
import { columnBuffers, type ImportRequest, type ImportResponse, type WorkerCommit } from './import-messages';
import { nextTask as pause } from '../domain/steps';

const scope = self as unknown as DedicatedWorkerGlobalScope;
/** Files up to this many rows are checked in the preview; bigger ones after the commit. */
const PREVIEW_CHECK_ROWS = 100_000;
const cancelled = new Set<number>();

function post(msg: ImportResponse, transfer: Transferable[] = []): void {
  scope.postMessage(msg, transfer);
}

async function parse(req: Extract<ImportRequest, { type: 'parse' }>): Promise<void> {
  const { id } = req;
  const t0 = performance.now();
  const bytes = req.source instanceof ArrayBuffer ? req.source : await req.source.arrayBuffer();
  const t1 = performance.now();
  const data = new Uint8Array(bytes);
  const opts: ImportOptions = {
    fileName: req.fileName,
    catalog: new Catalog(req.indicators),
    encoding: req.encoding,
    allowCustomIndicators: req.allowCustomIndicators,
    departmentAliases: new Map(req.departmentAliases),
    onProgress: (p) => post({ type: 'progress', id, rows: p.rows, fraction: p.fraction }),
    isCancelled: () => cancelled.has(id),
    packEvidence: true,
  };
  if (req.sheets) opts.sheets = req.sheets;
  const result = workbookKind(data) === 'text' ? await parseImportBytesAsync(data, opts, pause) : await parseWorkbookBytes(data, opts);
  if (cancelled.has(id)) {
    post({ type: 'error', id, message: 'cancelled', cancelled: true });
    return;
  }
  const t2 = performance.now();
  const n = result.columns.numeric;
  const checks =
    n.length && n.length <= PREVIEW_CHECK_ROWS
      ? runChecks(buildStoredTable([{ chunkId: 0, datasetId: 'import', columns: n }]), bundledCheckRules())
      : null;
  const packed: ParsedImport = { ...result, columns: { ...result.columns, text: packTextColumns(result.columns.text) } };
  const timings = { read: t1 - t0, parse: t2 - t1, pack: performance.now() - t2 };
  post({ type: 'done', id, result: packed, timings, checks }, columnBuffers(packed.columns));
}

/** Workbooks (by their bytes): SheetJS and the sheet reader load only when one is imported. */
async function parseWorkbookBytes(data: Uint8Array, opts: ImportOptions): Promise<ParsedImport> {
  const [lib, { parseWorkbookAsync }] = await Promise.all([import('@e965/xlsx'), import('../domain/xlsx/parse-workbook')]);
  return parseWorkbookAsync(data, opts, lib, pause);
}

async function commit(id: number, c: WorkerCommit): Promise<void> {
  const columns = c.keep ? pickRows(c.columns, c.keep) : c.columns;
  await writeDataset(workerConnection(), {
    meta: c.meta,
    columns,
    departments: c.departments,
    supersede: c.supersede,
    replaces: c.replaces,
  });
  post({ type: 'committed', id });
}

scope.onmessage = async (e: MessageEvent<ImportRequest>) => {
  const req = e.data;
  if (req.type === 'cancel') {
    cancelled.add(req.id);
    return;
  }
  try {
    if (req.type === 'parse') await parse(req);
    else await commit(req.id, req.commit);
  } catch (err) {
    const e = err as { name?: string; message?: string; inner?: { name?: string } };
    post({ type: 'error', id: req.id, message: e?.message ?? String(err), name: e?.inner?.name ?? e?.name });
  } finally {
    cancelled.delete(req.id);
  }
};
