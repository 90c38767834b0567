// Memory of the page after an import, from the DevTools protocol (Runtime.getHeapUsage,
// main thread; the import worker's memory is not included):
//   heap_mb           V8 heap objects + ArrayBuffer backing stores, after a forced GC
//                     (what the app keeps: typed arrays live outside the V8 heap proper,
//                     so JSHeapUsedSize alone would miss the columnar table)
//   js_heap_mb        the V8 heap alone (= JSHeapUsedSize / performance.memory)
//   array_buffers_mb  the backing stores alone
//   heap_before_gc_mb heap_mb before the forced GC
//   idb_mb            navigator.storage.estimate(): its IndexedDB part when reported
//   idb_disk_mb       the profile's IndexedDB directory on disk (a cross-check)
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { pageEval } from './browser';

export interface MemoryFigures {
  heap_mb: number;
  js_heap_mb: number;
  array_buffers_mb: number;
  dom_heap_mb: number;
  heap_before_gc_mb: number;
  idb_mb: number;
  idb_disk_mb: number;
  storage_mb: number;
}

const MB = 1024 * 1024;

interface HeapUsage {
  usedSize: number;
  totalSize: number;
  embedderHeapUsedSize?: number;
  backingStorageSize?: number;
}

const usage = (cdp: CDPSession) => cdp.send('Runtime.getHeapUsage') as Promise<HeapUsage>;

function du(path: string): number {
  try {
    const st = statSync(path);
    return st.isDirectory() ? readdirSync(path).reduce((s, e) => s + du(join(path, e)), 0) : st.size;
  } catch {
    return 0;
  }
}

export async function measureMemory(page: Page, cdp: CDPSession, profileDir: string): Promise<MemoryFigures> {
  const before = await usage(cdp);
  await cdp.send('HeapProfiler.collectGarbage');
  const after = await usage(cdp);
  const total = (u: HeapUsage) => (u.usedSize + (u.backingStorageSize ?? 0)) / MB;
  return {
    heap_mb: total(after),
    js_heap_mb: after.usedSize / MB,
    array_buffers_mb: (after.backingStorageSize ?? 0) / MB,
    dom_heap_mb: (after.embedderHeapUsedSize ?? 0) / MB,
    heap_before_gc_mb: total(before),
    ...(await measureStorage(page, profileDir)),
  };
}

export async function measureStorage(page: Page, profileDir: string): Promise<{ idb_mb: number; idb_disk_mb: number; storage_mb: number }> {
  const est = await pageEval<{ usage: number; idb?: number }>(
    page,
    `navigator.storage.estimate().then((e) => ({ usage: e.usage, idb: e.usageDetails && e.usageDetails.indexedDB }))`,
  );
  return {
    idb_mb: (est.idb ?? est.usage) / MB,
    idb_disk_mb: du(join(profileDir, 'Default', 'IndexedDB')) / MB,
    storage_mb: est.usage / MB,
  };
}
