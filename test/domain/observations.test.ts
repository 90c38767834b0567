import { describe, expect, it } from 'vitest';
import { columnsFromObservations, observationsOf } from '../../src/domain/observations/columns';
import { compareWithStored } from '../../src/domain/observations/compare-with-stored';
import { pickRows } from '../../src/domain/observations/filter-columns';
import { selectRows, yearsIn } from '../../src/domain/observations/select-rows';
import { sliceNumeric, sliceText } from '../../src/domain/observations/slice-columns';
import { buildStoredTable } from '../../src/domain/observations/stored-table';
import type { Observation } from '../../src/domain/types';
import { observation } from '../helpers/observation';

const o = (department: string, year: number, indicatorId: string, value: number) =>
  observation(department, year, indicatorId, value, { qualifier: '约', derived: year === 2020, evidence: `${department}${year}` });

const stored = [o('甲', 2022, 'a', 1), o('甲', 2023, 'a', 2), o('乙', 2023, 'b', 3), o('__proto__', 2023, 'a', 4)];

function tableOf(rows: Observation[], removed?: Uint8Array) {
  const c = columnsFromObservations(rows);
  return buildStoredTable([{ chunkId: 1, datasetId: 'd1', columns: c.numeric, removed }]);
}

describe('columnar observations', () => {
  it('round-trips observations through columns, including hostile names', () => {
    expect(observationsOf(columnsFromObservations(stored))).toEqual(stored);
  });

  it('slices with compact dictionaries', () => {
    const c = columnsFromObservations(stored);
    const s = sliceNumeric(c.numeric, 2, 4);
    expect(s.departments).toEqual(['乙', '__proto__']);
    expect(sliceText(c.text, 2, 4).evidences).toEqual(['乙2023', '__proto__2023']);
    expect(observationsOf(pickRows(c, [3, 0]))).toEqual([stored[3], stored[0]]);
  });

  it('filters by indicator, department, years and skips removed rows', () => {
    const t = tableOf(stored, Uint8Array.from([1, 0, 0, 0]));
    expect(t.length).toBe(3);
    expect(selectRows(t, { indicators: ['a'] }).map((r) => r.department)).toEqual(['甲', '__proto__']);
    expect(selectRows(t, { departments: ['乙'] }).map((r) => r.indicatorId)).toEqual(['b']);
    expect(selectRows(t, { yearFrom: 2024 })).toEqual([]);
    expect(yearsIn(t, 'a')).toEqual([2023]);
  });

  it('compares an import with the stored rows', () => {
    const t = tableOf(stored);
    const incoming = columnsFromObservations([o('甲', 2023, 'a', 2), o('甲', 2022, 'a', 9), o('丙', 2023, 'a', 1), o('乙', 2024, 'b', 3)]);
    const cmp = compareWithStored(incoming, t);
    expect(cmp.unchangedRows).toEqual([0]);
    expect(cmp.changed).toEqual([{ row: 1, storedRow: 0, oldValue: 1, newValue: 9 }]);
    expect(cmp.newRows).toEqual([2, 3]);
    // Replacing the dataset that holds the stored rows: everything is new again.
    expect(compareWithStored(incoming, t, 'd1').newRows).toEqual([0, 1, 2, 3]);
  });
});
