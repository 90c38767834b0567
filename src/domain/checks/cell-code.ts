// A row's department × indicator × year cell as one number, from the table's codes: the checks
// sort their unlisted findings by it (in the worker) and the marks look figures up by it.
import type { CheckTable } from './check-table';

export type CodeTable = Pick<CheckTable, 'indicators' | 'dept' | 'ind' | 'year'>;

/** Years differ by less than 4096 within a table; departments × indicators × 4096 stays exact. */
export const cellCode = (t: Pick<CheckTable, 'indicators'>, dept: number, ind: number, year: number) =>
  (dept * t.indicators.length + ind) * 4096 + (year & 4095);

export const rowCellCode = (t: CodeTable, row: number) => cellCode(t, t.dept[row]!, t.ind[row]!, t.year[row]!);
