// Where a stored row came from: its dataset, file, line or report offsets.
import { db } from '../db/db';
import { loadRowTexts } from '../db/repositories/observations-repo';
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

export async function sourceTargetFor(snapshot: TableSnapshot, row: ChartRow, datasets: readonly DatasetMeta[]): Promise<SourceTarget> {
  const t = snapshot.table;
  const [text] = await loadRowTexts(db, [{ chunkId: t.chunk[row.rowId]!, pos: t.pos[row.rowId]! }]);
  const meta = datasets.find((d) => d.id === row.datasetId);
  const file = text?.file || meta?.sourceFile || '';
  const docId = documentId(row.datasetId, file);
  return {
    datasetId: row.datasetId,
    datasetName: meta?.name ?? row.datasetId,
    file,
    line: text?.line ?? -1,
    start: text?.start ?? -1,
    end: text?.end ?? -1,
    evidence: text?.evidence ?? '',
    documentId: meta?.documentIds?.includes(docId) ? docId : null,
  };
}
