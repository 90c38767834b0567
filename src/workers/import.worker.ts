// Thin adapter: bytes → parseImportBytesAsync → result with its typed arrays transferred.
// Parsing yields between slices of rows so that a cancel message is received in time.
// Text dictionaries are packed here, off the main thread: a million evidence strings
// would cost the page ~140 ms to deserialise; two transferred buffers cost nothing.
/// <reference lib="webworker" />
import { Catalog } from '../domain/catalog/catalog';
import { parseImportBytesAsync, type ParsedImport } from '../domain/csv/parse-import';
import { packTextColumns } from '../domain/observations/pack-text-columns';
import { columnBuffers, type ImportRequest, type ImportResponse } from './import-messages';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const cancelled = new Set<number>();

function post(msg: ImportResponse, transfer: Transferable[] = []): void {
  scope.postMessage(msg, transfer);
}

/** Lets queued messages (cancel) run: a MessageChannel task, not clamped like setTimeout. */
const channel = new MessageChannel();
const waiting: (() => void)[] = [];
channel.port1.onmessage = () => waiting.shift()?.();
// Node (tests) keeps a process alive while a port listens; browsers have no unref.
(channel.port1 as { unref?: () => void }).unref?.();
function pause(): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });
}

scope.onmessage = async (e: MessageEvent<ImportRequest>) => {
  const req = e.data;
  if (req.type === 'cancel') {
    cancelled.add(req.id);
    return;
  }
  const { id } = req;
  try {
    const result = await parseImportBytesAsync(
      new Uint8Array(req.bytes),
      {
        fileName: req.fileName,
        catalog: new Catalog(req.indicators),
        encoding: req.encoding,
        allowCustomIndicators: req.allowCustomIndicators,
        departmentAliases: new Map(req.departmentAliases),
        onProgress: (p) => post({ type: 'progress', id, rows: p.rows, fraction: p.fraction }),
        isCancelled: () => cancelled.has(id),
      },
      pause,
    );
    if (cancelled.has(id)) post({ type: 'error', id, message: 'cancelled', cancelled: true });
    else {
      const packed: ParsedImport = { ...result, columns: { ...result.columns, text: packTextColumns(result.columns.text) } };
      post({ type: 'done', id, result: packed }, columnBuffers(packed.columns));
    }
  } catch (err) {
    post({ type: 'error', id, message: err instanceof Error ? err.message : String(err) });
  } finally {
    cancelled.delete(id);
  }
};
