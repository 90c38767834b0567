// What the row checks and the finishing step see of an import session. They take these
// interfaces rather than ImportSession itself, so that import-session.ts imports
// row-fields.ts and finish-import.ts and neither imports it back.
import type { ColumnPlan } from './column-plan';
import type { Delimiter } from './delimiter';
import type { DepartmentCollector } from './department-collector';
import type { FieldResolver, Note } from './field-resolver';
import type { ImportOptions, RejectedRow, SkippedCell } from './import-types';
import type { IssueLog } from './issues';
import type { ObservationSink } from './observation-sink';
import type { CsvRowReader } from './row-reader';

export interface SessionFacts {
  dataRows: number;
  duplicates: number;
  summaryLines: number[];
  footerLines: number[];
  titleLines: number[];
  /** Indicators stored as `other:` because only 指标原文 was usable. */
  customIndicators: Set<string>;
  /** 「份→件」 → indicator label. */
  unitSynonyms: Map<string, string>;
  /** Empty cells of a wide file, counted; the first few kept for the preview. */
  skippedCells: number;
  skippedShown: SkippedCell[];
}

/** How many skipped cells the preview lists by line and column. */
export const SKIPPED_CELLS_SHOWN = 5;

/** What RowFields reads of the session while it checks one row. */
export interface RowSession {
  readonly delimiter: Delimiter;
  readonly plan: ColumnPlan | null;
  readonly tok: Pick<CsvRowReader, 'rowLine' | 'quoteProblem'>;
  readonly facts: SessionFacts;
  /** The column's name for messages: its header, or 「第 N 列」. */
  label(col: number): string;
  cellLine(col: number): number;
  notes(notes: readonly Note[], line: number, column?: string): void;
  /** A wide file's empty or 「-」 cell: counted and listed in the preview, never stored as 0. */
  skipCell(col: number, text: string): void;
}

/** What finishImport reads of the session after the last row. */
export interface FinishedSession {
  readonly text: string;
  readonly opts: ImportOptions;
  readonly encoding: string;
  /** Set by finishImport when the file has no data rows. */
  fatal: boolean;
  readonly delimiter: Delimiter;
  readonly plan: ColumnPlan | null;
  readonly log: IssueLog;
  readonly facts: SessionFacts;
  readonly sink: ObservationSink;
  readonly resolver: FieldResolver;
  readonly departments: DepartmentCollector;
  readonly rejected: RejectedRow[];
  /** First rows of conflicting pairs, rejected after the fact (cells re-read at the end). */
  readonly deferred: readonly { line: number; rowStart: number; reason: string }[];
}
