// Keeps the given rows of a column set (in order), with compact dictionaries.
import { ColumnBuilder, observationAt, type ObservationColumns } from './columns';

export function pickRows(cols: ObservationColumns, rows: readonly number[]): ObservationColumns {
  const b = new ColumnBuilder(rows.length);
  for (const r of rows) b.append(observationAt(cols, r));
  return b.build();
}
