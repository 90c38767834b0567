// Indicator picker: searchable, grouped by category, with unit, direction and definition.
// Uncatalogued indicators (from extractions) sit in their own group, collapsed by default.
import { useId, useMemo, useState } from 'react';
import { SearchBox } from '../../components/ui/search-box';
import type { Catalog } from '../../domain/catalog/catalog';
import { groupIndicators, groupingValue, indicatorOptionText } from '../../domain/catalog/indicator-groups';
import { categoryLabel } from '../../domain/catalog/category-labels';
import { unitLabel } from '../../domain/charts/format';
import { useI18n } from '../../i18n/i18n';

interface Props {
  catalog: Catalog;
  /** Indicator ids that have data, with their row counts. */
  available: Map<string, number>;
  /** Units stated by the figures of uncatalogued indicators. */
  otherUnits: ReadonlyMap<string, string>;
  value: string;
  onChange: (id: string) => void;
}

export function IndicatorPicker({ catalog, available, otherUnits, value, onChange }: Props) {
  const { t, lang } = useI18n();
  const [query, setQuery] = useState('');
  const [showOther, setShowOther] = useState(false);
  const id = useId();
  // Grouped, and made into options, again only when the list changes: a trend's filter change
  // picks another indicator, and the ~90 options stay as they were.
  const sticky = groupingValue(value, query, showOther);
  const groups = useMemo(
    () => groupIndicators({ available: available.keys(), catalog, query, lang, value: sticky, showOther, otherUnits }),
    [available, catalog, query, lang, sticky, showOther, otherUnits],
  );
  const options = useMemo(
    () => (
      <>
        {groups.catalogued.map(({ category, items }) => (
          <optgroup key={category} label={categoryLabel(category, lang)}>
            {items.map((ind) => (
              <option key={ind.id} value={ind.id}>
                {indicatorOptionText(ind, lang)}
              </option>
            ))}
          </optgroup>
        ))}
        {groups.other.length > 0 && (
          <optgroup label={t('viewsOtherIndicators')}>
            {groups.other.map((ind) => (
              <option key={ind.id} value={ind.id} data-user-text="">
                {indicatorOptionText(ind, lang)}
              </option>
            ))}
          </optgroup>
        )}
      </>
    ),
    [groups, lang, t],
  );
  const current = catalog.resolve(value, otherUnits.get(value) ?? '');
  const dirText = { up: t('directionUp'), down: t('directionDown'), neutral: t('directionNeutral') };
  const definition = lang === 'en' ? current.definitionEn : current.definitionZh;
  return (
    <fieldset className="filter-group">
      <legend>{t('indicator')}</legend>
      <SearchBox label={t('indicatorSearch')} value={query} onChange={setQuery} />
      <select id={id} aria-label={t('indicator')} value={value} onChange={(e) => onChange(e.target.value)} size={8}>
        {options}
      </select>
      {groups.otherCount > 0 && (
        <button type="button" className="link" aria-expanded={showOther} onClick={() => setShowOther((v) => !v)}>
          {showOther ? t('viewsHideOther') : t('viewsShowOther', { n: groups.otherCount })}
        </button>
      )}
      <p className="hint">
        {t('unit')}
        {t('labelColon')}
        {current.unit ? unitLabel(current.unit, lang) || current.unit : '—'} · {dirText[current.direction]}
        {definition ? ` · ${definition}` : ''}
      </p>
    </fieldset>
  );
}
