// A searchable, grouped indicator picker (ARIA combobox with a listbox): type 「出庭」 and
// the list shows 负责人出庭应诉率 under its category; arrows move, Enter chooses, Esc
// closes the list (and not the dialog around it). The first option is always 「目录外指标」.
import { useEffect, useId, useMemo, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { Catalog } from '../../domain/catalog/catalog';
import { indicatorLabel } from '../../domain/charts/common';
import { searchIndicators } from '../../domain/indicator-search';
import { useI18n } from '../../i18n/i18n';
import '../../i18n/messages/review'; // this feature's strings (i18n/registry.ts)

interface Props {
  /** The box's element id (so that a caller can move focus to it). */
  id?: string;
  catalog: Catalog;
  /** The chosen catalog id, or '' / an `other:` id for 目录外指标. */
  value: string;
  /** The accessible name of the box (e.g. 「指标 3」). */
  label: string;
  onChange: (id: string) => void;
}

interface Option {
  id: string;
  label: string;
  group: string;
}

export function IndicatorPicker({ id, catalog, value, label, onChange }: Props) {
  const { t, lang } = useI18n();
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const chosen = catalog.get(value);
  const shown = chosen ? indicatorLabel(chosen, lang) : t('reviewOutOfCatalog');

  const groups = useMemo(
    () =>
      open
        ? searchIndicators(
            catalog.indicators.filter((i) => !i.custom),
            query,
          )
        : [],
    [open, catalog, query],
  );
  const options = useMemo<Option[]>(() => {
    if (!open) return [];
    const out: Option[] = [{ id: '', label: t('reviewOutOfCatalog'), group: '' }];
    for (const g of groups) for (const ind of g.indicators) out.push({ id: ind.id, label: indicatorLabel(ind, lang), group: g.category });
    return out;
  }, [open, groups, t, lang]);
  // With a query, the first match is active (Enter takes it); without one, the current value.
  const firstActive = (q: string, list: Option[]) =>
    q
      ? Math.min(1, list.length - 1)
      : Math.max(
          0,
          list.findIndex((o) => o.id === (chosen ? value : '')),
        );

  const close = () => {
    setOpen(false);
    setQuery('');
  };
  const choose = (o: Option | undefined) => {
    if (!o) return;
    close();
    // Choosing the current indicator again confirms it (a 「待确认」 row is then settled).
    onChange(o.id);
  };
  const openList = () => {
    if (open) return;
    setOpen(true);
    setActive(-1);
  };
  const activeIndex = active < 0 ? firstActive(query, options) : Math.min(active, options.length - 1);
  useEffect(() => {
    if (open) document.getElementById(`${listId}-${activeIndex}`)?.scrollIntoView({ block: 'nearest' });
  }, [open, listId, activeIndex]);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) return openList();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + options.length) % options.length);
    } else if (e.key === 'Enter' && open) {
      e.preventDefault();
      choose(options[activeIndex]);
    } else if (e.key === 'Escape' && open) {
      // The list closes; the dialog stays open.
      e.stopPropagation();
      close();
    }
  };

  const optionProps = (o: Option, i: number) => ({
    id: `${listId}-${i}`,
    role: 'option',
    'aria-selected': i === activeIndex,
    className: i === activeIndex ? 'active' : undefined,
    // mousedown, not click: the input's blur would close the list first.
    onMouseDown: (e: MouseEvent) => {
      e.preventDefault();
      choose(o);
    },
  });
  // Options are numbered in list order across groups (ids for aria-activedescendant).
  const byGroup = groups.map((g) => ({
    category: g.category,
    options: options.map((o, i) => ({ o, i })).filter(({ o }) => o.group === g.category),
  }));

  return (
    <div className="picker">
      <input
        id={id}
        role="combobox"
        aria-label={label}
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        aria-autocomplete="list"
        aria-activedescendant={open && options[activeIndex] ? `${listId}-${activeIndex}` : undefined}
        placeholder={t('reviewPickerPlaceholder')}
        value={open ? query : shown}
        title={shown}
        onFocus={(e) => e.target.select()}
        onClick={openList}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={close}
      />
      {open && (
        // Pressing inside the list (its scrollbar too) must not take focus from the box.
        <ul
          role="listbox"
          id={listId}
          aria-label={t('reviewPickerList', { label })}
          className="picker-list"
          onMouseDown={(e) => e.preventDefault()}
        >
          <li {...optionProps(options[0]!, 0)}>{options[0]!.label}</li>
          {byGroup.map((g) => (
            <li key={g.category} role="group" aria-label={g.category}>
              <span className="picker-group" aria-hidden="true">
                {g.category}
              </span>
              <ul role="presentation">
                {g.options.map(({ o, i }) => (
                  <li key={o.id} {...optionProps(o, i)}>
                    {o.label}
                  </li>
                ))}
              </ul>
            </li>
          ))}
          {options.length === 1 && (
            <li role="presentation" className="hint">
              {t('reviewPickerNoMatch')}
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
