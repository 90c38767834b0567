// The findings of a table indexed by department, indicator and year, so that every view, export
// and briefing can ask "is this figure flagged, and was it explained?" in constant time.
import { cellCode, rowCellCode } from './cell-code';
import { CodeFilter } from './code-filter';
import type { CheckTable } from './check-table';
import { dictionaryIndex } from '../observations/select-rows';
import { findingAt } from './finding-sink';
import { findingKey, type CheckNotes } from './notes';
import type { Finding, Severity, UnlistedFindings } from './types';
import { runSteps, runStepsSliced, SLICE_MS, type Steps } from '../steps';

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

type IndexTable = Pick<CheckTable, 'departments' | 'indicators' | 'units' | 'dept' | 'ind' | 'year' | 'value' | 'unit'>;

export interface FindingIndex {
  readonly cells: ReadonlyMap<string, readonly Entry[]>;
  /** Listed and unlisted findings. */
  readonly size: number;
  /** The numeric keys (cell-code.ts) of the cells with a listed finding. */
  readonly codes: ReadonlySet<number>;
  /**
   * Every flagged cell's key, listed or not, as bits: a quick "no" by row in one read, where a
   * search of the unlisted cells took a dozen steps, thousands of times per filter change.
   */
  readonly flagged: CodeFilter;
  readonly unlisted: UnlistedFindings | undefined;
  readonly table: IndexTable;
}

const cellKey = (department: string, indicator: string, year: number) => `${department}\u0001${indicator}\u0001${year}`;

/** Whether two stated values are the same figure (float noise aside). */
const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

function entryOf(t: IndexTable, f: Finding): Entry {
  const otherRow = f.kind === 'at-most' ? f.rows[1] : undefined;
  return { finding: f, other: otherRow === undefined ? '' : (t.indicators[t.ind[otherRow]!] ?? '') };
}

/**
 * Indexes the findings the checks found over `t` (whose rows they refer to): the listed ones by
 * name, the unlisted ones as they come (sorted by cell, off the page).
 */
export function indexFindings(findings: readonly Finding[], t: IndexTable, unlisted?: UnlistedFindings): FindingIndex {
  return runSteps(indexSteps(findings, t, unlisted));
}

/**
 * indexFindings in slices of a few ms, awaiting `pause()` between them: on the page, where at 1M
 * (8,000 listed findings, 85,000 unlisted) it was one task of 70–110 ms at 0.6 cores.
 */
export async function indexFindingsSliced(
  findings: readonly Finding[],
  t: IndexTable,
  unlisted: UnlistedFindings | undefined,
  pause: () => Promise<void>,
  sliceMs = SLICE_MS,
): Promise<FindingIndex> {
  return (await runStepsSliced(indexSteps(findings, t, unlisted), pause, sliceMs)).value;
}

/** Findings or unlisted cells indexed between two steps. */
const PER_STEP = 1024;

function* indexSteps(findings: readonly Finding[], t: IndexTable, unlisted: UnlistedFindings | undefined): Steps<FindingIndex> {
  const cells = new Map<string, Entry[]>();
  const codes = new Set<number>();
  const flagged = new CodeFilter();
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!;
    const code = rowCellCode(t, f.rows[0]!);
    codes.add(code);
    flagged.add(code);
    const k = cellKey(f.department, f.indicator, f.year);
    const list = cells.get(k);
    if (list) list.push(entryOf(t, f));
    else cells.set(k, [entryOf(t, f)]);
    if ((i + 1) % PER_STEP === 0) yield;
  }
  const more = unlisted?.cell ?? [];
  for (let i = 0; i < more.length; i++) {
    flagged.add(more[i]!);
    if ((i + 1) % (PER_STEP * 8) === 0) yield;
  }
  return { cells, size: findings.length + (unlisted?.row.length ?? 0), codes, flagged, unlisted, table: t };
}

/** Where the unlisted findings of a cell start (in `unlisted`, sorted by cell), or -1 with none. */
function firstUnlisted(index: FindingIndex, code: number): number {
  const codes = index.unlisted?.cell;
  if (!codes) return -1;
  let lo = 0;
  let hi = codes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (codes[mid]! < code) lo = mid + 1;
    else hi = mid;
  }
  return lo < codes.length && codes[lo] === code ? lo : -1;
}

/** Positions (in `unlisted`) of the unlisted findings in a cell, from the first (`firstUnlisted`, ≥ 0). */
function unlistedFrom(index: FindingIndex, code: number, start: number): number[] {
  const codes = index.unlisted!.cell;
  const out: number[] = [];
  for (let i = start; i < codes.length && codes[i] === code; i++) out.push(i);
  return out;
}

/**
 * Whether the figure in a row of the checked table may be flagged: false means it has no
 * finding (the quick "no" of `checkMark`, without building the row).
 */
export function mayBeFlagged(index: FindingIndex, rowId: number): boolean {
  const code = rowCellCode(index.table, rowId);
  return index.flagged.mayHave(code) && (index.codes.has(code) || firstUnlisted(index, code) >= 0);
}

/** An unlisted finding as a finding (made when its figure is looked at). */
function unlistedEntry(index: FindingIndex, k: number): Entry {
  const u = index.unlisted!;
  const t = index.table;
  const row = u.row[k]!;
  const rule = u.rules[u.rule[k]!]!;
  const other = u.other[k]!;
  const score = u.score[k]!;
  const otherYear = u.otherYear[k]!;
  const expected = Number.isNaN(u.expected[k]) ? null : u.expected[k]!;
  const finding = findingAt(t, rule, row, other >= 0 ? [other] : [], expected, {
    ...(Number.isNaN(score) ? {} : { score }),
    ...(otherYear >= 0 ? { otherYear } : {}),
  });
  return entryOf(t, finding);
}

/** The cell of a figure named without its row (exports), through the table's dictionaries. */
function codeOfNames(index: FindingIndex, f: FigureRef): number | null {
  const t = index.table;
  const dept = dictionaryIndex(t.departments).get(f.department);
  const ind = dictionaryIndex(t.indicators).get(f.indicatorId);
  return dept === undefined || ind === undefined ? null : cellCode(t, dept, ind, f.year);
}

/**
 * The findings about one figure: those of its value, and a conflict between datasets whichever
 * side is shown (both values are in doubt). A figure of another value in the same cell (another
 * dataset's, a 同比-derived one) is not what a bound or an outlier was found on.
 */
function entriesFor(index: FindingIndex, f: FigureRef): Entry[] {
  // Most figures are not flagged: a row's numeric cell key says so without building a string.
  const code = f.rowId !== undefined ? rowCellCode(index.table, f.rowId) : codeOfNames(index, f);
  if (code === null) return [];
  if (!index.flagged.mayHave(code)) return [];
  const start = firstUnlisted(index, code);
  if (start < 0 && !index.codes.has(code)) return [];
  const more = start < 0 ? [] : unlistedFrom(index, code, start);
  const listed = index.cells.get(cellKey(f.department, f.indicatorId, f.year)) ?? [];
  const unlisted = more.map((k) => unlistedEntry(index, k));
  return [...listed, ...unlisted].filter((e) => e.finding.kind === 'conflict' || same(e.finding.value, f.value));
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
