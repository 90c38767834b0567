import { describe, expect, it } from 'vitest';
import { restoredChoice } from '../../src/app/use-dataset-choice';
import { columnsFromObservations } from '../../src/domain/observations/columns';
import { datasetScope } from '../../src/domain/observations/dataset-scope';
import { buildStoredTable } from '../../src/domain/observations/stored-table';
import { observation } from '../helpers/observation';

const o = observation;

const table = buildStoredTable([
  { chunkId: 1, datasetId: 'real', columns: columnsFromObservations([o('司法局', 2023, 'a', 1), o('财政局', 2023, 'b', 2)]).numeric },
  {
    chunkId: 2,
    datasetId: 'demo',
    columns: columnsFromObservations([o('演示市司法局', 2019, 'a', 3), o('演示市司法局', 2024, 'c', 4), o('司法局', 2021, 'a', 5)]).numeric,
  },
]);

describe('datasetScope', () => {
  it('lists only the departments, indicators and years the chosen datasets hold', () => {
    const real = datasetScope(table, ['real']);
    expect([...real.departments.keys()].sort()).toEqual(['司法局', '财政局']);
    expect([...real.indicators.entries()].sort()).toEqual([
      ['a', 1],
      ['b', 1],
    ]);
    expect(real.years).toEqual([2023]);
    expect(real.yearsOf('a')).toEqual([2023]);
    expect(real.yearsOf('c')).toEqual([]);
    const demo = datasetScope(table, ['demo']);
    expect([...demo.departments.entries()].sort()).toEqual([
      ['司法局', 1],
      ['演示市司法局', 2],
    ]);
    expect(demo.years).toEqual([2019, 2021, 2024]);
    expect(demo.yearsOf('a')).toEqual([2019, 2021]);
  });

  it('counts everything when no dataset or every dataset is chosen', () => {
    for (const ids of [undefined, ['real', 'demo']]) {
      const all = datasetScope(table, ids);
      expect(all.departments.get('司法局')).toBe(2);
      expect(all.indicators.get('a')).toBe(3);
      expect(all.years).toEqual([2019, 2021, 2023, 2024]);
    }
  });
});

describe('restoredChoice', () => {
  it('shows every dataset not hidden; nothing to restore when none or all are hidden', () => {
    expect(restoredChoice(['real', 'demo', 'new'], ['demo'])).toEqual(['real', 'new']);
    expect(restoredChoice(['real', 'demo'], [])).toBeNull();
    expect(restoredChoice(['real', 'demo'], ['gone'])).toBeNull();
    expect(restoredChoice(['real', 'demo'], ['real', 'demo'])).toBeNull();
  });
});
