// The start-up records read before the app's bundle runs (db/early-read.ts): the kept view they
// give is the one the app's own read gives, a missing database is not created, and an old one
// without the `startup` table gives nothing (the app then reads through Dexie).
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { AppDB } from '../../src/db/app-db';
import { firstViewOfRecords, keepFirstView, loadFirstView, type FirstView } from '../../src/db/repositories/first-view-repo';
import { bumpStoreVersion } from '../../src/db/repositories/store-version';
import { readEarlyStartup } from '../../src/db/early-read';
import type { TrendModel } from '../../src/domain/charts/models/trend-model';

// The app's own database: the early read names it itself.
const NAME = new AppDB().name;

afterEach(async () => {
  await Dexie.delete(NAME);
});

const view = (title: string): FirstView => ({
  model: { series: [], years: [2023, 2024] } as unknown as TrendModel,
  input: { lang: 'zh' } as FirstView['input'],
  title,
  subtitle: '部门：3',
  demo: false,
});

async function names(): Promise<string[]> {
  return (await indexedDB.databases()).map((d) => d.name ?? '');
}

describe('the early read of the start-up records', () => {
  it('gives the kept view the app would read, for its state and store version only', async () => {
    const db = new AppDB();
    await db.open();
    await db.transaction('rw', db.startup, () => bumpStoreVersion(db));
    expect(await keepFirstView(db, 1, 'v=trend', view('清理规范性文件数'))).toBe(true);
    const records = (await readEarlyStartup(indexedDB))!;
    expect(records).not.toBeNull();
    expect(firstViewOfRecords(records, 'v=trend')).toEqual(await loadFirstView(db, 'v=trend'));
    expect(firstViewOfRecords(records, 'v=trend')?.title).toBe('清理规范性文件数');
    expect(firstViewOfRecords(records, 'v=ranking')).toBeNull();
    // A write after the view was kept makes it stale, both ways.
    await db.transaction('rw', db.startup, () => bumpStoreVersion(db));
    const later = (await readEarlyStartup(indexedDB))!;
    expect(firstViewOfRecords(later, 'v=trend')).toBeNull();
    expect(await loadFirstView(db, 'v=trend')).toBeNull();
    db.close();
  });

  it('gives no view before the first write, and creates no database where there is none', async () => {
    expect(await names()).not.toContain(NAME);
    expect(await readEarlyStartup(indexedDB)).toBeNull();
    expect(await names()).not.toContain(NAME);
    const db = new AppDB();
    await db.open();
    const records = (await readEarlyStartup(indexedDB))!;
    expect(records).toEqual({ storeVersion: undefined, firstView: undefined });
    expect(firstViewOfRecords(records, 'v=trend')).toBeNull();
    db.close();
  });

  it('gives nothing from a database of an older version without the start-up table', async () => {
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open(NAME, 20);
      open.onupgradeneeded = () => open.result.createObjectStore('datasets', { keyPath: 'id' });
      open.onsuccess = () => {
        open.result.close();
        resolve();
      };
      open.onerror = () => reject(open.error instanceof Error ? open.error : new Error('open failed'));
    });
    expect(await readEarlyStartup(indexedDB)).toBeNull();
    // The app's upgrade is not held up by the early read's connection.
    const db = new AppDB();
    await db.open();
    expect(db.tables.map((t) => t.name)).toContain('startup');
    db.close();
  });
});
