import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { AppDB, SCHEMA_V1 } from '../../src/db/app-db';
import { upsertDepartments } from '../../src/db/repositories/observations-repo';

const NAME = 'schema-upgrade';
afterEach(async () => {
  await Dexie.delete(NAME);
});

describe('database versions', () => {
  it('opens a version 1 database and keeps its departments, without their old indexes', async () => {
    const v1 = new Dexie(NAME);
    v1.version(1).stores(SCHEMA_V1);
    await v1.table('departments').put({ name: '江岸区财政局', region: '江岸区', type: '财政局', aliases: ['区财政局'] });
    await v1.table('settings').put({ key: 'k', value: 1 });
    v1.close();

    const db = new AppDB(NAME);
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.departments.get('江岸区财政局')).toEqual({
      name: '江岸区财政局',
      region: '江岸区',
      type: '财政局',
      aliases: ['区财政局'],
    });
    expect(await db.settings.get('k')).toEqual({ key: 'k', value: 1 });
    expect(db.departments.schema.indexes).toEqual([]);
    db.close();
  });

  it('upserts departments: known region and type stay unless stated, aliases merge', async () => {
    const db = new AppDB(NAME);
    await db.open();
    await db.departments.bulkPut([
      { name: '甲局', region: '江岸区', type: '财政局', aliases: ['甲'] },
      { name: '乙局', region: '', type: '', aliases: [] },
    ]);
    await upsertDepartments(db, [
      { name: '甲局', region: '', type: '', aliases: ['甲', '甲单位'] },
      { name: '乙局', region: '江汉区', type: '', aliases: [] },
      { name: '丙局', region: '', type: '司法局', aliases: [] },
    ]);
    expect(await db.departments.orderBy('name').toArray()).toEqual(
      [
        { name: '丙局', region: '', type: '司法局', aliases: [] },
        { name: '乙局', region: '江汉区', type: '', aliases: [] },
        { name: '甲局', region: '江岸区', type: '财政局', aliases: ['甲', '甲单位'] },
      ].sort((a, b) => (a.name < b.name ? -1 : 1)),
    );
    db.close();
  });
});
