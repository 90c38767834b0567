// The dev set's format (test/fixtures/dev): each report starts with `source:`, `department:` and
// `year:` header lines and a blank line; its gold CSV has indicator_text,indicator,value,unit,evidence
// with `evidence` an exact substring of the report's body.
import Papa from 'papaparse';
import { abbreviates } from './detect-meta';
import type { ExpectedMeta, GoldRow } from './evaluate';

export interface HeaderedReport {
  department: string;
  year: number;
  /** The report's text without the header lines: what the extractor sees. */
  body: string;
}

/** Splits the header lines off a dev report; a text without them is all body. */
export function parseHeaderedReport(text: string): HeaderedReport {
  const src = text.replace(/^\uFEFF/, '');
  const m = /^source:[^\n]*\n(?:department:([^\n]*)\n)(?:year:([^\n]*)\n)\r?\n?/.exec(src);
  if (!m) return { department: '', year: NaN, body: src };
  return { department: m[1]!.trim(), year: Number(m[2]!.trim()), body: src.slice(m[0].length) };
}

/** Gold rows of one dev report: every row is required, `evidence` serves as the anchor. */
export function parseEvidenceGoldCsv(report: string, text: string): GoldRow[] {
  const rows = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
  return rows.map((r) => ({
    report,
    indicators: (r.indicator ?? '').split('|').map((s) => s.trim()),
    indicatorText: (r.indicator_text ?? '').trim(),
    value: Number(r.value),
    unit: (r.unit ?? '').trim(),
    anchor: (r.evidence ?? '').trim(),
    required: true,
  }));
}

/**
 * The department a reader names in a header (广州市白云区鹤龙街) may be said more fully or more
 * briefly in the report (鹤龙街道办事处, 市场监管局 for 市场监督管理局): detection is right when one ends
 * with the other's core or abbreviates it.
 */
export function sameReportingUnit(detected: string, expected: string): boolean {
  const core = (s: string) =>
    s
      .replace(/[\s、，,·]+/g, '')
      .replace(/(人民政府|办事处|管理委员会|管委会)$/u, '')
      .replace(/(街道|街)$/u, '');
  const a = core(detected);
  const b = core(expected);
  return a.length >= 2 && b.length >= 2 && (a.endsWith(b) || b.endsWith(a) || abbreviates(a, b));
}

export function headerMeta(report: string, h: HeaderedReport): ExpectedMeta {
  return { report, departments: [h.department], year: h.year };
}
