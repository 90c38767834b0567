// Runs a batch through the worker pool: items appear at once as 排队, turn 提取中 when a
// worker takes them, then 待审核 / 待确认 / 已导入 / 失败 one by one. Cancel stops them all.
import { useCallback, useEffect, useRef, useState } from 'react';
import { batchContext } from '../../queries/round-queries';
import { applyLearnedAliases } from '../../domain/extract/learned-aliases';
import type { Catalog } from '../../domain/catalog/catalog';
import { DepartmentMatcher } from '../../domain/round/match-department';
import type { Department } from '../../domain/types';
import { readForWorker } from './batch-read';
import { failed, fileKind, queuedItem, withResult, type BatchItem } from './batch-model';
import { uniqueNames, type NamedFile } from './dropped-files';
import { runPool, type PoolRun } from '../../workers/report-pool-client';

let nextKey = 1;

export function useBatchRun(catalog: Catalog, registry: readonly Department[]) {
  const [items, setItems] = useState<BatchItem[]>([]);
  const [running, setRunning] = useState(false);
  const run = useRef<PoolRun | null>(null);
  const itemsRef = useRef(items);
  useEffect(() => {
    itemsRef.current = items;
  }, [items]);

  const update = useCallback(
    (key: number, fn: (i: BatchItem) => BatchItem) => setItems((all) => all.map((i) => (i.key === key ? fn(i) : i))),
    [],
  );

  // Workers' news (started, settled) is applied at most every 100 ms in one render, so
  // that 40 results do not make 80 renders while the page should stay responsive.
  const pending = useRef<((all: BatchItem[]) => BatchItem[])[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const flush = useCallback(() => {
    timer.current = null;
    const fns = pending.current;
    pending.current = [];
    if (fns.length) setItems((all) => fns.reduce((acc, fn) => fn(acc), all));
  }, []);
  const later = useCallback(
    (fn: (all: BatchItem[]) => BatchItem[]) => {
      pending.current.push(fn);
      timer.current ??= setTimeout(flush, 100);
    },
    [flush],
  );

  const add = useCallback(
    async (files: readonly NamedFile[]) => {
      if (!files.length || run.current) return;
      const named = uniqueNames(
        files,
        itemsRef.current.map((i) => i.name),
      );
      const now = Date.now();
      const fresh: BatchItem[] = named.map(({ file, name }) => {
        const kind = fileKind(name);
        const base = queuedItem(nextKey++, name, file.lastModified, now);
        return 'refused' in kind ? { ...base, status: 'failed', reason: kind.refused } : base;
      });
      setItems((all) => [...all, ...fresh]);
      const todo = fresh.map((item, k) => ({ item, file: named[k]!.file })).filter((x) => x.item.status === 'waiting');
      if (!todo.length) return;
      setRunning(true);
      const [stored, aliases] = await batchContext();
      // What the user taught in earlier reviews applies to every report of the batch too.
      const isCatalogId = (id: string) => !!catalog.get(id);
      const matcher = new DepartmentMatcher(registry);
      const jobs = todo.map(({ item, file }) => ({
        name: item.name,
        onStart: () => later((all) => all.map((i) => (i.key === item.key ? { ...i, status: 'working' } : i))),
        read: () => readForWorker(file, item.name),
      }));
      const pool = runPool(jobs, catalog.indicators, (index, r) => {
        const key = todo[index]!.item.key;
        // Later items are compared with the ones settled before them (same text twice).
        later((all) =>
          all.map((i) =>
            i.key !== key
              ? i
              : r.status === 'fulfilled'
                ? withResult(
                    i,
                    { ...r.value, result: applyLearnedAliases(r.value.result, aliases, isCatalogId) },
                    catalog,
                    matcher,
                    stored,
                    all,
                  )
                : failed(i, r.reason),
          ),
        );
      });
      run.current = pool;
      await pool.done;
      if (timer.current) clearTimeout(timer.current);
      flush();
      run.current = null;
      // The first report opens for review in a task of its own, after the queue shows 40/40.
      setTimeout(() => setRunning(false), 0);
    },
    [catalog, registry, later, flush],
  );

  const cancel = useCallback(() => run.current?.cancel(), []);
  const clear = useCallback(() => !run.current && setItems([]), []);
  return { items, running, add, cancel, clear, update, setItems };
}
