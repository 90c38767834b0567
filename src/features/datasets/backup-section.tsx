// 备份工作区 / 从备份恢复: the whole workspace as one file, and its restore on another
// computer with a preview of what would be added, replaced or deleted before anything is written.
import { FileButton } from '../../components/ui/file-button';
import { useMemo, useState } from 'react';
import type { WorkspaceBackup } from '../../domain/backup/backup-format';
import { planRestore, type RestoreMode } from '../../domain/backup/restore-plan';
import type { DatasetMeta } from '../../domain/types';
import { useI18n } from '../../i18n/i18n';
import { saveBlob } from '../../image-export/save-file';
import { formatDate } from '../../lib/format';
import { createBackupFile, readBackupFile, restoreBackup } from '../../queries/workspace-backup';
import './backup.css';

interface Props {
  datasets: DatasetMeta[];
  onChanged: () => Promise<unknown>;
}

type Note = { kind: 'ok' | 'error'; text: string } | null;

export function BackupSection({ datasets, onChanged }: Props) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<Note>(null);
  const [pending, setPending] = useState<{ backup: WorkspaceBackup; fileName: string } | null>(null);
  const [mode, setMode] = useState<RestoreMode>('merge');
  const plan = useMemo(() => (pending ? planRestore(pending.backup, datasets, mode) : null), [pending, datasets, mode]);
  const run = async (fn: () => Promise<Note>) => {
    setBusy(true);
    setNote(null);
    try {
      setNote(await fn());
    } catch (e) {
      setNote({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  };
  const backup = () =>
    run(async () => {
      const file = await createBackupFile();
      saveBlob(file.blob, file.fileName);
      return { kind: 'ok', text: t('backupDone', { datasets: file.datasets, rows: file.observations.toLocaleString() }) };
    });
  const choose = (file: File | undefined) => {
    if (!file) return;
    setPending(null);
    void run(async () => {
      const check = await readBackupFile(file);
      if (!check.ok) return { kind: 'error', text: check.message };
      setPending({ backup: check.backup, fileName: file.name });
      return null;
    });
  };
  const confirm = () =>
    run(async () => {
      const p = pending!;
      try {
        await restoreBackup(p.backup, mode);
      } catch (e) {
        return { kind: 'error', text: t('restoreFailed', { msg: e instanceof Error ? e.message : String(e) }) };
      }
      setPending(null);
      await onChanged();
      return { kind: 'ok', text: t('restoreDone', { datasets: plan!.totals.datasets, rows: plan!.totals.observations.toLocaleString() }) };
    });
  return (
    <section className="backup-section" aria-label={t('backupSection')}>
      <h3>{t('backupSection')}</h3>
      <p className="hint">{t('backupHint')}</p>
      <div className="row">
        <button type="button" disabled={busy} onClick={() => void backup()}>
          {t('backupWorkspace')}
        </button>
        <FileButton
          label={t('restoreBackup')}
          inputLabel={t('chooseBackupFile')}
          inputClassName="visually-hidden"
          accept=".gz,.json,application/gzip,application/json"
          disabled={busy}
          onFiles={([f]) => choose(f)}
        />
      </div>
      {pending && plan && (
        <div className="restore-preview" data-testid="restore-preview">
          <p>
            {t('restorePreview', {
              file: pending.fileName,
              date: formatDate(Date.parse(pending.backup.createdAt)),
              datasets: plan.totals.datasets,
              rows: plan.totals.observations.toLocaleString(),
              documents: plan.totals.documents,
              departments: plan.totals.departments,
              indicators: plan.totals.indicators,
            })}
          </p>
          <fieldset className="row">
            <legend>{t('restoreMode')}</legend>
            <label>
              <input type="radio" name="restore-mode" checked={mode === 'merge'} onChange={() => setMode('merge')} />
              {t('restoreMerge')}
            </label>
            <label>
              <input type="radio" name="restore-mode" checked={mode === 'replace'} onChange={() => setMode('replace')} />
              {t('restoreReplace')}
            </label>
          </fieldset>
          <ul className="restore-plan">
            <PlanLine testId="restore-add" label={t('restoreWillAdd')} items={plan.add} />
            <PlanLine
              testId="restore-replace"
              label={t('restoreWillReplace')}
              items={plan.replace.map((r) => ({ name: r.local.name, rows: r.local.rows, to: r.backup.rows }))}
            />
            {mode === 'replace' ? (
              <PlanLine testId="restore-remove" label={t('restoreWillRemove')} items={plan.remove} />
            ) : (
              <PlanLine testId="restore-keep" label={t('restoreWillKeep')} items={plan.keep} />
            )}
          </ul>
          <div className="row actions">
            <button type="button" onClick={() => setPending(null)} disabled={busy}>
              {t('cancel')}
            </button>
            <button type="button" className={mode === 'replace' ? 'danger' : 'primary'} onClick={() => void confirm()} disabled={busy}>
              {t('confirmRestore')}
            </button>
          </div>
        </div>
      )}
      {note && (
        <p role={note.kind === 'ok' ? 'status' : 'alert'} className={note.kind}>
          {note.text}
        </p>
      )}
    </section>
  );
}

function PlanLine({ testId, label, items }: { testId: string; label: string; items: { name: string; rows: number; to?: number }[] }) {
  const { t } = useI18n();
  return (
    <li data-testid={testId}>
      {label}
      {t('labelColon')}
      <strong data-count={items.length}>{items.length}</strong>
      {items.length > 0 && (
        <span className="hint">
          {' '}
          （
          {items
            .map(
              (d) =>
                `${d.name} ${d.to === undefined ? t('rowsCount', { n: d.rows.toLocaleString() }) : `${t('rowsCount', { n: d.rows.toLocaleString() })} → ${t('rowsCount', { n: d.to.toLocaleString() })}`}`,
            )
            .join('；')}
          ）
        </span>
      )}
    </li>
  );
}
