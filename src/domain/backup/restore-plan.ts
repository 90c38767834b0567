// What restoring a backup would do, shown before anything is written. Merge keeps the
// datasets this computer has and replaces those the backup also has (same dataset id);
// replace makes the workspace exactly the backup's.
import type { DatasetMeta } from '../types';
import type { WorkspaceBackup } from './backup-format';

export type RestoreMode = 'merge' | 'replace';

export interface DatasetSummary {
  id: string;
  name: string;
  rows: number;
}

export interface RestorePlan {
  mode: RestoreMode;
  /** Datasets new to this computer. */
  add: DatasetSummary[];
  /** Datasets on this computer that the backup's version overwrites. */
  replace: { local: DatasetSummary; backup: DatasetSummary }[];
  /** Datasets on this computer deleted because the backup does not have them (replace only). */
  remove: DatasetSummary[];
  /** Datasets on this computer left as they are (merge only). */
  keep: DatasetSummary[];
  totals: { datasets: number; observations: number; documents: number; departments: number; indicators: number; settings: number };
}

export function planRestore(backup: WorkspaceBackup, local: readonly DatasetMeta[], mode: RestoreMode): RestorePlan {
  const localById = new Map(local.map((d) => [d.id, d]));
  const inBackup = new Set(backup.datasets.map((d) => d.meta.id));
  const plan: RestorePlan = {
    mode,
    add: [],
    replace: [],
    remove: [],
    keep: [],
    totals: {
      datasets: backup.datasets.length,
      observations: backup.datasets.reduce((s, d) => s + d.observations.count, 0),
      documents: backup.documents.length,
      departments: backup.departments.length,
      indicators: backup.indicators.length,
      settings: backup.settings.length,
    },
  };
  for (const d of backup.datasets) {
    const summary = { id: d.meta.id, name: d.meta.name, rows: d.observations.count };
    const mine = localById.get(d.meta.id);
    if (mine) plan.replace.push({ local: { id: mine.id, name: mine.name, rows: mine.rowCount }, backup: summary });
    else plan.add.push(summary);
  }
  for (const d of local) {
    if (inBackup.has(d.id)) continue;
    (mode === 'replace' ? plan.remove : plan.keep).push({ id: d.id, name: d.name, rows: d.rowCount });
  }
  return plan;
}
