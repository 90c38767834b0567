// The columns the checks read (and the matrix's cells are built from in the store worker): a
// StoredTable is one, and so is a table built for a preview.
import type { StoredTable } from '../observations/stored-table';

export type CheckTable = Pick<
  StoredTable,
  | 'length'
  | 'departments'
  | 'indicators'
  | 'units'
  | 'datasetIds'
  | 'dept'
  | 'ind'
  | 'year'
  | 'value'
  | 'unit'
  | 'flags'
  | 'ds'
  | 'byIndicator'
>;

/**
 * A copy of the columns the checks read. The store worker keeps one while it transfers the
 * table itself to the page, so that the checks run after the first chart, not before it.
 */
export function copyForChecks(t: CheckTable): CheckTable {
  return {
    length: t.length,
    departments: t.departments,
    indicators: t.indicators,
    units: t.units,
    datasetIds: t.datasetIds,
    dept: t.dept.slice(),
    ind: t.ind.slice(),
    year: t.year.slice(),
    value: t.value.slice(),
    unit: t.unit.slice(),
    flags: t.flags.slice(),
    ds: t.ds.slice(),
    byIndicator: t.byIndicator.map((g) => g.slice()),
  };
}
