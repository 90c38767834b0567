// Public types of the report extraction engine.
import type { Issue, Observation } from '../types';

export interface IndicatorCandidate {
  /** Catalog id. */
  id: string;
  /** 0..1 */
  score: number;
}

export interface IndicatorMapping {
  /** 0..1: confidence in the row's indicatorId (for an uncatalogued `other:` row: confidence that no catalog indicator fits). */
  score: number;
  /** The best catalog candidates, best first, at most 3 (may include the chosen id). */
  candidates: IndicatorCandidate[];
  /** Below the threshold: the review table marks the row 「待确认」. */
  needsConfirmation: boolean;
}

/** One extracted value; `rule` names the rule that produced it (count, rate, distribute-jun …). */
export interface ExtractedRow extends Observation {
  rule: string;
  mapping?: IndicatorMapping;
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
