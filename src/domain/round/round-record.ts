// What the annual round keeps of a received report, stored with its original text
// (SourceDocument.round): identity, dates, parts found and how many figures it gave.
import type { ReportParts } from './report-parts';

export interface RoundRecord {
  /** textHash of the report's text: the same report is never stored twice. */
  hash: string;
  /** Registry name of the reporting department (editable before import). */
  department: string;
  year: number | null;
  /** 落款 date (ISO), when the report ends with one. */
  signedDate: string | null;
  /** When the office received it (ISO date): the day it was added to the app, or typed in. */
  receivedDate: string | null;
  /** Publication on the department's website, from a saved page or typed in. */
  publishedDate: string | null;
  url: string | null;
  parts: ReportParts;
  figures: number;
  needsConfirmation: number;
}
