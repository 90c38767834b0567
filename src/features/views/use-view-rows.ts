// The rows a view shows; a table's with their evidence merged in once it has been read,
// a chart's with the reader its tooltips ask for theirs with.
import { useMemo } from 'react';
import type { ChartRow } from '../../domain/observations/chart-row';
import { selectRows, type RowFilter } from '../../domain/observations/select-rows';
import type { RowText } from '../../domain/observations/stored-table';
import type { ReadEvidence } from '../../domain/charts/common';
import { evidenceReader, useRowTexts, type TableSnapshot } from '../../queries/store-queries';

/** Evidence is read for at most this many rows of a table sorted by it. */
const MAX_TEXT_ROWS = 5000;

/** The rows a view shows. */
export function useViewRows(snapshot: TableSnapshot | undefined, filter: RowFilter | null): ChartRow[] {
  const key = JSON.stringify(filter);
  return useMemo<ChartRow[]>(
    () => (snapshot && filter ? selectRows(snapshot.table, filter) : []),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the filter is compared by value (key): a new object with the same content is the same query
    [snapshot, key],
  );
}

/** With `all`, the rows replaced once by rows with their evidence, read after the first draw (a table sorted by it). */
export function useRowsWithEvidence(snapshot: TableSnapshot | undefined, rows: ChartRow[], all: boolean): ChartRow[] {
  const ids = useMemo(() => (all && rows.length <= MAX_TEXT_ROWS ? rows.map((r) => r.rowId) : []), [rows, all]);
  const m = useRowTexts(snapshot, ids);
  return useMemo(() => {
    if (!m) return rows;
    return rows.map((r) => {
      const tx = m.get(r.rowId);
      return tx ? { ...r, evidence: tx.evidence, indicatorText: tx.indicatorText } : r;
    });
  }, [rows, m]);
}

/**
 * What a chart's tooltips read evidence with when shown (ARCHITECTURE.md, "Evidence is read
 * when a tooltip shows it"); `keep` holds it for rows the chart makes anew on each use.
 */
export function useEvidenceReader(snapshot: TableSnapshot | undefined, keep?: Map<number, RowText>): ReadEvidence | undefined {
  return useMemo(() => (snapshot ? evidenceReader(snapshot, keep) : undefined), [snapshot, keep]);
}
