// Which packs to load, given index.json, the hashes of the files that could be read and
// what this browser loaded before (a setting). A pack is loaded once per content: new
// file → loaded; same file, new content → replaced (its own datasets only); gone from
// index.json → reported, its data kept until the user deletes it.
import type { PackEntry } from './pack-index';

/** What was loaded from one pack file, kept in the settings table. */
export interface PackRecord {
  file: string;
  name: string;
  version: string;
  hash: string;
  /** The datasets this pack wrote (ids of the form `pack:<file>` or `pack:<file>#<n>`). */
  datasetIds: string[];
  loadedAt: number;
}

export type PackState = Record<string, PackRecord>;

export const PACK_STATE_SETTING = 'packs.state';

export interface PackPlan {
  /** Packs to read and write; `previous` is set when they replace an earlier version. */
  load: { entry: PackEntry; hash: string; previous?: PackRecord }[];
  unchanged: PackEntry[];
  /** Packs loaded before that index.json no longer lists. */
  removed: PackRecord[];
}

/** Datasets of a pack never share an id with a user's dataset (whatever their names). */
export function packDatasetId(file: string, n = 0): string {
  return n === 0 ? `pack:${file}` : `pack:${file}#${n}`;
}

/**
 * `hashes` holds the content hash of each entry's file that was read; an entry without
 * one (the file could not be fetched) is neither loaded nor counted as removed.
 */
export function planPacks(entries: readonly PackEntry[], hashes: ReadonlyMap<string, string>, state: PackState): PackPlan {
  const plan: PackPlan = { load: [], unchanged: [], removed: [] };
  for (const entry of entries) {
    const hash = hashes.get(entry.file);
    if (hash === undefined) continue;
    const previous = state[entry.file];
    if (previous?.hash === hash) plan.unchanged.push(entry);
    else plan.load.push(previous ? { entry, hash, previous } : { entry, hash });
  }
  const listed = new Set(entries.map((e) => e.file));
  for (const record of Object.values(state)) if (!listed.has(record.file)) plan.removed.push(record);
  return plan;
}

/** Entries whose file must be downloaded: those without an index hash equal to the stored one. */
export function needsDownload(entry: PackEntry, state: PackState): boolean {
  return !entry.hash || state[entry.file]?.hash !== entry.hash;
}
