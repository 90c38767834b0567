// Correcting a flagged value: one observation written through the normal import commit,
// superseding exactly the flagged row (one atomic transaction), in a dataset named for it.
import { columnsFromObservations, qualifierOf } from '../domain/observations/columns';
import type { Finding } from '../domain/checks/types';
import type { RowText } from '../domain/observations/stored-table';
import { commitImport, type CommitResult } from './import-commit';
import type { TableSnapshot } from './store-queries';

export interface Correction {
  finding: Finding;
  /** The flagged row's evidence and wording, carried to the corrected row. */
  text: RowText | undefined;
  value: number;
  datasetName: string;
}

export function correctFinding(snapshot: TableSnapshot, c: Correction): Promise<CommitResult> {
  const t = snapshot.table;
  const row = c.finding.rows[0]!;
  const columns = columnsFromObservations([
    {
      department: c.finding.department,
      year: c.finding.year,
      indicatorId: c.finding.indicator,
      indicatorText: c.text?.indicatorText || c.finding.indicator,
      value: c.value,
      unit: c.finding.unit,
      qualifier: qualifierOf(t.qual[row]!),
      derived: false,
      evidence: c.text?.evidence ?? '',
      source: { line: -1, start: -1, end: -1 },
    },
  ]);
  return commitImport({
    name: c.datasetName,
    fileName: c.datasetName,
    kind: 'imported',
    columns,
    comparison: { newRows: [], unchangedRows: [], changed: [{ row: 0, storedRow: row, oldValue: t.value[row]!, newValue: c.value }] },
    table: t,
    overwriteChanged: true,
  });
}
