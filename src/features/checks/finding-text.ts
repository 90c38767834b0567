// A finding in words: what is wrong, with both sides' numbers (the catalog names the other side).
import type { Catalog } from '../../domain/catalog/catalog';
import { indicatorLabel } from '../../domain/charts/common';
import type { Finding } from '../../domain/checks/types';
import type { Lang, Translate } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';

const num = (x: number | null | undefined) => (x === null || x === undefined ? '—' : String(Math.round(x * 100) / 100));

export function findingText(f: Finding, rightIndicator: string | undefined, catalog: Catalog, t: Translate, lang: Lang): string {
  const vars = {
    value: num(f.value),
    expected: num(f.expected),
    unit: f.unit,
    year: f.year,
    score: num(f.score),
    otherYear: f.otherYear ?? '',
    other: rightIndicator ? indicatorLabel(catalog.resolve(rightIndicator), lang) : '',
  };
  return t(messageKey(f), vars);
}

function messageKey(f: Finding): MessageKey {
  switch (f.kind) {
    case 'bounds':
      return f.expected !== null && f.value > f.expected ? 'rule_bounds_rate' : 'rule_bounds_nonnegative';
    case 'at-most':
      return 'rule_relation';
    case 'outlier-years':
      return 'rule_outlier_years';
    case 'outlier-departments':
      return 'rule_outlier_departments';
    case 'jump':
      return f.value > (f.expected ?? 0) ? 'rule_jump_up' : 'rule_jump_down';
    case 'conflict':
      return 'rule_conflict';
    default:
      return 'rule_yoy';
  }
}
