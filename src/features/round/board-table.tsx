// The filing board's table: one row per department, every cell a fact of its report.
import { DataTable } from '../../components/ui/data-table';
import type { BoardReport, BoardRow } from '../../domain/round/board';
import type { RoundEdit } from '../../queries/round-queries';
import { PART_KEYS } from '../../domain/round/report-parts';
import { useI18n } from '../../i18n/i18n';
import { PartCells, PublishedCell, TimelinessBadge } from './board-cells';
import { PART_SIGNS, PART_LABEL_KEYS } from '../../i18n/round-part-labels';
import '../../i18n/messages/round'; // this feature's strings (i18n/registry.ts)

interface Props {
  rows: readonly BoardRow[];
  onOpen: (report: BoardReport, at: { start: number; end: number } | null) => void;
  onEdit: (report: BoardReport, patch: RoundEdit) => void;
  onMustReport: (department: string, mustReport: boolean) => void;
}

export function BoardTable({ rows, onOpen, onEdit, onMustReport }: Props) {
  const { t } = useI18n();
  return (
    <DataTable
      className="data round-board"
      testId="round-board"
      headers={[
        t('roundColDepartment'),
        t('roundColMustReport'),
        t('roundColFile'),
        t('roundColSigned'),
        t('roundColReceived'),
        t('roundColPublished'),
        ...PART_KEYS.map((k) => (
          <th key={k} className="part" title={t(PART_LABEL_KEYS[k])} aria-label={t(PART_LABEL_KEYS[k])}>
            {PART_SIGNS[k]}
          </th>
        )),
        <th className="num">{t('roundColFigures')}</th>,
      ]}
    >
      {rows.map((row) => {
        const r = row.report;
        const f = r?.round;
        const problem = !r ? 'not-received' : row.submit === 'late' ? 'late' : row.missing.length ? 'incomplete' : '';
        return (
          <tr key={`${row.department}\u0000${r?.documentId ?? ''}`} className={problem} data-department={row.department}>
            <th scope="row">{row.department}</th>
            <td>
              <input
                type="checkbox"
                checked={row.mustReport}
                aria-label={t('roundMustReportToggle', { name: row.department })}
                onChange={(e) => onMustReport(row.department, e.target.checked)}
              />
            </td>
            <td>
              {r ? (
                <button type="button" className="link" aria-label={t('roundOpenReport', { file: r.file })} onClick={() => onOpen(r, null)}>
                  {r.file}
                </button>
              ) : (
                <span className="error">{t('roundNotReceived')}</span>
              )}
              {row.others > 0 && <div className="hint">{t('roundOthers', { n: row.others })}</div>}
            </td>
            <td>{f?.signedDate ?? (f ? '—' : '')}</td>
            <td>
              {r && f && (
                <>
                  <input
                    type="date"
                    aria-label={`${t('roundColReceived')} ${row.department}`}
                    defaultValue={f.receivedDate ?? ''}
                    onBlur={(e) => e.target.value !== (f.receivedDate ?? '') && onEdit(r, { receivedDate: e.target.value || null })}
                  />
                  <TimelinessBadge value={row.submit} />
                </>
              )}
            </td>
            <PublishedCell row={row} onEdit={(patch) => r && onEdit(r, patch)} />
            <PartCells row={row} onOpen={(at) => r && onOpen(r, at)} />
            <td className="num">
              {f ? f.figures : ''}
              {f && f.needsConfirmation > 0 && <div className="hint">{t('roundToConfirm', { n: f.needsConfirmation })}</div>}
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
