// Reads one pack file into datasets ready to write, or says in Chinese why it cannot.
// Tables (CSV or a workbook, told apart by their bytes as in the import) and backups.
import type { Catalog } from '../../domain/catalog/catalog';
import type { PackEntry } from '../../domain/packs/pack-index';
import { packDatasetId } from '../../domain/packs/pack-plan';
import type { ObservationColumns } from '../../domain/observations/columns';
import type { DatasetMeta, Department, SourceDocument } from '../../domain/types';
import type { ParsedImport } from '../../domain/csv/parse-import';

export interface PackDataset {
  meta: DatasetMeta;
  columns: ObservationColumns;
  departments: Department[];
  documents: SourceDocument[];
  /** Parsed by the import worker: its columns go back to it to be written (packed text, transferred). */
  inWorker: boolean;
}

export type PackRead = { ok: true; datasets: PackDataset[] } | { ok: false; message: string };

const label = (entry: PackEntry) => `机构数据「${entry.name}」（datasets/${entry.file}）`;

function meta(entry: PackEntry, id: string, name: string, rowCount: number, extra: Partial<DatasetMeta> = {}): DatasetMeta {
  return { id, name, sourceFile: `datasets/${entry.file}`, importedAt: Date.now(), rowCount, kind: 'imported', ...extra };
}

/** Parses a table pack (CSV text or a workbook, by its bytes) with the import's own code. */
export type ParseTable = (bytes: Uint8Array, fileName: string, catalog: Catalog) => Promise<{ parsed: ParsedImport; inWorker: boolean }>;

/** The page's parser: the import worker, where a large pack is seconds of work and SheetJS loads only when needed. */
const parseInImportWorker: ParseTable = async (bytes, fileName, catalog) => {
  const { parseInWorker } = await import('../../workers/import-worker-client');
  const source = bytes.slice().buffer;
  const parsed = await parseInWorker({
    source,
    fileName,
    allowCustomIndicators: true,
    indicators: catalog.indicators,
    departmentAliases: [],
  }).promise;
  return { parsed, inWorker: true };
};

async function readTable(entry: PackEntry, bytes: Uint8Array, catalog: Catalog, parseTable: ParseTable): Promise<PackRead> {
  const { parsed, inWorker } = await parseTable(bytes, `datasets/${entry.file}`, catalog);
  const errors = parsed.issues.filter((i) => i.severity === 'error');
  if (!parsed.ok || errors.length) {
    // A row's error (its message names the file's line and column, or sheet and cell) says more than the file's summary.
    const first = errors.find((i) => i.line) ?? errors[0];
    return {
      ok: false,
      message: `${label(entry)}未载入：${first?.message ?? '无法读取'}${errors.length > 1 ? `（共 ${errors.length} 处问题）` : ''}`,
    };
  }
  const id = packDatasetId(entry.file);
  return {
    ok: true,
    datasets: [
      {
        meta: meta(entry, id, `机构数据：${entry.name}`, parsed.columns.numeric.length, { encoding: parsed.encoding }),
        columns: parsed.columns,
        departments: parsed.departments,
        documents: [],
        inWorker,
      },
    ],
  };
}

async function readBackup(entry: PackEntry, bytes: Uint8Array): Promise<PackRead> {
  const [{ decodeBackup }, { decodeObservations }, { columnsFromObservations }] = await Promise.all([
    import('../../domain/backup/backup-codec'),
    import('../../domain/backup/backup-format'),
    import('../../domain/observations/columns'),
  ]);
  const check = decodeBackup(bytes);
  if (!check.ok) return { ok: false, message: `${label(entry)}未载入：${check.message}` };
  const { backup } = check;
  const many = backup.datasets.length > 1;
  const datasets = backup.datasets.map((d, n) => {
    const id = packDatasetId(entry.file, n);
    // The pack's report texts move with its datasets, under ids of their own.
    const documents = backup.documents
      .filter((doc) => doc.datasetId === d.meta.id)
      .map((doc) => ({ ...doc, id: `${id}/${doc.id}`, datasetId: id }));
    const rows = decodeObservations(d.observations);
    const name = `机构数据：${entry.name}${many ? `·${d.meta.name}` : ''}`;
    return {
      meta: meta(entry, id, name, rows.length, documents.length ? { documentIds: documents.map((doc) => doc.id) } : {}),
      columns: columnsFromObservations(rows),
      departments: backup.departments,
      documents,
      inWorker: false,
    };
  });
  if (!datasets.length) return { ok: false, message: `${label(entry)}未载入：备份中没有数据集。` };
  return { ok: true, datasets };
}

export async function readPack(
  entry: PackEntry,
  bytes: Uint8Array,
  catalog: Catalog,
  parseTable: ParseTable = parseInImportWorker,
): Promise<PackRead> {
  switch (entry.format) {
    case 'table':
      return readTable(entry, bytes, catalog, parseTable);
    case 'backup':
      return readBackup(entry, bytes);
  }
}
