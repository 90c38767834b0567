// The first view kept for start-up (queries/first-view.ts): the trend chart's model (the
// series it draws, a few hundred points) and the rest of its input, with the store version
// its table was read at and the URL state it was drawn for, in the `startup` table, and a
// copy in localStorage that start-up reads at once (first-view-local.ts).
import type { AppDB, StartupRecord } from '../app-db';
import type { EarlyStartup } from '../early-startup';
import type { TrendModel } from '../../domain/charts/models/trend-model';
import type { TrendInput } from '../../domain/charts/options/trend-option';
import { keepWithLock, readLocalKept, writeLocalFirstView } from './first-view-local';
import { readStoreVersion, storeVersionOf } from './store-version';

const KEY = 'firstView';

export interface FirstView {
  model: TrendModel;
  input: Omit<TrendInput, 'rows'>;
  title: string;
  subtitle: string;
  demo: boolean;
}

interface KeptView extends FirstView {
  storeVersion: number;
  /** `encodeState` of the URL state it was drawn for. */
  stateKey: string;
}

/** The kept view for this URL state, or null when there is none or the store was written since. */
export async function loadFirstView(db: AppDB, stateKey: string): Promise<FirstView | null> {
  const [version, record] = await db.transaction('r', db.startup, () => Promise.all([readStoreVersion(db), db.startup.get(KEY)]));
  return keptViewOf(version, record, stateKey);
}

/** The copy in localStorage (first-view-local.ts), when there is one for this URL state. */
export function localFirstView(stateKey: string): FirstView | null {
  const kept = readLocalKept(stateKey) as KeptView | null;
  return kept && viewOf(kept);
}

/** The same from the `startup` records read without Dexie, before the app ran (db/early-read.ts). */
export function firstViewOfRecords(records: EarlyStartup, stateKey: string): FirstView | null {
  return keptViewOf(
    storeVersionOf(records.storeVersion as StartupRecord | undefined),
    records.firstView as StartupRecord | undefined,
    stateKey,
  );
}

function keptViewOf(version: number, record: StartupRecord | undefined, stateKey: string): FirstView | null {
  const kept = record?.value as KeptView | undefined;
  if (!kept || kept.storeVersion !== version || kept.stateKey !== stateKey) return null;
  return viewOf(kept);
}

/** The view without what it was kept for. */
function viewOf(kept: KeptView): FirstView {
  const { storeVersion: _version, stateKey: _key, ...view } = kept;
  return view;
}

/** Keeps the view, unless the store was written after `storeVersion` (then false). */
export async function keepFirstView(db: AppDB, storeVersion: number, stateKey: string, view: FirstView): Promise<boolean> {
  // The input of a drawn view still holds its rows: only the model is kept.
  const { rows: _rows, ...input } = view.input as TrendInput;
  const kept: KeptView = { ...view, input, storeVersion, stateKey };
  return keepWithLock((copy) =>
    db.transaction('rw', db.startup, async () => {
      if ((await readStoreVersion(db)) !== storeVersion) return false;
      await db.startup.put({ key: KEY, value: kept });
      // Still inside the transaction: no write to the store can come in between.
      if (copy) writeLocalFirstView(kept);
      return true;
    }),
  );
}
