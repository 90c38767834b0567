// Indicator picker: searchable, grouped by category, with unit, direction and definition.
import { useId, useMemo, useState } from 'react';
import type { Catalog } from '../../domain/catalog/catalog';
import { looseKey } from '../../domain/text/normalize-text';
import type { Indicator } from '../../domain/types';
import { categoryLabel } from '../../domain/catalog/category-labels';
import { unitLabel } from '../../domain/charts/format';
import { useI18n, type Lang } from '../../i18n/i18n';

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
  const dirText = { up: t('directionUp'), down: t('directionDown'), neutral: t('directionNeutral') };
  const definition = lang === 'en' ? current.definitionEn : current.definitionZh;
  return (
    <fieldset className="filter-group">
      <legend>{t('indicator')}</legend>
      <input
        type="search"
        aria-label={t('indicatorSearch')}
        placeholder={t('indicatorSearch')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <select id={id} aria-label={t('indicator')} value={value} onChange={(e) => onChange(e.target.value)} size={8}>
        {groups.map(([cat, list]) => (
          <optgroup key={cat} label={categoryLabel(cat, lang)}>
            {list.map((ind) => (
              <option key={ind.id} value={ind.id} data-user-text={ind.custom ? '' : undefined}>
                {withUnit(lang === 'en' ? ind.labelEn : ind.labelZh, ind.unit, lang)}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <p className="hint">
        {t('unit')}{t('labelColon')}{current.unit ? unitLabel(current.unit, lang) || current.unit : '—'} · {dirText[current.direction]}
        {definition ? ` · ${definition}` : ''}
      </p>
    </fieldset>
  );
}

/** 「清理规范性文件数（件）」 / "Normative documents cleaned up (items)"; 「（—）」 only when no unit is known. */
function withUnit(label: string, unit: string, lang: Lang): string {
  if (lang === 'zh') return `${label}（${unit || '—'}）`;
  const u = unit ? unitLabel(unit, lang) : '';
  return u ? `${label} (${u})` : label;
}
