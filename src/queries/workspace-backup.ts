// Workspace backup and restore for the UI: one file with everything, and its restore
// as one atomic write. Components call these; they never touch Dexie themselves.
import { db } from '../db/db';
import { readWorkspace, restoreWorkspace } from '../db/repositories/backup-repo';
import { decodeBackup, encodeBackup, backupFileName } from '../domain/backup/backup-codec';
import { buildBackup, type WorkspaceBackup } from '../domain/backup/backup-format';
import type { RestoreMode } from '../domain/backup/restore-plan';
import type { BackupCheck } from '../domain/backup/validate-backup';
import { todayIso } from '../lib/format';

export interface BackupFile {
  blob: Blob;
  fileName: string;
  datasets: number;
  observations: number;
}

export async function createBackupFile(): Promise<BackupFile> {
  const backup = buildBackup(await readWorkspace(db));
  return {
    blob: new Blob([encodeBackup(backup)], { type: 'application/gzip' }),
    fileName: backupFileName(todayIso()),
    datasets: backup.datasets.length,
    observations: backup.datasets.reduce((s, d) => s + d.observations.count, 0),
  };
}

export async function readBackupFile(file: Blob): Promise<BackupCheck> {
  return decodeBackup(new Uint8Array(await file.arrayBuffer()));
}

export async function restoreBackup(backup: WorkspaceBackup, mode: RestoreMode): Promise<void> {
  await restoreWorkspace(db, backup, mode);
  // Restored data is worth keeping: ask the browser not to evict it (secure contexts only).
  void navigator.storage?.persist?.().catch(() => false);
}
