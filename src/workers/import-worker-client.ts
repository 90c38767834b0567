// The import worker from the main thread: one module worker, requests by id, progress
// callback, cancel. A cancelled job rejects with Error('cancelled').
import type { ParsedImport } from '../domain/csv/parse-import';
import type { Indicator } from '../domain/types';
import type { ImportRequest, ImportResponse } from './import-messages';

export interface ParseJobInput {
  /** Transferred to the worker: the caller's buffer is detached afterwards. */
  bytes: ArrayBuffer;
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
  resolve: (r: ParsedImport) => void;
  reject: (e: Error) => void;
  onProgress?: (p: { rows: number; fraction: number }) => void;
}

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

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
    if (msg.type === 'done') p.resolve(msg.result);
    else p.reject(new Error(msg.cancelled ? 'cancelled' : msg.message));
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

export function parseInWorker(input: ParseJobInput, onProgress?: (p: { rows: number; fraction: number }) => void): ParseJob {
  const id = nextId++;
  const w = getWorker();
  let settled = false;
  const promise = new Promise<ParsedImport>((resolve, reject) => {
    pending.set(id, {
      resolve: (r) => {
        settled = true;
        resolve(r);
      },
      reject: (e) => {
        settled = true;
        reject(e);
      },
      onProgress,
    });
  });
  const req: ImportRequest = { type: 'parse', id, ...input };
  w.postMessage(req, [input.bytes]);
  const cancel = () => {
    if (settled) return;
    w.postMessage({ type: 'cancel', id } satisfies ImportRequest);
    // Reject at once: the UI does not wait for the worker to reach its next slice.
    const p = pending.get(id);
    pending.delete(id);
    p?.reject(new Error('cancelled'));
  };
  return { promise, cancel };
}
