// Runs before the app's bundle, as an entry of its own (vite.config.ts, `earlyRead`): reads the
// store version and the first view kept for start-up straight from IndexedDB while the browser
// still loads and compiles the bundle (at a million rows the app's own read, behind Dexie's open
// and the store worker's reads, came 150–400 ms later), and leaves the promise on `window` for
// early-startup.ts. It imports nothing, since a shared module would be one more file to wait
// for; so the database's name and the `startup` keys are written here too (a test holds them
// equal to the app's).
const DB_NAME = 'fazhi-dashboard';
const STARTUP = 'startup';

/** The `startup` records as stored (Dexie's { key, value }), or undefined where there is none. */
export interface EarlyStartup {
  storeVersion: unknown;
  firstView: unknown;
}

/** The records, or null when there is no database (none is created) or anything fails. */
export function readEarlyStartup(idb: IDBFactory): Promise<EarlyStartup | null> {
  return new Promise((resolve) => {
    let open: IDBOpenDBRequest;
    try {
      open = idb.open(DB_NAME);
    } catch {
      resolve(null);
      return;
    }
    // No database yet: the app creates it with its schema.
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onerror = () => resolve(null);
    open.onsuccess = () => {
      const db = open.result;
      // An upgrade by the app (a new version) must not wait for this connection.
      db.onversionchange = () => db.close();
      try {
        const tx = db.transaction(STARTUP, 'readonly');
        const store = tx.objectStore(STARTUP);
        const version = store.get('storeVersion');
        const view = store.get('firstView');
        tx.oncomplete = () => {
          db.close();
          resolve({ storeVersion: version.result, firstView: view.result });
        };
        tx.onabort = () => {
          db.close();
          resolve(null);
        };
      } catch {
        // An old database without the `startup` table.
        db.close();
        resolve(null);
      }
    };
  });
}

if (typeof window !== 'undefined' && typeof indexedDB !== 'undefined') {
  (window as { fazhiEarlyStartup?: Promise<EarlyStartup | null> }).fazhiEarlyStartup = readEarlyStartup(indexedDB);
}
