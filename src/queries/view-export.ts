// The observations behind a view, with evidence and provenance, for CSV export.
import { db } from '../db/db';
import { loadRowTexts, rowRef } from '../db/repositories/observations-repo';
import type { ChartRow } from '../domain/observations/chart-row';
import type { Observation } from '../domain/types';
import type { TableSnapshot } from './store-queries';

export async function observationsForRows(snapshot: TableSnapshot, rows: readonly ChartRow[]): Promise<Observation[]> {
  const t = snapshot.table;
  const texts = await loadRowTexts(
    db,
    rows.map((r) => rowRef(t, r.rowId)),
  );
  return rows.map((r, i) => {
    const tx = texts[i]!;
    const source: Observation['source'] = { line: tx.line, start: tx.start, end: tx.end };
    if (tx.file) source.file = tx.file;
    return {
      department: r.department,
      year: r.year,
      indicatorId: r.indicatorId,
      indicatorText: tx.indicatorText,
      value: r.value,
      unit: r.unit,
      qualifier: r.qualifier,
      derived: r.derived,
      evidence: tx.evidence,
      source,
    };
  });
}
