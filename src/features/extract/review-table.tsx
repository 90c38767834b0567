// The review table of one report's extracted figures: choose the indicator (searchable
// picker; for rows marked 「待确认」 the best catalog candidates or 「目录外指标」 in one
// click), fix the wording, value, unit or qualifier, delete a row. Each row's sentence
// sits under it, full width. Choosing a catalog indicator is remembered as a learned
// alias of the row's wording (see domain/extract/learned-aliases.ts).
import { useId, useState } from 'react';
import { isOtherIndicator, type Catalog } from '../../domain/catalog/catalog';
import { indicatorLabel } from '../../domain/charts/common';
import { QUALIFIERS } from '../../domain/types';
import { useI18n } from '../../i18n/i18n';
import { useLearnedAliasWrites } from '../../queries/learned-aliases';
import { IndicatorPicker } from './indicator-picker';
import { chooseIndicator, withoutRow, withRowPatch, type ReportDraft, type ReviewRow } from './review-model';
import '../../i18n/messages/review'; // this feature's strings (i18n/registry.ts)

interface Props {
  catalog: Catalog;
  /** The report whose rows are reviewed; its name is recorded with every learned alias. */
  draft: ReportDraft;
  activeKey: number | null;
  onActivate: (key: number) => void;
  /** Applies an edit of the report (a row changed or deleted). */
  onEdit: (edit: (draft: ReportDraft) => ReportDraft) => void;
}

export function ReviewTable({ catalog, draft, activeKey, onActivate, onEdit }: Props) {
  const { t, lang } = useI18n();
  const { rows, name: reportName } = draft;
  const onChange = (key: number, patch: Partial<ReviewRow>) => onEdit((d) => withRowPatch(d, key, patch));
  const onDelete = (key: number) => onEdit((d) => withoutRow(d, key));
  const nameOf = (id: string) => {
    const ind = catalog.get(id);
    return ind ? indicatorLabel(ind, lang) : id;
  };
  const aliases = useLearnedAliasWrites();
  const [learned, setLearned] = useState('');
  const tableId = useId();

  const choose = (row: ReviewRow, id: string) => {
    onChange(row.key, chooseIndicator(catalog, row, id));
    const wording = row.indicatorText.trim();
    if (!wording) return;
    // The latest answer for a wording wins: 目录外指标 forgets an alias learned before.
    if (!id) {
      void aliases.remove(wording);
      setLearned('');
      return;
    }
    void aliases.learn({ wording, indicatorId: id, source: reportName });
    setLearned(t('reviewLearned', { wording, indicator: nameOf(id) }));
  };
  const pickerId = (key: number) => `${tableId}-picker-${key}`;
  // A candidate's button disappears once chosen: keep the keyboard in the row, on its indicator box.
  const chooseCandidate = (row: ReviewRow, id: string) => {
    choose(row, id);
    requestAnimationFrame(() => document.getElementById(pickerId(row.key))?.focus());
  };

  return (
    <div className="review-wrap">
      {learned && (
        <p role="status" className="ok">
          {learned}
        </p>
      )}
      <table className="data review" data-testid="review-table">
        <colgroup>
          <col className="c-no" />
          <col className="c-indicator" />
          <col className="c-value" />
          <col className="c-unit" />
          <col className="c-qualifier" />
          <col className="c-delete" />
        </colgroup>
        <thead>
          <tr>
            <th>{t('reviewRowNumber')}</th>
            <th>{t('indicator')}</th>
            <th>{t('value')}</th>
            <th>{t('unit')}</th>
            <th>{t('qualifier')}</th>
            <th />
          </tr>
        </thead>
        {rows.map((r, i) => {
          const n = i + 1;
          const mapping = r.mapping;
          const current = r.indicatorId && !isOtherIndicator(r.indicatorId) ? r.indicatorId : '';
          return (
            <tbody
              key={r.key}
              className={
                [r.key === activeKey ? 'active' : '', mapping?.needsConfirmation ? 'to-confirm' : ''].join(' ').trim() || undefined
              }
              onFocus={() => onActivate(r.key)}
              data-testid="review-row"
            >
              <tr>
                <td className="row-no">{n}</td>
                <td>
                  <IndicatorPicker
                    id={pickerId(r.key)}
                    catalog={catalog}
                    value={current}
                    label={`${t('indicator')} ${n}`}
                    onChange={(id) => choose(r, id)}
                  />
                  {mapping?.needsConfirmation && (
                    <div className="candidates" role="group" aria-label={t('reviewCandidates', { n })}>
                      <span className="badge confirm">{t('reviewNeedsConfirmation')}</span>
                      {mapping.candidates.map((c) => (
                        <button
                          key={c.id}
                          type="button"
                          className="chip"
                          aria-pressed={c.id === current}
                          title={t('reviewCandidateScore', { score: c.score.toFixed(2) })}
                          onClick={() => chooseCandidate(r, c.id)}
                        >
                          {nameOf(c.id)}
                        </button>
                      ))}
                      <button type="button" className="chip" aria-pressed={!current} onClick={() => chooseCandidate(r, '')}>
                        {t('reviewOutOfCatalog')}
                      </button>
                    </div>
                  )}
                  <input
                    className="wording"
                    aria-label={`${t('reviewWording')} ${n}`}
                    value={r.indicatorText}
                    placeholder={t('reviewWordingPlaceholder')}
                    onChange={(e) => onChange(r.key, { indicatorText: e.target.value })}
                  />
                </td>
                <td>
                  <input
                    aria-label={`${t('value')} ${n}`}
                    type="number"
                    step="any"
                    value={Number.isFinite(r.value) ? r.value : ''}
                    onChange={(e) => onChange(r.key, { value: Number(e.target.value) })}
                  />
                </td>
                <td>
                  <input aria-label={`${t('unit')} ${n}`} value={r.unit} onChange={(e) => onChange(r.key, { unit: e.target.value })} />
                </td>
                <td>
                  <select
                    aria-label={`${t('qualifier')} ${n}`}
                    value={r.qualifier}
                    onChange={(e) => onChange(r.key, { qualifier: e.target.value as ReviewRow['qualifier'] })}
                  >
                    {QUALIFIERS.map((q) => (
                      <option key={q} value={q}>
                        {q || '—'}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <button
                    type="button"
                    className="icon"
                    aria-label={`${t('delete')} ${n}`}
                    title={t('delete')}
                    onClick={() => onDelete(r.key)}
                  >
                    ✕
                  </button>
                </td>
              </tr>
              <tr className="evidence-row">
                <td />
                <td colSpan={5}>
                  <button type="button" className="link evidence" onClick={() => onActivate(r.key)} title={r.rule}>
                    {r.derived && <span className="badge">{t('derived')}</span>}
                    {r.evidence}
                  </button>
                </td>
              </tr>
            </tbody>
          );
        })}
      </table>
    </div>
  );
}
