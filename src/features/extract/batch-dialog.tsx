// 年报收取: drop a year's folder (or many files), extract them in a pool of workers, review
// one report at a time from the keyboard, and import every reviewed report in one atomic
// commit. A report whose text is already stored shows as 已导入 and is never stored twice.
import { useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { Modal } from '../../components/ui/modal';
import { ProgressBar } from '../../components/ui/progress-bar';
import type { Catalog } from '../../domain/catalog/catalog';
import type { StoredTable } from '../../domain/observations/stored-table';
import type { Department } from '../../domain/types';
import { useI18n } from '../../i18n/i18n';
import { planBatchCommit, statusCounts } from './batch-model';
import { BatchQueue } from './batch-queue';
import { BatchReportReview } from './batch-report-review';
import { chosenFiles, droppedFiles } from './dropped-files';
import { commitReports } from './commit-reports';
import { DropZone } from './drop-zone';
import { unconfirmedCount } from './review-model';
import { useBatchRun } from './use-batch-run';
import './batch.css';
import '../../i18n/messages/round'; // this feature's strings (i18n/registry.ts)

interface Props {
  catalog: Catalog;
  table: StoredTable | undefined;
  registry: Department[];
  onClose: () => void;
  onCommitted: () => Promise<unknown>;
}

export function BatchDialog({ catalog, table, registry, onClose, onCommitted }: Props) {
  const { t } = useI18n();
  const batch = useBatchRun(catalog, registry);
  const { items } = batch;
  const [currentKey, setCurrentKey] = useState<number | null>(null);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const counts = statusCounts(items);
  const reviewable = items.filter((i) => i.draft && i.status !== 'imported' && i.status !== 'failed');
  // While files are still extracted, a report opens only when chosen: rendering one
  // report's review table would hold up the page between the workers' results.
  const current = items.find((i) => i.key === currentKey && i.draft) ?? (batch.running ? null : (reviewable[0] ?? null));
  const settled = items.length - counts.waiting - counts.working;
  const registryNames = useMemo(() => registry.map((d) => d.name), [registry]);
  const plan = useMemo(
    () => (table && counts.reviewed ? planBatchCommit(items, catalog, table) : null),
    [items, catalog, table, counts.reviewed],
  );

  const move = (step: number) => {
    if (!reviewable.length) return;
    const at = current ? reviewable.findIndex((i) => i.key === current.key) : -1;
    setCurrentKey(reviewable[Math.min(reviewable.length - 1, Math.max(0, at + step))]!.key);
  };
  // A report with rows still 「待确认」 passes on a second press only: the first one says so.
  const [warnedKey, setWarnedKey] = useState<number | null>(null);
  const openRows = current?.draft ? unconfirmedCount(current.draft.rows) : 0;
  const markReviewed = () => {
    if (!current || current.status === 'imported') return;
    if (openRows > 0 && warnedKey !== current.key) {
      setWarnedKey(current.key);
      return;
    }
    setWarnedKey(null);
    batch.update(current.key, (i) => ({ ...i, status: 'reviewed' }));
    move(1);
  };
  // Report-level keys work wherever the focus is while the dialog is open.
  const keys = useRef<(e: KeyboardEvent) => void>(() => undefined);
  useEffect(() => {
    keys.current = (e: KeyboardEvent) => {
      if ((e.altKey && e.key === 'ArrowDown') || e.key === 'PageDown') move(1);
      else if ((e.altKey && e.key === 'ArrowUp') || e.key === 'PageUp') move(-1);
      else if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') markReviewed();
      else return;
      e.preventDefault();
    };
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => keys.current(e);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const onDrop = async (e: DragEvent) => {
    e.preventDefault();
    await batch.add(await droppedFiles(e.dataTransfer));
  };
  const doImport = async () => {
    if (!plan || plan.problems.length || !table) return;
    setBusy(true);
    const commit = {
      name: `年报收取：${plan.documents.length} 份报告`,
      columns: plan.columns,
      comparison: plan.comparison,
      table,
      overwriteChanged: false,
      documents: plan.documents,
    };
    setStatus(
      await commitReports(commit, async (res) => {
        const done = new Set(plan.keys);
        batch.setItems((all) => all.map((i) => (done.has(i.key) ? { ...i, status: 'imported' } : i)));
        await onCommitted();
        return t('roundBatchImportDone', { reports: plan.documents.length, n: res.written });
      }),
    );
    setBusy(false);
  };

  return (
    <Modal title={t('roundBatch')} onClose={onClose} closeLabel={t('close')} wide>
      <div className="batch">
        <DropZone
          hint={t('roundBatchDrop')}
          testId="batch-drop-zone"
          buttons={[
            { label: t('roundBatchChooseFiles'), accept: '.txt,.html,.htm,.docx,.pdf,.doc,.wps' },
            { label: t('roundBatchChooseFolder'), folder: true },
          ]}
          disabled={batch.running}
          onDrop={(e) => void onDrop(e)}
          onFiles={(files) => void batch.add(chosenFiles(files))}
        />
        {items.length > 0 && (
          <div className="row">
            {/* Before the bar, so that it does not move while the figures change. */}
            {batch.running && (
              <button type="button" onClick={batch.cancel}>
                {t('cancel')}
              </button>
            )}
            <ProgressBar
              label={t('roundBatchProgress')}
              fraction={settled / items.length}
              detail={t('roundBatchProgressDetail', { done: settled, total: items.length })}
            />
            <span className="hint" data-testid="batch-counts">
              {t('roundBatchCounts', { ...counts })}
            </span>
          </div>
        )}
        {items.length > 0 && <BatchQueue items={items} current={current?.key ?? null} onSelect={setCurrentKey} />}
        {batch.running && !current && <p className="hint">{t('roundBatchReviewWhenDone')}</p>}
        {current && (
          <>
            <div className="row batch-nav">
              <button type="button" onClick={() => move(-1)} aria-keyshortcuts="PageUp Alt+ArrowUp">
                {t('roundBatchPrevious')}
              </button>
              <button type="button" onClick={() => move(1)} aria-keyshortcuts="PageDown Alt+ArrowDown">
                {t('roundBatchNext')}
              </button>
              <button type="button" className="primary" onClick={markReviewed} aria-keyshortcuts="Control+Enter">
                {t('roundBatchMarkReviewed')}
              </button>
              <span className="hint">{t('roundBatchKeys')}</span>
            </div>
            {warnedKey === current.key && openRows > 0 && (
              <p role="alert" className="warning" data-testid="batch-unconfirmed-warning">
                {t('roundBatchUnconfirmed', { n: openRows })}
              </p>
            )}
            <BatchReportReview key={current.key} item={current} catalog={catalog} registryNames={registryNames} onChange={batch.update} />
          </>
        )}
        {plan?.problems.map((p) => (
          <p key={p} role="alert" className="warning">
            {p}
          </p>
        ))}
        {status && (
          <p role={status.kind === 'error' ? 'alert' : 'status'} className={status.kind}>
            {status.text}
          </p>
        )}
        {items.length > 0 && (
          <div className="row actions">
            <button
              type="button"
              className="primary"
              disabled={busy || batch.running || !plan || plan.problems.length > 0}
              onClick={() => void doImport()}
            >
              {t('roundBatchImport', { n: counts.reviewed })}
            </button>
            <button type="button" disabled={busy || batch.running} onClick={batch.clear}>
              {t('roundBatchClear')}
            </button>
          </div>
        )}
      </div>
    </Modal>
  );
}
