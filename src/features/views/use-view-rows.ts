// The rows a view shows, with their evidence merged in once it has been read.
import { useEffect, useMemo } from 'react';
import type { ChartRow } from '../../domain/observations/chart-row';
import { selectRows, type RowFilter } from '../../domain/observations/select-rows';
import { useRowTexts, type TableSnapshot } from '../../queries/store-queries';

/** Evidence is read for at most this many rows per view (tooltips of a visible chart). */
const MAX_TEXT_ROWS = 5000;

/**
 * The rows a view shows. Evidence is read after the first draw. With `redraw` (tables, which
 * print it) the rows are replaced once it arrives; otherwise (charts, whose tooltips read it
 * when shown) it is filled into the same row objects, so the chart is not drawn twice.
 */
export function useViewRows(snapshot: TableSnapshot | undefined, filter: RowFilter | null, evidence: 'redraw' | 'in-place' = 'in-place') {
  const key = JSON.stringify(filter);
  const rows = useMemo<ChartRow[]>(
    () => (snapshot && filter ? selectRows(snapshot.table, filter) : []),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the filter is compared by value (key): a new object with the same content is the same query
    [snapshot, key],
  );
  return useRowsWithTexts(snapshot, rows, evidence);
}

/** Rows selected otherwise (a view's own selection), with their evidence as `useViewRows` gives it. */
export function useRowsWithTexts(snapshot: TableSnapshot | undefined, rows: ChartRow[], evidence: 'redraw' | 'in-place' = 'in-place') {
  const ids = useMemo(() => (rows.length <= MAX_TEXT_ROWS ? rows.map((r) => r.rowId) : []), [rows]);
  const m = useRowTexts(snapshot, ids);
  const replaced = useMemo(() => {
    if (!m || evidence === 'in-place') return rows;
    return rows.map((r) => {
      const tx = m.get(r.rowId);
      return tx ? { ...r, evidence: tx.evidence, indicatorText: tx.indicatorText } : r;
    });
  }, [rows, m, evidence]);
  useEffect(() => {
    if (!m || evidence !== 'in-place') return;
    // These row objects belong to this view's selection alone.
    for (const r of rows) {
      const tx = m.get(r.rowId);
      if (tx) {
        // eslint-disable-next-line react-hooks/immutability -- evidence is filled into this selection's own rows so that the chart is not drawn again (ARCHITECTURE.md, "Evidence does not redraw charts")
        r.evidence = tx.evidence;
        r.indicatorText = tx.indicatorText;
      }
    }
  }, [rows, m, evidence]);
  return { rows: replaced, texts: m };
}
