// The import worker from the main thread: one module worker, requests by id, progress
// callback, cancel. A cancelled job rejects with Error('cancelled'). Commits go back to
// the same worker (commitInWorker).
import type { ParsedImport } from '../domain/csv/parse-import';
import type { Indicator } from '../domain/types';
import { columnBuffers, type ImportRequest, type ImportResponse, type WorkerCommit } from './import-messages';

export interface ParseJobInput {
  /** The file, read in the worker; or its bytes, transferred (the caller's buffer is detached afterwards). */
  source: Blob | ArrayBuffer;
  fileName: string;
  encoding?: string;
  allowCustomIndicators?: boolean;
  indicators: readonly Indicator[];
  departmentAliases: [string, string][];
}

export interface ParseJob {
  promise: Promise<ParsedImport>;
  cancel: () => void;
}

interface Pending {
  resolve: (r: ImportResponse) => void;
  reject: (e: Error) => void;
  onProgress?: (p: { rows: number; fraction: number }) => void;
}

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

/** An error from the worker, with the name the page maps to a message (QuotaExceededError…). */
function workerError(msg: Extract<ImportResponse, { type: 'error' }>): Error {
  const err = new Error(msg.cancelled ? 'cancelled' : msg.message);
  if (msg.name) err.name = msg.name;
  return err;
}

function getWorker(): Worker {
  if (worker) return worker;
  const w = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = (e: MessageEvent<ImportResponse>) => {
    const msg = e.data;
    const p = pending.get(msg.id);
    if (!p) return;
    if (msg.type === 'progress') {
      p.onProgress?.({ rows: msg.rows, fraction: msg.fraction });
      return;
    }
    pending.delete(msg.id);
    if (msg.type === 'error') p.reject(workerError(msg));
    else p.resolve(msg);
  };
  w.onerror = (e) => {
    // The worker itself failed (e.g. could not load): fail every job, start afresh next time.
    const err = new Error(`导入组件加载失败：${e.message || '未知错误'}。请刷新页面后重试。`);
    for (const p of pending.values()) p.reject(err);
    pending.clear();
    w.terminate();
    worker = null;
  };
  worker = w;
  return w;
}

function request(req: ImportRequest, transfer: Transferable[] = [], onProgress?: Pending['onProgress']): Promise<ImportResponse> {
  const w = getWorker();
  const promise = new Promise<ImportResponse>((resolve, reject) => pending.set(req.id, { resolve, reject, onProgress }));
  w.postMessage(req, transfer);
  return promise;
}

export function parseInWorker(input: ParseJobInput, onProgress?: (p: { rows: number; fraction: number }) => void): ParseJob {
  const id = nextId++;
  let settled = false;
  const transfer = input.source instanceof ArrayBuffer ? [input.source] : [];
  const t0 = performance.now();
  const promise = request({ type: 'parse', id, ...input }, transfer, onProgress).then(
    (r) => {
      settled = true;
      if (r.type !== 'done') throw new Error('unexpected worker reply');
      // For profiles and the benchmark: the round trip, and the worker's stages.
      performance.measure?.('fazhi:parse-in-worker', { start: t0, end: performance.now(), detail: r.timings });
      return r.result;
    },
    (e: Error) => {
      settled = true;
      throw e;
    },
  );
  const cancel = () => {
    if (settled) return;
    worker?.postMessage({ type: 'cancel', id } satisfies ImportRequest);
    // Reject at once: the UI does not wait for the worker to reach its next slice.
    const p = pending.get(id);
    pending.delete(id);
    p?.reject(new Error('cancelled'));
  };
  return { promise, cancel };
}

/** Where workers exist: otherwise the page writes the dataset itself. */
export const canCommitInWorker = typeof Worker !== 'undefined';

/**
 * Has the import worker write the dataset in one transaction. The columns' buffers are
 * transferred: the caller must not read them afterwards, whatever the outcome.
 */
export async function commitInWorker(commit: WorkerCommit): Promise<void> {
  await request({ type: 'commit', id: nextId++, commit }, columnBuffers(commit.columns));
}
