import { describe, expect, it } from 'vitest';
import { buildTableModel, sortTable } from '../../../src/domain/charts/models/table-model';
import { tableSummary } from '../../../src/domain/charts/summary';
import { catalog, datasets, departments, row, sampleRows } from './fixtures';

const base = { indicators: catalog.indicators, datasets, departments, lang: 'zh' as const };

describe('table', () => {
  it('lists one row per value for a single year', () => {
    const m = buildTableModel({ ...base, rows: sampleRows(), years: [2024, 2024] });
    expect(m.columns.map((c) => c.key)).toEqual(['department', 'type', 'indicator', 'year', 'value', 'unit', 'qualifier', 'dataset', 'evidence']);
    expect(m.rows).toHaveLength(8);
    expect(m.rows.every((r) => r.cells.year.text === '2024')).toBe(true);
  });

  it('compares a year range with start, end, Δ and Δ%, and 未报告 for missing values', () => {
    const m = buildTableModel({ ...base, rows: sampleRows(), years: [2021, 2022] });
    expect(m.columns.map((c) => c.label).slice(3, 7)).toEqual(['2021年数值', '2022年数值', '变化量', '变化率']);
    const sifa = m.rows.find((r) => r.cells.department.text === '司法局')!;
    expect(sifa.cells.start.text).toBe('15');
    expect(sifa.cells.end.text).toBe('未报告');
    expect(sifa.cells.delta.text).toBe('—');
    expect(sifa.cells.qualifier.text).toBe('推算值');
    const sj = m.rows.find((r) => r.cells.department.text === '市场监管局')!;
    expect(sj.cells.start.text).toBe('0');
    expect(sj.cells.delta.text).toBe('+4');
    expect(sj.cells.deltaPct.text).toBe('基数为0');
    const cz = m.rows.find((r) => r.cells.department.text === '财政局')!;
    expect(cz.cells.deltaPct.text).toBe('+12.5%');
    expect(cz.cells.unit.text).toBe('件');
    expect(cz.cells.dataset.text).toBe('2024年区直部门法治年报');
  });

  it('sorts by any column with missing values last in both directions', () => {
    const m = buildTableModel({ ...base, rows: sampleRows(), years: [2021, 2022] });
    const asc = sortTable(m, 'end', 'asc').rows.map((r) => r.cells.end.text);
    const desc = sortTable(m, 'end', 'desc').rows.map((r) => r.cells.end.text);
    expect(asc).toEqual(['3', '4', '9', '未报告']);
    expect(desc).toEqual(['9', '4', '3', '未报告']);
    const byName = sortTable(m, 'department', 'desc');
    expect(byName.sort).toEqual({ key: 'department', dir: 'desc' });
    expect(buildTableModel({ ...base, rows: sampleRows(), years: [2021, 2022], sort: { key: 'delta', dir: 'desc' } }).rows[0]!.cells.delta.text).toBe('+4');
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
