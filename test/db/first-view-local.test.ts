// The kept first view's copy in localStorage (db/repositories/first-view-local.ts): start-up
// reads it without waiting for IndexedDB, so it must never outlive the data it was drawn from.
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppDB } from '../../src/db/app-db';
import { readWorkspace, restoreWorkspace } from '../../src/db/repositories/backup-repo';
import { keepWithLock, writeWithLock } from '../../src/db/repositories/first-view-local';
import { keepFirstView, loadFirstView, localFirstView, type FirstView } from '../../src/db/repositories/first-view-repo';
import { mergeDepartments, putDepartment, renameDataset } from '../../src/db/repositories/meta-repo';
import { deleteDataset, loadStoredTable, writeDataset } from '../../src/db/repositories/observations-repo';
import { buildBackup } from '../../src/domain/backup/backup-format';
import { decodeBackup, encodeBackup } from '../../src/domain/backup/backup-codec';
import { buildTrendOption, trendOptionFromModel } from '../../src/domain/charts/options/trend-option';
import { columnsFromObservations } from '../../src/domain/observations/columns';
import { prefetchFirstView, takeFirstView, takeFirstViewAtHand } from '../../src/queries/first-view';
import { drawn, generated, meta, STATE, trendInput } from '../helpers/trend-fixtures';

/** localStorage as the page has it. */
class MemoryStorage {
  private readonly items = new Map<string, string>();
  quotaChars = Infinity;
  get length() {
    return this.items.size;
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.items.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (v.length > this.quotaChars) throw new DOMException('over quota', 'QuotaExceededError');
    this.items.set(k, String(v));
  }
  removeItem(k: string) {
    this.items.delete(k);
  }
  clear() {
    this.items.clear();
  }
}

/** Web Locks: one holder per name, the others queued; `ifAvailable` gets null while it is held. */
class MemoryLocks {
  private readonly held = new Set<string>();
  private readonly tails = new Map<string, Promise<void>>();
  async request(name: string, a: unknown, b?: unknown): Promise<unknown> {
    const options = (typeof a === 'function' ? {} : a) as { ifAvailable?: boolean };
    const callback = (typeof a === 'function' ? a : b) as (lock: { name: string } | null) => Promise<unknown>;
    if (options.ifAvailable && (this.held.has(name) || this.tails.has(name))) return callback(null);
    const before = this.tails.get(name) ?? Promise.resolve();
    let release!: () => void;
    const mine = before.then(() => new Promise<void>((r) => (release = r)));
    this.tails.set(name, mine);
    await before;
    this.held.add(name);
    try {
      return await callback({ name });
    } finally {
      this.held.delete(name);
      release();
      if (this.tails.get(name) === mine) this.tails.delete(name);
    }
  }
}

let db: AppDB;
let storage: MemoryStorage;
let n = 0;
beforeEach(async () => {
  storage = new MemoryStorage();
  vi.stubGlobal('localStorage', storage);
  vi.stubGlobal('navigator', { locks: new MemoryLocks() });
  db = new AppDB(`first-view-local-${n++}`);
  await db.open();
});
afterEach(async () => {
  vi.unstubAllGlobals();
  db.close();
  await Dexie.delete(db.name);
});

async function importRows(id: string, seed: number, prefix = '') {
  const rows = generated(seed, prefix);
  await writeDataset(db, { meta: meta(id, rows.length), columns: columnsFromObservations(rows) });
}

/** Draws the stored table's trend view and keeps it, as the trend view does. */
async function drawAndKeep(): Promise<FirstView> {
  const table = await loadStoredTable(db);
  const input = trendInput(table);
  const view: FirstView = { model: buildTrendOption(input).model, input, title: 't', subtitle: 's', demo: false };
  expect(await keepFirstView(db, table.storeVersion!, STATE, view)).toBe(true);
  return view;
}

describe('the kept view’s copy in localStorage', () => {
  it('is written with the kept view and draws exactly what IndexedDB’s record and the full path draw', async () => {
    await importRows('a', 1);
    await drawAndKeep();
    const local = localFirstView(STATE);
    expect(local).not.toBeNull();
    expect(local).toEqual(await loadFirstView(db, STATE));
    const full = buildTrendOption(trendInput(await loadStoredTable(db)));
    expect(drawn(trendOptionFromModel(local!.model, local!.input))).toEqual(drawn(full));
  });

  it('is only for the URL state it was drawn for', async () => {
    await importRows('a', 2);
    await drawAndKeep();
    expect(localFirstView('v=trend&i=petitions')).toBeNull();
    expect(localFirstView(STATE)).not.toBeNull();
  });

  it('is removed by every write of what charts read, made in the page', async () => {
    const writes: [string, () => Promise<unknown>][] = [
      ['import', () => importRows('b', 4, '新')],
      ['rename', () => renameDataset(db, 'a', '甲')],
      ['department', () => putDepartment(db, { name: '第1区司法局', region: '第1区', type: '司法局', aliases: [] })],
      ['merge', () => mergeDepartments(db, '第1区司法局', '第2区司法局', [])],
      [
        'restore',
        async () => {
          const check = decodeBackup(encodeBackup(buildBackup(await readWorkspace(db))));
          if (!check.ok) throw new Error(check.message);
          await restoreWorkspace(db, check.backup, 'replace');
        },
      ],
      ['delete', () => deleteDataset(db, 'b')],
    ];
    await importRows('a', 3);
    for (const [name, write] of writes) {
      await drawAndKeep();
      expect(localFirstView(STATE), `before ${name}`).not.toBeNull();
      await write();
      expect(localFirstView(STATE), `after ${name}`).toBeNull();
    }
  });

  it('is not written from a table read before a write', async () => {
    await importRows('a', 5);
    const table = await loadStoredTable(db);
    await importRows('b', 6, '新');
    const input = trendInput(table);
    const view: FirstView = { model: buildTrendOption(input).model, input, title: 't', subtitle: 's', demo: false };
    expect(await keepFirstView(db, table.storeVersion!, STATE, view)).toBe(false);
    expect(localFirstView(STATE)).toBeNull();
  });

  it('is removed before and after a write made outside the page, and not written back while it runs', async () => {
    await importRows('a', 7);
    await drawAndKeep();
    let finish!: () => void;
    const seen: (FirstView | null)[] = [];
    const write = writeWithLock(async () => {
      seen.push(localFirstView(STATE));
      // A tab keeps its view while the worker writes: IndexedDB gets it (checked by version at
      // start-up), the copy does not.
      await drawAndKeep();
      seen.push(localFirstView(STATE));
      await new Promise<void>((r) => (finish = r));
    });
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    expect(seen).toEqual([null, null]);
    // The worker's write lands, then the copy is removed once more.
    await importRows('b', 8, '新');
    storage.setItem('fazhi-dashboard:first-view', JSON.stringify({ storeVersion: 1, stateKey: STATE }));
    finish();
    await write;
    expect(localFirstView(STATE)).toBeNull();
    // Afterwards a keep writes it again.
    await drawAndKeep();
    expect(localFirstView(STATE)).not.toBeNull();
  });

  it('waits for a keep that holds the lock before a write outside the page starts', async () => {
    const order: string[] = [];
    let release!: () => void;
    const keep = keepWithLock(async (copy) => {
      order.push(`keep ${copy}`);
      await new Promise<void>((r) => (release = r));
      order.push('kept');
    });
    const write = writeWithLock(() => Promise.resolve(void order.push('write')));
    await vi.waitFor(() => expect(order).toEqual(['keep true']));
    release();
    await Promise.all([keep, write]);
    expect(order).toEqual(['keep true', 'kept', 'write']);
  });

  it('is not written without Web Locks, nor when the view would not come back from JSON unchanged, nor over the quota', async () => {
    await importRows('a', 9);
    vi.stubGlobal('navigator', {});
    await drawAndKeep();
    expect(localFirstView(STATE)).toBeNull();
    vi.stubGlobal('navigator', { locks: new MemoryLocks() });

    const table = await loadStoredTable(db);
    const input = trendInput(table);
    const model = buildTrendOption(input).model;
    const odd = { ...model, series: [{ ...model.series[0]!, latest: Number.NaN }] };
    expect(await keepFirstView(db, table.storeVersion!, STATE, { model: odd, input, title: 't', subtitle: 's', demo: false })).toBe(true);
    expect(localFirstView(STATE)).toBeNull();
    expect(await loadFirstView(db, STATE)).not.toBeNull();

    storage.quotaChars = 100;
    await drawAndKeep();
    expect(localFirstView(STATE)).toBeNull();
  });

  it('is ignored when unreadable', () => {
    storage.setItem('fazhi-dashboard:first-view', '{not json');
    expect(localFirstView(STATE)).toBeNull();
    storage.setItem('fazhi-dashboard:first-view', JSON.stringify({ stateKey: STATE }));
    expect(localFirstView(STATE)).toBeNull();
  });

  it('is at hand for React’s first render when start-up found it, once, and only for its state', async () => {
    await importRows('a', 7);
    await drawAndKeep();
    const copy = localFirstView(STATE);
    expect(copy).not.toBeNull();
    prefetchFirstView(STATE);
    expect(takeFirstViewAtHand('v=trend&i=petitions')).toBeUndefined();
    expect(takeFirstViewAtHand(STATE)).toEqual(copy);
    // Taken: a later render (after a write may have removed the copy) reads again.
    expect(takeFirstViewAtHand(STATE)).toBeUndefined();

    // No copy: nothing at hand, and the view comes through the promise, from IndexedDB's record.
    storage.clear();
    prefetchFirstView(STATE);
    expect(takeFirstViewAtHand(STATE)).toBeUndefined();
    expect(await takeFirstView(STATE)).toBeNull();
  });
});
