// Datasets, departments, settings: the small tables.
import type { AppDB } from '../app-db';
import type { DatasetMeta, Department, SourceDocument } from '../../domain/types';
import { bumpStoreVersion } from './store-version';

export function listDatasets(db: AppDB): Promise<DatasetMeta[]> {
  return db.datasets.orderBy('importedAt').toArray();
}

export function listDepartments(db: AppDB): Promise<Department[]> {
  return db.departments.toArray();
}

export async function renameDataset(db: AppDB, id: string, name: string): Promise<void> {
  await db.transaction('rw', [db.datasets, db.importLog, db.startup], async () => {
    const meta = await db.datasets.get(id);
    if (!meta) return;
    await db.datasets.update(id, { name });
    await bumpStoreVersion(db);
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
  return db.transaction('rw', [db.departments, db.startup], async () => {
    await bumpStoreVersion(db);
    return db.departments.put(d);
  });
}

/**
 * Renames department `from` to `to` in every stored chunk and records `from` as an alias
 * of `to`, in one transaction. `dropRows` are rows of `from` that duplicate values of `to`.
 */
export async function mergeDepartments(db: AppDB, from: string, to: string, dropRows: { chunkId: number; pos: number }[]): Promise<void> {
  await db.transaction('rw', [db.chunks, db.departments, db.importLog, db.startup], async () => {
    await bumpStoreVersion(db);
    const drops = new Map<number, number[]>();
    for (const d of dropRows) drops.set(d.chunkId, [...(drops.get(d.chunkId) ?? []), d.pos]);
    const chunks = await db.chunks.toArray();
    for (const chunk of chunks) {
      const names = chunk.columns.departments;
      if (!names.includes(from)) continue;
      const removed = chunk.removed ? chunk.removed.slice() : new Uint8Array(chunk.columns.length);
      for (const p of drops.get(chunk.id!) ?? []) removed[p] = 1;
      // The chunk's dictionary may already hold `to`: point the codes of `from` at it.
      const toCode = names.indexOf(to);
      const fromCode = names.indexOf(from);
      const columns = { ...chunk.columns, departments: names.map((n) => (n === from && toCode < 0 ? to : n)) };
      if (toCode >= 0) {
        const dept = chunk.columns.dept.slice();
        for (let i = 0; i < dept.length; i++) if (dept[i] === fromCode) dept[i] = toCode;
        columns.dept = dept;
      }
      await db.chunks.update(chunk.id!, { columns, removed });
    }
    const [oldRec, newRec] = await db.departments.bulkGet([from, to]);
    const aliases = [...new Set([...(newRec?.aliases ?? []), from, ...(oldRec?.aliases ?? [])])].filter((a) => a !== to);
    const mustReport = newRec?.mustReport || oldRec?.mustReport;
    await db.departments.put({
      name: to,
      region: newRec?.region || oldRec?.region || '',
      type: newRec?.type || oldRec?.type || '',
      aliases,
      ...(mustReport ? { mustReport } : {}),
    });
    await db.departments.delete(from);
    await db.importLog.add({
      datasetId: '',
      at: Date.now(),
      action: 'merge-departments',
      fileName: `${from} → ${to}`,
      records: 0,
      overwritten: dropRows.length,
      committed: true,
    });
  });
}
