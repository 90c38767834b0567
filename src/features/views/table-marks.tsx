// The data table's marks on flagged figures: an outlined cell with an icon (! 错误, ? 需核实,
// i 已说明) whose accessible name and the cell's tooltip say what was found and the explanation.
import type { TableColumnKey, TableRow } from '../../domain/charts/models/table-model';
import type { MarkStatus } from '../../domain/checks/finding-index';
import type { StoredTable } from '../../domain/observations/stored-table';
import type { CheckMarker } from '../checks/use-check-marker';
import './table-marks.css';

export interface CellMark {
  status: MarkStatus;
  /** 「数据核查：错误：比率为 105%，超出 0—100% 的范围；说明：…」 */
  text: string;
}

const ICON: Record<MarkStatus, string> = { error: '!', warning: '?', explained: 'i' };

/** The stored row behind a value cell: the row's own, or its group's row of that year (the one shown). */
function rowIdOf(t: StoredTable, r: TableRow, key: TableColumnKey): number | undefined {
  if (key === 'value') return r.rowIds[0];
  if (!/^y\d+$/.test(key)) return undefined;
  const year = Number(key.slice(1));
  for (let k = r.rowIds.length - 1; k >= 0; k--) if (t.year[r.rowIds[k]!] === year) return r.rowIds[k];
  return undefined;
}

/** A value cell's mark, or null (not a value, not flagged, or the checks have not arrived). */
export function cellMark(marker: CheckMarker | null, t: StoredTable | undefined, r: TableRow, key: TableColumnKey): CellMark | null {
  if (!marker || !t) return null;
  const id = rowIdOf(t, r, key);
  if (id === undefined) return null;
  const m = marker.mark({
    department: t.departments[t.dept[id]!]!,
    indicatorId: t.indicators[t.ind[id]!]!,
    year: t.year[id]!,
    value: t.value[id]!,
    rowId: id,
  });
  if (!m) return null;
  const words = marker.text(m);
  return { status: m.status, text: [words.heading, ...words.lines].join('\n') };
}

export function CellMarkIcon({ mark }: { mark: CellMark }) {
  return (
    <span className={`cell-mark ${mark.status}`} role="img" aria-label={mark.text.replace(/\n/g, '；')} data-testid="cell-mark">
      {ICON[mark.status]}
    </span>
  );
}
