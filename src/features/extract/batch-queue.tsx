// The batch queue: one line per file with its state, department, year and figures.
import { DataTable } from '../../components/ui/data-table';
import type { MessageKey } from '../../i18n/messages';
import { useI18n } from '../../i18n/i18n';
import type { BatchItem, BatchStatus } from './batch-model';
import '../../i18n/messages/round'; // this feature's strings (i18n/registry.ts)

const STATUS_KEYS: Record<BatchStatus, MessageKey> = {
  waiting: 'roundBatchWaiting',
  working: 'roundBatchWorking',
  review: 'roundBatchReview',
  confirm: 'roundBatchConfirm',
  reviewed: 'roundBatchReviewed',
  imported: 'roundBatchImported',
  failed: 'roundBatchFailed',
};

interface Props {
  items: readonly BatchItem[];
  current: number | null;
  onSelect: (key: number) => void;
}

export function BatchQueue({ items, current, onSelect }: Props) {
  const { t } = useI18n();
  return (
    <DataTable
      className="data batch-queue"
      testId="batch-queue"
      headers={[
        t('roundBatchFile'),
        t('roundBatchStatus'),
        t('departments'),
        t('year'),
        t('roundColReceived'),
        <th className="num">{t('roundColFigures')}</th>,
      ]}
    >
      {items.map((i) => (
        <tr key={i.key} className={`${i.status}${i.key === current ? ' active' : ''}`} data-status={i.status}>
          <td>
            {i.draft ? (
              <button type="button" className="link" aria-current={i.key === current} onClick={() => onSelect(i.key)}>
                {i.name}
              </button>
            ) : (
              i.name
            )}
          </td>
          <td>
            <span className={`badge status-${i.status}`}>{t(STATUS_KEYS[i.status])}</span>
            {i.reason && <div className="error">{i.reason}</div>}
            {i.importedAs && <div className="hint">{t('roundBatchSameAs', { file: i.importedAs })}</div>}
          </td>
          <td>{i.draft?.department ?? ''}</td>
          <td>{i.draft?.year ?? ''}</td>
          <td className="date">{i.status === 'failed' ? '' : (i.receivedDate ?? '')}</td>
          <td className="num">{i.draft ? i.draft.rows.length : ''}</td>
        </tr>
      ))}
    </DataTable>
  );
}
