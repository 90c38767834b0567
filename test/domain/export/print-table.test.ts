import { describe, expect, it } from 'vitest';
import { buildPrintTable } from '../../../src/domain/export/print-table';
import type { Observation } from '../../../src/domain/types';
import { petitions } from '../../helpers/observation';

const obs = (department: string, year: number, value: number, indicatorId = 'petitions', extra: Partial<Observation> = {}) =>
  petitions(department, year, value, { indicatorId, indicatorText: indicatorId === 'petitions' ? '信访件数' : '热线件数', ...extra });

describe('print table', () => {
  it('pivots departments × years, missing years empty', () => {
    const t = buildPrintTable(
      [obs('乙区', 2023, 5), obs('甲区', 2022, 1234), obs('甲区', 2024, 7, 'petitions', { qualifier: '约' })],
      'zh',
    );
    expect(t.years).toEqual([2022, 2023, 2024]);
    expect(t.byIndicator).toBe(false);
    expect(t.rows.map((r) => r.department)).toEqual(['甲区', '乙区']);
    expect(t.rows[0]!.cells.map((c) => c?.text ?? null)).toEqual(['1,234件', null, '约7件']);
    expect(t.rows[1]!.cells.map((c) => c?.text ?? null)).toEqual([null, '5件', null]);
  });

  it('adds the indicator when the chart shows several, and marks derived values', () => {
    const t = buildPrintTable([obs('甲区', 2024, 3), obs('甲区', 2024, 9, 'hotline_cases', { derived: true })], 'zh');
    expect(t.byIndicator).toBe(true);
    expect(t.rows.map((r) => r.indicator)).toEqual(['热线件数', '信访件数']);
    expect(t.rows[0]!.cells[0]).toEqual({ text: '9件', derived: true });
  });

  it('carries the data checks of a flagged figure, and nothing for the others', () => {
    const flagged = obs('甲区', 2024, 105);
    const checks = (f: { department: string; year: number }) =>
      f.department === '甲区' && f.year === 2024 ? { status: '已说明', explanation: '含跨年度结转件' } : null;
    const t = buildPrintTable([flagged, obs('甲区', 2023, 8), obs('乙区', 2024, 6)], 'zh', 300, undefined, checks);
    expect(t.rows[0]!.cells).toEqual([
      { text: '8件', derived: false },
      { text: '105件', derived: false, check: { status: '已说明', explanation: '含跨年度结转件' }, mark: '①' },
    ]);
    expect(t.rows[1]!.cells.some((c) => c?.check)).toBe(false);
    expect(t.checkNotes).toEqual([{ mark: '①', row: t.rows[0], year: 2024, check: { status: '已说明', explanation: '含跨年度结转件' } }]);
  });

  it('caps the number of rows and says how many were left out', () => {
    const rows = Array.from({ length: 12 }, (_, i) => obs(`部门${String(i).padStart(2, '0')}`, 2024, i));
    const t = buildPrintTable(rows, 'zh', 10);
    expect(t.rows).toHaveLength(10);
    expect(t.omitted).toBe(2);
  });
});

describe('print table of a ranking', () => {
  it('follows the chart order with 名次, not the alphabet', () => {
    const rows = [obs('甲区', 2024, 3), obs('乙区', 2024, 9), obs('丙区', 2024, 9), obs('甲区', 2023, 1), obs('丁区', 2023, 4)];
    const ranking = [
      { department: '乙区', rank: 1 },
      { department: '丙区', rank: 1 },
      { department: '甲区', rank: 3 },
      { department: '丁区', rank: null },
    ];
    const t = buildPrintTable(rows, 'zh', 300, ranking);
    expect(t.ranked).toBe(true);
    expect(t.rows.map((r) => [r.department, r.rank])).toEqual([
      ['乙区', 1],
      ['丙区', 1],
      ['甲区', 3],
      ['丁区', null],
    ]);
    expect(buildPrintTable(rows, 'zh').rows.map((r) => r.department)).toEqual(['丙区', '丁区', '甲区', '乙区']);
  });
});
