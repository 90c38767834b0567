// An observation with the defaults most tests need (unit 件, no qualifier, stated, no evidence,
// line 2); `extra` overrides any field.
import type { Observation } from '../../src/domain/types';

export function observation(
  department: string,
  year: number,
  indicatorId: string,
  value: number,
  extra: Partial<Observation> = {},
): Observation {
  return {
    department,
    year,
    indicatorId,
    indicatorText: indicatorId,
    value,
    unit: '件',
    qualifier: '',
    derived: false,
    evidence: '',
    source: { line: 2, start: -1, end: -1 },
    ...extra,
  };
}
