// Scores extracted rows against a hand-written gold (test/fixtures/gold/seeds.gold.csv):
// a gold row is found when an extracted row has its value and evidence that holds its
// anchor (whitespace removed, CJK radicals folded, NFKC). Rows and gold rows pair one to one.
import Papa from 'papaparse';
import type { Catalog } from '../catalog/catalog';
import { isOtherIndicator } from '../catalog/catalog';
import { extractReport } from './extract-report';
import { foldRadicals } from './radicals';
import type { ExtractedRow } from './types';

export interface GoldRow {
  report: string;
  /** Accepted catalog ids; '' means "uncatalogued is right too". */
  indicators: string[];
  indicatorText: string;
  value: number;
  unit: string;
  anchor: string;
  required: boolean;
}

export interface ExpectedMeta {
  report: string;
  departments: string[];
  year: number;
}

/** Required gold rows, those found, extracted rows, true positives, mappable found rows, rightly mapped. */
export interface Counts {
  required: number;
  found: number;
  extracted: number;
  truePositives: number;
  mapped: number;
  mappedCorrect: number;
}

export interface ReportScore extends Counts {
  report: string;
  misses: GoldRow[];
  falsePositives: ExtractedRow[];
  wrongMappings: { gold: GoldRow; row: ExtractedRow }[];
  /** Found gold rows that no catalog indicator fits but that were given one (not part of the mapping score). */
  overMapped: { gold: GoldRow; row: ExtractedRow }[];
  department?: string;
  year?: number | null;
  metaOk?: boolean;
}

export interface Totals extends Counts {
  recall: number;
  precision: number;
  mapping: number;
}

function table(text: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
}

export function parseGoldCsv(text: string): GoldRow[] {
  return table(text).map((r) => ({
    report: (r.report ?? '').trim(),
    indicators: (r.indicator ?? '').split('|').map((s) => s.trim()),
    indicatorText: (r.indicator_text ?? '').trim(),
    value: Number(r.value),
    unit: (r.unit ?? '').trim(),
    anchor: (r.anchor ?? '').trim(),
    required: (r.required ?? '').trim().toLowerCase() !== 'optional',
  }));
}

export function parseExpectedMeta(text: string): ExpectedMeta[] {
  return table(text).map((r) => ({
    report: (r.report ?? '').trim(),
    departments: (r.department ?? '')
      .split('|')
      .map((s) => s.trim())
      .filter(Boolean),
    year: Number(r.year),
  }));
}

export function squash(s: string): string {
  return foldRadicals(s).normalize('NFKC').replace(/\s+/g, '');
}

function mappingOk(gold: GoldRow, row: ExtractedRow): boolean {
  return isOtherIndicator(row.indicatorId) ? gold.indicators.includes('') : gold.indicators.includes(row.indicatorId);
}

/** Whether the gold row names a catalog indicator, so that mapping can be scored. */
function mappable(gold: GoldRow): boolean {
  return gold.indicators.some((id) => id !== '');
}

/** Swaps the rows of two gold rows that share both when that maps more of them rightly (e.g. 参考率、合格率均为100%). */
function improvePairing(
  golds: readonly GoldRow[],
  rows: readonly ExtractedRow[],
  edges: number[][],
  goldOf: Map<number, number>,
  rowOf: Map<number, number>,
): void {
  const ok = (gi: number, ri: number) => Number(mappingOk(golds[gi]!, rows[ri]!));
  const paired = [...goldOf.keys()];
  for (const a of paired) {
    for (const b of paired) {
      const ra = goldOf.get(a)!;
      const rb = goldOf.get(b)!;
      if (a === b || !edges[a]!.includes(rb) || !edges[b]!.includes(ra)) continue;
      if (ok(a, rb) + ok(b, ra) > ok(a, ra) + ok(b, rb)) {
        goldOf.set(a, rb).set(b, ra);
        rowOf.set(rb, a).set(ra, b);
      }
    }
  }
}

export function scoreReport(report: string, gold: readonly GoldRow[], allRows: readonly ExtractedRow[]): ReportScore {
  const rows = allRows.filter((r) => !r.derived);
  const golds = gold.filter((g) => g.report === report);
  const evidence = rows.map((r) => squash(r.evidence));
  const edges = golds.map((g) => {
    const anchor = squash(g.anchor);
    const list = rows.map((r, i) => i).filter((i) => rows[i]!.value === g.value && evidence[i]!.includes(anchor));
    // Prefer the row whose indicator is right, so that pairing does not blur the mapping score.
    return list.sort((a, b) => Number(mappingOk(g, rows[b]!)) - Number(mappingOk(g, rows[a]!)));
  });
  const rowOf = new Map<number, number>(); // row index → gold index
  const goldOf = new Map<number, number>();
  const augment = (gi: number, seen: Set<number>): boolean => {
    // A free row first, so that pairing another gold row does not move this one off its best row.
    const free = edges[gi]!.find((ri) => !seen.has(ri) && !rowOf.has(ri));
    if (free !== undefined) {
      seen.add(free);
      rowOf.set(free, gi);
      goldOf.set(gi, free);
      return true;
    }
    for (const ri of edges[gi]!) {
      if (seen.has(ri)) continue;
      seen.add(ri);
      const holder = rowOf.get(ri);
      if (holder === undefined || augment(holder, seen)) {
        rowOf.set(ri, gi);
        goldOf.set(gi, ri);
        return true;
      }
    }
    return false;
  };
  // Required rows first; among them those a rightly mapped row can take, so that a row that names
  // one of two anchors in its evidence pairs with the gold row it stands for.
  const rightly = (gi: number) => Number(edges[gi]!.some((ri) => mappingOk(golds[gi]!, rows[ri]!)));
  const order = golds.map((_, i) => i).sort((a, b) => Number(golds[b]!.required) - Number(golds[a]!.required) || rightly(b) - rightly(a));
  for (const gi of order) augment(gi, new Set());
  improvePairing(golds, rows, edges, goldOf, rowOf);

  const score: ReportScore = {
    report,
    required: 0,
    found: 0,
    extracted: rows.length,
    truePositives: rowOf.size,
    mapped: 0,
    mappedCorrect: 0,
    misses: [],
    falsePositives: [],
    wrongMappings: [],
    overMapped: [],
  };
  golds.forEach((g, gi) => {
    const ri = goldOf.get(gi);
    if (g.required) {
      score.required++;
      if (ri !== undefined) score.found++;
      else score.misses.push(g);
    }
    if (ri !== undefined && mappable(g)) {
      score.mapped++;
      if (mappingOk(g, rows[ri]!)) score.mappedCorrect++;
      else score.wrongMappings.push({ gold: g, row: rows[ri]! });
    } else if (ri !== undefined && !mappingOk(g, rows[ri]!)) {
      score.overMapped.push({ gold: g, row: rows[ri]! });
    }
  });
  rows.forEach((r, i) => {
    if (!rowOf.has(i)) score.falsePositives.push(r);
  });
  return score;
}

function totals(scores: readonly ReportScore[]): Totals {
  const sum = (k: keyof Counts) => scores.reduce((a, s) => a + s[k], 0);
  const t: Counts = {
    required: sum('required'),
    found: sum('found'),
    extracted: sum('extracted'),
    truePositives: sum('truePositives'),
    mapped: sum('mapped'),
    mappedCorrect: sum('mappedCorrect'),
  };
  return {
    ...t,
    recall: t.required ? t.found / t.required : 1,
    precision: t.extracted ? t.truePositives / t.extracted : 1,
    mapping: t.mapped ? t.mappedCorrect / t.mapped : 1,
  };
}

/** Extracts every report (without options) and scores it, department and year included. */
export function evaluateReports(
  reports: readonly { name: string; text: string }[],
  gold: readonly GoldRow[],
  catalog: Catalog,
  expected: readonly ExpectedMeta[] = [],
  sameDepartment: (detected: string, expected: string) => boolean = (a, b) => a === b,
): { scores: ReportScore[]; totals: Totals } {
  const scores = reports.map(({ name, text }) => {
    const result = extractReport(text, catalog, { sourceName: name });
    const s = scoreReport(name, gold, result.rows);
    s.department = result.department;
    s.year = result.year;
    const exp = expected.find((e) => e.report === name);
    if (exp) s.metaOk = exp.departments.some((d) => sameDepartment(result.department, d)) && exp.year === result.year;
    return s;
  });
  return { scores, totals: totals(scores) };
}
