import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDB, CHUNK_ROWS } from '../../src/db/app-db';
import { readWorkspace, restoreWorkspace } from '../../src/db/repositories/backup-repo';
import { loadStoredTable, readDatasetObservations, writeDataset } from '../../src/db/repositories/observations-repo';
import { decodeBackup, encodeBackup } from '../../src/domain/backup/backup-codec';
import { buildBackup, type WorkspaceBackup } from '../../src/domain/backup/backup-format';
import { columnsFromObservations } from '../../src/domain/observations/columns';
import { packTextColumns } from '../../src/domain/observations/pack-text-columns';
import type { DatasetMeta, Observation } from '../../src/domain/types';
import { CUSTOM_INDICATOR, docsCleaned } from '../helpers/observation';

const open: AppDB[] = [];
let n = 0;

async function newDb(): Promise<AppDB> {
  const db = new AppDB(`backup-test-${n++}`);
  await db.open();
  open.push(db);
  return db;
}

beforeEach(() => {
  open.length = 0;
});
afterEach(async () => {
  for (const db of open) {
    db.close();
    await Dexie.delete(db.name);
  }
});

const obs = (department: string, year: number, value: number, evidence = '') =>
  docsCleaned(department, year, value, { evidence, source: { line: year - 2000, start: 4, end: 9, file: `${department}.txt` } });

function meta(id: string, rowCount: number, importedAt = 1): DatasetMeta {
  return { id, name: `数据集${id}`, sourceFile: `${id}.csv`, importedAt, rowCount, kind: 'extracted', documentIds: [`${id}:r.txt`] };
}

async function seed(db: AppDB, id: string, rows: Observation[], importedAt = 1): Promise<void> {
  await writeDataset(db, {
    meta: meta(id, rows.length, importedAt),
    columns: columnsFromObservations(rows),
    documents: [{ id: `${id}:r.txt`, datasetId: id, name: 'r.txt', text: `报告${id}全文` }],
    departments: [{ name: rows[0]!.department, region: '甲区', type: '财政局', aliases: [] }],
    settings: [{ key: `seeded.${id}`, value: { at: importedAt } }],
  });
}

async function backupOf(db: AppDB): Promise<WorkspaceBackup> {
  const check = decodeBackup(encodeBackup(buildBackup(await readWorkspace(db))));
  if (!check.ok) throw new Error(check.message);
  return check.backup;
}

const rowsA = [obs('甲区财政局', 2023, 12, '清理了12份规范性文件'), obs('甲区财政局', 2024, 22, '清理了22份规范性文件')];
const rowsB = [obs('乙区司法局', 2024, 3)];

describe('workspace backup and restore', () => {
  it('restores everything into an empty workspace exactly', async () => {
    const src = await newDb();
    await seed(src, 'a', rowsA, 1);
    await seed(src, 'b', rowsB, 2);
    await src.indicators.put(CUSTOM_INDICATOR);
    const backup = await backupOf(src);
    const dst = await newDb();
    await restoreWorkspace(dst, backup, 'replace');
    expect(await readWorkspace(dst)).toEqual(await readWorkspace(src));
    expect(await readDatasetObservations(dst, 'a')).toEqual(rowsA);
    expect((await dst.importLog.toArray()).map((l) => [l.action, l.datasetId, l.records])).toEqual([
      ['restore', 'a', 2],
      ['restore', 'b', 1],
    ]);
  });

  it('leaves superseded rows out of the backup', async () => {
    const src = await newDb();
    await seed(src, 'a', rowsA);
    const table = await loadStoredTable(src);
    await writeDataset(src, {
      meta: meta('b', 1, 2),
      columns: columnsFromObservations([obs('甲区财政局', 2024, 23)]),
      supersede: [{ chunkId: table.chunk[1]!, pos: table.pos[1]! }],
    });
    const backup = await backupOf(src);
    expect(backup.datasets.find((d) => d.meta.id === 'a')!.observations.count).toBe(1);
  });

  it('merge keeps other datasets, overwrites the same dataset and fills department details', async () => {
    const src = await newDb();
    await seed(src, 'a', rowsA);
    const backup = await backupOf(src);
    const dst = await newDb();
    await seed(dst, 'a', [obs('甲区财政局', 2020, 1)]);
    await seed(dst, 'c', rowsB);
    await dst.departments.put({ name: '甲区财政局', region: '', type: '', aliases: ['甲财'] });
    await restoreWorkspace(dst, backup, 'merge');
    expect((await dst.datasets.toArray()).map((d) => d.id).sort()).toEqual(['a', 'c']);
    expect(await readDatasetObservations(dst, 'a')).toEqual(rowsA);
    expect(await readDatasetObservations(dst, 'c')).toEqual(rowsB);
    expect(await dst.departments.get('甲区财政局')).toEqual({ name: '甲区财政局', region: '甲区', type: '财政局', aliases: ['甲财'] });
    expect(await dst.settings.get('seeded.c')).toBeTruthy();
  });

  it('replace removes what the backup does not have', async () => {
    const src = await newDb();
    await seed(src, 'a', rowsA);
    const backup = await backupOf(src);
    const dst = await newDb();
    await seed(dst, 'c', rowsB);
    await restoreWorkspace(dst, backup, 'replace');
    expect((await dst.datasets.toArray()).map((d) => d.id)).toEqual(['a']);
    expect(await dst.chunks.where('datasetId').equals('c').count()).toBe(0);
    expect(await dst.documents.get('c:r.txt')).toBeUndefined();
    expect(await dst.settings.get('seeded.c')).toBeUndefined();
  });

  it('splits big datasets into chunks and reads them back in order', async () => {
    const many = Array.from({ length: CHUNK_ROWS + 10 }, (_, i) =>
      obs(`部门${i % 97}`, 2000 + (i % 25), i, i % 1000 === 0 ? `第${i}行` : ''),
    );
    const src = await newDb();
    await writeDataset(src, { meta: meta('big', many.length), columns: columnsFromObservations(many) });
    const dst = await newDb();
    await restoreWorkspace(dst, await backupOf(src), 'replace');
    expect(await dst.chunks.count()).toBe(2);
    expect(await readDatasetObservations(dst, 'big')).toEqual(many);
  }, 60_000);

  it('is all or nothing: a failure while writing leaves the workspace as it was', async () => {
    const src = await newDb();
    await seed(src, 'a', rowsA);
    const backup = await backupOf(src);
    // A department record without its key makes the write fail after the datasets were written.
    backup.departments.push({ region: 'x', type: 'y', aliases: [] } as never);
    const dst = await newDb();
    await seed(dst, 'c', rowsB);
    const before = await readWorkspace(dst);
    await expect(restoreWorkspace(dst, backup, 'replace')).rejects.toThrow();
    expect(await readWorkspace(dst)).toEqual(before);
    expect((await dst.importLog.toArray()).filter((l) => l.action === 'restore')).toHaveLength(0);
  });

  it('backs up a dataset stored with packed text exactly like one stored with string[] text', async () => {
    const many = Array.from({ length: 5000 }, (_, i) =>
      obs(`部门${i % 9}`, 2000 + (i % 25), i, i % 3 === 0 ? '' : `第${i}行：清理了${i}份文件😀`),
    );
    const plain = await newDb();
    const packed = await newDb();
    const cols = columnsFromObservations(many);
    await writeDataset(plain, { meta: meta('a', many.length), columns: cols });
    await writeDataset(packed, { meta: meta('a', many.length), columns: { numeric: cols.numeric, text: packTextColumns(cols.text) } });
    expect(Array.isArray((await packed.texts.toArray())[0]!.columns.evidences)).toBe(false);
    expect(await readWorkspace(packed)).toEqual(await readWorkspace(plain));
    const at = new Date(0);
    expect(encodeBackup(buildBackup(await readWorkspace(packed), at))).toEqual(encodeBackup(buildBackup(await readWorkspace(plain), at)));
    const dst = await newDb();
    await restoreWorkspace(dst, await backupOf(packed), 'replace');
    expect(await readDatasetObservations(dst, 'a')).toEqual(many);
  }, 60_000);
});
