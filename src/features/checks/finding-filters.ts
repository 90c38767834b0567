// Which findings the panel lists: by severity, department, indicator and whether explained.
import { findingKey, type CheckNotes } from '../../domain/checks/notes';
import type { Finding, Severity } from '../../domain/checks/types';

export interface FindingFilter {
  severity: Severity | '';
  department: string;
  indicator: string;
  status: '' | 'open' | 'explained';
}

export const NO_FILTER: FindingFilter = { severity: '', department: '', indicator: '', status: '' };

export function filterFindings(findings: readonly Finding[], f: FindingFilter, notes: CheckNotes): Finding[] {
  return findings.filter(
    (x) =>
      (!f.severity || x.severity === f.severity) &&
      (!f.department || x.department === f.department) &&
      (!f.indicator || x.indicator === f.indicator) &&
      (!f.status || (f.status === 'explained') === !!notes[findingKey(x)]),
  );
}

/** Errors first, then by department, indicator and year. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
      a.department.localeCompare(b.department, 'zh') ||
      a.indicator.localeCompare(b.indicator) ||
      a.year - b.year,
  );
}
