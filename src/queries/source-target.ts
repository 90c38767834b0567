// Where a stored row came from: its dataset, file, line or report offsets.
import { db } from '../db/db';
import { loadRowTexts, rowRef } from '../db/repositories/observations-repo';
import type { ChartRow } from '../domain/observations/chart-row';
import type { DatasetMeta } from '../domain/types';
import { documentId } from './import-commit';
import type { TableSnapshot } from './store-queries';

export interface SourceTarget {
  datasetId: string;
  datasetName: string;
  file: string;
  line: number;
  start: number;
  end: number;
  evidence: string;
  documentId: string | null;
}

export function sourceTargetFor(snapshot: TableSnapshot, row: ChartRow, datasets: readonly DatasetMeta[]): Promise<SourceTarget> {
  return sourceTargetForRow(snapshot, row.rowId, datasets);
}

/** The source of one row of the stored table. */
export async function sourceTargetForRow(snapshot: TableSnapshot, rowId: number, datasets: readonly DatasetMeta[]): Promise<SourceTarget> {
  const t = snapshot.table;
  const datasetId = t.datasetIds[t.ds[rowId]!]!;
  const [text] = await loadRowTexts(db, [rowRef(t, rowId)]);
  const meta = datasets.find((d) => d.id === datasetId);
  const file = text?.file || meta?.sourceFile || '';
  const docId = documentId(datasetId, file);
  return {
    datasetId,
    datasetName: meta?.name ?? datasetId,
    file,
    line: text?.line ?? -1,
    start: text?.start ?? -1,
    end: text?.end ?? -1,
    evidence: text?.evidence ?? '',
    documentId: meta?.documentIds?.includes(docId) ? docId : null,
  };
}
