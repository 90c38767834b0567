// The department picker's checkbox list, virtualised: with thousands of departments, one
// checkbox each made every commit of the filter panel a long layout; only the rows in
// view (plus overscan) are in the DOM. Loaded lazily by department-picker.tsx.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef } from 'react';
import type { DepartmentEntry } from '../../domain/departments/department-entries';
import { useI18n } from '../../i18n/i18n';

interface Props {
  entries: readonly DepartmentEntry[];
  chosen: ReadonlySet<string>;
  demo: ReadonlySet<string>;
  toggle: (names: readonly string[], on: boolean) => void;
  /** Id of the element that counts the departments listed. */
  describedBy: string;
  /** When it changes (a new search or grouping), the list scrolls back to its top. */
  scrollKey: string;
}

// Fixed row heights (one 21px line; a header has 4px space above), so no row is measured.
const ITEM_PX = 21;
const GROUP_PX = 25;
const PAD_PX = 4;
/** The list's max-height in CSS: the first render shows this much before anything is measured. */
const LIST_PX = 260;

export default function DepartmentList({ entries, chosen, demo, toggle, describedBy, scrollKey }: Props) {
  const { t } = useI18n();
  const listRef = useRef<HTMLDivElement>(null);
  // A new key function per entry list makes the virtualizer recompute row sizes.
  const getItemKey = useCallback(
    (i: number) => {
      const e = entries[i]!;
      return e.kind === 'group' ? `g:${e.group}` : `d:${e.department.name}`;
    },
    [entries],
  );
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
  // On mount the list is at its top already, so this only moves it on a later change.
  useEffect(() => {
    virtual.scrollToOffset(0);
  }, [scrollKey, virtual]);

  return (
    <div ref={listRef} className="dept-list" role="group" aria-label={t('departments')} aria-describedby={describedBy}>
      <div className="dept-rows" style={{ height: virtual.getTotalSize() }}>
        {virtual.getVirtualItems().map((v) => {
          const e = entries[v.index]!;
          const style = { height: v.size, transform: `translateY(${v.start}px)` };
          if (e.kind === 'group') {
            // Departments whose type or region the name does not tell (「澧浦镇」) share one named group.
            const label = e.unclassified ? t('deptGroupUnknown') : t('selectGroup', { group: e.group });
            return (
              <label key={v.key} className="dept-row dept-group-head" style={style}>
                <input
                  type="checkbox"
                  checked={e.names.every((n) => chosen.has(n))}
                  onChange={(ev) => toggle(e.names, ev.target.checked)}
                  aria-label={label}
                />
                <span className="dept-name" data-user-text={e.group}>
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
              <span className="dept-name" title={name} data-user-text="">
                {name}
              </span>
              {demo.has(name) ? <span className="badge demo">{t('demoBadge')}</span> : null}
            </label>
          );
        })}
      </div>
    </div>
  );
}
