// Query options and hooks over the store. Components never touch Dexie directly.
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useAfterPaint } from '../lib/use-after-paint';
import { db } from '../db/db';
import { getDocument, listDatasets, listDepartments } from '../db/repositories/meta-repo';
import { rowRef } from '../db/repositories/observations-repo';
import { loadTexts, takeTable } from '../workers/store-worker-client';
import { Catalog } from '../domain/catalog/catalog';
import type { RowText, StoredTable } from '../domain/observations/stored-table';
import type { ReadEvidence } from '../domain/charts/common';
import { storeKeys, textsKeyHash } from './keys';

let tableVersion = 0;

export interface TableSnapshot {
  table: StoredTable;
  version: number;
  loadMs: number;
}

const tableQuery = queryOptions({
  queryKey: storeKeys.table(),
  // The table is the one the worker sent: the checks and matrix cells are asked of the worker
  // by it (store-worker-client's seqOf), and structural sharing would hand on a copy.
  structuralSharing: false,
  queryFn: async (): Promise<TableSnapshot> => {
    const t0 = performance.now();
    const table = await takeTable();
    return { table, version: ++tableVersion, loadMs: performance.now() - t0 };
  },
});

const datasetsQuery = queryOptions({ queryKey: storeKeys.datasets(), queryFn: () => listDatasets(db) });
const departmentsQuery = queryOptions({ queryKey: storeKeys.departments(), queryFn: () => listDepartments(db) });

export const catalogQuery = queryOptions({
  queryKey: storeKeys.indicators(),
  queryFn: async () => {
    // Its own chunk, fetched while the store worker reads the table: the catalog (labels,
    // aliases, concepts) is data, not code the first paint needs.
    const [{ default: bundledIndicators }, custom] = await Promise.all([
      import('../../data/indicators.csv?catalog'),
      db.indicators.toArray(),
    ]);
    const ids = new Set(bundledIndicators.map((i) => i.id));
    return new Catalog([...bundledIndicators, ...custom.filter((c) => !ids.has(c.id))]);
  },
});

export const useTable = () => useQuery(tableQuery);
export const useDatasets = () => useQuery(datasetsQuery);
export const useDepartments = () => useQuery(departmentsQuery);
export const useCatalog = () => useQuery(catalogQuery);

/**
 * Evidence and provenance for a handful of rows, loaded after the chart has drawn; undefined
 * until read. Row ids are positions in one table version: texts read for another version
 * (the previous result, kept while the next one loads) are never returned.
 */
export function useRowTexts(snapshot: TableSnapshot | undefined, rowIds: readonly number[]): Map<number, RowText> | undefined {
  // Asked for once the frame showing these rows is painted, with the table they belong to: the
  // request (a matrix page asks for thousands of rows) is not part of the change that shows them.
  const asked = useAfterPaint(useMemo(() => ({ snapshot, rowIds }), [snapshot, rowIds]));
  const q = useQuery({
    queryKey: storeKeys.texts(asked.snapshot?.version ?? 0, asked.rowIds),
    queryKeyHashFn: textsKeyHash,
    enabled: !!asked.snapshot && asked.rowIds.length > 0,
    queryFn: async (): Promise<{ version: number; texts: Map<number, RowText> }> => {
      const { table, version } = asked.snapshot!;
      const texts = await loadTexts(asked.rowIds.map((i) => rowRef(table, i)));
      return { version, texts: new Map(asked.rowIds.map((id, k) => [id, texts[k]!])) };
    },
    placeholderData: (prev) => prev,
  });
  return q.data && q.data.version === snapshot?.version ? q.data.texts : undefined;
}

/**
 * What a chart's tooltips read their rows' evidence with, from the table those rows belong
 * to. The evidence is given to the rows asked about (the next formatting shows it) and kept
 * in `keep` for rows made anew on each use (the matrix's). A row is read once at a time.
 */
export function evidenceReader(snapshot: TableSnapshot, keep = new Map<number, RowText>()): ReadEvidence {
  const reading = new Map<number, Promise<void>>();
  const { table } = snapshot;
  return async (rows) => {
    const ids = [...new Set(rows.map((r) => r.rowId))].filter((id) => !keep.has(id));
    const asked = ids.filter((id) => !reading.has(id));
    if (asked.length) {
      const read = loadTexts(asked.map((id) => rowRef(table, id))).then(
        (texts) => asked.forEach((id, k) => keep.set(id, texts[k]!)),
        // Asked again at the next hover.
        () => undefined,
      );
      const done = read.finally(() => asked.forEach((id) => reading.delete(id)));
      for (const id of asked) reading.set(id, done);
    }
    await Promise.all(ids.flatMap((id) => reading.get(id) ?? []));
    for (const r of rows) {
      const tx = keep.get(r.rowId);
      if (tx) {
        r.evidence = tx.evidence;
        r.indicatorText = tx.indicatorText;
      }
    }
  };
}

export function useDocument(id: string | null) {
  return useQuery({
    queryKey: storeKeys.document(id ?? ''),
    enabled: !!id,
    queryFn: async () => (await getDocument(db, id!)) ?? null,
  });
}

/** After any write: everything derived from the store is refreshed. */
export function useInvalidateStore() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: storeKeys.all });
}
