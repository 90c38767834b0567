// The first view kept for start-up: drawn from its kept model, it is the chart the full path
// (the whole table → rows → model → option) draws; any write in between makes it stale.
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDB } from '../../src/db/app-db';
import { readWorkspace, restoreWorkspace } from '../../src/db/repositories/backup-repo';
import { keepFirstView, loadFirstView, type FirstView } from '../../src/db/repositories/first-view-repo';
import { mergeDepartments, putDepartment, renameDataset } from '../../src/db/repositories/meta-repo';
import { deleteDataset, loadStoredTable, writeDataset } from '../../src/db/repositories/observations-repo';
import { readStoreVersion } from '../../src/db/repositories/store-version';
import { buildBackup } from '../../src/domain/backup/backup-format';
import { decodeBackup, encodeBackup } from '../../src/domain/backup/backup-codec';
import { buildTrendOption, trendOptionFromModel, type TrendInput } from '../../src/domain/charts/options/trend-option';
import { columnsFromObservations } from '../../src/domain/observations/columns';
import type { StoredTable } from '../../src/domain/observations/stored-table';
import type { DatasetKind, Observation } from '../../src/domain/types';
import { observation } from '../helpers/observation';
import { drawn, generated, INDICATOR, meta, STATE, trendInput } from '../helpers/trend-fixtures';

let db: AppDB;
let n = 0;
beforeEach(async () => {
  db = new AppDB(`first-view-${n++}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

async function importRows(id: string, rows: Observation[], kind?: DatasetKind) {
  await writeDataset(db, { meta: meta(id, rows.length, kind), columns: columnsFromObservations(rows) });
}

/** Keeps the view of the stored table, as the trend view does after drawing it. */
async function drawAndKeep(): Promise<{ table: StoredTable; input: TrendInput }> {
  const table = await loadStoredTable(db);
  const input = trendInput(table);
  const view: FirstView = { model: buildTrendOption(input).model, input, title: 't', subtitle: 's', demo: false };
  expect(await keepFirstView(db, table.storeVersion!, STATE, view)).toBe(true);
  return { table, input };
}

async function expectKeptMatchesFullPath(): Promise<void> {
  const full = buildTrendOption(trendInput(await loadStoredTable(db)));
  const kept = await loadFirstView(db, STATE);
  expect(kept).not.toBeNull();
  expect(drawn(trendOptionFromModel(kept!.model, kept!.input))).toEqual(drawn(full));
}

describe('the first view kept for start-up', () => {
  it('draws exactly what the full path draws from the whole table, capped to the top 20 of 40 departments', async () => {
    await importRows('a', generated(1));
    await drawAndKeep();
    const kept = await loadFirstView(db, STATE);
    expect(kept!.model.capped).toBe(true);
    expect(kept!.model.series).toHaveLength(20);
    const tooltips = drawn(trendOptionFromModel(kept!.model, kept!.input)).tooltips;
    expect(tooltips.length).toBeGreaterThan(100);
    expect(tooltips.filter((t) => t.includes('司法局') && /\d/.test(t)).length).toBe(tooltips.length);
    await expectKeptMatchesFullPath();
  });

  it('is kept only for the URL state it was drawn for', async () => {
    await importRows('a', generated(2));
    await drawAndKeep();
    expect(await loadFirstView(db, 'v=trend&i=petitions')).toBeNull();
    expect(await loadFirstView(db, STATE)).not.toBeNull();
  });

  it('is stale after an import, and the view kept from the new table matches the full path again', async () => {
    await importRows('a', generated(3));
    await drawAndKeep();
    await importRows('b', generated(4, '新'));
    expect(await loadFirstView(db, STATE)).toBeNull();
    await drawAndKeep();
    await expectKeptMatchesFullPath();
  });

  it('is stale after a deletion, and matches the full path once kept again', async () => {
    await importRows('a', generated(5));
    await importRows('b', generated(6, '新'));
    await drawAndKeep();
    await deleteDataset(db, 'b');
    expect(await loadFirstView(db, STATE)).toBeNull();
    await drawAndKeep();
    await expectKeptMatchesFullPath();
  });

  it('is stale after a correction (stored rows superseded by an import), and matches the full path once kept again', async () => {
    await importRows('a', generated(7));
    const { table } = await drawAndKeep();
    // Correct the top department's latest value: the row it supersedes leaves the table.
    const kept = (await loadFirstView(db, STATE))!;
    const top = kept.model.series[0]!;
    const row = top.points.findLast((p) => p.row)!.row!;
    await writeDataset(db, {
      meta: meta('fix', 1),
      columns: columnsFromObservations([observation(row.department, row.year, INDICATOR.id, 0.5)]),
      supersede: [{ chunkId: table.chunk[row.rowId]!, pos: table.pos[row.rowId]! }],
    });
    expect(await loadFirstView(db, STATE)).toBeNull();
    const { input } = await drawAndKeep();
    expect(input.rows.find((r) => r.department === row.department && r.year === row.year)?.value).toBe(0.5);
    await expectKeptMatchesFullPath();
  });

  it('is never kept from a table read before a write (the write may land between drawing and keeping)', async () => {
    await importRows('a', generated(8));
    const table = await loadStoredTable(db);
    await importRows('b', generated(9, '新'));
    const input = trendInput(table);
    const view: FirstView = { model: buildTrendOption(input).model, input, title: 't', subtitle: 's', demo: false };
    expect(await keepFirstView(db, table.storeVersion!, STATE, view)).toBe(false);
    expect(await loadFirstView(db, STATE)).toBeNull();
  });
});

describe('the store version', () => {
  it('is read with the table and moves with every write of what charts read', async () => {
    expect(await readStoreVersion(db)).toBe(0);
    const versions: number[] = [];
    const step = async (write: () => Promise<unknown>) => {
      await write();
      const v = await readStoreVersion(db);
      expect((await loadStoredTable(db)).storeVersion).toBe(v);
      versions.push(v);
    };
    await step(() => importRows('a', generated(10)));
    await step(() => renameDataset(db, 'a', '甲'));
    await step(() => putDepartment(db, { name: '第1区司法局', region: '第1区', type: '司法局', aliases: [] }));
    await step(() => mergeDepartments(db, '第1区司法局', '第2区司法局', []));
    await step(async () => {
      const check = decodeBackup(encodeBackup(buildBackup(await readWorkspace(db))));
      if (!check.ok) throw new Error(check.message);
      await restoreWorkspace(db, check.backup, 'replace');
    });
    await step(() => deleteDataset(db, 'a'));
    expect(versions).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('does not move when a guarded write is skipped', async () => {
    await writeDataset(db, {
      meta: meta('s', 1, 'sample'),
      columns: columnsFromObservations(generated(11).slice(0, 1)),
      settings: [{ key: 'g', value: 1 }],
    });
    const v = await readStoreVersion(db);
    const skipped = await writeDataset(db, {
      meta: meta('t', 1, 'sample'),
      columns: columnsFromObservations(generated(12).slice(0, 1)),
      onlyIfSettingAbsent: 'g',
    });
    expect(skipped).toBe(false);
    expect(await readStoreVersion(db)).toBe(v);
  });
});
