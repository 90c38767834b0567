// Indicator picker: searchable, grouped by category, with unit, direction and definition.
import { useId, useMemo, useState } from 'react';
import { SearchBox } from '../../components/ui/search-box';
import type { Catalog } from '../../domain/catalog/catalog';
import { looseKey } from '../../domain/text/normalize-text';
import type { Indicator } from '../../domain/types';
import { useI18n } from '../../i18n/i18n';

interface Props {
  catalog: Catalog;
  /** Indicator ids that have data, with their row counts. */
  available: Map<string, number>;
  value: string;
  onChange: (id: string) => void;
}

export function IndicatorPicker({ catalog, available, value, onChange }: Props) {
  const { t, lang } = useI18n();
  const [query, setQuery] = useState('');
  const id = useId();
  const groups = useMemo(() => {
    const q = looseKey(query);
    const byCat = new Map<string, Indicator[]>();
    for (const indId of available.keys()) {
      const ind = catalog.resolve(indId);
      const label = lang === 'en' ? ind.labelEn : ind.labelZh;
      const hay = looseKey([ind.labelZh, ind.labelEn, ind.id, ...ind.aliases].join(' '));
      if (q && !hay.includes(q) && ind.id !== value) continue;
      const list = byCat.get(ind.category) ?? [];
      list.push({ ...ind, labelZh: lang === 'en' ? label : ind.labelZh });
      byCat.set(ind.category, list);
    }
    const order = new Map(catalog.indicators.map((ind, i) => [ind.id, i]));
    return [...byCat.entries()]
      .sort((a, b) => (order.get(a[1][0]!.id) ?? 1e9) - (order.get(b[1][0]!.id) ?? 1e9))
      .map(([cat, list]) => [cat, list.sort((a, b) => (order.get(a.id) ?? 1e9) - (order.get(b.id) ?? 1e9))] as const);
  }, [available, catalog, query, lang, value]);
  const current = catalog.resolve(value);
  const dirText = { up: lang === 'en' ? 'higher is better' : '越高越好', down: lang === 'en' ? 'lower is better' : '越低越好', neutral: lang === 'en' ? 'neutral' : '中性' };
  const definition = lang === 'en' ? current.definitionEn : current.definitionZh;
  return (
    <fieldset className="filter-group">
      <legend>{t('indicator')}</legend>
      <SearchBox label={t('indicatorSearch')} value={query} onChange={setQuery} />
      <select id={id} aria-label={t('indicator')} value={value} onChange={(e) => onChange(e.target.value)} size={8}>
        {groups.map(([cat, list]) => (
          <optgroup key={cat} label={cat}>
            {list.map((ind) => (
              <option key={ind.id} value={ind.id}>
                {(lang === 'en' ? ind.labelEn : ind.labelZh) + `（${ind.unit || '—'}）`}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <p className="hint">
        {t('unit')}：{current.unit || '—'} · {dirText[current.direction]}
        {definition ? ` · ${definition}` : ''}
      </p>
    </fieldset>
  );
}
