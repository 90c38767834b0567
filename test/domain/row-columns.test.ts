import { describe, expect, it } from 'vitest';
import { columnsFromObservations } from '../../src/domain/observations/columns';
import { rowColumnsOfRows, rowColumnsOfTable, withRowTexts } from '../../src/domain/observations/row-columns';
import { chartRowAt, selectRowIndices, selectRows } from '../../src/domain/observations/select-rows';
import { buildStoredTable } from '../../src/domain/observations/stored-table';
import { observation } from '../helpers/observation';

const o = observation;

const table = buildStoredTable([
  {
    chunkId: 1,
    datasetId: 'd1',
    columns: columnsFromObservations([o('甲', 2022, 'a', 1), o('甲', 2023, 'a', 2), o('乙', 2023, 'b', 3)]).numeric,
  },
  { chunkId: 2, datasetId: 'd2', columns: columnsFromObservations([o('丙', 2023, 'a', 4), o('乙', 2022, 'b', 5)]).numeric },
]);

describe('row columns', () => {
  it('select rows of the stored table without copying its columns, rows made on demand', () => {
    const indices = selectRowIndices(table, { yearFrom: 2023 });
    const c = rowColumnsOfTable(table, indices);
    expect(c.length).toBe(3);
    expect(c.value).toBe(table.value);
    const decoded = Array.from(c.at, (i) => [
      c.departments[c.dept[i]!],
      c.indicators[c.ind[i]!],
      c.year[i],
      c.value[i],
      c.datasetIds[c.ds[i]!],
    ]);
    expect(decoded).toEqual(selectRows(table, { yearFrom: 2023 }).map((r) => [r.department, r.indicatorId, r.year, r.value, r.datasetId]));
    expect(Array.from(c.at, (i) => c.row(i))).toEqual(Array.from(indices, (i) => chartRowAt(table, i)));
  });

  it('merge evidence by row id without changing the columns', () => {
    const c = rowColumnsOfTable(table, selectRowIndices(table, {}));
    const id = c.rowId(3);
    const t = withRowTexts(c, new Map([[id, { evidence: '原文', indicatorText: '指标' }]]));
    expect(t.value).toBe(c.value);
    expect(t.row(3).evidence).toBe('原文');
    expect(t.row(2).evidence).toBeUndefined();
    expect(withRowTexts(c, undefined)).toBe(c);
  });

  it('can be built from ready-made rows', () => {
    const rows = selectRows(table, {});
    const c = rowColumnsOfRows(rows);
    expect(c.departments).toEqual(['甲', '乙', '丙']);
    expect(Array.from(c.dept)).toEqual([0, 0, 1, 2, 1]);
    expect(c.row(4)).toBe(rows[4]);
    expect(Array.from(c.at, (i) => c.rowId(i))).toEqual(rows.map((r) => r.rowId));
  });
});
