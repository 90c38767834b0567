// The import worker from the main thread: parse jobs with progress and cancel, and
// commits, over one module worker (worker-calls.ts). A cancelled job rejects with
// Error('cancelled'). Commits go back to the same worker (commitInWorker).
export type { CheckedImport } from './import-messages';
import {
  columnBuffers,
  type CheckedImport,
  type ImportRequest,
  type ImportResponse,
  type ParseJobInput,
  type WorkerCommit,
} from './import-messages';
import { writeWithLock } from '../db/repositories/first-view-local';
import { workerCaller } from './worker-calls';

export interface ParseJob {
  promise: Promise<CheckedImport>;
  cancel: () => void;
}

/** An error from the worker, with the name the page maps to a message (QuotaExceededError…). */
function workerError(msg: Extract<ImportResponse, { type: 'error' }>): Error {
  const err = new Error(msg.cancelled ? 'cancelled' : msg.message);
  if (msg.name) err.name = msg.name;
  return err;
}

const call = workerCaller<ImportRequest, ImportResponse>(
  () => new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' }),
  (detail) => `导入组件加载失败：${detail || '未知错误'}。请刷新页面后重试。`,
  { toError: workerError },
);

export function parseInWorker(input: ParseJobInput, onProgress?: (p: { rows: number; fraction: number }) => void): ParseJob {
  const transfer = input.source instanceof ArrayBuffer ? [input.source] : [];
  const t0 = performance.now();
  const sent = call.send(
    { type: 'parse', ...input },
    transfer,
    (r) => r.type === 'progress' && onProgress?.({ rows: r.rows, fraction: r.fraction }),
  );
  const promise = sent.promise.then((r) => {
    if (r.type !== 'done') throw new Error('unexpected worker reply');
    // For profiles and the benchmark: the round trip, and the worker's stages.
    performance.measure?.('fazhi:parse-in-worker', { start: t0, end: performance.now(), detail: r.timings });
    return { ...r.result, checks: r.checks } satisfies CheckedImport;
  });
  // Rejects at once: the UI does not wait for the worker to reach its next slice.
  const cancel = () => call.abandon(sent.id, { type: 'cancel', id: sent.id });
  return { promise, cancel };
}

/** Where workers exist: otherwise the page writes the dataset itself. */
export const canCommitInWorker = typeof Worker !== 'undefined';

/**
 * Has the import worker write the dataset in one transaction. The columns' buffers are
 * transferred: the caller must not read them afterwards, whatever the outcome.
 */
export async function commitInWorker(commit: WorkerCommit): Promise<void> {
  const t0 = performance.now();
  // The worker has no localStorage: the page removes the kept view's copy around its write.
  try {
    await writeWithLock(() => call({ type: 'commit', commit }, columnBuffers(commit.columns)));
  } finally {
    // The import is over: the worker's heap (a 1M file's parse) took the browser 150–300 ms
    // to tear down when it waited for the page's next reload. The next import starts a fresh one.
    call.release();
  }
  performance.measure?.('fazhi:commit-in-worker', { start: t0, end: performance.now() });
}
