// The import state machine: pick → parse in the worker (progress, cancel) → preview
// (counts against the store) → one atomic commit, or nothing.
import { useCallback, useRef, useState } from 'react';
import type { Catalog } from '../../domain/catalog/catalog';
import { MAX_IMPORT_BYTES } from '../../domain/csv/limits';
import type { StoredComparison } from '../../domain/observations/compare-with-stored';
import type { StoredTable } from '../../domain/observations/stored-table';
import { aliasMap } from '../../domain/departments/registry';
import { nextTask } from '../../domain/steps';
import type { Department } from '../../domain/types';
import type { CommitResult } from '../../queries/import-commit';
import type { CheckedImport } from '../../workers/import-worker-client';

// Loaded when a file has been parsed: not part of the first page's scripts.
const comparer = () => import('../../domain/observations/compare-with-stored');

export type ImportPhase =
  | { phase: 'idle' }
  | { phase: 'parsing'; fileName: string; rows: number; fraction: number }
  | { phase: 'preview'; file: File; parsed: CheckedImport; comparison: StoredComparison; parseMs: number }
  | { phase: 'committing'; fileName: string }
  | { phase: 'done'; result: CommitResult; nothing: boolean }
  | { phase: 'error'; fileName: string; message: string };

export interface ImportFlowDeps {
  catalog: Catalog | undefined;
  table: StoredTable | undefined;
  departments: Department[] | undefined;
  onCommitted: () => Promise<unknown>;
  formatBytes: (n: number) => string;
}

export function useImportFlow(deps: ImportFlowDeps) {
  const [state, setState] = useState<ImportPhase>({ phase: 'idle' });
  const cancelRef = useRef<(() => void) | null>(null);

  const parseFile = useCallback(
    async (file: File, encoding?: string, allowCustomIndicators = false, sheets?: string[]) => {
      if (!deps.catalog || !deps.table) return;
      if (file.size > MAX_IMPORT_BYTES) {
        setState({
          phase: 'error',
          fileName: file.name,
          message: `文件“${file.name.slice(0, 60)}”大小为 ${deps.formatBytes(file.size)}，超过上限 ${deps.formatBytes(MAX_IMPORT_BYTES)}，未读取。请拆分后分别导入。`,
        });
        return;
      }
      const t0 = performance.now();
      // Loaded with the first import, not with the page.
      const { parseInWorker } = await import('../../workers/import-worker-client');
      // The worker reads the file itself: 100+ MB read into the page would be a long task.
      const job = parseInWorker(
        {
          source: file,
          fileName: file.name,
          encoding,
          allowCustomIndicators,
          indicators: deps.catalog.indicators,
          departmentAliases: [...aliasMap(deps.departments ?? [])],
          ...(sheets ? { sheets } : {}),
        },
        (p) => setState({ phase: 'parsing', fileName: file.name, rows: p.rows, fraction: p.fraction }),
      );
      let cancelled = false;
      const cancelThis = () => {
        cancelled = true;
        job.cancel();
      };
      cancelRef.current = cancelThis;
      setState({ phase: 'parsing', fileName: file.name, rows: 0, fraction: 0 });
      try {
        const parsed = await job.promise;
        // Receiving a big result is one long task already: compare in the next one.
        await nextTask();
        const { compareWithStored } = await comparer();
        if (cancelled) return;
        const comparison = compareWithStored(parsed.columns, deps.table);
        setState({ phase: 'preview', file, parsed, comparison, parseMs: performance.now() - t0 });
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        setState(message === 'cancelled' ? { phase: 'idle' } : { phase: 'error', fileName: file.name, message });
      } finally {
        if (cancelRef.current === cancelThis) cancelRef.current = null;
      }
    },
    [deps],
  );

  const cancel = useCallback(() => {
    cancelRef.current?.();
    setState({ phase: 'idle' });
  }, []);

  const commit = useCallback(
    /** `replaces`: a dataset this file supersedes (deleted in the same transaction). */
    async (overwriteChanged: boolean, name: string, replaces?: string) => {
      if (state.phase !== 'preview' || !deps.table) return;
      const { parsed, file } = state;
      // When replacing a dataset, its own rows are not "already stored".
      const comparison = replaces ? (await comparer()).compareWithStored(parsed.columns, deps.table, replaces) : state.comparison;
      const toWrite = comparison.newRows.length + (overwriteChanged ? comparison.changed.length : 0);
      if (toWrite === 0 && !replaces) {
        setState({ phase: 'done', result: { datasetId: '', written: 0, overwritten: 0 }, nothing: true });
        return;
      }
      setState({ phase: 'committing', fileName: file.name });
      try {
        const { commitImport } = await import('../../queries/import-commit');
        const result = await commitImport({
          name,
          fileName: file.name,
          kind: 'imported',
          encoding: parsed.encoding,
          columns: parsed.columns,
          comparison,
          table: deps.table,
          overwriteChanged,
          departments: parsed.departments,
          replaces,
          // The worker writes it: the preview's columns go with it (the state moves on).
          inWorker: true,
        });
        await deps.onCommitted();
        setState({ phase: 'done', result, nothing: false });
      } catch (e) {
        setState({ phase: 'error', fileName: file.name, message: describeWriteError(e) });
      }
    },
    [state, deps],
  );

  return { state, parseFile, cancel, commit };
}

/** Maps IndexedDB failures to what the user needs to know: nothing was written. */
export function describeWriteError(e: unknown): string {
  const err = e as { name?: string; message?: string; inner?: { name?: string } };
  const name = err?.inner?.name ?? err?.name ?? '';
  if (name === 'QuotaExceededError' || /quota/i.test(err?.message ?? '')) {
    return '浏览器存储空间不足，本次导入未写入任何数据。请删除不需要的数据集或释放磁盘空间后重试。';
  }
  if (name === 'DatabaseClosedError' || name === 'VersionError') {
    return '数据库已在其他标签页升级或被关闭，本次导入未写入任何数据。请刷新页面后重试。';
  }
  return `写入失败，本次导入未写入任何数据（${name || '错误'}：${(err?.message ?? String(e)).slice(0, 120)}）。`;
}
