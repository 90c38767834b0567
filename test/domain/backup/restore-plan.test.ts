import { describe, expect, it } from 'vitest';
import { buildBackup } from '../../../src/domain/backup/backup-format';
import { planRestore } from '../../../src/domain/backup/restore-plan';
import type { DatasetMeta, Observation } from '../../../src/domain/types';

const o: Observation = {
  department: '甲区',
  year: 2024,
  indicatorId: 'petitions',
  indicatorText: '信访',
  value: 1,
  unit: '件',
  qualifier: '',
  derived: false,
  evidence: '',
  source: { line: -1, start: -1, end: -1 },
};

const meta = (id: string, rowCount: number): DatasetMeta => ({
  id,
  name: `名称${id}`,
  sourceFile: `${id}.csv`,
  importedAt: 1,
  rowCount,
  kind: 'imported',
});

const backup = buildBackup({
  datasets: [
    { meta: meta('a', 2), observations: [o, { ...o, year: 2023 }] },
    { meta: meta('b', 1), observations: [o] },
  ],
  documents: [],
  departments: [],
  indicators: [],
  settings: [],
});

describe('restore plan', () => {
  const local = [meta('b', 7), meta('c', 3)];

  it('merge: adds new datasets, replaces those with the same id, keeps the others', () => {
    const plan = planRestore(backup, local, 'merge');
    expect(plan.add.map((d) => d.id)).toEqual(['a']);
    expect(plan.replace).toEqual([{ local: { id: 'b', name: '名称b', rows: 7 }, backup: { id: 'b', name: '名称b', rows: 1 } }]);
    expect(plan.keep.map((d) => d.id)).toEqual(['c']);
    expect(plan.remove).toEqual([]);
    expect(plan.totals).toMatchObject({ datasets: 2, observations: 3 });
  });

  it('replace: deletes what the backup does not have', () => {
    const plan = planRestore(backup, local, 'replace');
    expect(plan.remove.map((d) => d.id)).toEqual(['c']);
    expect(plan.keep).toEqual([]);
  });

  it('into an empty workspace everything is new', () => {
    const plan = planRestore(backup, [], 'replace');
    expect(plan.add).toHaveLength(2);
    expect(plan.replace).toHaveLength(0);
    expect(plan.remove).toHaveLength(0);
  });
});
