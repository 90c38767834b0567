// A data-check finding in words: what is wrong, with both sides' numbers. Shared by the
// checks panel and the import preview.
import type { Finding } from '../domain/checks/types';
import type { Translate } from './i18n';
import type { MessageKey } from './messages';
import './messages/checks'; // this feature's strings (i18n/registry.ts)

const num = (x: number | null | undefined) => (x === null || x === undefined ? '—' : String(Math.round(x * 100) / 100));

/** `otherLabel`: the name of the other side's indicator (a relation's total). */
export function findingMessage(f: Finding, otherLabel: string, t: Translate): string {
  const vars = {
    value: num(f.value),
    expected: num(f.expected),
    unit: f.unit,
    year: f.year,
    score: num(f.score),
    otherYear: f.otherYear ?? '',
    other: otherLabel,
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
