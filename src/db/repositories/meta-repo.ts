// Datasets, departments, settings: the small tables.
import type { AppDB } from '../app-db';
import type { DatasetMeta, Department, SourceDocument } from '../../domain/types';

export function listDatasets(db: AppDB): Promise<DatasetMeta[]> {
  return db.datasets.orderBy('importedAt').toArray();
}

export function listDepartments(db: AppDB): Promise<Department[]> {
  return db.departments.toArray();
}

export async function renameDataset(db: AppDB, id: string, name: string): Promise<void> {
  await db.transaction('rw', [db.datasets, db.importLog], async () => {
    const meta = await db.datasets.get(id);
    if (!meta) return;
    await db.datasets.update(id, { name });
    await db.importLog.add({
      datasetId: id,
      at: Date.now(),
      action: 'rename',
      fileName: meta.sourceFile,
      records: meta.rowCount,
      overwritten: 0,
      committed: true,
    });
  });
}

export async function getSetting<T>(db: AppDB, key: string): Promise<T | undefined> {
  return (await db.settings.get(key))?.value as T | undefined;
}

export async function putSetting(db: AppDB, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}

export function getDocument(db: AppDB, id: string): Promise<SourceDocument | undefined> {
  return db.documents.get(id);
}

export function putDepartment(db: AppDB, d: Department): Promise<string> {
  return db.departments.put(d);
}
