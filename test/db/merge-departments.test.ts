import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { AppDB } from '../../src/db/app-db';
import { mergeDepartments } from '../../src/db/repositories/meta-repo';
import { loadStoredTable, writeDataset } from '../../src/db/repositories/observations-repo';
import { planMerge } from '../../src/domain/departments/merge-plan';
import { columnsFromObservations } from '../../src/domain/observations/columns';
import { selectRows } from '../../src/domain/observations/select-rows';
import { petitions } from '../helpers/observation';

let db: AppDB;
let n = 0;
beforeEach(async () => {
  db = new AppDB(`merge-${n++}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const o = (department: string, year: number, value: number) => petitions(department, year, value, { indicatorText: '信访案件数' });
const meta = (id: string, rowCount: number) => ({ id, name: id, sourceFile: id, importedAt: 1, rowCount, kind: 'imported' as const });

describe('merging departments', () => {
  it('moves values to the new name, keeps equal duplicates once and records the alias', async () => {
    await writeDataset(db, {
      meta: meta('a', 2),
      columns: columnsFromObservations([o('武汉经开区财政局', 2022, 5), o('武汉经开区财政局', 2023, 7)]),
    });
    await writeDataset(db, { meta: meta('b', 1), columns: columnsFromObservations([o('武汉经济技术开发区财政局', 2023, 7)]) });
    let t = await loadStoredTable(db);
    const plan = planMerge(t, '武汉经开区财政局', '武汉经济技术开发区财政局');
    expect(plan).toMatchObject({ movedRows: 1, conflicts: [] });
    expect(plan.duplicateRows.length).toBe(1);
    await mergeDepartments(
      db,
      '武汉经开区财政局',
      '武汉经济技术开发区财政局',
      plan.duplicateRows.map((i) => ({ chunkId: t.chunk[i]!, pos: t.pos[i]! })),
    );
    t = await loadStoredTable(db);
    expect(
      selectRows(t, {})
        .map((r) => [r.department, r.year, r.value])
        .sort(),
    ).toEqual([
      ['武汉经济技术开发区财政局', 2022, 5],
      ['武汉经济技术开发区财政局', 2023, 7],
    ]);
    expect((await db.departments.get('武汉经济技术开发区财政局'))?.aliases).toContain('武汉经开区财政局');
  });

  it('reports conflicting values instead of merging them', async () => {
    await writeDataset(db, { meta: meta('a', 2), columns: columnsFromObservations([o('甲局', 2023, 1), o('乙局', 2023, 2)]) });
    const plan = planMerge(await loadStoredTable(db), '甲局', '乙局');
    expect(plan.conflicts).toEqual([{ year: 2023, indicatorId: 'petitions', fromValue: 1, toValue: 2 }]);
  });
});
