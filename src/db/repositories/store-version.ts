// The store version: a counter bumped inside every transaction that writes what charts
// read (observations, datasets, department records; not the 须报送 flags, which no chart
// shows), so that data derived from one version (the first view kept for start-up) is
// recognised as stale after any import, deletion, correction, rename, merge or restore, by
// whichever tab or worker wrote it.
import type { AppDB } from '../app-db';

const VERSION_KEY = 'storeVersion';

/** Call inside a read-write transaction that includes `db.startup`. */
export async function bumpStoreVersion(db: AppDB): Promise<void> {
  const current = await db.startup.get(VERSION_KEY);
  await db.startup.put({ key: VERSION_KEY, value: ((current?.value as number | undefined) ?? 0) + 1 });
}

/** The current version (0 before the first write); inside a transaction, that transaction's view. */
export async function readStoreVersion(db: AppDB): Promise<number> {
  return ((await db.startup.get(VERSION_KEY))?.value as number | undefined) ?? 0;
}
