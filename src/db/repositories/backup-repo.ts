// Reading the whole workspace for a backup (one read snapshot, so an import running at
// the same time is either fully in it or not at all) and restoring one (one read-write
// transaction containing only Dexie calls: all of the backup is written, or nothing).
import type { AppDB } from '../app-db';
import { decodeObservations, type WorkspaceBackup, type WorkspaceContent } from '../../domain/backup/backup-format';
import type { RestoreMode } from '../../domain/backup/restore-plan';
import { columnsFromObservations } from '../../domain/observations/columns';
import type { Observation } from '../../domain/types';
import { bumpStoreVersion } from './store-version';
import { deleteDatasetInTx, readDatasetObservations, splitForStore, upsertDepartments } from './observations-repo';

export async function readWorkspace(db: AppDB): Promise<WorkspaceContent> {
  const tables = [db.datasets, db.chunks, db.texts, db.documents, db.departments, db.indicators, db.settings];
  return db.transaction('r', tables, async () => {
    const metas = await db.datasets.orderBy('importedAt').toArray();
    const datasets: { meta: (typeof metas)[number]; observations: Observation[] }[] = [];
    for (const meta of metas) datasets.push({ meta, observations: await readDatasetObservations(db, meta.id) });
    return {
      datasets,
      documents: await db.documents.toArray(),
      departments: await db.departments.toArray(),
      indicators: await db.indicators.toArray(),
      settings: await db.settings.toArray(),
    };
  });
}

/** Writes a validated backup. `replace` empties the workspace first; `merge` overwrites only the datasets the backup has. */
export async function restoreWorkspace(db: AppDB, backup: WorkspaceBackup, mode: RestoreMode): Promise<void> {
  // Everything that is not a Dexie call happens before the transaction starts.
  const prepared = backup.datasets.map((d) => ({
    meta: d.meta,
    ...splitForStore(d.meta.id, columnsFromObservations(decodeObservations(d.observations))),
  }));
  const tables = [db.datasets, db.chunks, db.texts, db.documents, db.departments, db.indicators, db.settings, db.importLog, db.startup];
  const at = Date.now();
  await db.transaction('rw', tables, async () => {
    await bumpStoreVersion(db);
    if (mode === 'replace') {
      await Promise.all([
        db.datasets.clear(),
        db.chunks.clear(),
        db.texts.clear(),
        db.documents.clear(),
        db.departments.clear(),
        db.indicators.clear(),
        db.settings.clear(),
      ]);
    } else {
      for (const d of prepared) if (await db.datasets.get(d.meta.id)) await deleteDatasetInTx(db, d.meta.id);
    }
    for (const d of prepared) {
      await db.datasets.put(d.meta);
      for (let i = 0; i < d.numeric.length; i++) {
        const chunkId = await db.chunks.add(d.numeric[i]!);
        const parts = d.texts[i]!.map((p) => ({ ...p, chunkId }));
        if (parts.length) await db.texts.bulkAdd(parts);
      }
    }
    if (backup.documents.length) await db.documents.bulkPut(backup.documents);
    if (backup.departments.length) {
      if (mode === 'replace') await db.departments.bulkPut(backup.departments);
      else await upsertDepartments(db, backup.departments);
    }
    if (backup.indicators.length) await db.indicators.bulkPut(backup.indicators);
    if (backup.settings.length) await db.settings.bulkPut(backup.settings);
    await db.importLog.bulkAdd(
      prepared.map((d) => ({
        datasetId: d.meta.id,
        at,
        action: 'restore' as const,
        fileName: d.meta.sourceFile,
        records: d.numeric.reduce((s, c) => s + c.columns.length, 0),
        overwritten: 0,
        committed: true as const,
      })),
    );
  });
}
