// A copy of the kept first view (first-view-repo.ts) in localStorage, read synchronously at
// start-up. Right after a large import, on a busy PC, IndexedDB's first answer to a new page
// came 0.3–1.4 s late, and the first chart waited for it; localStorage answers at once.
//
// IndexedDB stays the record the copy is checked against when it is made. The copy is only
// ever there while it matches the stored data:
// - it is written inside the read-write transaction on `startup` that finds the store
//   version unchanged (keepFirstView), while holding the first-view lock;
// - every write to the store removes it: a write in the page inside its own transaction
//   (bumpStoreVersion, which also needs `startup`, so it runs wholly before or after a
//   keeping transaction), and the import worker's write before it starts and after it
//   ends, holding the same lock, so that no tab can put a copy back in between.
// Where there is no localStorage or no Web Locks (Node, workers), nothing is copied.

/** What the copy must hold to be read back (first-view-repo.ts' kept view). */
export interface LocalKept {
  storeVersion: number;
  stateKey: string;
}

const KEY = 'fazhi-dashboard:first-view';
const LOCK = 'fazhi-dashboard:first-view';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Storage disabled for the site.
    return null;
  }
}

function locks(): LockManager | null {
  return typeof navigator !== 'undefined' && navigator.locks ? navigator.locks : null;
}

/** The copy, when there is one for this URL state. */
export function readLocalKept(stateKey: string): LocalKept | null {
  let text: string | null;
  try {
    text = storage()?.getItem(KEY) ?? null;
  } catch {
    return null;
  }
  if (!text) return null;
  try {
    const kept = JSON.parse(text) as LocalKept | null;
    return kept?.stateKey === stateKey && typeof kept.storeVersion === 'number' ? kept : null;
  } catch {
    return null;
  }
}

/** Removes the copy (before and as part of any write to the store). */
export function clearLocalFirstView(): void {
  try {
    storage()?.removeItem(KEY);
  } catch {
    // Nothing stored, nothing to remove.
  }
}

/**
 * Writes the copy; call it inside the transaction that found the store version unchanged,
 * while holding the lock (keepWithLock). A view that JSON cannot carry unchanged (a
 * non-finite number, a Map, a typed array) is not copied.
 */
export function writeLocalFirstView(kept: LocalKept): void {
  const s = storage();
  if (!s) return;
  let text: string;
  try {
    text = JSON.stringify(kept, plainOnly);
  } catch {
    return;
  }
  try {
    s.setItem(KEY, text);
  } catch {
    // Over the quota: the next start reads IndexedDB, as without the copy.
    clearLocalFirstView();
  }
}

function plainOnly(_key: string, value: unknown): unknown {
  if (typeof value === 'number' && !Number.isFinite(value)) throw new Error('not JSON');
  if (Array.isArray(value) && value.includes(undefined)) throw new Error('not JSON');
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.getPrototypeOf(value) !== Object.prototype)
    throw new Error('not JSON');
  return value;
}

/**
 * Runs `keep(copy)` holding the lock, unless a write holds it (then without a copy:
 * `copy` false). Without Web Locks or localStorage, `copy` is false.
 */
export function keepWithLock<T>(keep: (copy: boolean) => Promise<T>): Promise<T> {
  const l = locks();
  if (!l || !storage()) return keep(false);
  // The lock manager's typings wrap the callback's promise once more than it resolves.
  return l.request(LOCK, { ifAvailable: true }, (lock) => keep(lock !== null)) as Promise<unknown> as Promise<T>;
}

/** Runs a write made outside the page's transactions (the import worker's) with the copy removed before and after, holding the lock. */
export function writeWithLock<T>(write: () => Promise<T>): Promise<T> {
  const run = async () => {
    clearLocalFirstView();
    try {
      return await write();
    } finally {
      clearLocalFirstView();
    }
  };
  const l = locks();
  return l ? (l.request(LOCK, run) as Promise<unknown> as Promise<T>) : run();
}
