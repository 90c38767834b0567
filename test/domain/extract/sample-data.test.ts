// data/sample-reports.csv, the bundled dataset, against the gold and the report texts.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ExtractedRow } from '../../../src/domain/extract';
import { CSV_HEADER } from '../../../src/domain/extract';
import { parseExpectedMeta, parseGoldCsv, scoreReport } from '../../../src/domain/extract/evaluate';
import { readProjectFile } from '../../helpers/project-files';

const parsed = Papa.parse<Record<string, string>>(readProjectFile('data/sample-reports.csv'), { header: true, skipEmptyLines: true });
const rows = parsed.data;
const gold = parseGoldCsv(readProjectFile('test/fixtures/gold/seeds.gold.csv'));
const expected = parseExpectedMeta(readProjectFile('test/fixtures/gold/reports.csv'));

function source(r: Record<string, string>) {
  const m = /^(.+)#(\d+)-(\d+)$/.exec(r.source ?? '');
  if (!m) throw new Error(`bad source: ${r.source}`);
  return { file: m[1]!, start: Number(m[2]), end: Number(m[3]) };
}

function asRow(r: Record<string, string>): ExtractedRow {
  const s = source(r);
  return {
    department: r.department!,
    year: Number(r.year),
    indicatorId: r.indicator || `other:${r.indicator_text}`,
    indicatorText: r.indicator_text!,
    value: Number(r.value),
    unit: r.unit!,
    qualifier: r.qualifier as ExtractedRow['qualifier'],
    derived: false,
    evidence: r.evidence!,
    source: { line: -1, start: s.start, end: s.end },
    rule: 'sample',
  };
}

describe('data/sample-reports.csv', () => {
  it('parses cleanly with the extract CLI header', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...CSV_HEADER]);
    expect(rows.length).toBeGreaterThan(50);
  });

  it('holds every required gold row and no value the gold does not know', () => {
    for (const report of expected.map((e) => e.report)) {
      const mine = rows.filter((r) => source(r).file === `${report}.txt`).map(asRow);
      const score = scoreReport(report, gold, mine);
      expect(score.misses.map((g) => `${report}: ${g.value}${g.unit} ${g.anchor}`)).toEqual([]);
      expect(score.falsePositives.map((r) => `${report}: ${r.value}${r.unit} ${r.indicatorText}`)).toEqual([]);
    }
  });

  it('has nothing from the report without figures', () => {
    expect(rows.filter((r) => source(r).file === '2024_hanyang_finance.txt')).toEqual([]);
  });

  it('quotes every evidence verbatim from its report at the given offsets', () => {
    const texts = new Map<string, string>();
    for (const r of rows) {
      const s = source(r);
      if (!texts.has(s.file)) texts.set(s.file, readProjectFile(`data/reports/${s.file}`));
      expect(texts.get(s.file)!.slice(s.start, s.end)).toBe(r.evidence);
    }
  });

  it('names the right department and year for each report', () => {
    for (const r of rows) {
      const e = expected.find((x) => `${x.report}.txt` === source(r).file)!;
      expect(e.departments).toContain(r.department);
      expect(Number(r.year)).toBe(e.year);
    }
  });

  it('uses catalog ids or leaves the indicator empty, with numeric values', () => {
    const ids = new Set(
      readProjectFile('data/indicators.csv')
        .split('\n')
        .slice(1)
        .map((l) => l.split(',')[0]),
    );
    for (const r of rows) {
      if (r.indicator) expect(ids.has(r.indicator)).toBe(true);
      expect(Number.isFinite(Number(r.value))).toBe(true);
    }
  });
});
