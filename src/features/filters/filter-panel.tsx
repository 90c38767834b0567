// Filters shared by all views: indicator, departments, years, datasets.
import type { DashboardData } from '../../queries/use-dashboard-data';
import type { UrlState } from '../../domain/url-state';
import { useI18n } from '../../i18n/i18n';
import { DepartmentPicker } from './department-picker';
import { IndicatorPicker } from './indicator-picker';

interface Props {
  state: UrlState;
  update: (patch: Partial<UrlState>, replace?: boolean) => void;
  data: DashboardData;
}

export function FilterPanel({ state, update, data }: Props) {
  const { t } = useI18n();
  const { derived, effective, catalog } = data;
  if (!derived || !effective || !catalog) return null;
  const years = derived.allYears;
  const inView = state.datasets.length ? new Set(state.datasets) : null;
  const toggleDataset = (id: string, on: boolean) => {
    const current = inView ?? new Set(derived.datasetInfos.map((d) => d.id));
    if (on) current.add(id);
    else current.delete(id);
    const all = derived.datasetInfos.every((d) => current.has(d.id));
    update({ datasets: all ? [] : [...current] });
  };
  return (
    <aside className="filters" aria-label={t('filters')}>
      {effective.missing.length > 0 && (
        <p role="alert" className="warning">
          {t('missingInUrl', { items: effective.missing.join('、') })}
        </p>
      )}
      <IndicatorPicker
        catalog={catalog}
        available={derived.indicators}
        otherUnits={derived.otherUnits}
        value={effective.indicator}
        onChange={(indicator) => update({ indicator })}
      />
      <DepartmentPicker
        departments={derived.departments}
        selected={state.departments}
        onChange={(departments) => update({ departments })}
        demo={derived.demoDepartments}
      />
      <fieldset className="filter-group">
        <legend>{t('year')}</legend>
        <div className="row">
          <YearSelect label={t('yearFrom')} years={years} value={effective.yearFrom} onChange={(yearFrom) => update({ yearFrom })} />
          <YearSelect label={t('yearTo')} years={years} value={effective.yearTo} onChange={(yearTo) => update({ yearTo })} />
        </div>
      </fieldset>
      <fieldset className="filter-group">
        <legend>{t('datasets')}</legend>
        {derived.datasetInfos.map((d) => (
          <label key={d.id} className="dept-item dataset-item" title={d.name}>
            <input type="checkbox" checked={!inView || inView.has(d.id)} onChange={(e) => toggleDataset(d.id, e.target.checked)} />
            <span data-user-text="">{d.name}</span>
            {d.kind === 'simulated' ? <span className="badge demo">{t('demoBadge')}</span> : null}
          </label>
        ))}
      </fieldset>
    </aside>
  );
}

function YearSelect({ label, years, value, onChange }: { label: string; years: number[]; value: number; onChange: (y: number) => void }) {
  return (
    <label>
      {label}
      <select aria-label={label} value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </label>
  );
}
