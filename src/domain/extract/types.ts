// Public types of the report extraction engine.
import type { Issue, Observation } from '../types';

/** One extracted value; `rule` names the rule that produced it (count, rate, distribute-jun …). */
export interface ExtractedRow extends Observation {
  rule: string;
}

export interface ExtractOptions {
  /** Department name; wins over the one detected in the text. */
  department?: string;
  /** Report year; wins over the one detected in the text. */
  year?: number;
  /** File name, kept in each row's source. */
  sourceName?: string;
}

/** A number of the report that was not extracted, and why (for review and tests). */
export interface SkippedNumber {
  text: string;
  reason: string;
  /** Offsets into the original text. */
  start: number;
  end: number;
}

export interface ExtractionResult {
  department: string;
  /** The year the report covers; null when neither detected nor given (rows then carry 0). */
  year: number | null;
  rows: ExtractedRow[];
  issues: Issue[];
  normalizedText: string;
  skipped: SkippedNumber[];
}
