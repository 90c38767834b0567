// Core domain vocabulary shared by every layer. Pure types: no runtime code here.
import type { RoundRecord } from './round/round-record';

/** Whether a higher value of an indicator is better, worse, or neither. */
export type Direction = 'up' | 'down' | 'neutral';

export interface Indicator {
  /** Catalog id (snake_case), or `other:<label>` for an uncatalogued indicator. */
  id: string;
  category: string;
  labelZh: string;
  labelEn: string;
  unit: string;
  direction: Direction;
  aliases: string[];
  /** Target line for rankings (e.g. 100 for rates that should be complete). */
  target?: number;
  definitionZh?: string;
  definitionEn?: string;
  /**
   * What the indicator counts, for matching unseen wordings (column `concepts` of indicators.csv):
   * patterns, each of groups joined by `+`, alternatives by `/`; `@group` may stand in the clause
   * before the phrase, `!group` must not stand in the phrase (持证+率, 合格率+@考试/考法).
   */
  concepts?: string[];
  /** True for indicators that are not in the bundled catalog. */
  custom?: boolean;
}

/** Qualifiers a report or CSV may attach to a number. Index 0 = none. */
export const QUALIFIERS = ['', '约', '近', '余', '多', '以上', '不少于', '超过', '逾', '左右'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** Where an observation came from inside its dataset's source. */
export interface SourceRef {
  /** Physical line in the CSV file (1-based), or -1. */
  line: number;
  /** Character offsets of the evidence in the report's original text, or -1. */
  start: number;
  end: number;
  /** The file (report or CSV) inside the dataset the value came from, when known. */
  file?: string;
}

/** One validated value: a department's indicator in one year. */
export interface Observation {
  department: string;
  year: number;
  /** Catalog id, or `other:<indicatorText>` when no catalog indicator fits. */
  indicatorId: string;
  /** What the number counts, in the source's own words (may equal the catalog label). */
  indicatorText: string;
  value: number;
  unit: string;
  qualifier: Qualifier;
  /** Derived values (e.g. a previous year computed from 同比) are marked, never shown as stated. */
  derived: boolean;
  /** The sentence the value came from, verbatim (empty for CSV rows without 原文). */
  evidence: string;
  source: SourceRef;
}

export type DatasetKind = 'sample' | 'imported' | 'simulated' | 'extracted';

export interface DatasetMeta {
  id: string;
  name: string;
  sourceFile: string;
  importedAt: number;
  rowCount: number;
  kind: DatasetKind;
  encoding?: string;
  /** For report extractions: id of the stored original text (see SourceDocument). */
  documentIds?: string[];
}

/** Original text of a report (or a CSV) so that evidence can be shown in place. */
export interface SourceDocument {
  id: string;
  datasetId: string;
  name: string;
  text: string;
  /** The annual round's facts of a received report (filing board 报备审查). */
  round?: RoundRecord;
}

export interface Department {
  name: string;
  region: string;
  type: string;
  aliases: string[];
  /** 须报送: the department must send its annual report (filing board). */
  mustReport?: boolean;
}

export type IssueSeverity = 'error' | 'warning';

/** A problem tied to a place in the input; the message is in Chinese for users. */
export interface Issue {
  code: string;
  severity: IssueSeverity;
  message: string;
  /** Physical line number in the file (1-based) when known. */
  line?: number;
  /** Column header (or 1-based column index as text) when known. */
  column?: string;
}

export type Result<T> = { ok: true; data: T; issues: Issue[] } | { ok: false; issues: Issue[] };
