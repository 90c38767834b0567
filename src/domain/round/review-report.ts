// One report's facts for the annual round, from its text and its extraction: department,
// year, signature date, the five parts, the number of figures and of figures to confirm.
// The `review` command and the app build them with this one function.
import type { ExtractionResult } from '../extract';
import { normalizeReport } from '../extract/normalize-report';
import { partsFromNormalized, type ReportParts } from './report-parts';
import { signatureDate } from './signature-date';

export interface RoundFacts {
  department: string;
  year: number | null;
  signedDate: string | null;
  parts: ReportParts;
  figures: number;
  needsConfirmation: number;
}

/** The engine may mark rows whose indicator mapping is uncertain; read it optionally. */
interface MaybeMapped {
  mapping?: { needsConfirmation?: boolean };
}

export function countNeedsConfirmation(rows: readonly MaybeMapped[]): number {
  let n = 0;
  for (const r of rows) if (r.mapping?.needsConfirmation === true) n++;
  return n;
}

export function roundFacts(text: string, result: Pick<ExtractionResult, 'department' | 'year' | 'rows'>): RoundFacts {
  const m = normalizeReport(text);
  return {
    department: result.department,
    year: result.year,
    signedDate: signatureDate(m.text),
    parts: partsFromNormalized(m, result.year),
    figures: result.rows.length,
    needsConfirmation: countNeedsConfirmation(result.rows),
  };
}

/** The `review` command's JSON line: each part is its heading text, or null. */
export function reviewLine(file: string, f: RoundFacts): Record<string, unknown> {
  const parts: Record<string, string | null> = {};
  for (const [k, v] of Object.entries(f.parts)) parts[k] = v?.heading ?? null;
  return {
    file,
    department: f.department,
    year: f.year,
    signed_date: f.signedDate,
    parts,
    figures: f.figures,
    needs_confirmation: f.needsConfirmation,
  };
}
