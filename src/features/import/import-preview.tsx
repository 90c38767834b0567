// Preview before committing: what was detected, what will change, every issue with its line.
import { DataTable } from '../../components/ui/data-table';
import { useState } from 'react';
import type { Catalog } from '../../domain/catalog/catalog';
import type { DatasetMeta } from '../../domain/types';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { rejectedRowsCsv } from '../../domain/csv/rejected-rows-csv';
import { observationAt } from '../../domain/observations/columns';
import { saveBlob, safeFileName } from '../../image-export/save-file';
import { SheetList } from './sheet-list';
import type { ImportPhase, useImportFlow } from './use-import-flow';

type Preview = Extract<ImportPhase, { phase: 'preview' }>;

const DELIMITER_NAMES: Record<string, MessageKey> = {
  ',': 'importDelimiterComma',
  ';': 'importDelimiterSemicolon',
  '\t': 'importDelimiterTab',
};
const LAYOUT_NAMES: Record<string, MessageKey> = {
  long: 'importLayoutLong',
  'wide-indicator': 'importLayoutWideIndicator',
  'wide-year': 'importLayoutWideYear',
};
const MAX_SHOWN_ISSUES = 200;

export function ImportPreview({
  catalog,
  flow,
  state,
  datasets,
  onSheets,
}: {
  catalog: Catalog | undefined;
  flow: ReturnType<typeof useImportFlow>;
  state: Preview;
  datasets: DatasetMeta[];
  onSheets: (sheets: string[]) => void;
}) {
  const { t, lang } = useI18n();
  /** The file's words, and the catalog indicator they were read as when it is named otherwise (「规范性文件制定数 → 新制定行政规范性文件数」). */
  const indicatorCell = (id: string, text: string): string => {
    const words = text || id;
    const ind = catalog?.resolve(id);
    if (!ind || ind.custom) return words;
    const label = lang === 'en' ? ind.labelEn : ind.labelZh;
    return label === words ? words : `${words} → ${label}`;
  };
  // Re-importing a file that was imported before offers to replace that dataset.
  const replaceable = datasets.filter((d) => d.kind === 'imported');
  const [replaces, setReplaces] = useState(() => replaceable.find((d) => d.sourceFile === state.file.name)?.id ?? '');
  const { parsed, comparison } = state;
  const [overwrite, setOverwrite] = useState(false);
  const [name, setName] = useState(state.file.name.replace(/\.[^.]+$/, ''));
  const errors = parsed.issues.filter((i) => i.severity === 'error');
  const warnings = parsed.issues.filter((i) => i.severity === 'warning');
  const first = Array.from({ length: Math.min(8, parsed.columns.numeric.length) }, (_, i) => observationAt(parsed.columns, i));
  const downloadRejected = () => {
    const csv = rejectedRowsCsv(parsed);
    saveBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), safeFileName(`${name}-被拒绝的行.csv`));
  };
  return (
    <section aria-label={t('previewRows')} className="preview">
      <dl className="facts">
        <dt>{t('encoding')}</dt>
        <dd data-testid="detected-encoding">{parsed.encoding}</dd>
        {!parsed.sheets && (
          <>
            <dt>{t('delimiter')}</dt>
            <dd>{DELIMITER_NAMES[parsed.delimiter] ? t(DELIMITER_NAMES[parsed.delimiter]!) : parsed.delimiter}</dd>
          </>
        )}
        <dt>{t('layoutDetected')}</dt>
        <dd>{LAYOUT_NAMES[parsed.layout] ? t(LAYOUT_NAMES[parsed.layout]!) : parsed.layout}</dd>
      </dl>
      {parsed.sheets && <SheetList sheets={parsed.sheets} onChange={onSheets} />}
      <ul className="counts" data-testid="import-counts">
        <li>
          {t('newRows')} <strong data-testid="count-new">{comparison.newRows.length}</strong>
        </li>
        <li>
          {t('unchanged')} <strong data-testid="count-unchanged">{comparison.unchangedRows.length}</strong>
        </li>
        <li>
          {t('changed')} <strong data-testid="count-changed">{comparison.changed.length}</strong>
        </li>
        <li>
          {t('rejected')} <strong data-testid="count-rejected">{parsed.rejected.length}</strong>
        </li>
        <li>
          {t('warnings')} <strong>{warnings.length}</strong>
        </li>
        {parsed.stats.skippedCells > 0 && (
          <li>
            {t('skippedCellsCount')} <strong data-testid="count-skipped-cells">{parsed.stats.skippedCells}</strong>
          </li>
        )}
      </ul>
      {parsed.stats.skippedCells > 0 && (
        <p className="hint" data-testid="skipped-cells">
          {t('skippedCellsList', {
            cells: parsed.skippedCells.map((c) => t('skippedCellAt', { line: c.line, column: c.column })).join(t('skippedCellsSeparator')),
            more: parsed.stats.skippedCells > parsed.skippedCells.length ? t('skippedCellsMore', { n: parsed.stats.skippedCells }) : '',
          })}
        </p>
      )}
      {!parsed.ok && (
        <p role="alert" className="error">
          {t('fileError')}
          {t('labelColon')}
          {errors[0]?.message}
        </p>
      )}
      {comparison.changed.length > 0 && (
        <div className="changes">
          <label>
            <input type="checkbox" checked={overwrite} onChange={(e) => setOverwrite(e.target.checked)} />
            {t('overwriteChanged')}（{t('overwriteCount', { n: comparison.changed.length })}）
          </label>
          <ul>
            {comparison.changed.slice(0, 20).map((c) => {
              const o = observationAt(parsed.columns, c.row);
              return (
                <li key={c.row}>
                  {o.department} · {o.year} · {o.indicatorText || o.indicatorId}: {c.oldValue} → {c.newValue}
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {first.length > 0 && (
        <DataTable
          className="data"
          caption={t('previewRows')}
          headers={[t('departments'), t('year'), t('indicator'), t('value'), t('unit'), t('line')]}
        >
          {first.map((o, i) => (
            <tr key={i}>
              <td>{o.department}</td>
              <td>{o.year}</td>
              <td data-user-text={o.indicatorText || undefined}>{indicatorCell(o.indicatorId, o.indicatorText)}</td>
              <td>
                {o.qualifier === '约' || o.qualifier === '近' ? o.qualifier : ''}
                {o.value}
                {o.qualifier && o.qualifier !== '约' && o.qualifier !== '近' ? o.qualifier : ''}
              </td>
              <td>{o.unit}</td>
              <td>{o.source.line}</td>
            </tr>
          ))}
        </DataTable>
      )}
      {parsed.issues.length > 0 && (
        <DataTable
          className="data issues"
          testId="issue-list"
          caption={`${t('issues')}（${parsed.issues.length}）`}
          headers={[t('line'), t('column'), t('message')]}
        >
          {parsed.issues.slice(0, MAX_SHOWN_ISSUES).map((i, k) => (
            <tr key={k} className={i.severity}>
              <td>{i.line ?? ''}</td>
              <td>{i.column ?? ''}</td>
              <td>{i.message}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <div className="row actions">
        <label>
          {t('datasetName')}
          {t('labelColon')}
          <input value={name} onChange={(e) => setName(e.target.value)} aria-label={t('datasetName')} />
        </label>
        {replaceable.length > 0 && (
          <label>
            {t('replaceDataset')}
            {t('labelColon')}
            <select aria-label={t('replaceDataset')} value={replaces} onChange={(e) => setReplaces(e.target.value)}>
              <option value="">{t('replaceNone')}</option>
              {replaceable.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}（{d.sourceFile}）
                </option>
              ))}
            </select>
          </label>
        )}
        {parsed.rejected.length > 0 && (
          <button type="button" onClick={downloadRejected}>
            {t('downloadRejected')}
          </button>
        )}
        <button type="button" onClick={flow.cancel}>
          {t('cancel')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={!parsed.ok}
          onClick={() => void flow.commit(overwrite, name.trim() || state.file.name, replaces || undefined)}
        >
          {t('confirmImport')}
        </button>
      </div>
    </section>
  );
}
