// A parsed number checked against its indicator: unit written after the number, the
// 万 multiplier, rates within 0–100, whole non-negative counts.
import { preview } from './issues';
import type { ValueResult } from './parse-value';
import { isIntegerUnit, isKnownUnit, isPercentUnit, normalizeUnit, unitClassOf, unitsCompatible } from './units';
import type { Note } from './field-resolver';

export interface CheckedValue {
  value: number;
  unit: string;
  notes: Note[];
}

export type ValueCheck = { kind: 'ok'; checked: CheckedValue } | { kind: 'error'; code: string; text: string };

/**
 * `unit` is the row's unit so far: the catalog unit for catalog indicators, the written
 * unit (possibly '') for custom ones. `catalog` tells whether it is binding.
 */
export function checkValue(v: ValueResult & { kind: 'ok' }, raw: string, unit: string, catalog: boolean, label: string): ValueCheck {
  const notes: Note[] = [];
  let value = v.value;
  if (v.suffix) {
    const sfx = normalizeUnit(v.suffix);
    const rest = sfx.startsWith('万') ? sfx.slice(1) : '';
    const scalable = v.scaled !== undefined && sfx.startsWith('万') && !unit.startsWith('万') && !isKnownUnit(sfx);
    if (unit && unitsCompatible(sfx, unit)) {
      // 「12次」 for an indicator counted in 次.
    } else if (scalable && (rest === '' || !unit || unitsCompatible(rest, unit))) {
      value = v.scaled!;
      if (!unit && rest) unit = rest;
      notes.push({ code: 'W_NORMALIZED', text: `「${preview(raw, 20)}」已按 ${value} 读取（「万」已换算）。` });
    } else if (!unit && !catalog) {
      unit = sfx;
    } else {
      return {
        kind: 'error',
        code: 'E_UNIT_MISMATCH',
        text: `数值「${preview(raw, 20)}」的单位「${sfx}」与${catalog ? `指标「${label}」的单位「${unit}」` : `单位列的「${unit}」`}不一致。`,
      };
    }
  }
  if (v.normalized && !notes.length) notes.push({ code: 'W_NORMALIZED', text: `「${preview(raw, 20)}」已按 ${value} 读取。` });

  const known = catalog || unitClassOf(unit) !== undefined;
  if (isPercentUnit(unit)) {
    if (value < 0 || value > 100) {
      if (catalog) return { kind: 'error', code: 'E_RATE_OUT_OF_RANGE', text: `比率「${preview(raw, 20)}」不在 0–100 之间。` };
      notes.push({ code: 'W_RATE_RANGE', text: `比率「${preview(raw, 20)}」不在 0–100 之间，请核对。` });
    } else if (value > 0 && value < 1 && v.suffix !== '%' && !v.suffix.endsWith('%')) {
      notes.push({
        code: 'W_RATE_SCALE_SUSPECT',
        text: `比率「${preview(raw, 20)}」小于 1，可能是小数形式（${value} 应为 ${Number((value * 100).toPrecision(12))}%？），请核对；已按 ${value}% 保存。`,
      });
    }
  } else if (known && value < 0) {
    return { kind: 'error', code: 'E_VALUE_NEGATIVE', text: `「${label}」不能为负数（「${preview(raw, 20)}」）。` };
  }
  if (isIntegerUnit(unit) && !Number.isInteger(value)) {
    return { kind: 'error', code: 'E_VALUE_NOT_INTEGER', text: `「${label}」以「${unit}」计，应为整数，「${preview(raw, 20)}」不是整数。` };
  }
  return { kind: 'ok', checked: { value, unit, notes } };
}
