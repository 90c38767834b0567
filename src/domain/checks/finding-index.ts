// The findings of a table indexed by department, indicator and year, so that every view, export
// and briefing can ask "is this figure flagged, and was it explained?" in constant time.
import type { CheckTable } from './check-table';
import { findingKey, type CheckNotes } from './notes';
import type { Finding, Severity } from './types';

/** How a flagged figure is marked: an open 错误, an open 需核实, or every finding explained (已说明). */
export type MarkStatus = Severity | 'explained';

/** A figure as views and exports know it; views also know its row in the checked table. */
export interface FigureRef {
  department: string;
  indicatorId: string;
  year: number;
  value: number;
  /** Its row in the table the checks ran on (ChartRow.rowId): answers "not flagged" without strings. */
  rowId?: number;
}

export interface MarkedFinding {
  finding: Finding;
  /** The indicator id of a relation's other side (the total), else ''. */
  other: string;
  /** The user's explanation (说明) when they accepted this finding. */
  note: string | null;
}

export interface CheckMark {
  status: MarkStatus;
  /** Errors first, then findings to verify. */
  items: MarkedFinding[];
}

export type MarkLookup = (figure: FigureRef) => CheckMark | null;

interface Entry {
  finding: Finding;
  other: string;
}

type IndexTable = Pick<CheckTable, 'indicators' | 'ind' | 'dept' | 'year'>;

export interface FindingIndex {
  readonly cells: ReadonlyMap<string, readonly Entry[]>;
  readonly size: number;
  /** The numeric keys (codeKey) of the cells with a finding, for a quick "no" by row. */
  readonly codes: ReadonlySet<number>;
  readonly table: IndexTable;
}

const cellKey = (department: string, indicator: string, year: number) => `${department}\u0001${indicator}\u0001${year}`;

/** A row's department × indicator × year cell as a number (years are within 4096 of each other). */
const codeKey = (t: IndexTable, row: number) => (t.dept[row]! * t.indicators.length + t.ind[row]!) * 4096 + (t.year[row]! & 4095);

/** Whether two stated values are the same figure (float noise aside). */
const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** Indexes the findings the checks found over `t` (whose rows they refer to). */
export function indexFindings(findings: readonly Finding[], t: IndexTable): FindingIndex {
  const cells = new Map<string, Entry[]>();
  const codes = new Set<number>();
  for (const f of findings) {
    codes.add(codeKey(t, f.rows[0]!));
    const otherRow = f.kind === 'at-most' ? f.rows[1] : undefined;
    const entry = { finding: f, other: otherRow === undefined ? '' : (t.indicators[t.ind[otherRow]!] ?? '') };
    const k = cellKey(f.department, f.indicator, f.year);
    const list = cells.get(k);
    if (list) list.push(entry);
    else cells.set(k, [entry]);
  }
  return { cells, size: findings.length, codes, table: t };
}

/**
 * The findings about one figure: those of its value, and a conflict between datasets whichever
 * side is shown (both values are in doubt). A figure of another value in the same cell (another
 * dataset's, a 同比-derived one) is not what a bound or an outlier was found on.
 */
function entriesFor(index: FindingIndex, f: FigureRef): Entry[] {
  // Most figures are not flagged: a row's numeric cell key says so without building a string.
  if (f.rowId !== undefined && !index.codes.has(codeKey(index.table, f.rowId))) return [];
  const list = index.cells.get(cellKey(f.department, f.indicatorId, f.year));
  if (!list) return [];
  return list.filter((e) => e.finding.kind === 'conflict' || same(e.finding.value, f.value));
}

/** A figure's mark: its findings with their explanations, or null when nothing was found. */
export function checkMark(index: FindingIndex, notes: CheckNotes, f: FigureRef): CheckMark | null {
  const entries = entriesFor(index, f);
  if (!entries.length) return null;
  const items = entries
    .map((e) => ({ finding: e.finding, other: e.other, note: notes[findingKey(e.finding)]?.note ?? null }))
    .sort((a, b) => severityRank(a.finding.severity) - severityRank(b.finding.severity));
  const open = items.filter((i) => i.note === null);
  const status: MarkStatus = !open.length ? 'explained' : open.some((i) => i.finding.severity === 'error') ? 'error' : 'warning';
  return { status, items };
}

const severityRank = (s: Severity) => (s === 'error' ? 0 : 1);

/** A lookup over the index with the current explanations. */
export function markLookup(index: FindingIndex, notes: CheckNotes): MarkLookup {
  if (!index.size) return () => null;
  return (f) => checkMark(index, notes, f);
}
