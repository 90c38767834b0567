// The store version: a counter bumped inside every transaction that writes what charts
// read (observations, datasets, department records; not the 须报送 flags, which no chart
// shows), so that data derived from one version (the first view kept for start-up) is
// recognised as stale after any import, deletion, correction, rename, merge or restore, by
// whichever tab or worker wrote it.
import type { AppDB, StartupRecord } from '../app-db';
import { clearLocalFirstView } from './first-view-local';

const VERSION_KEY = 'storeVersion';

/** Call inside a read-write transaction that includes `db.startup`. */
export async function bumpStoreVersion(db: AppDB): Promise<void> {
  // In the page: the kept view's copy goes with this transaction (first-view-local.ts).
  clearLocalFirstView();
  await db.startup.put({ key: VERSION_KEY, value: storeVersionOf(await db.startup.get(VERSION_KEY)) + 1 });
}

/** The current version (0 before the first write); inside a transaction, that transaction's view. */
export async function readStoreVersion(db: AppDB): Promise<number> {
  return storeVersionOf(await db.startup.get(VERSION_KEY));
}

/** The version the version record holds, however it was read (0 before the first write). */
export function storeVersionOf(record: StartupRecord | undefined): number {
  const v = record?.value;
  return typeof v === 'number' ? v : 0;
}
