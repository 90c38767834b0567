// The review table: fix a value, the indicator, the department or the year; delete a row.
import type { Catalog } from '../../domain/catalog/catalog';
import { QUALIFIERS } from '../../domain/types';
import { useI18n } from '../../i18n/i18n';
import type { ReviewRow } from './review-model';

interface Props {
  catalog: Catalog;
  rows: ReviewRow[];
  activeKey: number | null;
  onActivate: (key: number) => void;
  onChange: (key: number, patch: Partial<ReviewRow>) => void;
  onDelete: (key: number) => void;
}

export function ReviewTable({ catalog, rows, activeKey, onActivate, onChange, onDelete }: Props) {
  const { t } = useI18n();
  return (
    <table className="data review" data-testid="review-table">
      <thead>
        <tr>
          <th>{t('departments')}</th>
          <th>{t('year')}</th>
          <th>{t('indicator')}</th>
          <th>{t('value')}</th>
          <th>{t('unit')}</th>
          <th>{t('qualifier')}</th>
          <th>{t('evidence')}</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={r.key} className={r.key === activeKey ? 'active' : undefined} onFocus={() => onActivate(r.key)}>
            <td>
              <input aria-label={`${t('departments')} ${i + 1}`} value={r.department} onChange={(e) => onChange(r.key, { department: e.target.value })} />
            </td>
            <td>
              <input
                aria-label={`${t('year')} ${i + 1}`}
                type="number"
                className="narrow"
                value={r.year || ''}
                onChange={(e) => onChange(r.key, { year: Number(e.target.value) })}
              />
            </td>
            <td>
              <select
                aria-label={`${t('indicator')} ${i + 1}`}
                value={r.indicatorId.startsWith('other:') ? '' : r.indicatorId}
                onChange={(e) => onChange(r.key, { indicatorId: e.target.value, unit: r.unit || catalog.get(e.target.value)?.unit || '' })}
              >
                <option value="">（其他：{r.indicatorText || '未填写'}）</option>
                {catalog.indicators.map((ind) => (
                  <option key={ind.id} value={ind.id}>
                    {ind.category} · {ind.labelZh}
                  </option>
                ))}
              </select>
              <input
                aria-label={`指标原文 ${i + 1}`}
                value={r.indicatorText}
                placeholder="指标名称"
                onChange={(e) => onChange(r.key, { indicatorText: e.target.value })}
              />
            </td>
            <td>
              <input
                aria-label={`${t('value')} ${i + 1}`}
                type="number"
                step="any"
                className="narrow"
                value={Number.isFinite(r.value) ? r.value : ''}
                onChange={(e) => onChange(r.key, { value: Number(e.target.value) })}
              />
            </td>
            <td>
              <input aria-label={`${t('unit')} ${i + 1}`} className="narrow" value={r.unit} onChange={(e) => onChange(r.key, { unit: e.target.value })} />
            </td>
            <td>
              <select aria-label={`${t('qualifier')} ${i + 1}`} value={r.qualifier} onChange={(e) => onChange(r.key, { qualifier: e.target.value as ReviewRow['qualifier'] })}>
                {QUALIFIERS.map((q) => (
                  <option key={q} value={q}>
                    {q || '—'}
                  </option>
                ))}
              </select>
              {r.derived && <span className="badge">{t('derived')}</span>}
            </td>
            <td className="evidence-cell">
              <button type="button" className="link" onClick={() => onActivate(r.key)} title={r.rule}>
                {r.evidence}
              </button>
            </td>
            <td>
              <button type="button" aria-label={`${t('delete')} ${i + 1}`} onClick={() => onDelete(r.key)}>
                {t('delete')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
