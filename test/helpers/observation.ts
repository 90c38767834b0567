// Observations as tests need them: `observation` with the defaults most tests need (unit 件,
// no qualifier, stated, no evidence, line 2); `extra` overrides any field. The named builders
// below fix the indicator that several test files share; CUSTOM_INDICATOR is a user's own one.
import type { Indicator, Observation } from '../../src/domain/types';

/** The source of a row made in code: no line, no characters. */
export const NO_SOURCE: Observation['source'] = { line: -1, start: -1, end: -1 };

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

/** 清理规范性文件 (normative_docs_cleaned), the indicator of the backup and pack tests. */
export function docsCleaned(department: string, year: number, value: number, extra: Partial<Observation> = {}): Observation {
  return observation(department, year, 'normative_docs_cleaned', value, { indicatorText: '清理规范性文件', ...extra });
}

/** Petitions (信访) with the given wording, made in code (no source line). */
export function petitions(department: string, year: number, value: number, extra: Partial<Observation> = {}): Observation {
  return observation(department, year, 'petitions', value, { indicatorText: '信访件数', source: NO_SOURCE, ...extra });
}

/** A user's own indicator (目录外), as backups carry them. */
export const CUSTOM_INDICATOR: Indicator = {
  id: 'other:自定义',
  category: '其他',
  labelZh: '自定义',
  labelEn: 'Custom',
  unit: '项',
  direction: 'neutral',
  aliases: [],
  custom: true,
};
