// Department picker: searchable checkboxes grouped by type, with 「全部财政局」-style group toggles.
// The list itself (department-list.tsx, virtualised) loads lazily: it is not needed to
// draw the first chart, and the virtualiser is the biggest part of it.
import { lazy, Suspense, useId, useMemo, useState } from 'react';
import { SearchBox } from '../../components/ui/search-box';
import { buildDepartmentEntries, indexDepartments, type DepartmentGroupBy } from '../../domain/departments/department-entries';
import type { DepartmentInfo } from '../../domain/observations/chart-row';
import { useI18n } from '../../i18n/i18n';

const DepartmentList = lazy(() => import('./department-list'));

interface Props {
  departments: DepartmentInfo[];
  selected: readonly string[];
  onChange: (names: string[]) => void;
  /** Departments that belong to demonstration data, badged in the list. */
  demo: ReadonlySet<string>;
}

export function DepartmentPicker({ departments, selected, onChange, demo }: Props) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const [groupBy, setGroupBy] = useState<DepartmentGroupBy>('type');
  const chosen = useMemo(() => new Set(selected), [selected]);
  const index = useMemo(() => indexDepartments(departments), [departments]);
  const { entries, names } = useMemo(() => buildDepartmentEntries(index, query, groupBy), [index, query, groupBy]);
  const countId = useId();

  const toggle = (names: readonly string[], on: boolean) => {
    const next = new Set(chosen);
    for (const n of names) {
      if (on) next.add(n);
      else next.delete(n);
    }
    onChange(departments.map((d) => d.name).filter((n) => next.has(n)));
  };

  return (
    <fieldset className="filter-group">
      <legend>
        {t('departments')} <span className="hint">{t('selected', { n: selected.length })}</span>
      </legend>
      <SearchBox label={t('departmentSearch')} value={query} onChange={setQuery} />
      <div className="row">
        <label>
          <input type="radio" name="dept-group" checked={groupBy === 'type'} onChange={() => setGroupBy('type')} />
          {t('departmentType')}
        </label>
        <label>
          <input type="radio" name="dept-group" checked={groupBy === 'region'} onChange={() => setGroupBy('region')} />
          {t('region')}
        </label>
        <button type="button" onClick={() => toggle(names, true)}>
          {t('selectAll')}
        </button>
        <button type="button" onClick={() => onChange([])}>
          {t('selectNone')}
        </button>
      </div>
      <Suspense fallback={<div className="dept-list" role="group" aria-label={t('departments')} aria-busy="true" />}>
        <DepartmentList
          entries={entries}
          chosen={chosen}
          demo={demo}
          toggle={toggle}
          describedBy={countId}
          // A new search or grouping starts at the top of its list.
          scrollKey={`${groupBy}\u0000${query}`}
        />
      </Suspense>
      <span id={countId} className="hint" aria-live="polite">
        {t('departmentCount', { n: names.length })}
      </span>
    </fieldset>
  );
}
