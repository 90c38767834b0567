import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ExtractedRow } from '../../../src/domain/extract';
import { evaluateReports, parseExpectedMeta, parseGoldCsv, scoreReport } from '../../../src/domain/extract/evaluate';
import { ROOT, readProjectFile } from '../../helpers/project-files';
import { catalog } from './helpers';

function reportsIn(dir: string) {
  return readdirSync(ROOT + dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f.slice(0, -4), text: readProjectFile(`${dir}/${f}`) }));
}

function fakeRow(value: number, evidence: string, indicatorId: string): ExtractedRow {
  return {
    department: 'd', year: 2024, indicatorId, indicatorText: '', value, unit: '', qualifier: '', derived: false,
    evidence, source: { line: -1, start: 0, end: 0 }, rule: 'count',
  };
}

describe('scoreReport', () => {
  const gold = parseGoldCsv(
    'report,indicator,indicator_text,value,unit,anchor,required\n' +
      'r,power_items_total,,1,项,1项行政确认,yes\n' +
      'r,,,1,项,1项行政裁决,yes\n' +
      'r,inspections|,,2,次,检查 2 次,optional\n',
  );

  it('pairs rows and gold one to one on value and anchor (whitespace and NFKC ignored)', () => {
    const ev = '1项行政确认、1项行政裁决,检查２次';
    const s = scoreReport('r', gold, [fakeRow(1, ev, 'power_items_total'), fakeRow(1, ev, 'other:x'), fakeRow(2, ev, 'other:y'), fakeRow(1, ev, 'other:z')]);
    expect(s).toMatchObject({ required: 2, found: 2, extracted: 4, truePositives: 3, mapped: 2, mappedCorrect: 2 });
    expect(s.falsePositives).toHaveLength(1);
  });

  it('counts optional gold rows neither as misses nor against precision', () => {
    const s = scoreReport('r', gold, [fakeRow(1, '1项行政确认', 'other:x')]);
    expect(s.misses.map((g) => g.anchor)).toEqual(['1项行政裁决']);
    expect(s.wrongMappings).toHaveLength(1);
  });

  it('leaves derived rows out', () => {
    const s = scoreReport('r', gold, [{ ...fakeRow(3, 'x', 'other:x'), derived: true }]);
    expect(s.extracted).toBe(0);
  });
});

describe('targets', () => {
  it('sample reports: recall ≥ 0.98, precision ≥ 0.98, mapping ≥ 95%, nothing from hanyang, department and year right', () => {
    const { scores, totals } = evaluateReports(
      reportsIn('data/reports'),
      parseGoldCsv(readProjectFile('test/fixtures/gold/seeds.gold.csv')),
      catalog,
      parseExpectedMeta(readProjectFile('test/fixtures/gold/reports.csv')),
    );
    expect(scores).toHaveLength(5);
    expect(totals.recall).toBeGreaterThanOrEqual(0.98);
    expect(totals.precision).toBeGreaterThanOrEqual(0.98);
    expect(totals.mapping).toBeGreaterThanOrEqual(0.95);
    expect(scores.find((s) => s.report === '2024_hanyang_finance')!.extracted).toBe(0);
    expect(scores.filter((s) => !s.metaOk).map((s) => `${s.report}: ${s.department} ${s.year}`)).toEqual([]);
  });

  it('held-out excerpts: recall ≥ 0.95, precision ≥ 0.95, mapping ≥ 85%, department and year right', () => {
    const dir = 'test/fixtures/heldout';
    const { scores, totals } = evaluateReports(
      reportsIn(dir),
      parseGoldCsv(readProjectFile(`${dir}/gold.csv`)),
      catalog,
      parseExpectedMeta(readProjectFile(`${dir}/reports.csv`)),
    );
    expect(scores.length).toBeGreaterThanOrEqual(10);
    expect(totals.recall).toBeGreaterThanOrEqual(0.95);
    expect(totals.precision).toBeGreaterThanOrEqual(0.95);
    expect(totals.mapping).toBeGreaterThanOrEqual(0.85);
    expect(scores.filter((s) => !s.metaOk).map((s) => `${s.report}: ${s.department} ${s.year}`)).toEqual([]);
  });
});
