// Turns a parsed and compared import into one atomic write, then refreshes every
// query that depends on stored data.
import { db } from '../db/db';
import { rowRef, writeDataset, type RowRef } from '../db/repositories/observations-repo';
import { listDepartments } from '../db/repositories/meta-repo';
import { describeDepartments } from '../domain/departments/registry';
import type { ObservationColumns } from '../domain/observations/columns';
import type { StoredComparison } from '../domain/observations/compare-with-stored';
import { departmentsOfRows, pickRows } from '../domain/observations/filter-columns';
import type { StoredTable } from '../domain/observations/stored-table';
import type { RoundRecord } from '../domain/round/round-record';
import type { DatasetKind, Department, SourceDocument } from '../domain/types';
import { canCommitInWorker, commitInWorker } from '../workers/import-worker-client';

export interface CommitRequest {
  name: string;
  fileName: string;
  kind: DatasetKind;
  encoding?: string;
  columns: ObservationColumns;
  comparison: StoredComparison;
  table: StoredTable;
  overwriteChanged: boolean;
  departments?: Department[];
  /** Original texts (reports) stored with the dataset so evidence can be shown in place. */
  documents?: { name: string; text: string; round?: RoundRecord }[];
  replaces?: string;
  /**
   * The import worker writes the dataset (the page clones nothing into IndexedDB). The
   * columns' buffers are transferred to it: the caller must not read them afterwards.
   */
  inWorker?: boolean;
}

export interface CommitResult {
  datasetId: string;
  written: number;
  overwritten: number;
}

function newDatasetId(): string {
  return `ds-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export function documentId(datasetId: string, fileName: string): string {
  return `${datasetId}:${fileName}`;
}

export async function commitImport(req: CommitRequest): Promise<CommitResult> {
  const { comparison: cmp } = req;
  const keep = [...cmp.newRows];
  const supersede: RowRef[] = [];
  if (req.overwriteChanged) {
    for (const c of cmp.changed) {
      keep.push(c.row);
      supersede.push(rowRef(req.table, c.storedRow));
    }
  }
  keep.sort((a, b) => a - b);
  const whole = keep.length === req.columns.numeric.length;
  const id = newDatasetId();
  const known = await listDepartments(db);
  const stated = new Map((req.departments ?? []).map((d) => [d.name, d]));
  const departments = describeDepartments(departmentsOfRows(req.columns.numeric, whole ? null : keep), known).map((d) => {
    const s = stated.get(d.name);
    return s ? { ...d, region: s.region || d.region, type: s.type || d.type } : d;
  });
  const documents: SourceDocument[] = (req.documents ?? []).map((d) => ({
    id: documentId(id, d.name),
    datasetId: id,
    name: d.name,
    text: d.text,
    ...(d.round ? { round: d.round } : {}),
  }));
  const write = {
    meta: {
      id,
      name: req.name,
      sourceFile: req.fileName,
      importedAt: Date.now(),
      rowCount: keep.length,
      kind: req.kind,
      encoding: req.encoding,
      documentIds: documents.map((d) => d.id),
    },
    departments,
    supersede,
    replaces: req.replaces,
  };
  if (req.inWorker && canCommitInWorker && !documents.length) {
    await commitInWorker({ ...write, columns: req.columns, keep: whole ? null : Uint32Array.from(keep) });
  } else {
    await writeDataset(db, { ...write, documents, columns: whole ? req.columns : pickRows(req.columns, keep) });
  }
  requestPersistence();
  return { datasetId: id, written: keep.length, overwritten: supersede.length };
}

/** Best-effort: asks the browser not to evict our data (secure contexts only). */
function requestPersistence(): void {
  void navigator.storage?.persist?.().catch(() => false);
}
