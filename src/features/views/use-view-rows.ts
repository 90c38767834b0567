// The rows a view shows, with their evidence merged in once it has been read.
import { useMemo } from 'react';
import type { ChartRow } from '../../domain/observations/chart-row';
import { selectRows, type RowFilter } from '../../domain/observations/select-rows';
import { useRowTexts, type TableSnapshot } from '../../queries/store-queries';

/** Evidence is read for at most this many rows per view (tooltips of a visible chart). */
const MAX_TEXT_ROWS = 5000;

export function useViewRows(snapshot: TableSnapshot | undefined, filter: RowFilter | null) {
  const key = JSON.stringify(filter);
  const rows = useMemo<ChartRow[]>(
    () => (snapshot && filter ? selectRows(snapshot.table, filter) : []),
    // The filter is compared by value: a new object with the same content is the same query.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [snapshot, key],
  );
  const ids = useMemo(() => (rows.length <= MAX_TEXT_ROWS ? rows.map((r) => r.rowId) : []), [rows]);
  const texts = useRowTexts(snapshot, ids);
  const withText = useMemo(() => {
    // Row ids are positions in one table version: never merge texts read for another.
    const m = texts.data && texts.data.version === snapshot?.version ? texts.data.texts : undefined;
    if (!m) return rows;
    return rows.map((r) => {
      const tx = m.get(r.rowId);
      return tx ? { ...r, evidence: tx.evidence, indicatorText: tx.indicatorText } : r;
    });
  }, [rows, texts.data, snapshot]);
  return { rows: withText, texts: texts.data?.texts };
}
