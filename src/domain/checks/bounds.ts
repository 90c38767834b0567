// Bounds: a rate within 0–100%, counts never negative. Which rows a rule covers is decided
// once per indicator and unit code, not per row.
import { FLAG_DERIVED } from '../observations/columns';
import type { CheckTable } from './check-table';
import type { FindingSink } from './finding-sink';
import type { CheckRule } from './types';

/** Whether a rule's `left` (`*`, `unit:X`, `text:re` or an id) covers an indicator in a unit. */
function covers(left: string, indicator: string, unit: string): boolean {
  if (left === '*') return true;
  if (left.startsWith('unit:')) return unit === left.slice(5);
  if (left.startsWith('text:')) return new RegExp(left.slice(5)).test(indicator);
  return left === indicator;
}

export function checkBounds(t: CheckTable, rules: readonly CheckRule[], sink: FindingSink): void {
  const bounds = rules.filter((r) => r.kind === 'bounds');
  const exempt = rules.filter((r) => r.kind === 'exempt-upper');
  for (const rule of bounds) {
    const byUnit = t.units.map((u) => (rule.left.startsWith('unit:') ? covers(rule.left, '', u) : true));
    const byInd = t.indicators.map((id) => (rule.left.startsWith('unit:') ? true : covers(rule.left, id, '')));
    // An upper bound does not hold for indicators whose own words say they may exceed it.
    const upperOff = t.indicators.map((id) => exempt.some((e) => covers(e.left, id, '')));
    const lo = rule.min ?? -Infinity;
    const hi = rule.max ?? Infinity;
    for (let i = 0; i < t.length; i++) {
      if (t.flags[i]! & FLAG_DERIVED) continue;
      const ind = t.ind[i]!;
      if (!byUnit[t.unit[i]!] || !byInd[ind]) continue;
      const v = t.value[i]!;
      if (v < lo) sink.add(rule, i, [], lo);
      else if (v > hi && !upperOff[ind]) sink.add(rule, i, [], hi);
    }
  }
}
