// Department picker: searchable checkboxes grouped by type, with 「全部财政局」-style group toggles.
import { useMemo, useState } from 'react';
import type { DepartmentInfo } from '../../domain/observations/chart-row';
import { looseKey } from '../../domain/text/normalize-text';
import { useI18n } from '../../i18n/i18n';

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
  const [groupBy, setGroupBy] = useState<'type' | 'region'>('type');
  const chosen = useMemo(() => new Set(selected), [selected]);
  const groups = useMemo(() => {
    const q = looseKey(query);
    const m = new Map<string, DepartmentInfo[]>();
    for (const d of departments) {
      if (q && !looseKey(`${d.name} ${d.region} ${d.type}`).includes(q)) continue;
      const key = (groupBy === 'type' ? d.type : d.region) || '—';
      const list = m.get(key) ?? [];
      list.push(d);
      m.set(key, list);
    }
    return [...m.entries()].sort((a, b) => a[0].localeCompare(b[0], 'zh'));
  }, [departments, query, groupBy]);

  const toggle = (names: string[], on: boolean) => {
    const next = new Set(chosen);
    for (const n of names) (on ? next.add(n) : next.delete(n));
    onChange(departments.map((d) => d.name).filter((n) => next.has(n)));
  };

  return (
    <fieldset className="filter-group">
      <legend>
        {t('departments')} <span className="hint">{t('selected', { n: selected.length })}</span>
      </legend>
      <input type="search" aria-label={t('departmentSearch')} placeholder={t('departmentSearch')} value={query} onChange={(e) => setQuery(e.target.value)} />
      <div className="row">
        <label>
          <input type="radio" name="dept-group" checked={groupBy === 'type'} onChange={() => setGroupBy('type')} />
          {t('departmentType')}
        </label>
        <label>
          <input type="radio" name="dept-group" checked={groupBy === 'region'} onChange={() => setGroupBy('region')} />
          {t('region')}
        </label>
        <button type="button" onClick={() => toggle(groups.flatMap(([, l]) => l.map((d) => d.name)), true)}>{t('selectAll')}</button>
        <button type="button" onClick={() => onChange([])}>{t('selectNone')}</button>
      </div>
      <div className="dept-list" role="group" aria-label={t('departments')}>
        {groups.map(([group, list]) => {
          const names = list.map((d) => d.name);
          const all = names.every((n) => chosen.has(n));
          return (
            <div key={group} className="dept-group">
              <label className="dept-group-head">
                <input type="checkbox" checked={all} onChange={(e) => toggle(names, e.target.checked)} aria-label={t('selectGroup', { group })} />
                {t('selectGroup', { group })} <span className="hint">({list.length})</span>
              </label>
              {list.map((d) => (
                <label key={d.name} className="dept-item">
                  <input type="checkbox" checked={chosen.has(d.name)} onChange={(e) => toggle([d.name], e.target.checked)} />
                  {d.name}
                  {demo.has(d.name) ? <span className="badge demo">{t('demoBadge')}</span> : null}
                </label>
              ))}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
