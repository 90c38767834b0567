// Reads one pack file into datasets ready to write, or says in Chinese why it cannot.
// One reader per format: .xlsx gets its reader here once the app reads Excel files.
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

/** Parsed in the import worker where there is one (a large pack is seconds of work), else here (Node). */
async function parseCsv(entry: PackEntry, bytes: Uint8Array, catalog: Catalog): Promise<{ parsed: ParsedImport; inWorker: boolean }> {
  const fileName = `datasets/${entry.file}`;
  if (typeof Worker !== 'undefined') {
    const { parseInWorker } = await import('../../workers/import-worker-client');
    const source = bytes.slice().buffer;
    return {
      parsed: await parseInWorker({ source, fileName, allowCustomIndicators: true, indicators: catalog.indicators, departmentAliases: [] })
        .promise,
      inWorker: true,
    };
  }
  const { parseImportBytes } = await import('../../domain/csv/parse-import');
  return { parsed: parseImportBytes(bytes, { fileName, catalog, allowCustomIndicators: true }), inWorker: false };
}

async function readCsv(entry: PackEntry, bytes: Uint8Array, catalog: Catalog): Promise<PackRead> {
  const { parsed, inWorker } = await parseCsv(entry, bytes, catalog);
  const errors = parsed.issues.filter((i) => i.severity === 'error');
  if (!parsed.ok || errors.length) {
    // A row's error (its message names the file, line and column) says more than the file's summary.
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

export async function readPack(entry: PackEntry, bytes: Uint8Array, catalog: Catalog): Promise<PackRead> {
  switch (entry.format) {
    case 'csv':
      return readCsv(entry, bytes, catalog);
    case 'backup':
      return readBackup(entry, bytes);
    case 'xlsx':
      return { ok: false, message: `${label(entry)}未载入：暂不能读取 Excel 文件，请另存为 CSV（UTF-8）后更新 index.json。` };
  }
}
