// CSV writing for every export of the app: UTF-8 with BOM (Excel zh-CN needs it), CRLF,
// RFC 4180 quoting, numbers as numbers, and text that Excel or WPS would run as a formula
// (= + - @ TAB CR LF at the start) neutralised with a leading `'` (OWASP). The importer
// removes exactly that `'` again, so our own export re-imports identically.
import { FLAG_DERIVED, qualifierOf, type ObservationColumns } from '../observations/columns';
import { dictValues } from '../observations/string-dict';
import type { Observation } from '../types';
import { neutralizeFormula } from './text-cells';

export const CSV_BOM = '\uFEFF';
export const CRLF = '\r\n';

/** Header of exported observations (also printed by `npm run extract`, without `derived`). */
export const OBSERVATION_HEADER = [
  'department',
  'year',
  'indicator',
  'indicator_text',
  'value',
  'unit',
  'qualifier',
  'evidence',
  'source',
  'derived',
] as const;

export type CsvValue = string | number | boolean | null | undefined;

export interface CsvWriteOptions {
  /** Start with a UTF-8 BOM (default true). */
  bom?: boolean;
  /** Rows joined per yielded part in the streaming writers (default 5,000). */
  rowsPerPart?: number;
  /** Columns after the observation's (the data checks' 核查 columns). */
  extra?: ExtraColumns<Observation>;
}

/** Columns an export adds after its own: their header and each row's cells. */
export interface ExtraColumns<Row> {
  header: readonly string[];
  cells: (row: Row) => CsvValue[];
}

const NEEDS_QUOTES = /[",\r\n;\t]|^\s|\s$/;

/** One text cell: neutralised when it starts like a formula, quoted when needed. */
export function csvText(s: string): string {
  const t = neutralizeFormula(s);
  if (!NEEDS_QUOTES.test(t)) return t;
  return '"' + t.replace(/"/g, '""') + '"';
}

/** One number cell, unquoted; -0 is written 0, non-finite numbers as an empty cell. */
export function csvNumber(n: number): string {
  if (!Number.isFinite(n)) return '';
  return String(n === 0 ? 0 : n);
}

export function csvCell(v: CsvValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return csvNumber(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return csvText(v);
}

export function csvRow(cells: readonly CsvValue[]): string {
  let s = '';
  for (let i = 0; i < cells.length; i++) s += (i ? ',' : '') + csvCell(cells[i]);
  return s + CRLF;
}

/** A whole table as one string (small exports). */
export function toCsv(rows: readonly (readonly CsvValue[])[], opts: CsvWriteOptions = {}): string {
  let s = opts.bom === false ? '' : CSV_BOM;
  for (const r of rows) s += csvRow(r);
  return s;
}

export function observationRow(o: Observation): CsvValue[] {
  return [o.department, o.year, o.indicatorId, o.indicatorText, o.value, o.unit, o.qualifier, o.evidence, o.source.file ?? '', o.derived];
}

/** Exported observations as string parts (for `new Blob(parts)`): no giant concatenation. */
export function* observationsToCsvParts(rows: Iterable<Observation>, opts: CsvWriteOptions = {}): Generator<string> {
  const per = opts.rowsPerPart ?? 5000;
  const extra = opts.extra;
  let part = (opts.bom === false ? '' : CSV_BOM) + csvRow(extra ? [...OBSERVATION_HEADER, ...extra.header] : OBSERVATION_HEADER);
  let n = 0;
  for (const o of rows) {
    part += csvRow(extra ? [...observationRow(o), ...extra.cells(o)] : observationRow(o));
    if (++n % per === 0) {
      yield part;
      part = '';
    }
  }
  if (part) yield part;
}

/** The same from columns, without making an object per row (1M rows). */
export function* columnsToCsvParts(c: ObservationColumns, opts: CsvWriteOptions = {}): Generator<string> {
  const per = opts.rowsPerPart ?? 5000;
  const n = c.numeric;
  const t = c.text;
  const depts = n.departments.map(csvText);
  const inds = n.indicators.map(csvText);
  const units = n.units.map(csvText);
  const texts = dictValues(t.indicatorTexts).map(csvText);
  const evidences = dictValues(t.evidences);
  const files = dictValues(t.files).map(csvText);
  let part = (opts.bom === false ? '' : CSV_BOM) + csvRow(OBSERVATION_HEADER);
  for (let i = 0; i < n.length; i++) {
    part +=
      depts[n.dept[i]!] +
      ',' +
      n.year[i] +
      ',' +
      inds[n.ind[i]!] +
      ',' +
      texts[t.text[i]!] +
      ',' +
      csvNumber(n.value[i]!) +
      ',' +
      units[n.unit[i]!] +
      ',' +
      qualifierOf(n.qual[i]!) +
      ',' +
      csvText(evidences[t.ev[i]!]!) +
      ',' +
      files[t.file[i]!] +
      ',' +
      ((n.flags[i]! & FLAG_DERIVED) !== 0 ? 'true' : 'false') +
      CRLF;
    if ((i + 1) % per === 0) {
      yield part;
      part = '';
    }
  }
  if (part) yield part;
}

/** Exported observations as one string, BOM first. */
export function observationsToCsv(rows: Iterable<Observation>, opts: CsvWriteOptions = {}): string {
  return [...observationsToCsvParts(rows, opts)].join('');
}
