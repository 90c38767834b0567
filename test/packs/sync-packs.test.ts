// Pack discovery and versioning against the real Dexie store (fake-indexeddb).
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/db';
import { readDatasetObservations, writeDataset } from '../../src/db/repositories/observations-repo';
import * as XLSX from '@e965/xlsx';
import { syncPacks as syncWith, type FetchPackFile } from '../../src/app/boot/packs';
import { parseTableWith } from '../../src/app/boot/parse-table-sync';
import { Catalog } from '../../src/domain/catalog/catalog';
import { parseCatalogCsv } from '../../src/domain/catalog/parse-catalog';
import { encodeBackup } from '../../src/domain/backup/backup-codec';
import { buildBackup } from '../../src/domain/backup/backup-format';
import { columnsFromObservations } from '../../src/domain/observations/columns';
import type { DatasetMeta } from '../../src/domain/types';
import { docsCleaned } from '../helpers/observation';

const catalog = new Catalog(parseCatalogCsv(readFileSync('data/indicators.csv', 'utf8')));
const enc = (s: string) => new TextEncoder().encode(s);
const csv = (v2024: number) =>
  `部门,年度,指标,数值,单位\n机构测试局,2023,规范性文件清理数,7,件\n机构测试局,2024,规范性文件清理数,${v2024},件\n`;

/** A fake server: path → bytes; `null` = the network is down. */
let files: Map<string, Uint8Array> | null;
const fetchFile: FetchPackFile = (path) =>
  Promise.resolve(files === null ? 'offline' : files.has(path) ? { bytes: files.get(path)! } : 'missing');
/** In Node the tables are parsed here, with the import's own code, as `npm run pack` does. */
const syncPacks = (c: Catalog, fetch: FetchPackFile) => syncWith(c, fetch, parseTableWith(XLSX));
const index = (packs: object[]) => files!.set('datasets/index.json', enc(JSON.stringify({ packs })));
const PACK = { name: '全区2024', file: 'office.csv', description: '依法治区办汇总', version: '1' };

async function values(datasetId: string): Promise<number[]> {
  return (await readDatasetObservations(db, datasetId)).map((o) => o.value).sort((a, b) => a - b);
}

const obs = (department: string, year: number, value: number) =>
  docsCleaned(department, year, value, { source: { file: 'x.csv', line: 2, start: -1, end: -1 } });

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
  files = new Map();
});

describe('syncPacks', () => {
  it('does nothing without datasets/index.json', async () => {
    expect(await syncPacks(catalog, fetchFile)).toEqual({ loaded: [], updated: [], removed: [], problems: [] });
    expect(await db.datasets.count()).toBe(0);
  });

  it('loads a new pack once as 「机构数据」 and replaces it only when its content changes', async () => {
    index([PACK]);
    files!.set('datasets/office.csv', enc(csv(12)));
    const first = await syncPacks(catalog, fetchFile);
    expect(first.loaded.map((r) => r.name)).toEqual(['全区2024']);
    const meta = await db.datasets.get('pack:office.csv');
    expect(meta).toMatchObject({ name: '机构数据：全区2024', sourceFile: 'datasets/office.csv', rowCount: 2 });
    expect(await values('pack:office.csv')).toEqual([7, 12]);

    // Same content (even with a new version label): not loaded again.
    index([{ ...PACK, version: '1a' }]);
    const again = await syncPacks(catalog, fetchFile);
    expect(again.loaded).toEqual([]);
    expect(again.updated).toEqual([]);
    expect(await db.importLog.count()).toBe(1);

    // New content: the pack's own dataset is replaced, nothing is added twice.
    index([{ ...PACK, version: '2' }]);
    files!.set('datasets/office.csv', enc(csv(15)));
    const changed = await syncPacks(catalog, fetchFile);
    expect(changed.updated.map((r) => r.version)).toEqual(['2']);
    expect(await values('pack:office.csv')).toEqual([7, 15]);
    expect(await db.datasets.count()).toBe(1);
  });

  it('never touches a user dataset of the same name', async () => {
    const user: DatasetMeta = {
      id: 'user-1',
      name: '机构数据：全区2024',
      sourceFile: 'mine.csv',
      importedAt: 1,
      rowCount: 1,
      kind: 'imported',
    };
    await writeDataset(db, { meta: user, columns: columnsFromObservations([obs('机构测试局', 2024, 99)]) });
    index([PACK]);
    files!.set('datasets/office.csv', enc(csv(12)));
    await syncPacks(catalog, fetchFile);
    files!.set('datasets/office.csv', enc(csv(15)));
    await syncPacks(catalog, fetchFile);
    expect(await db.datasets.get('user-1')).toEqual(user);
    expect(await values('user-1')).toEqual([99]);
    expect(await values('pack:office.csv')).toEqual([7, 15]);
  });

  it('reports a removed pack once and keeps its data', async () => {
    index([PACK]);
    files!.set('datasets/office.csv', enc(csv(12)));
    await syncPacks(catalog, fetchFile);
    index([]);
    const report = await syncPacks(catalog, fetchFile);
    expect(report.removed.map((r) => r.name)).toEqual(['全区2024']);
    expect(await values('pack:office.csv')).toEqual([7, 12]);
    expect((await syncPacks(catalog, fetchFile)).removed).toEqual([]);
  });

  it('offline: loads nothing and reports nothing removed', async () => {
    index([PACK]);
    files!.set('datasets/office.csv', enc(csv(12)));
    await syncPacks(catalog, fetchFile);
    files = null;
    expect(await syncPacks(catalog, fetchFile)).toEqual({ loaded: [], updated: [], removed: [], problems: [] });
    expect(await values('pack:office.csv')).toEqual([7, 12]);
  });

  it('skips a pack with a bad row, naming file and row, and retries it next time', async () => {
    index([PACK, { name: '表格', file: 'b.xlsx' }, { name: '缺失', file: 'none.csv' }]);
    files!.set('datasets/office.csv', enc('部门,年度,指标,数值,单位\n机构测试局,二〇二四,规范性文件清理数,7,件\n'));
    files!.set('datasets/b.xlsx', new Uint8Array([0x50, 0x4b, 3, 4]));
    const report = await syncPacks(catalog, fetchFile);
    expect(report.loaded).toEqual([]);
    expect(report.problems).toHaveLength(3);
    expect(report.problems[0]).toBe('机构数据「缺失」：找不到文件 datasets/none.csv。');
    expect(report.problems[1]).toMatch(/^机构数据「全区2024」（datasets\/office\.csv）未载入：文件「office\.csv」第 2 行/);
    expect(report.problems[2]).toMatch(/^机构数据「表格」（datasets\/b\.xlsx）未载入：.*无法读取这个 Excel 文件/);
    expect(await db.datasets.count()).toBe(0);
    files!.set('datasets/office.csv', enc(csv(12)));
    expect((await syncPacks(catalog, fetchFile)).loaded).toHaveLength(1);
  });

  it('loads an Excel workbook as a pack, every sheet with data, as the import reads it', async () => {
    index([{ name: '分年表', file: '按年度/复议.xlsx', version: '1' }]);
    files!.set('datasets/按年度/复议.xlsx', new Uint8Array(readFileSync('test/fixtures/xlsx/sheet-per-year.xlsx')));
    const report = await syncPacks(catalog, fetchFile);
    expect(report.problems).toEqual([]);
    expect(report.loaded[0]!.datasetIds).toEqual(['pack:按年度/复议.xlsx']);
    const rows = await readDatasetObservations(db, 'pack:按年度/复议.xlsx');
    // Two sheets named by year, two departments, two indicators, one empty cell.
    expect(rows.map((o) => `${o.year} ${o.department} ${o.value}`).sort()).toEqual([
      '2022 区司法局 2',
      '2022 区司法局 5',
      '2022 区教育局 0',
      '2022 区教育局 1',
      '2023 区司法局 3',
      '2023 区司法局 6',
      '2023 区教育局 2',
    ]);
    expect(await db.datasets.get('pack:按年度/复议.xlsx')).toMatchObject({ name: '机构数据：分年表', encoding: 'xlsx', rowCount: 7 });
  });

  it('loads a workspace backup as a pack, one dataset per dataset in it', async () => {
    const backup = buildBackup({
      datasets: [
        {
          meta: { id: 'a', name: '甲', sourceFile: 'a.csv', importedAt: 1, rowCount: 1, kind: 'imported' },
          observations: [obs('机构测试局', 2022, 3)],
        },
        {
          meta: { id: 'b', name: '乙', sourceFile: 'b.csv', importedAt: 1, rowCount: 1, kind: 'imported' },
          observations: [obs('另一局', 2022, 4)],
        },
      ],
      documents: [],
      departments: [],
      indicators: [],
      settings: [],
    });
    index([{ name: '备份', file: 'office.json.gz' }]);
    files!.set('datasets/office.json.gz', encodeBackup(backup));
    const report = await syncPacks(catalog, fetchFile);
    expect(report.loaded[0]!.datasetIds).toEqual(['pack:office.json.gz', 'pack:office.json.gz#1']);
    expect((await db.datasets.toArray()).map((d) => d.name).sort()).toEqual(['机构数据：备份·乙', '机构数据：备份·甲']);
    expect(await values('pack:office.json.gz#1')).toEqual([4]);
  });
});
