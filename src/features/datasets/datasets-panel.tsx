// 数据集管理: list, rename, delete, export back to CSV (UTF-8 or GBK) or .xlsx; remove or reload
// bundled data; back up the whole workspace and restore it.
import { DataTable } from '../../components/ui/data-table';
import { useState } from 'react';
import { Modal } from '../../components/ui/modal';
import { observationsToCsvParts } from '../../domain/csv/write-csv';
import type { DatasetMeta } from '../../domain/types';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { formatDate } from '../../lib/format';
import { deleteDataset, readDatasetObservations, renameDataset } from '../../queries/store-writes';
import { CsvEncodingControl } from '../export/export-settings-controls';
import { useExportSettings } from '../export/export-settings';
import { saveCsv } from '../export/save-csv';
import { saveXlsx } from '../export/save-xlsx';
import { BackupSection } from './backup-section';

const KIND_KEYS: Record<DatasetMeta['kind'], MessageKey> = {
  sample: 'kindSample',
  imported: 'kindImported',
  simulated: 'kindSimulated',
  extracted: 'kindExtracted',
};

interface Props {
  datasets: DatasetMeta[];
  onClose: () => void;
  onChanged: () => Promise<unknown>;
  onReloadBundled: (which: 'sample' | 'demo') => Promise<void>;
}

export function DatasetsPanel({ datasets, onClose, onChanged, onReloadBundled }: Props) {
  const { t } = useI18n();
  const { csvEncoding } = useExportSettings();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const run = async (fn: () => Promise<unknown>) => {
    setBusy(true);
    setMessage('');
    try {
      await fn();
      await onChanged();
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  // In-page confirmation and editing: no blocking browser dialogs.
  const [confirming, setConfirming] = useState<string | null>(null);
  const [editing, setEditing] = useState<{ id: string; name: string } | null>(null);
  const saveName = () => {
    if (editing && editing.name.trim()) void run(() => renameDataset(editing.id, editing.name.trim()));
    setEditing(null);
  };
  const exportCsv = async (d: DatasetMeta) => {
    setMessage('');
    const rows = await readDatasetObservations(d.id);
    const outside = saveCsv(observationsToCsvParts(rows), `${d.name}.csv`, csvEncoding);
    if (outside.length) setMessage(t('gbkWarning', { chars: outside.join(' ') }));
  };
  const exportXlsx = async (d: DatasetMeta) => {
    setMessage('');
    try {
      await saveXlsx(await readDatasetObservations(d.id), `${d.name}.xlsx`, { title: d.name, simulated: d.kind === 'simulated' });
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
    }
  };
  const hasDemo = datasets.some((d) => d.kind === 'simulated');
  const hasSample = datasets.some((d) => d.kind === 'sample');
  return (
    <Modal title={t('datasetsPanel')} onClose={onClose} closeLabel={t('close')} wide>
      <DataTable
        className="data"
        testId="datasets-table"
        headers={[t('datasetName'), t('kind'), t('sourceFile'), t('encoding'), t('datasetRowCount'), t('importedAt'), '']}
      >
        {datasets.map((d) => (
          <tr key={d.id}>
            <td data-user-text={d.name}>
              {editing?.id === d.id ? (
                <input
                  autoFocus
                  aria-label={t('datasetName')}
                  value={editing.name}
                  onChange={(e) => setEditing({ id: d.id, name: e.target.value })}
                  onKeyDown={(e) => e.key === 'Enter' && saveName()}
                  onBlur={saveName}
                />
              ) : (
                d.name
              )}
            </td>
            <td>{d.kind === 'simulated' ? <span className="badge demo">{t(KIND_KEYS[d.kind])}</span> : t(KIND_KEYS[d.kind])}</td>
            <td data-user-text={d.kind === 'simulated' ? undefined : ''}>
              {d.kind === 'simulated' ? t('datasetGeneratedSource') : d.sourceFile}
            </td>
            <td className="nowrap">{d.encoding ?? ''}</td>
            <td>{d.rowCount.toLocaleString()}</td>
            <td>{formatDate(d.importedAt)}</td>
            <td className="actions">
              <button
                type="button"
                disabled={busy}
                onClick={() => setEditing({ id: d.id, name: d.name })}
                aria-label={`${t('rename')} ${d.name}`}
              >
                {t('rename')}
              </button>
              <button type="button" disabled={busy} onClick={() => void exportCsv(d)} aria-label={`${t('exportCsv')} ${d.name}`}>
                {t('exportCsv')}
              </button>
              <button type="button" disabled={busy} onClick={() => void exportXlsx(d)} aria-label={`${t('excelExportDataset')} ${d.name}`}>
                {t('excelExport')}
              </button>
              {confirming === d.id ? (
                <>
                  <span role="alert">{t('confirmDelete', { name: d.name })}</span>
                  <button
                    type="button"
                    className="danger"
                    disabled={busy}
                    onClick={() => void run(() => deleteDataset(d.id)).then(() => setConfirming(null))}
                  >
                    {t('delete')}
                  </button>
                  <button type="button" onClick={() => setConfirming(null)}>
                    {t('cancel')}
                  </button>
                </>
              ) : (
                <button type="button" disabled={busy} onClick={() => setConfirming(d.id)} aria-label={`${t('delete')} ${d.name}`}>
                  {t('delete')}
                </button>
              )}
            </td>
          </tr>
        ))}
      </DataTable>
      <div className="row actions">
        <CsvEncodingControl />
        {hasDemo ? (
          <button
            type="button"
            disabled={busy}
            onClick={() => void run(() => deleteDataset(datasets.find((d) => d.kind === 'simulated')!.id))}
          >
            {t('removeDemo')}
          </button>
        ) : (
          <button type="button" disabled={busy} onClick={() => void run(() => onReloadBundled('demo'))}>
            {t('demoBadge')} +
          </button>
        )}
        {!hasSample && (
          <button type="button" disabled={busy} onClick={() => void run(() => onReloadBundled('sample'))}>
            {t('restoreSamples')}
          </button>
        )}
      </div>
      {message && (
        <p role="alert" className="error">
          {message}
        </p>
      )}
      <BackupSection datasets={datasets} onChanged={onChanged} />
    </Modal>
  );
}
