// The single database instance and its guard against other tabs upgrading or
// deleting it: this tab stops writing and asks for a reload instead of silently
// reopening with a stale schema or an empty database.
import { AppDB } from './app-db';

export type DbAlert = 'versionchange' | 'blocked' | 'closed' | 'unavailable';

const listeners = new Set<(a: DbAlert) => void>();
let lastAlert: DbAlert | null = null;

function raise(a: DbAlert): void {
  lastAlert = a;
  for (const l of listeners) l(a);
}

export function onDbAlert(listener: (a: DbAlert) => void): () => void {
  listeners.add(listener);
  if (lastAlert) listener(lastAlert);
  return () => listeners.delete(listener);
}

export const db = new AppDB();

db.on('versionchange', () => {
  db.close({ disableAutoOpen: true });
  raise('versionchange');
  return false;
});
db.on('blocked', () => raise('blocked'));
db.on('close', () => raise('closed'));
