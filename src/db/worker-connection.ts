// The database connection of a worker: one, opened on first use and dropped when it
// closes (Dexie closes it when another tab upgrades the database, so that the upgrade is
// not blocked); the next request opens a new one.
import { AppDB } from './app-db';

let shared: AppDB | null = null;

export function workerConnection(): AppDB {
  if (shared) return shared;
  const db = new AppDB();
  db.on('close', () => {
    if (shared === db) shared = null;
  });
  return (shared = db);
}
