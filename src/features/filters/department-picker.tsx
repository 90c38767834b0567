// Department picker: searchable checkboxes grouped by type, with 「全部财政局」-style group toggles.
// Virtualised: with thousands of departments, one checkbox each made every commit of the
// filter panel a long layout; only the rows in view (plus overscan) are in the DOM.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { buildDepartmentEntries, indexDepartments, type DepartmentGroupBy } from '../../domain/departments/department-entries';
import type { DepartmentInfo } from '../../domain/observations/chart-row';
import { useI18n } from '../../i18n/i18n';

interface Props {
  departments: DepartmentInfo[];
  selected: readonly string[];
  onChange: (names: string[]) => void;
  /** Departments that belong to demonstration data, badged in the list. */
  demo: ReadonlySet<string>;
}

// Fixed row heights (one 21px line; a header has 4px space above), so no row is measured.
const ITEM_PX = 21;
const GROUP_PX = 25;
const PAD_PX = 4;
/** The list's max-height in CSS: the first render shows this much before anything is measured. */
const LIST_PX = 260;

export function DepartmentPicker({ departments, selected, onChange, demo }: Props) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const [groupBy, setGroupBy] = useState<DepartmentGroupBy>('type');
  const chosen = useMemo(() => new Set(selected), [selected]);
  const index = useMemo(() => indexDepartments(departments), [departments]);
  const { entries, names } = useMemo(() => buildDepartmentEntries(index, query, groupBy), [index, query, groupBy]);
  const countId = useId();

  const listRef = useRef<HTMLDivElement>(null);
  // A new key function per entry list makes the virtualizer recompute row sizes.
  const getItemKey = useCallback((i: number) => {
    const e = entries[i]!;
    return e.kind === 'group' ? `g:${e.group}` : `d:${e.department.name}`;
  }, [entries]);
  const virtual = useVirtualizer({
    count: entries.length,
    getScrollElement: () => listRef.current,
    estimateSize: (i) => (entries[i]?.kind === 'group' ? GROUP_PX : ITEM_PX),
    getItemKey,
    overscan: 10,
    paddingStart: PAD_PX,
    paddingEnd: PAD_PX,
    initialRect: { width: 0, height: LIST_PX },
  });
  // A new search or grouping starts at the top of its list.
  const resetScroll = () => virtual.scrollToOffset(0);
  const regroup = (by: DepartmentGroupBy) => {
    setGroupBy(by);
    resetScroll();
  };

  const toggle = (names: readonly string[], on: boolean) => {
    const next = new Set(chosen);
    for (const n of names) (on ? next.add(n) : next.delete(n));
    onChange(departments.map((d) => d.name).filter((n) => next.has(n)));
  };

  return (
    <fieldset className="filter-group">
      <legend>
        {t('departments')} <span className="hint">{t('selected', { n: selected.length })}</span>
      </legend>
      <input
        type="search"
        aria-label={t('departmentSearch')}
        placeholder={t('departmentSearch')}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          resetScroll();
        }}
      />
      <div className="row">
        <label>
          <input type="radio" name="dept-group" checked={groupBy === 'type'} onChange={() => regroup('type')} />
          {t('departmentType')}
        </label>
        <label>
          <input type="radio" name="dept-group" checked={groupBy === 'region'} onChange={() => regroup('region')} />
          {t('region')}
        </label>
        <button type="button" onClick={() => toggle(names, true)}>{t('selectAll')}</button>
        <button type="button" onClick={() => onChange([])}>{t('selectNone')}</button>
      </div>
      <div ref={listRef} className="dept-list" role="group" aria-label={t('departments')} aria-describedby={countId}>
        <div className="dept-rows" style={{ height: virtual.getTotalSize() }}>
          {virtual.getVirtualItems().map((v) => {
            const e = entries[v.index]!;
            const style = { height: v.size, transform: `translateY(${v.start}px)` };
            if (e.kind === 'group') {
              const label = t('selectGroup', { group: e.group });
              return (
                <label key={v.key} className="dept-row dept-group-head" style={style}>
                  <input type="checkbox" checked={e.names.every((n) => chosen.has(n))} onChange={(ev) => toggle(e.names, ev.target.checked)} aria-label={label} />
                  <span className="dept-name">
                    {label} <span className="hint">({e.names.length})</span>
                  </span>
                </label>
              );
            }
            const name = e.department.name;
            return (
              <label key={v.key} className="dept-row dept-item" style={style}>
                <input type="checkbox" checked={chosen.has(name)} onChange={(ev) => toggle([name], ev.target.checked)} />
                {/* One line per row: a long name is cut with an ellipsis, the tooltip has it whole. */}
                <span className="dept-name" title={name}>{name}</span>
                {demo.has(name) ? <span className="badge demo">{t('demoBadge')}</span> : null}
              </label>
            );
          })}
        </div>
      </div>
      <span id={countId} className="hint" aria-live="polite">
        {t('departmentCount', { n: names.length })}
      </span>
    </fieldset>
  );
}
