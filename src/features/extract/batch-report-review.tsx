// One report of the batch under review: department (matched to the registry, editable),
// year, dates, the parts found, and its figures in the shared review table.
import { memo, useState } from 'react';
import type { Catalog } from '../../domain/catalog/catalog';
import { PART_KEYS } from '../../domain/round/report-parts';
import { useI18n } from '../../i18n/i18n';
import { PART_LABEL_KEYS } from '../../i18n/round-part-labels';
import type { BatchItem } from './batch-model';
import { ReceivedDate } from './received-date';
import { ReviewTable } from './review-table';
import { withReportField, type ReportDraft } from './review-model';
import '../../i18n/messages/round'; // this feature's strings (i18n/registry.ts)

interface Props {
  item: BatchItem;
  catalog: Catalog;
  registryNames: readonly string[];
  /** Updates the item of `key` (stable: the review re-renders only when its item changes). */
  onChange: (key: number, fn: (i: BatchItem) => BatchItem) => void;
}

export const BatchReportReview = memo(function BatchReportReview({ item, catalog, registryNames, onChange: update }: Props) {
  const { t } = useI18n();
  const [activeKey, setActiveKey] = useState<number | null>(null);
  const onChange = (fn: (i: BatchItem) => BatchItem) => update(item.key, fn);
  const draft = item.draft!;
  const editDraft = (edit: (d: ReportDraft) => ReportDraft) => onChange((i) => ({ ...i, draft: edit(i.draft!) }));
  const unknown = item.match && (item.match.how === 'none' || item.match.how === 'ambiguous') && draft.department === item.match.name;
  return (
    <section className="batch-review" aria-label={t('roundBatchReviewing', { file: item.name })}>
      <h3>{item.name}</h3>
      <div className="row">
        <label>
          {t('departments')}
          <input
            aria-label={t('roundBatchDepartment')}
            list="batch-registry"
            value={draft.department}
            onChange={(e) => editDraft((d) => withReportField(d, { department: e.target.value }))}
          />
        </label>
        <datalist id="batch-registry">
          {registryNames.map((n) => (
            <option key={n} value={n} />
          ))}
        </datalist>
        <label>
          {t('year')}
          <input
            aria-label={t('roundBatchYear')}
            type="number"
            className="narrow"
            value={draft.year ?? ''}
            onChange={(e) => editDraft((d) => withReportField(d, { year: e.target.value ? Number(e.target.value) : null }))}
          />
        </label>
        <ReceivedDate item={item} year={draft.year} signed={item.round?.signedDate ?? null} onChange={onChange} />
        <label>
          {t('roundColPublished')}
          <input
            aria-label={t('roundBatchPublished')}
            type="date"
            value={item.publishedDate ?? ''}
            onChange={(e) => onChange((i) => ({ ...i, publishedDate: e.target.value || null }))}
          />
        </label>
      </div>
      {unknown && (
        <p className="warning" role="status">
          {item.match!.how === 'ambiguous'
            ? t('roundBatchAmbiguous', { names: item.match!.candidates.join('、') })
            : t('roundBatchUnknownDepartment')}
        </p>
      )}
      <ul className="batch-parts" aria-label={t('roundBatchParts')}>
        {PART_KEYS.map((k) => {
          const p = item.round?.parts[k];
          return (
            <li key={k} className={p ? 'ok' : k === 'other' ? 'hint' : 'error'} title={p?.heading ?? ''}>
              {p ? '✓' : k === 'other' ? '—' : '✗'} {t(PART_LABEL_KEYS[k])}
            </li>
          );
        })}
        <li className="hint">
          {t('roundColSigned')}：{item.round?.signedDate ?? '—'}
        </li>
      </ul>
      <ReviewTable catalog={catalog} draft={draft} activeKey={activeKey} onActivate={setActiveKey} onEdit={editDraft} />
    </section>
  );
});
