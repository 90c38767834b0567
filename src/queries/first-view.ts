// The first view kept for start-up (db/repositories/first-view-repo.ts). At the next start
// the page draws it from one small record while the store worker reads and merges the
// whole table (hundreds of ms at a million rows); the dashboard replaces it once the table
// is in. Every write bumps the store version (store-version.ts), so a view kept before an
// import, deletion, correction, merge or restore is never drawn.
import { useEffect } from 'react';
import { db } from '../db/db';
import { takeEarlyStartup } from '../db/early-startup';
import { firstViewOfRecords, keepFirstView, loadFirstView, localFirstView, type FirstView } from '../db/repositories/first-view-repo';

/** A view is kept once it has stayed on screen this long (not on every filter change). */
const KEEP_AFTER_MS = 300;

let prefetched: { stateKey: string; view: Promise<FirstView | null>; local: FirstView | null } | null = null;

/**
 * Starts reading the kept view before React renders (see app/prefetch-table.ts): its copy in
 * localStorage when there is one, else the records db/early-read.ts read before the bundle
 * ran, else through Dexie.
 */
export function prefetchFirstView(stateKey: string): void {
  // For profiles and the benchmark: when the kept view was read (detail: whether there was
  // one, and where it came from).
  const mark = (v: FirstView | null, source: 'local' | 'early' | 'dexie') =>
    performance.mark?.('fazhi:first-view-read', { detail: { kept: v !== null, source } });
  // Taken either way: the early read's records are not kept on the window.
  const early = takeEarlyStartup();
  const local = localFirstView(stateKey);
  if (local) {
    mark(local, 'local');
    prefetched = { stateKey, view: Promise.resolve(local), local };
    return;
  }
  let source: 'early' | 'dexie' = 'dexie';
  const read = early
    ? early.then((records) => {
        if (records) source = 'early';
        return records ? firstViewOfRecords(records, stateKey) : loadFirstView(db, stateKey);
      })
    : loadFirstView(db, stateKey);
  const view = read
    .catch(() => null)
    .then((v) => {
      mark(v, source);
      return v;
    });
  prefetched = { stateKey, view, local: null };
}

/**
 * The kept view when start-up found its copy in localStorage for this state, taken once: React's
 * first render draws it, instead of a loading line and a second render after the promise.
 */
export function takeFirstViewAtHand(stateKey: string): FirstView | undefined {
  const p = prefetched;
  if (p?.stateKey !== stateKey || !p.local) return undefined;
  prefetched = null;
  return p.local;
}

/** The prefetched read when it was for this state, else a fresh one. */
export function takeFirstView(stateKey: string): Promise<FirstView | null> {
  const p = prefetched;
  prefetched = null;
  if (p?.stateKey === stateKey) return p.view;
  const local = localFirstView(stateKey);
  return local ? Promise.resolve(local) : loadFirstView(db, stateKey);
}

/** Keeps the trend view once it has stayed for a moment (tables built in Node tests carry no version: nothing kept). */
export function useKeepFirstView(storeVersion: number | undefined, stateKey: string, view: FirstView): void {
  useEffect(() => {
    if (storeVersion === undefined || typeof indexedDB === 'undefined') return;
    // A failed write only costs the next start its head start: nothing to tell the user.
    const keep = () =>
      keepFirstView(db, storeVersion, stateKey, view)
        .catch(() => false)
        // For the benchmark: when the view was kept (detail: whether it was).
        .then((kept) => performance.mark?.('fazhi:first-view-kept', { detail: { kept } }));
    const timer = setTimeout(() => void keep(), KEEP_AFTER_MS);
    return () => clearTimeout(timer);
  }, [storeVersion, stateKey, view]);
}
