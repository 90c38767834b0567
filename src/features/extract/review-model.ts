// The editable review state of extracted reports, and turning it into observations.
import type { ExtractedRow, ExtractionResult } from '../../domain/extract';
import { otherIndicatorId, type Catalog } from '../../domain/catalog/catalog';
import type { Observation } from '../../domain/types';
import { confirmedMapping, reviewMapping } from './row-mapping';

export interface ReviewRow extends ExtractedRow {
  key: number;
  /** Rows the user added from a text selection. */
  manual?: boolean;
}

export interface ReportDraft {
  name: string;
  text: string;
  department: string;
  year: number | null;
  rows: ReviewRow[];
  extractMs: number;
}

let nextKey = 1;

/** What a report is called in a dataset name: its department and year, else its file name without extension. */
export function reportTitle(d: Pick<ReportDraft, 'name' | 'department' | 'year'>): string {
  if (d.department) return d.year ? `${d.department} ${d.year}年` : d.department;
  return d.name.replace(/\.(txt|html?|docx|pdf)$/i, '');
}

/** A report's review state; every row carries a mapping (the engine's, or derived from the catalog). */
export function draftFromResult(name: string, text: string, r: ExtractionResult, ms: number, catalog: Catalog): ReportDraft {
  return {
    name,
    text,
    department: r.department,
    year: r.year,
    rows: r.rows.map((row) => ({ ...row, mapping: reviewMapping(catalog, row), key: nextKey++ })),
    extractMs: ms,
  };
}

/** The user's choice of indicator for a row: a catalog id, or '' for 目录外指标 (kept under its own words). */
export function chooseIndicator(catalog: Catalog, row: ReviewRow, id: string): Partial<ReviewRow> {
  return { indicatorId: id, unit: row.unit || catalog.get(id)?.unit || '', mapping: confirmedMapping(row.mapping) };
}

/** Rows still marked 「待确认」. */
export function unconfirmedCount(rows: readonly ReviewRow[]): number {
  return rows.filter((r) => r.mapping?.needsConfirmation).length;
}

/** Sentence around [start, end): from the previous sentence end to the next one. */
function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  const stop = /[。；;！？!?\n]/;
  let s = start;
  while (s > 0 && !stop.test(text[s - 1]!)) s--;
  let e = end;
  while (e < text.length && !stop.test(text[e]!)) e++;
  if (e < text.length && text[e] !== '\n') e++;
  while (s < e && /\s/.test(text[s]!)) s++;
  return { start: s, end: e };
}

/** A row for a number the user selected in the report. */
export function manualRow(draft: ReportDraft, start: number, end: number, value: number): ReviewRow {
  const span = sentenceAround(draft.text, start, end);
  return {
    key: nextKey++,
    manual: true,
    department: draft.department,
    year: draft.year ?? 0,
    indicatorId: '',
    indicatorText: '',
    value,
    unit: '',
    qualifier: '',
    derived: false,
    evidence: draft.text.slice(span.start, span.end),
    source: { line: -1, start: span.start, end: span.end, file: draft.name },
    rule: 'manual',
  };
}

export interface DraftProblem {
  report: string;
  message: string;
}

/** One row of a report changed by the reviewer. */
export function withRowPatch(d: ReportDraft, key: number, patch: Partial<ReviewRow>): ReportDraft {
  return { ...d, rows: d.rows.map((r) => (r.key === key ? { ...r, ...patch } : r)) };
}

/** One row of a report deleted by the reviewer. */
export function withoutRow(d: ReportDraft, key: number): ReportDraft {
  return { ...d, rows: d.rows.filter((r) => r.key !== key) };
}

/** Sets the department or year of a whole report (and of each of its rows). */
export function withReportField(d: ReportDraft, patch: { department?: string; year?: number | null }): ReportDraft {
  const next = { ...d, ...patch };
  return {
    ...next,
    rows: d.rows.map((r) => ({
      ...r,
      department: patch.department !== undefined ? patch.department : r.department,
      year: patch.year !== undefined ? (patch.year ?? 0) : r.year,
    })),
  };
}

/** What must be fixed before import: every row needs a department, a year and an indicator. */
export function draftProblems(drafts: readonly ReportDraft[]): DraftProblem[] {
  const out: DraftProblem[] = [];
  for (const d of drafts) {
    if (d.rows.some((r) => !r.department.trim())) out.push({ report: d.name, message: `报告“${d.name}”未识别出部门，请填写部门名称。` });
    if (d.rows.some((r) => !r.year || r.year < 2000 || r.year > 2100))
      out.push({ report: d.name, message: `报告“${d.name}”未识别出年度，请填写年度。` });
    const missing = d.rows.filter((r) => !r.indicatorId && !r.indicatorText.trim()).length;
    if (missing) out.push({ report: d.name, message: `报告“${d.name}”有 ${missing} 行未填写指标。` });
  }
  return out;
}

export function draftsToObservations(drafts: readonly ReportDraft[]): Observation[] {
  const out: Observation[] = [];
  for (const d of drafts) {
    for (const r of d.rows) {
      const indicatorId = r.indicatorId || otherIndicatorId(r.indicatorText.trim());
      out.push({
        department: r.department.trim(),
        year: r.year,
        indicatorId,
        indicatorText: r.indicatorText || indicatorId,
        value: r.value,
        unit: r.unit,
        qualifier: r.qualifier,
        derived: r.derived,
        evidence: r.evidence,
        source: { line: -1, start: r.source.start, end: r.source.end, file: d.name },
      });
    }
  }
  return out;
}
