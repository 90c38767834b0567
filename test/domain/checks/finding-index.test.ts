// Which figure a finding marks, and its status with the explanations people gave.
import { describe, expect, it } from 'vitest';
import { checkMark, indexFindings, indexFindingsSliced, markLookup, mayBeFlagged } from '../../../src/domain/checks/finding-index';
import { findingKey, type CheckNotes } from '../../../src/domain/checks/notes';
import { checkedTable, checkedTableCapped } from '../../helpers/checked-table';
import { observation } from '../../helpers/observation';

// 区城管局: 12 lost of 8 cases (error); 区司法局: a pass rate of 105% (error); 区财政局: clean.
const { table, findings } = checkedTable([
  observation('区城管局', 2024, 'litigation_cases', 8),
  observation('区城管局', 2024, 'litigation_lost', 12),
  observation('区司法局', 2024, 'law_exam_pass_rate', 105, { unit: '%' }),
  observation('区财政局', 2024, 'litigation_cases', 3),
  observation('区财政局', 2024, 'litigation_lost', 1),
]);
const index = indexFindings(findings, table);
const figure = (department: string, indicatorId: string, value: number, year = 2024) => ({ department, indicatorId, year, value });

describe('findings index', () => {
  it('finds the flagged figure by department, indicator, year and value, with the relation’s other side', () => {
    const m = checkMark(index, {}, figure('区城管局', 'litigation_lost', 12))!;
    expect(m.status).toBe('error');
    expect(m.items).toHaveLength(1);
    expect(m.items[0]).toMatchObject({ other: 'litigation_cases', note: null, finding: { rule: 'relation.litigation_lost', expected: 8 } });
  });

  it('does not mark the total, a clean figure, another year or another value of the same cell', () => {
    expect(checkMark(index, {}, figure('区城管局', 'litigation_cases', 8))).toBeNull();
    expect(checkMark(index, {}, figure('区财政局', 'litigation_lost', 1))).toBeNull();
    expect(checkMark(index, {}, figure('区城管局', 'litigation_lost', 12, 2023))).toBeNull();
    expect(checkMark(index, {}, figure('区司法局', 'law_exam_pass_rate', 98))).toBeNull();
  });

  it('is explained once every finding of the figure has an explanation, and carries it', () => {
    const [f] = checkMark(index, {}, figure('区城管局', 'litigation_lost', 12))!.items;
    const notes: CheckNotes = { [findingKey(f!.finding)]: { note: '含上年结转案件', at: 1 } };
    const m = markLookup(index, notes)(figure('区城管局', 'litigation_lost', 12))!;
    expect(m.status).toBe('explained');
    expect(m.items[0]!.note).toBe('含上年结转案件');
    // Another finding keeps its own status.
    expect(markLookup(index, notes)(figure('区司法局', 'law_exam_pass_rate', 105))!.status).toBe('error');
  });

  it('marks both values of a conflict between datasets, to verify', () => {
    const two = checkedTable(
      [observation('区城管局', 2024, 'litigation_cases', 8)],
      [observation('区城管局', 2024, 'litigation_cases', 9)],
    );
    const lookup = markLookup(indexFindings(two.findings, two.table), {});
    expect(lookup(figure('区城管局', 'litigation_cases', 8))?.status).toBe('warning');
    expect(lookup(figure('区城管局', 'litigation_cases', 9))?.status).toBe('warning');
  });

  it('puts errors first and lets an open error win over an explained warning', () => {
    // 9 lost of 8 cases (error) in one dataset, 12 in another (conflict, to verify).
    const two = checkedTable(
      [observation('区城管局', 2024, 'litigation_cases', 8), observation('区城管局', 2024, 'litigation_lost', 9)],
      [observation('区城管局', 2024, 'litigation_lost', 12)],
    );
    const idx = indexFindings(two.findings, two.table);
    const m = checkMark(idx, {}, figure('区城管局', 'litigation_lost', 9))!;
    expect(m.items.map((i) => i.finding.severity)).toEqual(['error', 'warning']);
    const warning = m.items[1]!.finding;
    expect(checkMark(idx, { [findingKey(warning)]: { note: '两个口径', at: 1 } }, figure('区城管局', 'litigation_lost', 9))!.status).toBe(
      'error',
    );
  });

  it('answers by the row of the checked table as by the names', () => {
    const lookup = markLookup(index, {});
    for (let row = 0; row < table.length; row++) {
      const named = figure(table.departments[table.dept[row]!]!, table.indicators[table.ind[row]!]!, table.value[row]!, table.year[row]);
      expect(lookup({ ...named, rowId: row })).toEqual(lookup(named));
    }
    expect(lookup({ ...figure('区城管局', 'litigation_lost', 12), rowId: findings[0]!.rows[0] })).not.toBeNull();
  });

  it('marks the figures of findings beyond the list’s cap, with both sides, and their explanations', () => {
    // Three parts above their totals and two rates over 100%; the list keeps one of each.
    const capped = checkedTableCapped(
      1,
      ['区城管局', '区司法局', '区财政局'].flatMap((d, k) => [
        observation(d, 2024, 'litigation_cases', 8),
        observation(d, 2024, 'litigation_lost', 10 + k),
      ]),
      [
        observation('区城管局', 2024, 'law_exam_pass_rate', 105, { unit: '%' }),
        observation('区司法局', 2024, 'law_exam_pass_rate', 107, { unit: '%' }),
      ],
    );
    expect(capped.findings).toHaveLength(2);
    expect(capped.unlisted?.row).toHaveLength(3);
    const idx = indexFindings(capped.findings, capped.table, capped.unlisted);
    expect(idx.size).toBe(5);
    const m = checkMark(idx, {}, figure('区财政局', 'litigation_lost', 12))!;
    expect(m.status).toBe('error');
    expect(m.items[0]).toMatchObject({
      other: 'litigation_cases',
      finding: {
        rule: 'relation.litigation_lost',
        kind: 'at-most',
        severity: 'error',
        department: '区财政局',
        value: 12,
        expected: 8,
        unit: '件',
      },
    });
    expect(checkMark(idx, {}, figure('区司法局', 'law_exam_pass_rate', 107))?.items[0]?.finding).toMatchObject({
      rule: 'bounds.rate',
      expected: 100,
    });
    // By row as by name; an explanation of an unlisted finding is found by its key.
    const row = capped.unlisted!.row[0]!;
    const t = capped.table;
    const named = figure(t.departments[t.dept[row]!]!, t.indicators[t.ind[row]!]!, t.value[row]!, t.year[row]);
    expect(checkMark(idx, {}, { ...named, rowId: row })).toEqual(checkMark(idx, {}, named));
    const key = findingKey(checkMark(idx, {}, named)!.items[0]!.finding);
    expect(checkMark(idx, { [key]: { note: '已核实', at: 1 } }, named)!.status).toBe('explained');
    expect(checkMark(idx, {}, figure('区财政局', 'litigation_cases', 8))).toBeNull();
    // The quick "no" by row never hides a listed or an unlisted finding.
    for (let r = 0; r < t.dept.length; r++) {
      const f = { ...figure(t.departments[t.dept[r]!]!, t.indicators[t.ind[r]!]!, t.value[r]!, t.year[r]), rowId: r };
      if (checkMark(idx, {}, f)) expect(mayBeFlagged(idx, r)).toBe(true);
    }
    expect(mayBeFlagged(idx, capped.unlisted!.row[2]!)).toBe(true);
  });

  it('says quickly, by row, which figures cannot be flagged', () => {
    const t = table;
    const flagged: boolean[] = [];
    for (let r = 0; r < t.dept.length; r++) {
      const f = { ...figure(t.departments[t.dept[r]!]!, t.indicators[t.ind[r]!]!, t.value[r]!, t.year[r]), rowId: r };
      flagged.push(checkMark(index, {}, f) !== null);
      // Never "no" for a flagged figure.
      if (flagged[r]) expect(mayBeFlagged(index, r)).toBe(true);
    }
    expect(flagged.filter(Boolean)).toHaveLength(2);
    // The clean department's figures are ruled out without a lookup.
    const clean = [...t.dept.keys()].filter((r) => t.departments[t.dept[r]!] === '区财政局');
    expect(clean.length).toBe(2);
    expect(clean.every((r) => !mayBeFlagged(index, r))).toBe(true);
  });

  it('answers null for every figure when nothing was found', () => {
    const clean = checkedTable([observation('区财政局', 2024, 'litigation_cases', 3)]);
    expect(markLookup(indexFindings(clean.findings, clean.table), {})(figure('区财政局', 'litigation_cases', 3))).toBeNull();
  });

  it('built in slices (on the page), is the index built at once', async () => {
    const rows = Array.from({ length: 3000 }, (_, k) => observation(`部门${k}`, 2024, 'law_exam_pass_rate', 101 + (k % 50), { unit: '%' }));
    const many = checkedTableCapped(2500, rows);
    expect(many.findings).toHaveLength(2500);
    expect(many.unlisted?.row).toHaveLength(500);
    let pauses = 0;
    const sliced = await indexFindingsSliced(many.findings, many.table, many.unlisted, () => Promise.resolve(void pauses++), 0);
    expect(sliced).toEqual(indexFindings(many.findings, many.table, many.unlisted));
    expect(pauses).toBeGreaterThanOrEqual(2);
    expect(mayBeFlagged(sliced, 2999)).toBe(true);
  });
});
