import { describe, expect, it } from 'vitest';
import { buildTableModel, sortTable, tableCell } from '../../../src/domain/charts/models/table-model';
import { tableSummary } from '../../../src/domain/charts/summary';
import { catalog, datasets, departments, row, sampleRows } from './fixtures';

const base = { indicators: catalog.indicators, datasets, departments, lang: 'zh' as const };

describe('table', () => {
  it('lists one row per value for a single year', () => {
    const m = buildTableModel({ ...base, rows: sampleRows(), years: [2024, 2024] });
    expect(m.columns.map((c) => c.key)).toEqual([
      'department',
      'type',
      'indicator',
      'year',
      'value',
      'unit',
      'qualifier',
      'dataset',
      'evidence',
    ]);
    expect(m.rows).toHaveLength(8);
    expect(m.rows.every((r) => r.cells.year.text === '2024')).toBe(true);
  });

  it('lists every department × indicator of a range with a column per year that has data', () => {
    const m = buildTableModel({ ...base, rows: sampleRows(), years: [2021, 2022] });
    expect(m.columns.map((c) => c.label).slice(3, 8)).toEqual([
      '2021年',
      '2022年',
      '首报→末报年度',
      '变化量（首报→末报）',
      '变化率（首报→末报）',
    ]);
    const sifa = m.rows.find((r) => r.cells.department.text === '司法局')!;
    // 司法局 reported only 2021 in this range: it is listed, and no change is made up.
    expect(sifa.cells.y2021!.text).toBe('15');
    expect(sifa.cells.y2022!.text).toBe('未报告');
    expect(sifa.cells.span.text).toBe('2021');
    expect(sifa.cells.delta.text).toBe('—');
    expect(sifa.cells.qualifier.text).toBe('推算值');
    const sj = m.rows.find((r) => r.cells.department.text === '市场监管局')!;
    expect(sj.cells.y2021!.text).toBe('0');
    expect(sj.cells.delta.text).toBe('+4');
    expect(sj.cells.deltaPct.text).toBe('基数为0');
    const cz = m.rows.find((r) => r.cells.department.text === '财政局')!;
    expect(cz.cells.unit.text).toBe('件');
    expect(cz.cells.dataset.text).toBe('2024年区直部门法治年报');
  });

  it('computes Δ from the first and last reported years, not the range ends', () => {
    const rows = [
      row('甲局', 'normative_docs_cleaned', 2020, 4),
      row('甲局', 'normative_docs_cleaned', 2022, 6),
      row('乙局', 'normative_docs_cleaned', 2023, 9),
    ];
    const m = buildTableModel({ ...base, rows, years: [2019, 2024] });
    // Only years with data get a column.
    expect(m.years).toEqual([2020, 2022, 2023]);
    const jia = m.rows.find((r) => r.cells.department.text === '甲局')!;
    expect(jia.cells.span.text).toBe('2020→2022');
    expect(jia.cells.delta.text).toBe('+2');
    expect(jia.cells.deltaPct.text).toBe('+50%');
    expect(jia.cells.y2023!.text).toBe('未报告');
    const yi = m.rows.find((r) => r.cells.department.text === '乙局')!;
    expect(yi.cells.y2023!.text).toBe('9');
    expect(m.rows).toHaveLength(2);
    expect(m.observationCount).toBe(3);
  });

  it('holds every observation of a range in some cell', () => {
    const rows = sampleRows();
    for (const [from, to] of [
      [2020, 2024],
      [2021, 2023],
      [2022, 2024],
    ] as const) {
      const m = buildTableModel({ ...base, rows, years: [from, to] });
      const inRange = rows.filter((r) => r.year >= from && r.year <= to);
      expect(m.observationCount).toBe(inRange.length);
      for (const r of inRange) {
        const tr = m.rows.find((x) => x.rowIds.includes(r.rowId));
        expect(tr, `${r.department} ${r.indicatorId} ${r.year}`).toBeDefined();
        expect(tableCell(tr!, `y${r.year}`).sort).toBe(r.value);
      }
      // One row per department × indicator with data in the range.
      expect(m.rows).toHaveLength(new Set(inRange.map((r) => `${r.department}|${r.indicatorId}`)).size);
    }
  });

  it('sorts by any column with missing values last in both directions', () => {
    const m = buildTableModel({ ...base, rows: sampleRows(), years: [2021, 2022] });
    const asc = sortTable(m, 'y2022', 'asc').rows.map((r) => tableCell(r, 'y2022').text);
    const desc = sortTable(m, 'y2022', 'desc').rows.map((r) => tableCell(r, 'y2022').text);
    expect(asc).toEqual(['3', '4', '9', '未报告']);
    expect(desc).toEqual(['9', '4', '3', '未报告']);
    const byName = sortTable(m, 'department', 'desc');
    expect(byName.sort).toEqual({ key: 'department', dir: 'desc' });
    expect(
      buildTableModel({ ...base, rows: sampleRows(), years: [2021, 2022], sort: { key: 'delta', dir: 'desc' } }).rows[0]!.cells.delta.text,
    ).toBe('+4');
  });

  it('shows loading evidence, flags simulated rows and speaks English', () => {
    const r = row('甲', 'normative_docs_cleaned', 2024, 3, { evidence: undefined, datasetId: 'ds-demo' });
    const m = buildTableModel({ ...base, lang: 'en', rows: [r], years: null });
    expect(m.rows[0]!.cells.evidence.text).toBe('Loading source text…');
    expect(m.rows[0]!.simulated).toBe(true);
    expect(m.columns[0]!.label).toBe('Department');
    expect(tableSummary(m, 'en')).toBe('Data table: 1 row, 1 department, 1 indicator.');
  });
});
