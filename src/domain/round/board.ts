// The filing board (报备审查) of one year: every department that must report, and every
// department that sent a report, with what arrived, when, and what it contains.
import type { Department } from '../types';
import { publishTimeliness, submitTimeliness, type RoundDeadlines, type Timeliness } from './deadlines';
import { DepartmentMatcher } from './match-department';
import { missingParts, type PartKey } from './report-parts';
import type { RoundRecord } from './round-record';

export interface BoardReport {
  documentId: string;
  datasetId: string;
  file: string;
  round: RoundRecord;
}

export interface BoardRow {
  department: string;
  mustReport: boolean;
  /** The latest report received for the year, if any. */
  report: BoardReport | null;
  /** Earlier reports of the same department and year (superseded by `report`). */
  others: number;
  submit: Timeliness;
  publish: Timeliness;
  /** Required parts (①–④) the report lacks; empty without a report. */
  missing: PartKey[];
}

export interface BoardSummary {
  /** 应报: departments that must report. */
  due: number;
  /** 已报: of those, the ones that sent a report. */
  received: number;
  /** 逾期: reports sent (or signed) after the deadline. */
  late: number;
  /** 缺少必备内容: reports missing one of ①–④. */
  incomplete: number;
  /** Reports from departments not marked 须报送: counted as late or incomplete, not as 已报. */
  unlisted: number;
}

export interface Board {
  year: number;
  rows: BoardRow[];
  summary: BoardSummary;
}

/** Years with a received report, newest first. */
export function boardYears(reports: readonly BoardReport[]): number[] {
  const years = new Set<number>();
  for (const r of reports) if (r.round.year !== null) years.add(r.round.year);
  return [...years].sort((a, b) => b - a);
}

function newer(a: BoardReport, b: BoardReport): boolean {
  return (
    (a.round.receivedDate ?? '') > (b.round.receivedDate ?? '') ||
    ((a.round.receivedDate ?? '') === (b.round.receivedDate ?? '') && a.documentId > b.documentId)
  );
}

export function buildBoard(
  registry: readonly Department[],
  reports: readonly BoardReport[],
  year: number,
  deadlines: RoundDeadlines,
): Board {
  const matcher = new DepartmentMatcher(registry);
  const byDept = new Map<string, BoardReport[]>();
  for (const r of reports) {
    if (r.round.year !== year) continue;
    // Names are matched again: the registry may have learnt an alias since the import.
    const name = matcher.match(r.round.department).name;
    byDept.set(name, [...(byDept.get(name) ?? []), r]);
  }
  const due = registry.filter((d) => d.mustReport).map((d) => d.name);
  const names = [...new Set([...due, ...byDept.keys()])];
  const dueSet = new Set(due);
  const rows = names.map((department): BoardRow => {
    const list = byDept.get(department) ?? [];
    const report = list.reduce<BoardReport | null>((best, r) => (!best || newer(r, best) ? r : best), null);
    const f = report?.round;
    return {
      department,
      mustReport: dueSet.has(department),
      report,
      others: Math.max(0, list.length - 1),
      submit: f ? submitTimeliness(year, f.receivedDate, f.signedDate, deadlines) : 'unknown',
      publish: f ? publishTimeliness(year, f.publishedDate, deadlines) : 'unknown',
      missing: f ? missingParts(f.parts) : [],
    };
  });
  const summary: BoardSummary = {
    due: due.length,
    received: rows.filter((r) => r.mustReport && r.report).length,
    late: rows.filter((r) => r.report && r.submit === 'late').length,
    incomplete: rows.filter((r) => r.missing.length > 0).length,
    unlisted: rows.filter((r) => !r.mustReport && r.report).length,
  };
  return { year, rows, summary };
}

export type BoardFilter = 'all' | 'missing-report' | 'late' | 'incomplete' | 'received';
export type BoardSort = 'department' | 'received' | 'signed' | 'figures' | 'status';

export function filterBoard(rows: readonly BoardRow[], filter: BoardFilter, query = ''): BoardRow[] {
  const q = query.trim();
  return rows.filter((r) => {
    if (q && !r.department.includes(q) && !(r.report?.file.includes(q) ?? false)) return false;
    if (filter === 'missing-report') return r.mustReport && !r.report;
    if (filter === 'late') return r.report !== null && (r.submit === 'late' || r.publish === 'late');
    if (filter === 'incomplete') return r.missing.length > 0;
    if (filter === 'received') return r.report !== null;
    return true;
  });
}

/** Worst first: no report, late, incomplete, then complete and on time. */
function statusRank(r: BoardRow): number {
  if (!r.report) return 0;
  if (r.submit === 'late') return 1;
  if (r.missing.length) return 2;
  return 3;
}

const collator = new Intl.Collator('zh-CN');

export function sortBoard(rows: readonly BoardRow[], by: BoardSort, descending = false): BoardRow[] {
  const key = (r: BoardRow): string | number => {
    switch (by) {
      case 'received':
        return r.report?.round.receivedDate ?? '';
      case 'signed':
        return r.report?.round.signedDate ?? '';
      case 'figures':
        return r.report ? r.report.round.figures : -1;
      case 'status':
        return statusRank(r);
      default:
        return r.department;
    }
  };
  const out = [...rows].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return c || collator.compare(a.department, b.department);
  });
  return descending ? out.reverse() : out;
}
