import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCheckRules } from '../../../src/domain/checks/parse-rules';
import { runChecks, runChecksSliced } from '../../../src/domain/checks/run-checks';
import { columnsFromObservations } from '../../../src/domain/observations/columns';
import { buildStoredTable } from '../../../src/domain/observations/stored-table';
import type { Observation } from '../../../src/domain/types';
import { NO_SOURCE, observation } from '../../helpers/observation';

const rules = parseCheckRules(readFileSync(new URL('../../../data/check-rules.csv', import.meta.url), 'utf8'));

type Obs = Pick<Observation, 'department' | 'year' | 'indicatorId' | 'value'> & Partial<Observation>;
const obs = (o: Obs): Observation => observation(o.department, o.year, o.indicatorId, o.value, { source: NO_SOURCE, ...o });

/** A stored table of one or more datasets, as the store worker builds it. */
function table(...datasets: Obs[][]) {
  return buildStoredTable(
    datasets.map((rows, k) => ({ chunkId: k + 1, datasetId: `ds${k + 1}`, columns: columnsFromObservations(rows.map(obs)).numeric })),
  );
}

const check = (...datasets: Obs[][]) => {
  const t = table(...datasets);
  return { t, report: runChecks(t, rules) };
};
const rulesOf = (r: ReturnType<typeof check>) => r.report.findings.map((f) => f.rule).sort();

describe('data checks', () => {
  it('reads every rule of the rules file', () => {
    expect(rules.map((r) => r.kind)).toEqual(
      expect.arrayContaining(['bounds', 'exempt-upper', 'at-most', 'outlier-years', 'outlier-departments', 'jump', 'conflict', 'yoy']),
    );
  });

  it('flags a pass rate of 105% as an error, with the bound as the other side', () => {
    const r = check([{ department: '区司法局', year: 2024, indicatorId: 'law_exam_pass_rate', value: 105, unit: '%' }]);
    expect(r.report.findings).toMatchObject([
      { rule: 'bounds.rate', severity: 'error', value: 105, expected: 100, department: '区司法局' },
    ]);
  });

  it('lets a completion rate or a change exceed 100%, since its words allow it', () => {
    const r = check([
      { department: '区发改局', year: 2024, indicatorId: 'other:计划完成率', value: 112, unit: '%' },
      { department: '区发改局', year: 2024, indicatorId: 'other:行政复议案件同比增长', value: 150, unit: '%' },
      { department: '区发改局', year: 2024, indicatorId: 'info_request_reply_rate', value: 100, unit: '%' },
    ]);
    expect(r.report.findings).toEqual([]);
  });

  it('flags a part above its total and names the total', () => {
    const r = check([
      { department: '区城管局', year: 2024, indicatorId: 'litigation_cases', value: 8 },
      { department: '区城管局', year: 2024, indicatorId: 'litigation_lost', value: 12 },
      { department: '区城管局', year: 2023, indicatorId: 'litigation_cases', value: 8 },
      { department: '区城管局', year: 2023, indicatorId: 'litigation_lost', value: 2 },
    ]);
    expect(r.report.findings).toHaveLength(1);
    const f = r.report.findings[0]!;
    expect(f).toMatchObject({ rule: 'relation.litigation_lost', year: 2024, value: 12, expected: 8 });
    expect(r.t.indicators[r.t.ind[f.rows[1]!]!]).toBe('litigation_cases');
  });

  it('says nothing of a relation whose total is missing', () => {
    expect(check([{ department: '区城管局', year: 2024, indicatorId: 'litigation_lost', value: 3 }]).report.findings).toEqual([]);
  });

  it('flags a factor-of-10⁴ jump between reported years, and not a tenfold one', () => {
    const r = check([
      { department: '区财政局', year: 2022, indicatorId: 'penalty_amount', value: 12.5, unit: '万元' },
      { department: '区财政局', year: 2023, indicatorId: 'penalty_amount', value: 125000, unit: '万元' },
      { department: '区税务局', year: 2022, indicatorId: 'penalty_amount', value: 3, unit: '万元' },
      { department: '区税务局', year: 2023, indicatorId: 'penalty_amount', value: 30, unit: '万元' },
    ]);
    expect(r.report.findings).toMatchObject([
      { rule: 'jump.unit_slip', department: '区财政局', year: 2023, expected: 12.5, otherYear: 2022, score: 10000 },
    ]);
  });

  it('flags a year far from the department’s own level, not a missing year or steady growth', () => {
    const years = (dept: string, values: (number | null)[]) =>
      values.flatMap((v, k) =>
        v === null ? [] : [{ department: dept, year: 2019 + k, indicatorId: 'contracts_reviewed', value: v, unit: '份' }],
      );
    const r = check([
      ...years('区教育局', [40, 44, 38, 4200, 41]),
      ...years('区卫健委', [30, null, 33, 36, 41, 45]),
      ...years('区民政局', [5, 5, 5, 5, 6]),
    ]);
    expect(r.report.findings.filter((f) => f.rule === 'outlier.years')).toMatchObject([
      { department: '区教育局', year: 2022, value: 4200 },
    ]);
  });

  it('flags a department far from the others in one year', () => {
    const depts = [120, 95, 140, 110, 105, 130, 2];
    const r = check(depts.map((v, k) => ({ department: `部门${k}`, year: 2024, indicatorId: 'contracts_reviewed', value: v, unit: '份' })));
    expect(r.report.findings).toMatchObject([{ rule: 'outlier.departments', department: '部门6', value: 2, severity: 'warning' }]);
    expect(r.report.findings[0]!.expected).toBeCloseTo(110, 0); // the median of the seven
  });

  it('states the ordinary median of an even number of departments (not one from the log scale)', () => {
    const depts = [50, 57, 60, 62, 55, 58, 54, 2];
    const r = check(depts.map((v, k) => ({ department: `部门${k}`, year: 2024, indicatorId: 'contracts_reviewed', value: v, unit: '份' })));
    expect(r.report.findings).toMatchObject([{ rule: 'outlier.departments', department: '部门7', value: 2 }]);
    // Sorted: 2 50 54 55 | 57 58 60 62 → (55 + 57) / 2 = 56, exactly.
    expect(r.report.findings[0]!.expected).toBe(56);
  });

  it('does not score rates on a log scale: 92% among 95–99% is ordinary', () => {
    const vals = [95, 97, 99, 98, 96, 92];
    expect(
      check(vals.map((v, k) => ({ department: `部门${k}`, year: 2024, indicatorId: 'info_request_reply_rate', value: v, unit: '%' })))
        .report.findings,
    ).toEqual([]);
  });

  it('flags two datasets that disagree, and not two that agree', () => {
    const a = [{ department: '区市场监管局', year: 2024, indicatorId: 'admin_penalty_cases', value: 312 }];
    expect(rulesOf(check(a, [{ ...a[0]!, value: 321 }]))).toEqual(['conflict.datasets']);
    expect(check(a, a).report.findings).toEqual([]);
  });

  it('flags a 同比-derived previous year that differs from that year’s report', () => {
    const derived = { department: '区司法局', year: 2023, indicatorId: 'mediations', derived: true };
    const stated = { department: '区司法局', year: 2023, indicatorId: 'mediations', value: 80 };
    expect(check([{ ...derived, value: 100 }], [stated]).report.findings).toMatchObject([
      { rule: 'conflict.yoy', value: 100, expected: 80 },
    ]);
    // 52 ÷ (1 + 30%) = 40: rounding aside, the same figure.
    expect(check([{ ...derived, value: 40.2 }], [{ ...stated, value: 40 }]).report.findings).toEqual([]);
  });

  it('flags a negative count', () => {
    expect(rulesOf(check([{ department: '区司法局', year: 2024, indicatorId: 'mediations', value: -3 }]))).toEqual(['bounds.nonnegative']);
  });

  it('keeps at most the cap per rule and counts them all', () => {
    const rows = Array.from({ length: 30 }, (_, k) => ({
      department: `部门${k}`,
      year: 2024,
      indicatorId: 'law_exam_pass_rate',
      value: 101 + k,
      unit: '%',
    }));
    const t = table(rows);
    const r = runChecks(t, rules, 10);
    expect(r.findings).toHaveLength(10);
    expect(r.counts['bounds.rate']).toBe(30);
    // The other 20 are kept as numbers, so that their figures can still be marked.
    expect(Array.from(r.unlisted!.row)).toEqual(Array.from({ length: 20 }, (_, k) => k + 10));
    expect(Array.from(r.unlisted!.expected)).toEqual(Array(20).fill(100));
    expect(r.unlisted!.rules).toEqual([{ id: 'bounds.rate', kind: 'bounds', severity: 'error' }]);
    // Sorted by cell for the marks' binary search.
    expect(Array.from(r.unlisted!.cell)).toEqual(Array.from(r.unlisted!.cell).sort((a, b) => a - b));
    expect(runChecks(t, rules).unlisted).toBeUndefined();
  });

  it("in slices (the store worker's way) finds what it finds at once, pausing at least once per indicator", async () => {
    const rows: Obs[] = [];
    for (let d = 0; d < 40; d++)
      for (const year of [2021, 2022, 2023, 2024]) {
        const department = `部门${d}`;
        rows.push({ department, year, indicatorId: 'law_exam_pass_rate', value: d % 7 === 0 ? 130 : 80 + ((d * year) % 15), unit: '%' });
        rows.push({ department, year, indicatorId: 'litigation_lost', value: d === 3 && year === 2023 ? 5000 : (d + year) % 9 });
      }
    const t = table(rows);
    const once = runChecks(t, rules);
    let pauses = 0;
    const sliced = await runChecksSliced(t, rules, () => Promise.resolve(void pauses++), 0);
    expect(new Set(once.findings.map((f) => f.rule)).size).toBeGreaterThan(1);
    expect({ ...sliced, ms: 0 }).toEqual({ ...once, ms: 0 });
    expect(pauses).toBeGreaterThanOrEqual(2);
  });
});
