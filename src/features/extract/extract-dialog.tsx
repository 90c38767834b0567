// 从报告提取: drop or paste reports, review every figure next to its sentence,
// correct what is wrong, then import through the same atomic path as CSV files.
import { useMemo, useState, type DragEvent } from 'react';
import { Modal } from '../../components/ui/modal';
import type { Catalog } from '../../domain/catalog/catalog';
import { parseChineseNumeral } from '../../domain/extract/chinese-numerals';
import { columnsFromObservations } from '../../domain/observations/columns';
import { compareWithStored } from '../../domain/observations/compare-with-stored';
import { prepareForStore } from '../../domain/observations/prepare-for-store';
import type { StoredTable } from '../../domain/observations/stored-table';
import { useI18n } from '../../i18n/i18n';
import { extractInWorker } from '../../workers/report-worker-client';
import { readReportFile } from './read-report-file';
import { ReportTextView } from './report-text-view';
import { ReviewTable } from './review-table';
import { commitReports } from './commit-reports';
import { DropZone } from './drop-zone';
import {
  draftFromResult,
  draftProblems,
  draftsToObservations,
  manualRow,
  reportTitle,
  unconfirmedCount,
  withReportField,
  type ReportDraft,
} from './review-model';
import '../../i18n/messages/review'; // this feature's strings (i18n/registry.ts)

interface Props {
  catalog: Catalog;
  table: StoredTable | undefined;
  onClose: () => void;
  onCommitted: () => Promise<unknown>;
}

/** A selected number: Arabic (with , and .) or Chinese numerals. */
function parseSelectedNumber(s: string): number | null {
  const t = s
    .normalize('NFKC')
    .replace(/[,\s]/g, '')
    .replace(/[%％]$/, '');
  if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
  return parseChineseNumeral(t);
}

export function ExtractDialog({ catalog, table, onClose, onCommitted }: Props) {
  const { t } = useI18n();
  const [drafts, setDrafts] = useState<ReportDraft[]>([]);
  const [current, setCurrent] = useState(0);
  const [activeKey, setActiveKey] = useState<number | null>(null);
  const [pasted, setPasted] = useState('');
  const [status, setStatus] = useState<{ kind: 'info' | 'error' | 'ok'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [overwrite, setOverwrite] = useState(false);
  const [name, setName] = useState('');
  const [selection, setSelection] = useState<{ start: number; end: number; value: number } | null>(null);

  const addReports = async (inputs: (() => Promise<{ name: string; text: string }>)[]) => {
    setBusy(true);
    setStatus({ kind: 'info', text: t('parsing') });
    const added: ReportDraft[] = [];
    const errors: string[] = [];
    for (const load of inputs) {
      try {
        const { name: fileName, text } = await load();
        const { result, ms } = await extractInWorker(text, catalog.indicators, { sourceName: fileName });
        added.push(draftFromResult(fileName, text, result, ms, catalog));
      } catch (e) {
        errors.push(e instanceof Error ? e.message : String(e));
      }
    }
    setDrafts((d) => [...d, ...added]);
    if (added.length) setCurrent(drafts.length);
    if (!name && added[0]) setName(`报告提取：${added.map(reportTitle).join('、').slice(0, 40)}`);
    setStatus(errors.length ? { kind: 'error', text: errors.join('；') } : null);
    setBusy(false);
  };
  const onFiles = (files: readonly File[]) => {
    if (files.length) void addReports(files.map((f) => () => readReportFile(f)));
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    onFiles([...e.dataTransfer.files]);
  };

  const draft = drafts[current];
  const updateDraft = (fn: (d: ReportDraft) => ReportDraft) => setDrafts((all) => all.map((d, i) => (i === current ? fn(d) : d)));

  // One value per department, year and indicator, in the indicator's unit (see prepareForStore).
  const prepared = useMemo(() => prepareForStore(draftsToObservations(drafts), catalog), [drafts, catalog]);
  const observations = prepared.rows;
  const problems = useMemo(() => draftProblems(drafts), [drafts]);
  const unconfirmed = draft ? unconfirmedCount(draft.rows) : 0;
  const comparison = useMemo(() => {
    if (!table || problems.length || !observations.length) return null;
    const columns = columnsFromObservations(observations);
    return { columns, cmp: compareWithStored(columns, table) };
  }, [observations, problems, table]);

  const doImport = async () => {
    if (!comparison || !table) return;
    setBusy(true);
    const commit = {
      name: name.trim() || '报告提取',
      columns: comparison.columns,
      comparison: comparison.cmp,
      table,
      overwriteChanged: overwrite,
      documents: drafts.map((d) => ({ name: d.name, text: d.text })),
    };
    setStatus(
      await commitReports(commit, async (res) => {
        await onCommitted();
        setDrafts([]);
        return res.written ? t('importDone', { n: res.written }) : t('importNothing');
      }),
    );
    setBusy(false);
  };

  return (
    <Modal title={t('extract')} onClose={onClose} closeLabel={t('close')} wide>
      <DropZone
        hint={t('extractDropHint')}
        testId="extract-drop-zone"
        buttons={[{ label: t('chooseFile'), inputLabel: t('extractChooseFiles'), accept: '.txt,.html,.htm,.docx,.pdf' }]}
        disabled={busy}
        onDrop={onDrop}
        onFiles={onFiles}
      />
      <details className="paste">
        <summary>{t('extractPasteText')}</summary>
        <textarea aria-label={t('extractPasteText')} rows={6} value={pasted} onChange={(e) => setPasted(e.target.value)} />
        <button
          type="button"
          disabled={busy || !pasted.trim()}
          onClick={() => {
            const text = pasted;
            setPasted('');
            void addReports([() => Promise.resolve({ name: '粘贴的报告.txt', text })]);
          }}
        >
          {t('extractRun')}
        </button>
      </details>
      {status && (
        <p
          role={status.kind === 'error' ? 'alert' : 'status'}
          className={status.kind === 'error' ? 'error' : status.kind === 'ok' ? 'ok' : 'hint'}
        >
          {status.text}
        </p>
      )}

      {drafts.length > 0 && draft && (
        <>
          <div role="tablist" aria-label={t('extractReports')} className="tabs">
            {drafts.map((d, i) => (
              <button key={i} role="tab" type="button" aria-selected={i === current} onClick={() => setCurrent(i)}>
                {d.name}（{d.rows.length}）
              </button>
            ))}
          </div>
          <div className="row">
            <label>
              {t('departments')}
              {t('labelColon')}
              <input
                aria-label={t('extractReportDepartment')}
                value={draft.department}
                onChange={(e) => updateDraft((d) => withReportField(d, { department: e.target.value }))}
              />
            </label>
            <label>
              {t('year')}
              {t('labelColon')}
              <input
                aria-label={t('extractReportYear')}
                type="number"
                className="narrow"
                value={draft.year ?? ''}
                onChange={(e) => updateDraft((d) => withReportField(d, { year: e.target.value ? Number(e.target.value) : null }))}
              />
            </label>
            <span className="hint">{t('extractStats', { n: draft.rows.length, ms: draft.extractMs.toFixed(0) })}</span>
            {selection && (
              <button
                type="button"
                onClick={() => {
                  updateDraft((d) => ({ ...d, rows: [...d.rows, manualRow(d, selection.start, selection.end, selection.value)] }));
                  setSelection(null);
                }}
              >
                {t('extractAddSelection', { value: selection.value })}
              </button>
            )}
          </div>
          {draft.rows.length === 0 && (
            <p className="hint" role="status">
              {t('reviewNoFigures')}
            </p>
          )}
          {unconfirmed > 0 && (
            <p className="hint" role="status">
              {t('reviewUnconfirmed', { n: unconfirmed })}
            </p>
          )}
          <div className="extract-grid">
            <ReportTextView
              text={draft.text}
              rows={draft.rows}
              activeKey={activeKey}
              onSelectRow={setActiveKey}
              onSelectText={(start, end) => {
                const value = parseSelectedNumber(draft.text.slice(start, end));
                setSelection(value === null ? null : { start, end, value });
              }}
            />
            <ReviewTable catalog={catalog} draft={draft} activeKey={activeKey} onActivate={setActiveKey} onEdit={updateDraft} />
          </div>
          {problems.map((p, i) => (
            <p key={i} role="alert" className="warning">
              {p.message}
            </p>
          ))}
          {prepared.demotions.length > 0 && (
            <p className="hint" role="status">
              {t('extractDemoted', { n: prepared.demotions.length })}
              {prepared.demotions
                .map((d) => `${observations[d.index]!.indicatorText} ${observations[d.index]!.value}${observations[d.index]!.unit}`)
                .join('、')}
            </p>
          )}
          {comparison && (
            <ul className="counts">
              <li>
                {t('newRows')} <strong>{comparison.cmp.newRows.length}</strong>
              </li>
              <li>
                {t('unchanged')} <strong>{comparison.cmp.unchangedRows.length}</strong>
              </li>
              <li>
                {t('changed')} <strong>{comparison.cmp.changed.length}</strong>
              </li>
            </ul>
          )}
          {comparison && comparison.cmp.changed.length > 0 && (
            <label>
              <input type="checkbox" checked={overwrite} onChange={(e) => setOverwrite(e.target.checked)} />
              {t('overwriteChanged')}（{t('overwriteCount', { n: comparison.cmp.changed.length })}）
            </label>
          )}
          <div className="row actions">
            <label>
              {t('datasetName')}
              {t('labelColon')}
              <input aria-label={t('datasetName')} value={name} onChange={(e) => setName(e.target.value)} />
            </label>
            <button type="button" className="primary" disabled={busy || !comparison} onClick={() => void doImport()}>
              {t('confirmImport')}
            </button>
          </div>
        </>
      )}
    </Modal>
  );
}
